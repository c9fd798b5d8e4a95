import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { CancelReservationInput, ReserveNowInput } from '../types/command-input.type.js';
import { CommandResult } from '../types/command.type.js';
import { Reservation } from '../types/idtag.type.js';
import { dbIdOf } from '../ids.js';
import { commandArgs, commandResult, dispatch } from '../command-dispatch.js';
import type { ReservationRow } from '../../domain/commands/reservation.commands.js';

@Resolver(() => Reservation)
export class CommandReservationResolver {
  @Authorized('chargers:command')
  @Mutation(() => Reservation, {
    description:
      'ReserveNow. ACTIVE (connector shown RESERVED) when the charger accepts, REJECTED with its answer otherwise; the server expires it at expiresAt. With wait: false it answers PENDING at once; the command (commandUpdated) says when to read it again.',
  })
  async reserveNow(
    @Arg('input', () => ReserveNowInput) input: ReserveNowInput,
    @Ctx() ctx: Context,
  ): Promise<Reservation> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return dispatch(
      input.wait,
      () => ctx.services.commands.reserveNow(requireScope(ctx), { ...commandArgs(input), chargerId }),
      (row) => Reservation.from(row),
      (_command, notes) => Reservation.from(notes.reservation as ReservationRow),
    );
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
