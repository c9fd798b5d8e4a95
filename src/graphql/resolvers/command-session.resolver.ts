import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { RemoteStartInput, RemoteStopInput } from '../types/command-input.type.js';
import { CommandResult, RemoteStartResult } from '../types/command.type.js';
import { Session } from '../types/session.type.js';
import { dbIdOf } from '../ids.js';
import { commandArgs, commandResult, dispatch } from '../command-dispatch.js';
import type { SessionRow } from '../../domain/sessions/session-query.repository.js';

/** The two commands a DRIVER may send too, with their own id tag. */
@Resolver()
export class CommandSessionResolver {
  @Authorized('sessions:remote')
  @Mutation(() => RemoteStartResult, {
    description:
      'RemoteStartTransaction. Returns at once a PENDING session, which becomes ACTIVE with its transactionId when the charger sends StartTransaction, or FAILED when it does not within its ConnectionTimeOut.',
  })
  async remoteStart(
    @Arg('input', () => RemoteStartInput) input: RemoteStartInput,
    @Ctx() ctx: Context,
  ): Promise<RemoteStartResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return dispatch(
      input.wait,
      () => ctx.services.commands.remoteStart(requireScope(ctx), { ...commandArgs(input), chargerId }),
      ({ status, session }, command) => RemoteStartResult.of(status, Session.from(session), command),
      (command, notes) => RemoteStartResult.of(null, Session.from(notes.session as SessionRow), command),
    );
  }

  @Authorized('sessions:remote')
  @Mutation(() => CommandResult, {
    description:
      'RemoteStopTransaction of an ACTIVE session. With force, the session ends here (stopReason FORCED) whatever the charger answers; status is then OFFLINE, TIMEOUT or (a CALLERROR, its code in command.errorCode) OTHER when it gave no answer. A PENDING session with force becomes FAILED without a command (status NOT_SENT).',
  })
  async remoteStop(
    @Arg('input', () => RemoteStopInput) input: RemoteStopInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const sessionId = dbIdOf('Session', input.sessionId);
    return commandResult(input, () =>
      ctx.services.commands.remoteStop(requireScope(ctx), { sessionId, force: input.force }),
    );
  }
}
