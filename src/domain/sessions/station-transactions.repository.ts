import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { createCoalescer, INGEST_MIN_BATCH } from '../../db/coalescer.js';
import { retryOnDeadlock } from '../../db/deadlock.js';
import { pgJson } from '../../db/pg-json.js';
import { liveSessionColumns, roundsBy, type LiveSession } from './meter-batches.repository.js';
import { meterReadingsStatement, type MeterReadingRow } from './meter-rows.repository.js';
import { stopReasonAfterLimit } from './session-limits.repository.js';
import { REMOTE_START_TIMED_OUT } from '../commands/command-state.repository.js';
import { sessions, transactionEvents } from '../../db/schema/index.js';
import type { SessionRow } from './transactions.service.js';
import { jsonRecords } from '../../db/json-records.js';

export type NewTransactionEvent = typeof transactionEvents.$inferInsert;
export type SessionChanges = Partial<typeof sessions.$inferInsert>;

/** What keeping one event found. */
export interface RecordedEvent {
  /**
   * To be applied: kept now for the first time, or kept earlier but never marked applied (its
   * application died with the connection or the node before its rows were durable).
   */
  fresh: boolean;
  /** The transaction's session, if it exists, as much as deciding on the short path needs. */
  session: {
    id: string;
    status: string;
    connectorId: number;
    hasMeterStart: boolean;
    /** Gaps recorded at its end (a late event may fill one). */
    hasMissingSeqNos: boolean;
    /** Knows the EVSE's connector (an event naming it fills it in otherwise). */
    hasEvseConnector: boolean;
  } | null;
}

export interface EventAdvance {
  sessionId: string;
  seqNo: number;
  /** The event's latest energy register, if it carried one. */
  wh: number | null;
  at: Date | null;
}

/** An event applied: its rows are durable with (or before) this mark, so a retry of it changes nothing. */
export interface AppliedEvent {
  charger_id: string;
  transaction_id: string;
  seq_no: number;
  session_id: string;
}

/** The UPDATE that marks spooled events applied (`rows`: a jsonb array of `AppliedEvent`). */
export function appliedStatement(rows: SQL): SQL {
  return sql`update ${transactionEvents} t set session_id = x.session_id
    from jsonb_to_recordset(${rows}) as x(charger_id uuid, transaction_id text, seq_no int, session_id uuid)
    where t.charger_id = x.charger_id and t.transaction_id = x.transaction_id and t.seq_no = x.seq_no`;
}

interface RecordRow {
  n: number;
  inserted: boolean;
  unapplied: boolean;
  session_id: string | null;
  status: string | null;
  connector_id: number | null;
  has_meter_start: boolean | null;
  has_missing: boolean | null;
  has_evse_connector: boolean | null;
}

const keyOf = (e: { chargerId: string; transactionId: string; seqNo: number }) =>
  `${e.chargerId}|${e.transactionId}|${e.seqNo}`;

/**
 * One statement for many events: keeps each once by (charger, transactionId, seqNo) and reads the
 * transaction's session beside it. An event twice in one batch is fresh once (the first). The event
 * and the session are looked up by key (lateral, both keys unique): joined plainly, PostgreSQL
 * guessed 100 events and hash-joined a scan of each table while it was young (its statistics lag
 * behind a table growing by every event), about a third of its CPU per TransactionEvent in the bench.
 */
async function recordEvents(db: Db, events: NewTransactionEvent[]): Promise<RecordedEvent[]> {
  const firstOf = new Map<string, number>();
  events.forEach((e, i) => firstOf.has(keyOf(e)) || firstOf.set(keyOf(e), i));
  const rows = [...firstOf.values()].map((i) => {
    const e = events[i]!;
    return {
      n: i,
      tenant_id: e.tenantId,
      charger_id: e.chargerId,
      transaction_id: e.transactionId,
      seq_no: e.seqNo,
      event_type: e.eventType,
      trigger_reason: e.triggerReason,
      offline: e.offline ?? false,
      timestamp: (e.timestamp as Date).toISOString(),
      payload: e.payload,
    };
  });
  const result = (await retryOnDeadlock(() =>
    db.execute(sql`
    with v as (
      select * from jsonb_to_recordset(${pgJson(rows)}::jsonb) as v(n int, tenant_id uuid, charger_id uuid,
        transaction_id text, seq_no int, event_type text, trigger_reason text, offline boolean,
        "timestamp" timestamptz, payload jsonb)
    ), ins as (
      insert into ${transactionEvents} (tenant_id, charger_id, transaction_id, seq_no, event_type, trigger_reason,
        offline, "timestamp", payload)
      select tenant_id, charger_id, transaction_id, seq_no, event_type, trigger_reason, offline, "timestamp", payload
      from v order by charger_id, transaction_id, seq_no
      on conflict (charger_id, transaction_id, seq_no) do nothing
      returning charger_id, transaction_id, seq_no
    )
    select v.n, ins.seq_no is not null as inserted, (e.id is not null and e.session_id is null) as unapplied,
      s.id as session_id, s.status, s.connector_id, s.meter_start_wh is not null as has_meter_start,
      s.flags -> 'missingSeqNos' is not null as has_missing, s.evse_connector_id is not null as has_evse_connector
    from v
    left join ins on ins.charger_id = v.charger_id and ins.transaction_id = v.transaction_id and ins.seq_no = v.seq_no
    left join lateral (select e.id, e.session_id from ${transactionEvents} e
      where e.charger_id = v.charger_id and e.transaction_id = v.transaction_id and e.seq_no = v.seq_no limit 1) e on true
    left join lateral (select * from ${sessions} s
      where s.charger_id = v.charger_id and s.station_transaction_id = v.transaction_id limit 1) s on true`),
  )) as unknown;
  // postgres.js returns the rows; PGlite returns { rows }.
  const found = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as RecordRow[];
  const byN = new Map(found.map((r) => [Number(r.n), r]));
  return events.map((e, i) => {
    const first = firstOf.get(keyOf(e))!;
    const r = byN.get(first)!;
    return {
      // A copy kept by a concurrent statement (not in this one's snapshot, not inserted here): not fresh.
      fresh: first === i && (r.inserted || r.unapplied),
      session: r.session_id
        ? {
            id: r.session_id,
            status: r.status!,
            connectorId: r.connector_id!,
            hasMeterStart: !!r.has_meter_start,
            hasMissingSeqNos: !!r.has_missing,
            hasEvseConnector: !!r.has_evse_connector,
          }
        : null,
    };
  });
}

/** The UPDATE of `advance`, built once (a prepared query: `rows` a jsonb array sorted by id, `count` its length). */
function advanceStatement(db: Db) {
  const later = sql`v.at is not null and (${sessions.lastMeterAt} is null or ${sessions.lastMeterAt} <= v.at)`;
  return db
    .update(sessions)
    .set({
      lastMeterWh: sql`case when ${later} then v.wh else ${sessions.lastMeterWh} end`,
      lastMeterAt: sql`case when ${later} then v.at else ${sessions.lastMeterAt} end`,
      lastSeqNo: sql`greatest(${sessions.lastSeqNo}, v.seq)`,
      updatedAt: sql`now()`,
    })
    .from(
      sql`${jsonRecords(sql.placeholder('rows'), 'id uuid, seq int, wh bigint, at timestamptz', sql.placeholder('count'))} as v`,
    )
    .where(and(eq(sessions.id, sql`v.id`), eq(sessions.status, 'ACTIVE')))
    .returning(liveSessionColumns)
    .prepare('station_advance_sessions');
}

async function advanceSessions(
  statement: ReturnType<typeof advanceStatement>,
  items: EventAdvance[],
): Promise<(LiveSession | undefined)[]> {
  const results: (LiveSession | undefined)[] = new Array(items.length);
  // A session twice in one batch: its events apply in arrival order, one statement each.
  for (const round of roundsBy(items, (i) => i.sessionId)) {
    // Sorted by session: concurrent batches then lock shared rows in one order (fewer deadlocks).
    const json = JSON.stringify(
      round
        .map((i) => {
          const a = items[i]!;
          return { id: a.sessionId, seq: a.seqNo, wh: a.wh, at: a.at?.toISOString() ?? null };
        })
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    );
    const rows = await retryOnDeadlock(() => statement.execute({ rows: json, count: round.length }));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const i of round) results[i] = byId.get(items[i]!.sessionId);
  }
  return results;
}

/** The SQL of transactions the station names itself (OCPP 2.0.1 TransactionEvent). */
export function createStationTransactionRepository(db: Db) {
  const records = createCoalescer({
    run: (events: NewTransactionEvent[]) => recordEvents(db, events),
    maxConcurrent: 4,
    maxBatch: 500,
    minBatchWhileBusy: INGEST_MIN_BATCH,
  });
  const advance = advanceStatement(db);
  const advances = createCoalescer({
    run: (items: EventAdvance[]) => advanceSessions(advance, items),
    maxConcurrent: 4,
    maxBatch: 500,
    minBatchWhileBusy: INGEST_MIN_BATCH,
  });
  return {
    /** Keeps the event once (coalesced: one statement for the events arriving together); see `RecordedEvent`. */
    record: (event: NewTransactionEvent) => records.call(event),

    /**
     * Moves an ACTIVE session along for an Updated event (coalesced like 1.6 MeterValues' live
     * register): its seqNo, and its live register unless a later reading is stored. The row, updated.
     */
    advance: (a: EventAdvance) => advances.call(a),

    /** Meter rows and applied marks written at once, in one statement (a deferred event replayed by the spool). */
    async writeApplied(meterRows: readonly MeterReadingRow[], applied: readonly AppliedEvent[]): Promise<void> {
      const marks = appliedStatement(sql`${pgJson(applied)}::jsonb`);
      if (!meterRows.length) return void (await db.execute(marks));
      await db.execute(sql`with m as (${meterReadingsStatement(sql`${pgJson(meterRows)}::jsonb`)}) ${marks}`);
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
     * station echoes, else (like 1.6) by EVSE and id token, else by EVSE alone. The echo also finds
     * one our sweep failed for want of a start (a station waiting longer than we did): the same
     * request, its caller's session and limits.
     */
    async pendingFor(
      chargerId: string,
      match: { remoteStartId: number | null; connectorId: number | null; idTag: string | null },
    ): Promise<SessionRow | undefined> {
      const pending = eq(sessions.status, 'PENDING');
      const ways: SQL[] = [];
      if (match.remoteStartId !== null)
        ways.push(
          and(
            eq(sessions.remoteStartId, match.remoteStartId),
            or(pending, and(eq(sessions.status, 'FAILED'), eq(sessions.stopReason, REMOTE_START_TIMED_OUT))),
          )!,
        );
      if (match.connectorId !== null && match.idTag !== null)
        ways.push(
          and(
            pending,
            eq(sessions.connectorId, match.connectorId),
            sql`lower(${sessions.idTag}) = lower(${match.idTag})`,
          )!,
        );
      // A remote start's Started event may carry neither token nor remoteStartId we stored: its EVSE then.
      else if (match.connectorId !== null) ways.push(and(pending, eq(sessions.connectorId, match.connectorId))!);
      if (!ways.length) return undefined;
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.chargerId, chargerId), or(...ways)))
        // The echo names its request: it goes before a guess by EVSE.
        .orderBy(
          sql`${sessions.remoteStartId} is not distinct from ${match.remoteStartId} desc`,
          desc(sessions.requestedAt),
        )
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
