import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { idTags, sessions } from '../../db/schema/index.js';
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
import type { Actor } from '../roles.js';
import type { CommandAnswer, CommandSender } from './command-sender.js';
import { failPendingSession, publishSession, type SessionRow } from './pending-sessions.js';

export interface RemoteStartInput {
  chargerId: string;
  connectorId: number;
  idTag: string;
}

export interface RemoteStopInput {
  sessionId: string;
  force?: boolean | null;
}

/** The value of a settled read, or its error thrown. */
function settled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

/** Our stop reason when a session is ended without the charger's StopTransaction. */
export const FORCED_STOP_REASON = 'Forced';

/** remoteStart and remoteStop: the two commands a DRIVER may send, with their own id tag only. */
export function createRemoteCommands(deps: { db: Db; events: EventBus; sender: CommandSender }) {
  const { db, events, sender } = deps;

  async function idTagRow(tenantId: string, value: string) {
    const [row] = await db
      .select()
      .from(idTags)
      .where(
        and(eq(idTags.tenantId, tenantId), sql`lower(${idTags.value}) = lower(${value})`, isNull(idTags.deletedAt)),
      );
    return row ?? null;
  }

  /** A DRIVER acts only with their own id tags; everyone else with any of the tenant's. */
  async function mayUseTag(actor: Actor, idTag: string | null): Promise<boolean> {
    if (actor.role !== 'DRIVER') return true;
    const tag = idTag ? await idTagRow(actor.tenantId, idTag) : null;
    return Boolean(tag && actor.userId && tag.userId === actor.userId);
  }

  return {
    /**
     * GetTransactionStatus (OCPP 2.0.1 E14): whether the station still has messages to send, for one
     * session's transaction (and whether it is still ongoing there) or for all of them.
     */
    async getTransactionStatus(
      actor: Actor,
      input: { chargerId: string; sessionId?: string | null },
    ): Promise<CommandAnswer & { ongoing: boolean | null; messagesInQueue: boolean }> {
      assertCan(actor, 'chargers:command');
      const charger = await sender.charger(actor, input.chargerId);
      let transactionId: string | undefined;
      if (input.sessionId) {
        const [session] = await db
          .select({ transactionId: sessions.stationTransactionId })
          .from(sessions)
          .where(and(eq(sessions.chargerId, charger.id), eq(sessions.id, input.sessionId)));
        if (!session) throw new NotFoundError('Session', input.sessionId);
        if (session.transactionId === null)
          throw new ConflictError('The session has no transaction id of the station (not started, or OCPP 1.6)', {
            field: 'sessionId',
          });
        transactionId = session.transactionId;
      }
      const answer = await sender.command(
        actor,
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

    async remoteStart(actor: Actor, input: RemoteStartInput): Promise<CommandAnswer & { session: SessionRow }> {
      assertCan(actor, 'sessions:remote');
      new InputChecker()
        .check(input.idTag.length >= 1 && input.idTag.length <= 20, 'idTag', 'must be 1-20 characters (CiString20)')
        .throwIfAny();
      // The checks are independent reads keyed by the charger's id: one round trip. A charger outside
      // the caller's tenant fails the first (NOT_FOUND) and the others' answers are never used.
      const [chargerRead, connectorsRead, tagRead, busyRead] = await Promise.allSettled([
        sender.charger(actor, input.chargerId),
        sender.connectorIds(input.chargerId),
        idTagRow(actor.tenantId, input.idTag),
        db
          .select({ id: sessions.id, status: sessions.status })
          .from(sessions)
          .where(
            and(
              eq(sessions.chargerId, input.chargerId),
              eq(sessions.connectorId, input.connectorId),
              inArray(sessions.status, ['PENDING', 'ACTIVE']),
            ),
          ),
      ]);
      const charger = settled(chargerRead);
      sender.checkConnector(charger, input.connectorId, settled(connectorsRead), { allowZero: false });
      const tag = settled(tagRead);
      if (actor.role === 'DRIVER' && !(tag && actor.userId && tag.userId === actor.userId))
        throw new ForbiddenError('A driver may use only their own id tag');
      const busy = settled(busyRead);
      if (busy.length)
        throw new ConflictError(`Connector ${input.connectorId} already has a ${busy[0]!.status} session`, {
          field: 'connectorId',
        });
      const payload = { connectorId: input.connectorId, idTag: input.idTag };
      await sender.assertOnline(actor, charger, 'RemoteStartTransaction', payload);

      // The session exists before the call: a quick charger may send StartTransaction before its answer arrives.
      const [session] = await db
        .insert(sessions)
        .values({
          tenantId: actor.tenantId,
          chargerId: charger.id,
          connectorId: input.connectorId,
          idTag: input.idTag,
          userId: tag?.userId ?? null,
          status: 'PENDING',
          requestedAt: new Date(),
          transactionId: null,
          // A 2.0.1 station echoes it in the TransactionEvent that starts this session (F01.FR.26).
          remoteStartId: sql`nextval('remote_start_id_seq')::int`,
        })
        .returning();
      publishSession(events, session!);
      let answer: CommandAnswer;
      try {
        answer = await sender.command(actor, charger, 'RemoteStartTransaction', payload, {
          remoteStartId: session!.remoteStartId ?? undefined,
        });
      } catch (err) {
        // No answer in time: the charger may still start, so the session stays PENDING for the sweep.
        if (err instanceof ChargerTimeoutError) Object.assign(err.details, { sessionId: session!.id });
        else
          await failPendingSession(
            db,
            events,
            session!.id,
            err instanceof ChargerCallError ? 'RemoteStartError' : 'RemoteStartOffline',
          );
        throw err;
      }
      if (answer.status !== 'Accepted') {
        return {
          ...answer,
          session:
            (await failPendingSession(db, events, session!.id, 'RemoteStartRejected')) ?? (await reload(session!.id)),
        };
      }
      // PENDING as created: what the charger does next (StartTransaction) arrives on sessionUpdated.
      return { ...answer, session: session! };
    },

    /**
     * `force` ends the session here whatever the charger says or whether it answers at all
     * (a charger that lost the transaction, a dead socket); its stop reason says so.
     */
    async remoteStop(actor: Actor, input: RemoteStopInput): Promise<CommandAnswer> {
      assertCan(actor, 'sessions:remote');
      const [session] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.tenantId, actor.tenantId), eq(sessions.id, input.sessionId)));
      // Another driver's session answers as if it did not exist, like the `sessions` query.
      if (!session || !(await mayUseTag(actor, session.idTag))) throw new NotFoundError('Session', input.sessionId);
      if (session.status === 'PENDING' && input.force) {
        await failPendingSession(db, events, session.id, FORCED_STOP_REASON);
        return { status: 'NotSent', response: {} };
      }
      // A 1.6 session carries our transactionId, a 2.0.1 one the station's own.
      const transactionId = session.stationTransactionId ?? session.transactionId;
      if (session.status !== 'ACTIVE' || transactionId === null)
        throw new ConflictError(`Session is ${session.status}, not ACTIVE`);
      const charger = await sender.charger(actor, session.chargerId);
      const payload = { transactionId };
      if (!input.force) return sender.command(actor, charger, 'RemoteStopTransaction', payload);
      let answer: CommandAnswer;
      try {
        answer = await sender.command(actor, charger, 'RemoteStopTransaction', payload);
      } catch (err) {
        answer = { status: unansweredStatus(err), response: {} };
      }
      await forceComplete(session);
      return answer;
    },
  };

  async function reload(id: string): Promise<SessionRow> {
    const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
    return row!;
  }

  async function forceComplete(session: SessionRow): Promise<void> {
    const now = new Date();
    const [row] = await db
      .update(sessions)
      .set({
        status: 'COMPLETED',
        stopReason: FORCED_STOP_REASON,
        stoppedAt: now,
        meterStopWh: session.lastMeterWh ?? session.meterStartWh,
        updatedAt: now,
      })
      .where(and(eq(sessions.id, session.id), eq(sessions.status, 'ACTIVE')))
      .returning();
    if (row) publishSession(events, row);
  }
}

/** What a forced remoteStop reports when the charger gave no answer of its own. */
function unansweredStatus(err: unknown): string {
  if (err instanceof ChargerOfflineError) return 'Offline';
  if (err instanceof ChargerTimeoutError) return 'Timeout';
  if (err instanceof ChargerCallError) return String(err.details.ocppErrorCode);
  throw err;
}

export type RemoteCommands = ReturnType<typeof createRemoteCommands>;
