import { and, eq, sql } from 'drizzle-orm';
import { retryOnDeadlock } from '../../db/deadlock.js';
import type { Db } from '../../db/client.js';
import { createCoalescer, INGEST_MIN_BATCH } from '../../db/coalescer.js';
import { sessions } from '../../db/schema/index.js';
import type { SessionRow } from './session-query.repository.js';
import { jsonRecords } from '../../db/json-records.js';

/**
 * What the meter path reads and returns of a session: what it decides on and what `session.updated`
 * carries. Not the tariff snapshot, cost or flags (jsonb): read and parsed three times per MeterValues,
 * they were most of what the database sent and postgres.js parsed on that path.
 */
export const liveSessionColumns = {
  id: sessions.id,
  tenantId: sessions.tenantId,
  chargerId: sessions.chargerId,
  status: sessions.status,
  connectorId: sessions.connectorId,
  transactionId: sessions.transactionId,
  idTag: sessions.idTag,
  startedAt: sessions.startedAt,
  stoppedAt: sessions.stoppedAt,
  meterStartWh: sessions.meterStartWh,
  meterStopWh: sessions.meterStopWh,
  lastMeterWh: sessions.lastMeterWh,
  lastMeterAt: sessions.lastMeterAt,
  stopReason: sessions.stopReason,
};
export type LiveSession = Pick<SessionRow, keyof typeof liveSessionColumns>;

/** A list of values for `= any(...)` as ONE jsonb parameter: one statement text whatever its length (not `in ($1, $2, ...)`). */
export const jsonList = (list: string, type: 'int' | 'uuid') =>
  sql`any(array(select jsonb_array_elements_text(${sql.placeholder(list)}::jsonb)::${sql.raw(type)}))`;

export interface MeterAdvance {
  sessionId: string;
  wh: number;
  at: Date;
}

/**
 * The two statements every MeterValues costs (its session by transactionId, the session's live
 * register), shared by the MeterValues arriving together: a hundred chargers in a closed loop
 * cost a few statements per round instead of two each, one after the other.
 */
export function createMeterBatches(db: Db) {
  // Built once (drizzle's prepared queries): building a statement's text and parameters on every batch
  // was a tenth of the server's CPU per MeterValues.
  const byTransactionIds = db
    .select(liveSessionColumns)
    .from(sessions)
    .where(sql`${sessions.transactionId} = ${jsonList('ids', 'int')}`)
    .prepare('meter_sessions_by_transaction');
  const advanceRegisters = db
    .update(sessions)
    .set({ lastMeterWh: sql`v.wh`, lastMeterAt: sql`v.at`, updatedAt: sql`now()` })
    .from(
      sql`${jsonRecords(sql.placeholder('rows'), 'id uuid, wh bigint, at timestamptz', sql.placeholder('count'))} as v`,
    )
    // Offline readings replayed late must not move the live register backwards.
    .where(
      and(
        eq(sessions.id, sql`v.id`),
        eq(sessions.status, 'ACTIVE'),
        sql`(${sessions.lastMeterAt} is null or ${sessions.lastMeterAt} <= v.at)`,
      ),
    )
    .returning(liveSessionColumns)
    .prepare('meter_advance_registers');

  const lookups = createCoalescer({
    async run(keys: { chargerId: string; transactionId: number }[]): Promise<(LiveSession | undefined)[]> {
      // transactionId is unique across chargers; a charger naming another's transaction finds nothing.
      const rows = await byTransactionIds.execute({
        ids: JSON.stringify([...new Set(keys.map((k) => k.transactionId))]),
      });
      const byTx = new Map(rows.map((r) => [r.transactionId, r]));
      return keys.map((k) => {
        const row = byTx.get(k.transactionId);
        return row?.chargerId === k.chargerId ? row : undefined;
      });
    },
    maxConcurrent: 4,
    maxBatch: 500,
    minBatchWhileBusy: INGEST_MIN_BATCH,
  });

  const advances = createCoalescer({
    async run(items: MeterAdvance[]): Promise<(LiveSession | undefined)[]> {
      const results: (LiveSession | undefined)[] = new Array(items.length);
      // A session twice in one batch: its readings apply in arrival order, one statement each.
      for (const round of roundsBy(items, (i) => i.sessionId)) {
        // Sorted by session: concurrent batches then lock shared rows in one order (fewer deadlocks).
        const json = JSON.stringify(
          round
            .map((i) => ({ id: items[i]!.sessionId, wh: items[i]!.wh, at: items[i]!.at.toISOString() }))
            .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
        );
        const rows = await retryOnDeadlock(() => advanceRegisters.execute({ rows: json, count: round.length }));
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const i of round) results[i] = byId.get(items[i]!.sessionId);
      }
      return results;
    },
    maxConcurrent: 4,
    maxBatch: 500,
    minBatchWhileBusy: INGEST_MIN_BATCH,
  });

  return {
    /** The session of a charger's transaction, if any. */
    session: (chargerId: string, transactionId: number) => lookups.call({ chargerId, transactionId }),
    /** Moves an ACTIVE session's live register to `wh` unless a later reading is stored; the updated row, if it moved. */
    advance: (a: MeterAdvance) => advances.call(a),
  };
}

/** Indexes of `items` split so each round names a key (a session) at most once, earlier items first. */
export function roundsBy<T>(items: T[], keyOf: (item: T) => string): number[][] {
  const out: number[][] = [];
  const seen = new Map<string, number>(); // key -> rounds it appears in
  items.forEach((item, i) => {
    const r = seen.get(keyOf(item)) ?? 0;
    seen.set(keyOf(item), r + 1);
    (out[r] ??= []).push(i);
  });
  return out;
}
