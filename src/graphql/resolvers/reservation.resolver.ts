import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { toConnection } from '../connection.js';
import { filterIdOf } from '../ids.js';
import { relationLoaders } from '../relation-loaders.js';
import { Charger } from '../types/charger.type.js';
import { ReservationConnection } from '../types/connections.js';
import { Reservation, ReservationStatus } from '../types/idtag.type.js';

@InputType()
export class ReservationFilter {
  @Field(() => ID, { nullable: true })
  chargerId?: string | null;

  @Field(() => [ReservationStatus], { nullable: true })
  status?: ReservationStatus[] | null;

  @Field(() => String, { nullable: true })
  idTag?: string | null;
}

@Resolver(() => Reservation)
export class ReservationResolver {
  @Authorized('reservations:read')
  @Query(() => ReservationConnection, {
    description: 'Latest expiry first. A DRIVER sees those made with their id tags.',
  })
  async reservations(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size; at most 500.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => ReservationFilter, { nullable: true }) filter?: ReservationFilter,
  ) {
    const domainFilter = { ...filter, chargerId: filterIdOf('Charger', filter?.chargerId) };
    const page = await ctx.services.reservationQueries.list(requireScope(ctx), domainFilter, { first, after });
    return toConnection(ReservationConnection, page, Reservation.from, !!after);
  }

  @FieldResolver(() => Charger, { nullable: true, description: 'Null once the charger is deleted.' })
  async charger(@Root() reservation: Reservation, @Ctx() ctx: Context): Promise<Charger | null> {
    const row = await relationLoaders.charger(ctx).load(reservation.chargerDbId);
    return row ? Charger.from(row) : null;
  }
}
