import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { needsLatestRegister, sessionDurationSeconds, sessionEnergyWh } from '../../domain/sessions/session-energy.js';
import { requireScope, type Context } from '../context.js';
import { toConnection } from '../connection.js';
import { fromGlobalId } from '../node.js';
import { relationLoaders } from '../relation-loaders.js';
import { Charger } from '../types/charger.type.js';
import { MeterValueConnection, SessionConnection } from '../types/connections.js';
import { MeterValue, Session } from '../types/session.type.js';
import { User } from '../types/user.type.js';
import {
  MeterValueFilter,
  SessionFilter,
  SessionOrder,
  toMeterValueFilter,
  toSessionFilter,
  toSessionOrder,
} from './session-inputs.js';
import { SafeIntScalar } from '../scalars.js';

@Resolver(() => Session)
export class SessionResolver {
  @Authorized('sessions:read')
  @Query(() => SessionConnection, { description: 'Newest first by default. A DRIVER sees only their own sessions.' })
  async sessions(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size; at most 500.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => SessionFilter, { nullable: true }) filter?: SessionFilter,
    @Arg('orderBy', () => SessionOrder, { nullable: true }) orderBy?: SessionOrder,
  ) {
    const page = await ctx.services.sessionQueries.list(
      requireScope(ctx),
      toSessionFilter(filter),
      toSessionOrder(orderBy),
      { first, after },
    );
    return toConnection(SessionConnection, page, Session.from, !!after);
  }

  @Authorized('sessions:read')
  @Query(() => Session, { nullable: true })
  async session(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Session | null> {
    const decoded = fromGlobalId(id);
    if (decoded?.type !== 'Session') return null;
    const row = await ctx.services.sessionQueries.get(requireScope(ctx), decoded.id);
    return row ? Session.from(row) : null;
  }

  @FieldResolver(() => Charger, { description: 'Also when the charger was deleted since (see Charger.deletedAt).' })
  async charger(@Root() session: Session, @Ctx() ctx: Context): Promise<Charger> {
    const row = await relationLoaders.charger(ctx).load(session.chargerDbId);
    return Charger.from(row!);
  }

  @FieldResolver(() => User, { nullable: true })
  async user(@Root() session: Session, @Ctx() ctx: Context): Promise<User | null> {
    if (!session.userDbId) return null;
    const row = await relationLoaders.user(ctx).load(session.userDbId);
    return row ? User.from(row) : null;
  }

  @FieldResolver(() => SafeIntScalar, {
    nullable: true,
    description: 'meterStop - meterStart in whole Wh; while active, up to the latest energy register read.',
  })
  async energyWh(@Root() session: Session, @Ctx() ctx: Context): Promise<number | null> {
    const latest = needsLatestRegister(session.row)
      ? await relationLoaders.latestRegister(ctx).load(session.dbId)
      : null;
    return sessionEnergyWh(session.row, latest);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'From start to stop, or to now while active.' })
  durationSeconds(@Root() session: Session): number | null {
    return sessionDurationSeconds(session.row);
  }

  @FieldResolver(() => MeterValueConnection, { description: 'Oldest first.' })
  async meterValues(
    @Root() session: Session,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size; at most 500.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => MeterValueFilter, { nullable: true }) filter?: MeterValueFilter,
  ) {
    const page = await ctx.services.sessionQueries.meterValues(
      requireScope(ctx),
      session.row,
      toMeterValueFilter(filter),
      {
        first,
        after,
      },
    );
    return toConnection(MeterValueConnection, page, MeterValue.from, !!after);
  }

  @FieldResolver(() => [MeterValue], {
    description: 'The latest value of each measurand (per phase and location): what a dashboard shows.',
  })
  async latestMeterValues(@Root() session: Session, @Ctx() ctx: Context): Promise<MeterValue[]> {
    return (await relationLoaders.latestMeterValues(ctx).load(session.dbId)).map(MeterValue.from);
  }
}
