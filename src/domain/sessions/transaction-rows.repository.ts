import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { pgJson } from '../../db/pg-json.js';
import { sessions } from '../../db/schema/index.js';
import { meterReadingsStatement, type MeterReadingRow } from './meter-rows.repository.js';
import type { SessionRow } from './session-query.repository.js';

/**
 * A session to start. `transactionId` null takes the next from `transaction_id_seq`: OCPP 1.6
 * transaction ids are ours to assign, unique positive integers (errata §3.54).
 */
export type NewSession = Omit<typeof sessions.$inferInsert, 'transactionId'> & { transactionId: number | null };

/** The fields a StopTransaction writes; the stop reason may be an expression (a limit the server stopped at). */
export type SessionStopValues = Pick<
  typeof sessions.$inferInsert,
  'stoppedAt' | 'meterStopWh' | 'lastMeterWh' | 'lastMeterAt' | 'stopIdTag' | 'flags'
> & { stopReason: string | SQL };

/**
 * The rows of the transaction lifecycle. Every call names the charger by the id its own connection
 * resolved at the handshake (the connection's Scope decided the tenant there).
 */
export function createTransactionRows(db: Db) {
  const withId = (values: NewSession) => ({
    ...values,
    transactionId: values.transactionId ?? sql<number>`nextval('transaction_id_seq')`,
  });

  return {
    async byStartKey(chargerId: string, startKey: string): Promise<SessionRow | undefined> {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.chargerId, chargerId), eq(sessions.startKey, startKey)));
      return row;
    },

    async byTransactionId(chargerId: string, transactionId: number): Promise<SessionRow | undefined> {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.chargerId, chargerId), eq(sessions.transactionId, transactionId)));
      return row;
    },

    /** The newest PENDING session a remote start left for this connector and tag (idTag is case-insensitive). */
    async pendingRemoteStart(
      chargerId: string,
      connectorId: number,
      idTag: string,
    ): Promise<{ id: string } | undefined> {
      const [pending] = await db
        .select({ id: sessions.id })
        .from(sessions)
        .where(
          and(
            eq(sessions.chargerId, chargerId),
            eq(sessions.connectorId, connectorId),
            eq(sessions.status, 'PENDING'),
            sql`lower(${sessions.idTag}) = lower(${idTag})`,
          ),
        )
        .orderBy(desc(sessions.requestedAt))
        .limit(1);
      return pending;
    },

    /** Turns a PENDING session into the started one, if it is still PENDING. */
    async adoptPending(id: string, values: NewSession): Promise<SessionRow | undefined> {
      const [adopted] = await db
        .update(sessions)
        .set({ ...withId(values), updatedAt: new Date() })
        .where(and(eq(sessions.id, id), eq(sessions.status, 'PENDING')))
        .returning();
      return adopted;
    },

    /** Gives a started session the transaction id its charger was answered with (the sequence made both unique). */
    async assignTransactionId(id: string, transactionId: number): Promise<SessionRow | undefined> {
      const [row] = await db
        .update(sessions)
        .set({ transactionId, updatedAt: new Date() })
        .where(eq(sessions.id, id))
        .returning();
      return row;
    },

    /** Undefined when the same start (charger and start key) was stored already. */
    async insert(values: NewSession): Promise<SessionRow | undefined> {
      const [inserted] = await db
        .insert(sessions)
        .values(withId(values))
        .onConflictDoNothing({ target: [sessions.chargerId, sessions.startKey] })
        .returning();
      return inserted;
    },

    /**
     * Completes the session unless it is COMPLETED already (undefined then). `readings` (a replayed stop's
     * own, not spooled) go in with it in one statement, and only if it completes: a replay cut short and
     * run again writes them once.
     */
    async stop(
      id: string,
      values: SessionStopValues,
      readings: readonly MeterReadingRow[] = [],
    ): Promise<SessionRow | undefined> {
      const open = and(eq(sessions.id, id), sql`${sessions.status} <> 'COMPLETED'`);
      const withReadings = readings.length
        ? db.with(
            db
              .$with('stop_readings', {})
              .as(
                meterReadingsStatement(
                  sql`(select ${pgJson(readings)}::jsonb where exists (select 1 from ${sessions} where ${open}))`,
                ),
              ),
          )
        : db;
      const [stopped] = await withReadings
        .update(sessions)
        .set({ ...values, status: 'COMPLETED', updatedAt: new Date() })
        .where(open)
        .returning();
      return stopped;
    },

    /** Transaction ids taken from the sequence now, to hand out while PostgreSQL is unreachable. */
    async reserveTransactionIds(count: number): Promise<number[]> {
      const result = (await db.execute(
        sql`select nextval('transaction_id_seq')::int as id from generate_series(1, ${count}::int)`,
      )) as unknown;
      // postgres.js returns the rows; PGlite returns { rows }.
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { id: number }[];
      return rows.map((r) => Number(r.id));
    },
  };
}
