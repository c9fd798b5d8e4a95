import { and, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { stopReasonAfterLimit } from './session-limits.repository.js';
import { sessions, transactionEvents } from '../../db/schema/index.js';
import type { SessionRow } from './transactions.service.js';

export type NewTransactionEvent = typeof transactionEvents.$inferInsert;
export type SessionChanges = Partial<typeof sessions.$inferInsert>;

/** The SQL of transactions the station names itself (OCPP 2.0.1 TransactionEvent). */
export function createStationTransactionRepository(db: Db) {
  return {
    /** Keeps the event once; false when (charger, transaction, seqNo) was already kept (a retry). */
    async recordOnce(event: NewTransactionEvent): Promise<boolean> {
      const rows = await db
        .insert(transactionEvents)
        .values(event)
        .onConflictDoNothing({
          target: [transactionEvents.chargerId, transactionEvents.transactionId, transactionEvents.seqNo],
        })
        .returning({ id: transactionEvents.id });
      return rows.length > 0;
    },

    async linkEvents(chargerId: string, transactionId: string, sessionId: string): Promise<void> {
      await db
        .update(transactionEvents)
        .set({ sessionId })
        .where(
          and(
            eq(transactionEvents.chargerId, chargerId),
            eq(transactionEvents.transactionId, transactionId),
            isNull(transactionEvents.sessionId),
          ),
        );
    },

    async seqNos(chargerId: string, transactionId: string): Promise<number[]> {
      const rows = await db
        .select({ seqNo: transactionEvents.seqNo })
        .from(transactionEvents)
        .where(and(eq(transactionEvents.chargerId, chargerId), eq(transactionEvents.transactionId, transactionId)));
      return rows.map((r) => r.seqNo);
    },

    async byStationTransaction(chargerId: string, transactionId: string): Promise<SessionRow | undefined> {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.chargerId, chargerId), eq(sessions.stationTransactionId, transactionId)));
      return row;
    },

    /**
     * The PENDING session a remote start left for this transaction: by the remoteStartId the
     * station echoes, else (like 1.6) by EVSE and id token, else by EVSE alone.
     */
    async pendingFor(
      chargerId: string,
      match: { remoteStartId: number | null; connectorId: number | null; idTag: string | null },
    ): Promise<SessionRow | undefined> {
      const ways: SQL[] = [];
      if (match.remoteStartId !== null) ways.push(eq(sessions.remoteStartId, match.remoteStartId));
      if (match.connectorId !== null && match.idTag !== null)
        ways.push(
          and(eq(sessions.connectorId, match.connectorId), sql`lower(${sessions.idTag}) = lower(${match.idTag})`)!,
        );
      // A remote start's Started event may carry neither token nor remoteStartId we stored: its EVSE then.
      else if (match.connectorId !== null) ways.push(eq(sessions.connectorId, match.connectorId));
      if (!ways.length) return undefined;
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.chargerId, chargerId), eq(sessions.status, 'PENDING'), or(...ways)))
        .orderBy(desc(sessions.requestedAt))
        .limit(1);
      return row;
    },

    /** Inserts the session unless a concurrent event of the same transaction did (then undefined). */
    async insert(values: typeof sessions.$inferInsert): Promise<SessionRow | undefined> {
      const [row] = await db
        .insert(sessions)
        .values(values)
        .onConflictDoNothing({ target: [sessions.chargerId, sessions.stationTransactionId] })
        .returning();
      return row;
    },

    async update(id: string, changes: SessionChanges, onlyIfStatus?: string): Promise<SessionRow | undefined> {
      const [row] = await db
        .update(sessions)
        .set({
          ...changes,
          // Ours when the server stopped it at a limit (the station says Remote).
          ...(changes.stopReason ? { stopReason: stopReasonAfterLimit(changes.stopReason) } : {}),
          updatedAt: new Date(),
        })
        .where(and(eq(sessions.id, id), onlyIfStatus ? eq(sessions.status, onlyIfStatus) : undefined))
        .returning();
      return row;
    },
  };
}

export type StationTransactionRepository = ReturnType<typeof createStationTransactionRepository>;
