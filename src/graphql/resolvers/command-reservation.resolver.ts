import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireActor, type Context } from '../context.js';
import { Connection, toConnection } from '../connection.js';
import { byKey } from '../loaders.js';
import { Charger } from '../types/charger.type.js';
import { ReserveNowInput } from '../types/command-input.type.js';
import { CommandResult } from '../types/command.type.js';
import { Reservation, ReservationStatus } from '../types/idtag.type.js';
import { dbIdOf, resultOf } from './command.resolver.js';

const ReservationConnection = Connection(Reservation);
type ReservationConnection = InstanceType<typeof ReservationConnection>;

@InputType()
class ReservationFilter {
  @Field(() => ID, { nullable: true }) chargerId?: string;
  @Field(() => ReservationStatus, { nullable: true }) status?: ReservationStatus;
}

/** Loads chargers of command-side objects (reservations, command log) in one batch per request. */
export function loadCharger(ctx: Context, tenantId: string, chargerDbId: string): Promise<Charger | null> {
  const loader = ctx.loaders.get<string, Charger | null>('commands.charger', async (ids) => {
    const rows = await ctx.services.chargerRepository.byIds(tenantId, ids);
    return byKey(ids, rows.map((r) => Charger.from(r)), (c) => c.dbId);
  });
  return loader.load(chargerDbId);
}

@Resolver(() => Reservation)
export class CommandReservationResolver {
  @Authorized('chargers:command')
  @Mutation(() => Reservation, {
    description: 'ReserveNow. ACTIVE (connector shown RESERVED) when the charger accepts, REJECTED with its answer otherwise; the server expires it at expiresAt.',
  })
  async reserveNow(@Arg('input', () => ReserveNowInput) input: ReserveNowInput, @Ctx() ctx: Context): Promise<Reservation> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return Reservation.from(await ctx.services.commands.reserveNow(requireActor(ctx), { ...input, chargerId }));
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, { description: 'CancelReservation of an ACTIVE reservation; it becomes CANCELLED when the charger accepts.' })
  async cancelReservation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CommandResult> {
    return resultOf(await ctx.services.commands.cancelReservation(requireActor(ctx), dbIdOf('Reservation', id)));
  }

  @Authorized('reservations:read')
  @Query(() => ReservationConnection, { description: 'Reservations, newest first.' })
  async reservations(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => ReservationFilter, { nullable: true }) filter?: ReservationFilter,
  ): Promise<ReservationConnection> {
    const chargerId = filter?.chargerId ? dbIdOf('Charger', filter.chargerId) : null;
    const page = await ctx.services.commands.listReservations(requireActor(ctx), { chargerId, status: filter?.status }, { first, after });
    return toConnection(ReservationConnection, page, Reservation.from, !!after);
  }

  @FieldResolver(() => Charger, { nullable: true, description: 'Null once the charger is deleted.' })
  async charger(@Root() reservation: Reservation, @Ctx() ctx: Context): Promise<Charger | null> {
    return loadCharger(ctx, reservation.tenantId, reservation.chargerDbId);
  }
}
