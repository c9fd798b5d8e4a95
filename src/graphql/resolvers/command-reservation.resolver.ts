import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { CancelReservationInput, ReserveNowInput } from '../types/command-input.type.js';
import { CommandResult } from '../types/command.type.js';
import { Reservation } from '../types/idtag.type.js';
import { dbIdOf } from '../ids.js';
import { commandResult } from '../command-dispatch.js';

@Resolver(() => Reservation)
export class CommandReservationResolver {
  @Authorized('chargers:command')
  @Mutation(() => Reservation, {
    description:
      'ReserveNow. ACTIVE (connector shown RESERVED) when the charger accepts, REJECTED with its answer otherwise; the server expires it at expiresAt.',
  })
  async reserveNow(
    @Arg('input', () => ReserveNowInput) input: ReserveNowInput,
    @Ctx() ctx: Context,
  ): Promise<Reservation> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return Reservation.from(await ctx.services.commands.reserveNow(requireScope(ctx), { ...input, chargerId }));
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, {
    description: 'CancelReservation of an ACTIVE reservation; it becomes CANCELLED when the charger accepts.',
  })
  async cancelReservation(
    @Arg('input', () => CancelReservationInput) input: CancelReservationInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const id = dbIdOf('Reservation', input.id);
    return commandResult(input, () => ctx.services.commands.cancelReservation(requireScope(ctx), id));
  }
}
