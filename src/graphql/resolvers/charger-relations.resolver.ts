import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { toConnection } from '../connection.js';
import { groupByKey } from '../loaders.js';
import { relationLoaders } from '../relation-loaders.js';
import { Charger } from '../types/charger.type.js';
import { ChargerTotals, ConnectorStatusChange } from '../types/charger-details.type.js';
import { ChargingProfile, ConfigurationKey } from '../types/command-input.type.js';
import { ConnectorStatusChangeConnection, SessionConnection } from '../types/connections.js';
import { Session } from '../types/session.type.js';
import { SessionFilter, SessionOrder, toSessionFilter, toSessionOrder } from './session-inputs.js';

/** What a charger did and said over time. */
@Resolver(() => Charger)
export class ChargerRelationsResolver {
  @Authorized('chargers:read')
  @FieldResolver(() => [ConfigurationKey], {
    description: 'Configuration keys as last reported (refreshConfiguration) or changed.',
  })
  async configuration(
    @Root() charger: Charger,
    @Ctx() ctx: Context,
    @Arg('includeUnknown', () => Boolean, {
      defaultValue: false,
      description: 'Also list keys the charger said it does not know.',
    })
    includeUnknown: boolean,
  ): Promise<ConfigurationKey[]> {
    return (await relationLoaders.configuration(ctx, { includeUnknown }).load(charger.dbId)).map(ConfigurationKey.from);
  }

  @Authorized('chargers:read')
  @FieldResolver(() => [ChargingProfile], {
    description: 'Charging profiles the charger accepted and that are not cleared.',
  })
  async chargingProfiles(@Root() charger: Charger, @Ctx() ctx: Context): Promise<ChargingProfile[]> {
    const loader = ctx.loaders.get<string, ChargingProfile[]>('chargingProfilesByCharger', async (ids) => {
      const rows = await ctx.services.commands.profilesOf(requireScope(ctx), ids);
      return groupByKey(ids, rows.map(ChargingProfile.from), (p) => p.chargerDbId);
    });
    return loader.load(charger.dbId);
  }

  @FieldResolver(() => ConnectorStatusChangeConnection, { description: 'Status notifications, newest first.' })
  async statusHistory(
    @Root() charger: Charger,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size; at most 500.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('connectorId', () => Int, { nullable: true }) connectorId?: number,
  ) {
    const page = await ctx.services.chargers.statusHistory(requireScope(ctx), charger.dbId, connectorId, {
      first,
      after,
    });
    return toConnection(ConnectorStatusChangeConnection, page, ConnectorStatusChange.from, !!after);
  }

  @Authorized('sessions:read')
  @FieldResolver(() => SessionConnection, {
    description: 'Sessions on this charger; takes the same filter and order as `sessions`.',
  })
  async sessions(
    @Root() charger: Charger,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => SessionFilter, { nullable: true }) filter?: SessionFilter,
    @Arg('orderBy', () => SessionOrder, { nullable: true }) orderBy?: SessionOrder,
  ) {
    const domainFilter = { ...toSessionFilter(filter), chargerId: charger.dbId };
    const page = await ctx.services.sessionQueries.list(requireScope(ctx), domainFilter, toSessionOrder(orderBy), {
      first,
      after,
    });
    return toConnection(SessionConnection, page, Session.from, !!after);
  }

  @Authorized('sessions:read')
  @FieldResolver(() => [Session], { description: 'Sessions charging now, by connector.' })
  async activeSessions(@Root() charger: Charger, @Ctx() ctx: Context): Promise<Session[]> {
    return (await relationLoaders.activeSessions(ctx).load(charger.dbId)).map(Session.from);
  }

  @Authorized('stats:read')
  @FieldResolver(() => ChargerTotals, { description: 'All-time sessions and energy of this charger.' })
  async totals(@Root() charger: Charger, @Ctx() ctx: Context): Promise<ChargerTotals> {
    const row = await relationLoaders.chargerTotals(ctx).load(charger.dbId);
    return Object.assign(new ChargerTotals(), { sessionCount: row?.sessionCount ?? 0, energyWh: row?.energyWh ?? 0 });
  }
}
