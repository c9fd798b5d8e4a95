import { stopReasonAfterLimit } from './session-limits.repository.js';
import type { Db } from '../../db/client.js';
import { meterReadingsStatement, meterRowsStatement, type MeterReadingRow } from './meter-rows.repository.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import type { Spool } from '../../db/spool/spool.js';
import type { EventBus } from '../../events/bus.js';
import type { Authorization, AuthorizationContext, IdTagVerdict } from '../idtags/authorization.js';
import { createMeterBatches, type LiveSession } from './meter-batches.repository.js';
import { createTransactionRows, type NewSession } from './transaction-rows.repository.js';
import {
  energyRegisterWh,
  normaliseSampledValue,
  type NormalisedValue,
  type SampledValueInput,
} from './meter-values.js';
import type { SessionRow } from './session-query.repository.js';

export type { SessionRow };

/** Spooled meter readings: one entry per reading, its values inside (`meterReadingsStatement`). */
const METER_READING = 'meter_reading';

/** A value as spooled: the fields it has (most are empty: a missing key reads as null). */
function meterValueRow(v: NormalisedValue): Record<string, string | number | null> {
  const row: Record<string, string | number | null> = { measurand: v.measurand, value: v.value, raw: v.raw };
  if (v.unit !== null) row.unit = v.unit;
  if (v.rawUnit !== null) row.raw_unit = v.rawUnit;
  if (v.phase !== null) row.phase = v.phase;
  if (v.context !== null) row.context = v.context;
  if (v.location !== null) row.location = v.location;
  if (v.format !== null) row.format = v.format;
  return row;
}

/** The charger a transaction message came from. */
export interface ChargerRef {
  id: string;
  tenantId: string;
  siteId: string | null;
}

export interface MeterReading {
  timestamp: Date;
  sampledValues: SampledValueInput[];
}

export interface StartInput {
  connectorId: number;
  idTag: string;
  meterStartWh: number;
  timestamp: Date;
  reservationId?: number | null;
  /** Quirks seen in the message (zone-less time, future start, ...), kept on the session. */
  flags?: Record<string, unknown>;
}

export interface StopInput {
  transactionId: number;
  idTag?: string | null;
  meterStopWh: number;
  timestamp: Date;
  reason?: string | null;
  transactionData?: MeterReading[];
  flags?: Record<string, unknown>;
}

/**
 * What a StopTransaction or MeterValues spooled before a later statement failed for the connection:
 * the outage path (`outage.service.ts`) must not spool it again, as meter_values keeps every row it is given.
 */
export interface SpooledSoFar {
  readings: boolean;
}

export interface MeterInput {
  connectorId: number;
  transactionId?: number | null;
  readings: MeterReading[];
}

/** The verdict for OCPP 2.0.1's NoAuthorization token type (a free-vend station): no lookup. */
export const NO_AUTHORIZATION_NEEDED: IdTagVerdict = {
  status: 'Accepted',
  expiryDate: null,
  parentIdTag: null,
  idTagId: null,
  userId: null,
};

/**
 * The transaction lifecycle as chargers report it (OCPP 1.6 Start/Stop/MeterValues today, 2.0.1
 * TransactionEvent next): sessions are started idempotently, always stopped, and every meter
 * reading is kept. Meter rows are written in batches; listeners are told at once.
 */
export function createTransactionService(deps: {
  db: Db;
  events: EventBus;
  /** Meter rows go through the node's durable spool: on disk before the charger is answered. */
  spool: Spool;
  authorization: Authorization;
  /** Keeps what has no table of its own as a charger event (station.recordEvent). */
  recordEvent: (charger: ChargerRef, type: string, payload: unknown, timestamp?: Date) => Promise<void>;
  /** Marks the reservation a StartTransaction names as USED and frees its connector (commands' reservations). */
  useReservation: (match: {
    tenantId: string;
    chargerId: string;
    reservationId: number;
    sessionId: string;
  }) => Promise<unknown>;
}) {
  const { db, events, authorization } = deps;
  const meterBatches = createMeterBatches(db);
  const rows = createTransactionRows(db);
  deps.spool.register(METER_READING, (rows) => [meterReadingsStatement(rows)]);
  // A spool written before readings were spooled whole (a node upgraded with rows still in it).
  deps.spool.register('meter_value', (rows) => [meterRowsStatement(rows)]);

  const published = (charger: ChargerRef, s: LiveSession, timestamp: Date, change?: 'started' | 'stopped') =>
    events.publish('session.updated', {
      tenantId: charger.tenantId,
      chargerId: charger.id,
      sessionId: s.id,
      status: s.status,
      connectorId: s.connectorId,
      transactionId: s.transactionId,
      idTag: s.idTag,
      startedAt: s.startedAt,
      stoppedAt: s.stoppedAt,
      meterStartWh: s.meterStartWh,
      meterWh: s.meterStopWh ?? s.lastMeterWh,
      stopReason: s.stopReason,
      timestamp,
      ...(change ? { change } : {}),
    });

  const { byStartKey, byTransactionId } = rows;

  /**
   * A start stored already (a retry, or the replay of one answered during an outage): the session as the
   * charger knows it. When the first try committed but failed after (its answer lost, or the reservation
   * not marked), the outage path answered with an id from the reserved block, which the charger now
   * sends with its MeterValues and StopTransaction: the session takes that id. The reservation is
   * marked again (idempotent), as the first try may not have got that far.
   */
  async function started(
    charger: ChargerRef,
    existing: SessionRow,
    input: StartInput,
    assignedTransactionId: number | undefined,
  ): Promise<SessionRow> {
    let session = existing;
    if (assignedTransactionId !== undefined && existing.transactionId !== assignedTransactionId) {
      session = (await rows.assignTransactionId(existing.id, assignedTransactionId)) ?? existing;
      published(charger, session, input.timestamp, 'started');
    }
    await consumeReservation(charger, session, input.reservationId);
    return session;
  }

  /** Stores readings (with the session when known) and tells listeners at once, one event per timestamp. */
  function ingest(
    charger: ChargerRef,
    connectorId: number,
    transactionId: number | null,
    sessionId: string | null,
    readings: MeterReading[],
    /** Replaying a deferred call: the rows are durable in it already; collect them to write directly. */
    direct?: MeterReadingRow[],
  ): NormalisedValue[] {
    const all: NormalisedValue[] = [];
    for (const reading of readings) {
      const values = reading.sampledValues.map((sv) => normaliseSampledValue(reading.timestamp, sv));
      if (!values.length) continue;
      all.push(...values);
      const row: MeterReadingRow = {
        tenant_id: charger.tenantId,
        charger_id: charger.id,
        session_id: sessionId,
        connector_id: connectorId,
        transaction_id: transactionId,
        timestamp: reading.timestamp.toISOString(),
        values: values.map(meterValueRow),
      };
      if (direct) direct.push(row);
      else deps.spool.append(METER_READING, row);
      events.publish('meter.values', {
        tenantId: charger.tenantId,
        chargerId: charger.id,
        siteId: charger.siteId,
        connectorId,
        sessionId,
        timestamp: reading.timestamp,
        values: values.map(({ format: _f, rawUnit: _r, ...v }) => v),
      });
    }
    return all;
  }

  async function adoptOrInsert(
    charger: ChargerRef,
    values: NewSession,
    input: StartInput,
  ): Promise<SessionRow | undefined> {
    // A remote start (issue 5) left a PENDING row for this connector and tag: it becomes this session.
    const pending = await rows.pendingRemoteStart(charger.id, input.connectorId, input.idTag);
    const adopted = pending && (await rows.adoptPending(pending.id, values));
    return adopted || rows.insert(values);
  }

  async function consumeReservation(
    charger: ChargerRef,
    session: SessionRow,
    reservationId: number | null | undefined,
  ): Promise<void> {
    if (reservationId == null) return;
    await deps.useReservation({
      tenantId: charger.tenantId,
      chargerId: charger.id,
      reservationId,
      sessionId: session.id,
    });
  }

  async function verifyToken(
    tenantId: string,
    idTag: string,
    tokenType?: string,
    context?: AuthorizationContext,
  ): Promise<IdTagVerdict> {
    if (tokenType === 'NoAuthorization') return NO_AUTHORIZATION_NEEDED;
    return authorization.verify(tenantId, idTag, new Date(), context);
  }

  return {
    /**
     * Authorize (OCPP 1.6 §4.2, 2.0.1 C01): the verdict, kept as a charger event (who tried where).
     * `tokenType` is 2.0.1's IdTokenEnumType; a NoAuthorization token needs no lookup (OCPP 2.0.1
     * IdTokenEnumType: "no authorization is required", e.g. a free-vend station).
     */
    async authorize(charger: ChargerRef, idTag: string, tokenType?: string): Promise<IdTagVerdict> {
      // The tenant's external authorizer (if any) is asked here, for either OCPP version.
      const verdict = await verifyToken(charger.tenantId, idTag, tokenType, { chargerId: charger.id });
      await deps.recordEvent(charger, 'Authorize', {
        idTag,
        ...(tokenType ? { tokenType } : {}),
        status: verdict.status,
        userId: verdict.userId,
        ...(verdict.external ? { authorizer: verdict.external } : {}),
      });
      return verdict;
    },

    /** The same verdict without a record (a TransactionEvent carrying its idToken). */
    verifyToken,
    /** Stores meter readings (with the session when known) and tells listeners. */
    ingest,
    /** Tells listeners (pricing, subscriptions) about a session's new state. */
    publishSession: published,

    /**
     * StartTransaction (OCPP 1.6 §4.8): the tag is verified again and a transactionId always given,
     * even for a tag we refuse (the charger then stops). A retry with the same connector, tag,
     * timestamp and meterStart gets the same transactionId and no second session.
     */
    async start(
      charger: ChargerRef,
      input: StartInput,
      /** The id already answered from the reserved block while PostgreSQL was unreachable (replay). */
      assignedTransactionId?: number,
    ): Promise<{ transactionId: number; idTag: IdTagVerdict; session: SessionRow }> {
      const verdict = await authorization.verify(charger.tenantId, input.idTag, new Date(), {
        chargerId: charger.id,
        connectorId: input.connectorId,
      });
      // The external authorizer's decision is visible on the charger's events, as Authorize's is.
      if (verdict.external)
        await deps.recordEvent(charger, 'ExternalAuthorization', {
          idTag: input.idTag,
          connectorId: input.connectorId,
          status: verdict.status,
          ...verdict.external,
        });
      const startKey = [
        input.connectorId,
        input.idTag.toLowerCase(),
        input.timestamp.toISOString(),
        input.meterStartWh,
      ].join('|');
      const existing = await byStartKey(charger.id, startKey);
      if (existing) {
        const session = await started(charger, existing, input, assignedTransactionId);
        return { transactionId: session.transactionId!, idTag: verdict, session };
      }

      const flags = { ...input.flags, ...(verdict.status !== 'Accepted' ? { idTagStatus: verdict.status } : {}) };
      const values = {
        tenantId: charger.tenantId,
        chargerId: charger.id,
        connectorId: input.connectorId,
        idTag: input.idTag,
        // OCPP 1.6 transactionIds are ours to assign (null: the next from the sequence).
        transactionId: assignedTransactionId ?? null,
        userId: verdict.userId,
        reservationId: input.reservationId ?? null,
        status: 'ACTIVE',
        startedAt: input.timestamp,
        meterStartWh: input.meterStartWh,
        lastMeterWh: input.meterStartWh,
        lastMeterAt: input.timestamp,
        startKey,
        flags: Object.keys(flags).length ? flags : null,
      };
      let session: SessionRow | undefined;
      try {
        session = await adoptOrInsert(charger, values, input);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
      }
      // Lost a race with the same message sent twice at once: answer what the first one got.
      if (!session) {
        const first = (await byStartKey(charger.id, startKey))!;
        return { transactionId: first.transactionId!, idTag: verdict, session: first };
      }
      await consumeReservation(charger, session, input.reservationId);
      published(charger, session, input.timestamp, 'started');
      return { transactionId: session.transactionId!, idTag: verdict, session };
    },

    /**
     * StopTransaction (OCPP 1.6 §4.10): always answered. An unknown, 0 or -1 transactionId (errata
     * §3.18: a charger that never got one) is recorded as a charger event with its meter data.
     */
    async stop(
      charger: ChargerRef,
      input: StopInput,
      /** Replayed from the spool: the rows spooled before it are written already. */
      replayed = false,
      /** Set once its readings are spooled (`SpooledSoFar`). */
      spooled?: SpooledSoFar,
    ): Promise<{ idTag: IdTagVerdict | null; session: SessionRow | null }> {
      const verdict = input.idTag ? await authorization.verify(charger.tenantId, input.idTag) : null;
      const found = input.transactionId > 0 ? await byTransactionId(charger.id, input.transactionId) : undefined;
      if (!found) {
        // StopTransaction names no connector; its readings are kept under connector 0.
        ingest(charger, 0, input.transactionId, null, input.transactionData ?? []);
        if (spooled) spooled.readings = true;
        const { transactionData: _data, ...stop } = input;
        await deps.recordEvent(
          charger,
          'UnknownTransactionStop',
          { ...stop, reason: input.reason ?? 'Local' },
          input.timestamp,
        );
        return { idTag: verdict, session: null };
      }
      if (found.status === 'COMPLETED') return { idTag: verdict, session: found }; // a retried stop changes nothing
      const direct = replayed ? [] : undefined;
      ingest(charger, found.connectorId, input.transactionId, found.id, input.transactionData ?? [], direct);
      if (spooled && !direct) spooled.readings = true;
      const stopped = await rows.stop(
        found.id,
        {
          stoppedAt: input.timestamp,
          meterStopWh: input.meterStopWh,
          lastMeterWh: input.meterStopWh,
          lastMeterAt: input.timestamp,
          // OCPP-J 1.6 errata §2.5: reason is optional; absent means Local. Ours when we stopped it at a limit.
          stopReason: stopReasonAfterLimit(input.reason ?? 'Local'),
          stopIdTag: input.idTag ?? null,
          flags:
            input.flags && Object.keys(input.flags).length
              ? { ...(found.flags as object), ...input.flags }
              : found.flags,
        },
        direct,
      );
      if (!stopped) return { idTag: verdict, session: found };
      // Listeners (pricing) read the session's meter values once it is COMPLETED: write them first
      // (the answer waits for that only briefly: a database cut now must not hold it for the outage).
      const publish = () => published(charger, stopped, input.timestamp, 'stopped');
      if (replayed) publish();
      else await deps.spool.afterFlush(publish);
      return { idTag: verdict, session: stopped };
    },

    /** MeterValues (OCPP 1.6 §4.7): every value kept, connector 0 and no-transaction values too. */
    async meterValues(charger: ChargerRef, input: MeterInput, spooled?: SpooledSoFar): Promise<void> {
      const txId = input.transactionId ?? null;
      const session = txId !== null && txId > 0 ? await meterBatches.session(charger.id, txId) : undefined;
      const values = ingest(charger, input.connectorId, txId, session?.id ?? null, input.readings);
      if (spooled) spooled.readings = true; // the session's register below may still fail
      if (session?.status !== 'ACTIVE') return;
      const latest = input.readings.reduce<MeterReading | null>(
        (a, r) => (!a || r.timestamp >= a.timestamp ? r : a),
        null,
      );
      const wh = latest && energyRegisterWh(values.filter((v) => v.timestamp === latest.timestamp));
      let row = session;
      if (latest && wh !== null) {
        row =
          (await meterBatches.advance({ sessionId: session.id, wh: Math.round(wh), at: latest.timestamp })) ?? session;
      }
      published(charger, row, latest?.timestamp ?? new Date());
    },

    /** Keeps readings (through the spool) and tells listeners, without a session lookup (database down). */
    recordReadings: ingest,

    /** Transaction ids taken from the sequence now, to hand out while PostgreSQL is unreachable. */
    reserveTransactionIds: rows.reserveTransactionIds,
  };
}

export type TransactionService = ReturnType<typeof createTransactionService>;
