import type { EventBus } from '../../events/bus.js';
import {
  ChargerCallError,
  ChargerOfflineError,
  ChargerTimeoutError,
  ConflictError,
  ForbiddenError,
  InputChecker,
  NotFoundError,
} from '../errors.js';
import { assertCan } from '../policy.js';
import { compareDec } from '../pricing/decimal.js';
import type { Scope } from '../scope.js';
import type { SessionQueryRepository, SessionRow } from '../sessions/session-query.repository.js';
import { noteForCaller, type CommandAnswer, type CommandSender } from './command-sender.js';
import type { CommandStateRepository } from './command-state.repository.js';
import type { RemoteStartRepository } from './remote-start.repository.js';
import { publishSession } from './pending-sessions.js';

export interface RemoteStartInput {
  chargerId: string;
  connectorId: number;
  idTag: string;
  /** Enforced by the server (session-limits.service.ts): it stops the session when one is reached. */
  limits?: SessionLimits | null;
}

export interface SessionLimits {
  maxEnergyWh?: number | null;
  maxDurationSeconds?: number | null;
  /** Gross, in major units of the currency of the tariff the session is priced with. */
  maxCost?: string | null;
}

export interface RemoteStopInput {
  sessionId: string;
  force?: boolean | null;
}

/** Our stop reason when a session is ended without the charger's StopTransaction. */
export const FORCED_STOP_REASON = 'Forced';

/**
 * remoteStart and remoteStop: the two commands a DRIVER may send. Their Scope holds only their own
 * id tags and sessions, so another's tag is refused and another's session does not exist.
 */
export function createRemoteCommands(deps: {
  state: CommandStateRepository;
  starts: RemoteStartRepository;
  sessions: SessionQueryRepository;
  events: EventBus;
  sender: CommandSender;
}) {
  const { state, events, sender } = deps;

  async function failPending(scope: Scope, sessionId: string, reason: string): Promise<SessionRow | null> {
    const row = await state.failPending(scope, sessionId, reason);
    if (row) publishSession(events, row);
    return row;
  }

  return {
    /**
     * GetTransactionStatus (OCPP 2.0.1 E14): whether the station still has messages to send, for one
     * session's transaction (and whether it is still ongoing there) or for all of them.
     */
    async getTransactionStatus(
      scope: Scope,
      input: { chargerId: string; sessionId?: string | null },
    ): Promise<CommandAnswer & { ongoing: boolean | null; messagesInQueue: boolean }> {
      assertCan(scope, 'chargers:command');
      const charger = await sender.charger(scope, input.chargerId);
      let transactionId: string | undefined;
      if (input.sessionId) {
        const [session] = await deps.sessions.byIds(scope, [input.sessionId]);
        if (!session || session.chargerId !== charger.id) throw new NotFoundError('Session', input.sessionId);
        if (session.stationTransactionId === null)
          throw new ConflictError('The session has no transaction id of the station (not started, or OCPP 1.6)', {
            field: 'sessionId',
          });
        transactionId = session.stationTransactionId;
      }
      const answer = await sender.command(
        scope,
        charger,
        'GetTransactionStatus',
        transactionId ? { transactionId } : {},
      );
      return {
        ...answer,
        ongoing: typeof answer.response.ongoingIndicator === 'boolean' ? answer.response.ongoingIndicator : null,
        messagesInQueue: answer.response.messagesInQueue === true,
      };
    },

    async remoteStart(scope: Scope, input: RemoteStartInput): Promise<CommandAnswer & { session: SessionRow }> {
      assertCan(scope, 'sessions:remote');
      const limits = input.limits ?? {};
      const positive = (v: number | null | undefined) => v == null || (Number.isSafeInteger(v) && v > 0);
      new InputChecker()
        .check(input.idTag.length >= 1 && input.idTag.length <= 20, 'idTag', 'must be 1-20 characters (CiString20)')
        .check(positive(limits.maxEnergyWh), 'limits.maxEnergyWh', 'must be a whole number of Wh above 0')
        .check(positive(limits.maxDurationSeconds), 'limits.maxDurationSeconds', 'must be whole seconds above 0')
        .check(limits.maxCost == null || compareDec(limits.maxCost, '0') > 0, 'limits.maxCost', 'must be above 0')
        .throwIfAny();
      // The charger, its connectors, the id tag and the connector's sessions: one statement. A charger
      // outside the caller's tenant (or deleted) is NOT_FOUND before anything else is looked at.
      const facts = await deps.starts.facts(scope, input.chargerId, input.connectorId, input.idTag);
      if (!facts) throw new NotFoundError('Charger', input.chargerId);
      const { charger, tag, busy } = facts;
      sender.checkConnector(charger, input.connectorId, facts.connectorIds, { allowZero: false });
      // The Scope found the tag: a DRIVER's holds only their own.
      if (scope.ownerId !== undefined && !tag) throw new ForbiddenError('A driver may use only their own id tag');
      // OCPP 2.0.1 F01 (cable plugged in first): the station runs a transaction no token authorized yet;
      // the remote start authorizes it, and the event that echoes the remoteStartId brings the token.
      const unauthorized =
        busy.length === 1 && busy[0]!.status === 'ACTIVE' && busy[0]!.idTag === null && busy[0]!.stationTransactionId
          ? busy[0]!
          : null;
      if (busy.length && !unauthorized)
        throw new ConflictError(`Connector ${input.connectorId} already has a ${busy[0]!.status} session`, {
          field: 'connectorId',
        });
      const payload = { connectorId: input.connectorId, idTag: input.idTag };
      await sender.assertOnline(scope, charger, 'RemoteStartTransaction', payload);

      // The session exists before the call: a quick charger may send StartTransaction before its answer arrives.
      const sessionLimits = {
        maxEnergyWh: limits.maxEnergyWh ?? null,
        maxDurationSeconds: limits.maxDurationSeconds ?? null,
        maxCost: limits.maxCost ?? null,
      };
      // A new session and its command's log row are written in one statement (one round trip, one
      // WAL flush); the 2.0.1 case updates a running session and logs the command as any other.
      const command = unauthorized ? null : sender.draft(scope, charger, 'RemoteStartTransaction', payload);
      const session = command
        ? await deps.starts.insertPending(scope, command, {
            chargerId: charger.id,
            connectorId: input.connectorId,
            idTag: input.idTag,
            userId: tag?.userId ?? null,
            ...sessionLimits,
          })
        : await state.remoteStartIdFor(scope, unauthorized!.id, sessionLimits);
      if (!session) throw new ConflictError(`Connector ${input.connectorId}'s session changed meanwhile; try again`);
      if (!unauthorized) publishSession(events, session);
      noteForCaller('session', session);
      const callOpts = { remoteStartId: session.remoteStartId ?? undefined };
      let answer: CommandAnswer;
      try {
        answer = command
          ? await sender.commandLogged(charger, command, payload, callOpts)
          : await sender.command(scope, charger, 'RemoteStartTransaction', payload, callOpts);
      } catch (err) {
        // No answer in time: the charger may still start, so the session stays PENDING for the sweep.
        if (err instanceof ChargerTimeoutError) Object.assign(err.details, { sessionId: session.id });
        else
          await failPending(
            scope,
            session.id,
            err instanceof ChargerCallError ? 'RemoteStartError' : 'RemoteStartOffline',
          );
        throw err;
      }
      if (answer.status !== 'Accepted') {
        return {
          ...answer,
          session:
            (await failPending(scope, session.id, 'RemoteStartRejected')) ?? (await state.session(scope, session.id))!,
        };
      }
      // PENDING as created: what the charger does next (StartTransaction) arrives on sessionUpdated.
      return { ...answer, session };
    },

    /**
     * `force` ends the session here whatever the charger says or whether it answers at all
     * (a charger that lost the transaction, a dead socket); its stop reason says so.
     */
    async remoteStop(scope: Scope, input: RemoteStopInput): Promise<CommandAnswer> {
      assertCan(scope, 'sessions:remote');
      // Another driver's session is outside the Scope: it answers as if it did not exist.
      const [session] = await deps.sessions.byIds(scope, [input.sessionId]);
      if (!session) throw new NotFoundError('Session', input.sessionId);
      if (session.status === 'PENDING' && input.force) {
        await failPending(scope, session.id, FORCED_STOP_REASON);
        return { status: 'NotSent', response: {} };
      }
      // A 1.6 session carries our transactionId, a 2.0.1 one the station's own.
      const transactionId = session.stationTransactionId ?? session.transactionId;
      if (session.status !== 'ACTIVE' || transactionId === null)
        throw new ConflictError(`Session is ${session.status}, not ACTIVE`);
      const charger = await sender.charger(scope, session.chargerId);
      const payload = { transactionId };
      if (!input.force) return sender.command(scope, charger, 'RemoteStopTransaction', payload);
      let answer: CommandAnswer;
      try {
        answer = await sender.command(scope, charger, 'RemoteStopTransaction', payload);
      } catch (err) {
        answer = { status: unansweredStatus(err), response: {} };
      }
      const completed = await state.forceComplete(scope, session, FORCED_STOP_REASON);
      if (completed) publishSession(events, completed);
      return answer;
    },
  };
}

/** What a forced remoteStop reports when the charger gave no answer of its own. */
function unansweredStatus(err: unknown): string {
  if (err instanceof ChargerOfflineError) return 'Offline';
  if (err instanceof ChargerTimeoutError) return 'Timeout';
  if (err instanceof ChargerCallError) return String(err.details.ocppErrorCode);
  throw err;
}

export type RemoteCommands = ReturnType<typeof createRemoteCommands>;
