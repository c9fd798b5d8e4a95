import type { IdTagVerdict } from '../idtags/authorization.js';
import type { MeterReadingRow } from './meter-rows.repository.js';
import type { Spool } from '../../db/spool/spool.js';
import { seqNoGaps } from './seq-no-gaps.js';
import { energyRegisterWh, normaliseSampledValue, type NormalisedValue } from './meter-values.js';
import {
  appliedStatement,
  type RecordedEvent,
  type SessionChanges,
  type StationTransactionRepository,
} from './station-transactions.repository.js';
import type { ChargerRef, MeterReading, SessionRow, TransactionService } from './transactions.service.js';

export type TransactionEventType = 'Started' | 'Updated' | 'Ended';

/** One event of a transaction the station names itself (OCPP 2.0.1 TransactionEvent), version-neutral. */
export interface StationTransactionEvent {
  transactionId: string;
  seqNo: number;
  eventType: TransactionEventType;
  timestamp: Date;
  triggerReason: string;
  offline: boolean;
  /** Our connector position: the EVSE id (null when the event names none). */
  connectorId: number | null;
  /** The connector within that EVSE, when the event names it. */
  evseConnectorId: number | null;
  idTag: string | null;
  tokenType: string | null;
  remoteStartId: number | null;
  reservationId: number | null;
  stoppedReason: string | null;
  /** Charging, EVConnected, SuspendedEV, SuspendedEVSE, Idle. */
  chargingState: string | null;
  readings: MeterReading[];
  /** The message as sent, kept with the event. */
  payload: unknown;
}

export interface StationTransactionAnswer {
  idTag: IdTagVerdict | null;
}

// Marks of applied events spooled after their meter rows (see `event`).
const APPLIED = 'transaction_event_applied';
const REMEMBERED_APPLIED = 10_000;

/**
 * Transactions named by the station (OCPP 2.0.1 E01-E07): every event kept once by (station,
 * transactionId, seqNo), so a retry changes nothing; events are applied whatever order they arrive
 * in (an offline queue, a lost Started): the session is created by whichever comes first, a
 * Started fills in the start, an Ended completes it, and a later Updated only adds meter values.
 * A gap in seqNo is recorded when the transaction ends, never refused. Sessions, pricing and CDRs
 * see the same rows and events as for 1.6 StartTransaction/StopTransaction.
 */
export function createStationTransactions(deps: {
  repo: StationTransactionRepository;
  /** Meter rows and applied marks go through the node's durable spool (see `event`). */
  spool: Spool;
  transactions: TransactionService;
  recordEvent: (charger: ChargerRef, type: string, payload: unknown, timestamp?: Date) => Promise<void>;
  useReservation: (match: {
    tenantId: string;
    chargerId: string;
    reservationId: number;
    sessionId: string;
  }) => Promise<unknown>;
}) {
  const { repo, transactions, spool } = deps;
  spool.register(APPLIED, (rows) => [appliedStatement(rows)]);

  async function sessionFor(charger: ChargerRef, e: StationTransactionEvent, verdict: IdTagVerdict | null) {
    const existing = await repo.byStationTransaction(charger.id, e.transactionId);
    if (existing) return existing;
    const values = {
      tenantId: charger.tenantId,
      chargerId: charger.id,
      connectorId: e.connectorId ?? 0,
      evseConnectorId: e.evseConnectorId,
      stationTransactionId: e.transactionId,
      idTag: e.idTag,
      userId: verdict?.userId ?? null,
      reservationId: e.reservationId,
      status: 'ACTIVE',
      startedAt: e.timestamp,
      lastSeqNo: -1,
      flags: {
        ...(e.eventType !== 'Started' ? { startedUnseen: true } : {}),
        ...(verdict && verdict.status !== 'Accepted' ? { idTagStatus: verdict.status } : {}),
      },
    };
    // A remote start left a PENDING row (or one our sweep failed too soon): it becomes this session (F01/F02, like 1.6).
    const pending = await repo.pendingFor(charger.id, e);
    if (pending) {
      const adopted = await repo.update(
        pending.id,
        {
          ...values,
          // What the event leaves out (a token, the EVSE) stays as the remote start named it.
          ...(e.idTag ? {} : { idTag: pending.idTag, userId: pending.userId }),
          ...(e.connectorId === null ? { connectorId: pending.connectorId } : {}),
          stoppedAt: null,
          stopReason: null,
        },
        pending.status,
      );
      if (adopted) return adopted;
    }
    // Two events of one transaction at once: the loser reads the winner's row.
    return (await repo.insert(values)) ?? (await repo.byStationTransaction(charger.id, e.transactionId))!;
  }

  /** What this event changes on the session, given the session as it stands (order-independent). */
  function changesFor(
    session: SessionRow,
    e: StationTransactionEvent,
    values: NormalisedValue[],
    verdict: IdTagVerdict | null,
  ): SessionChanges {
    const changes: SessionChanges = {};
    const register = latestRegister(e.readings, values);
    if (e.idTag && !session.idTag) Object.assign(changes, { idTag: e.idTag, userId: verdict?.userId ?? null });
    if (session.connectorId === 0 && e.connectorId) changes.connectorId = e.connectorId;
    if (session.evseConnectorId === null && e.evseConnectorId) changes.evseConnectorId = e.evseConnectorId;
    if (e.eventType === 'Started') {
      // The Started event is the start, whenever it arrives (an offline queue may send Ended first).
      if (!session.startedAt || e.timestamp < session.startedAt) changes.startedAt = e.timestamp;
      if (register) changes.meterStartWh = earliestRegister(e.readings, values)!.wh;
      const { startedUnseen: _seen, ...flags } = (session.flags ?? {}) as Record<string, unknown>;
      if (_seen) changes.flags = flags;
    } else if (session.meterStartWh === null && register)
      changes.meterStartWh = earliestRegister(e.readings, values)!.wh;
    if (register && (!session.lastMeterAt || register.at >= session.lastMeterAt)) {
      changes.lastMeterWh = register.wh;
      changes.lastMeterAt = register.at;
    }
    if (e.seqNo > (session.lastSeqNo ?? -1)) changes.lastSeqNo = e.seqNo;
    if (e.eventType === 'Ended' && session.status !== 'COMPLETED') {
      Object.assign(changes, {
        status: 'COMPLETED',
        stoppedAt: e.timestamp,
        // OCPP 2.0.1 E06: stoppedReason absent means Local.
        stopReason: e.stoppedReason ?? 'Local',
        meterStopWh: register?.wh ?? session.lastMeterWh ?? session.meterStartWh,
      });
      if (session.meterStartWh === null && !register) changes.meterStartWh = session.lastMeterWh;
    }
    return changes;
  }

  /** Events applied whose mark is still on its way through the spool (a retry meanwhile changes nothing). */
  const recentlyApplied = new Set<string>();
  /** Events being applied now: a retry sent meanwhile (a slow database) is answered once the first is done. */
  const inFlight = new Map<string, Promise<void>>();
  const keyOf = (charger: ChargerRef, e: StationTransactionEvent) => `${charger.id}|${e.transactionId}|${e.seqNo}`;

  /** The hot path: an Updated event of an ACTIVE session, two coalesced statements (like 1.6 MeterValues). */
  const simple = (e: StationTransactionEvent, s: RecordedEvent['session']): s is NonNullable<typeof s> =>
    !!s &&
    e.eventType === 'Updated' &&
    !e.idTag &&
    e.reservationId === null &&
    s.status === 'ACTIVE' &&
    s.hasMeterStart &&
    !s.hasMissingSeqNos &&
    !(e.evseConnectorId && !s.hasEvseConnector) &&
    !(s.connectorId === 0 && e.connectorId);

  async function applyUpdated(charger: ChargerRef, e: StationTransactionEvent, sessionId: string) {
    const register = latestRegister(e.readings, normalised(e.readings));
    const row = await repo.advance({ sessionId, seqNo: e.seqNo, wh: register?.wh ?? null, at: register?.at ?? null });
    return row ?? (await repo.byStationTransaction(charger.id, e.transactionId))!;
  }

  /**
   * The seqNo gaps of a transaction that ends, or of an ended one a late event (an offline queue)
   * reaches: it may fill a gap, or (a late Started) show where the transaction began.
   */
  async function noteGaps(
    charger: ChargerRef,
    e: StationTransactionEvent,
    session: SessionRow,
    changes: SessionChanges,
    ended: boolean,
  ): Promise<void> {
    const gaps = seqNoGaps(await repo.seqNos(charger.id, e.transactionId));
    const { missingSeqNos: _was, ...flags } = (changes.flags ?? session.flags ?? {}) as Record<string, unknown>;
    changes.flags = gaps ? { ...flags, missingSeqNos: gaps } : flags;
    if (ended && (gaps || flags.startedUnseen))
      await deps.recordEvent(charger, 'TransactionEventsMissing', {
        transactionId: e.transactionId,
        missing: gaps?.ranges ?? [],
        missingCount: gaps?.count ?? 0,
        ...(flags.startedUnseen ? { startedUnseen: true } : {}),
      });
  }

  /** Every other event: the session created or adopted, then what this event changes on it. */
  async function applyInFull(charger: ChargerRef, e: StationTransactionEvent, verdict: IdTagVerdict | null) {
    let session = await sessionFor(charger, e, verdict);
    const changes = changesFor(session, e, normalised(e.readings), verdict);
    const ended = changes.status === 'COMPLETED';
    if (ended || session.status === 'COMPLETED') await noteGaps(charger, e, session, changes, ended);
    if (Object.keys(changes).length) session = (await repo.update(session.id, changes)) ?? session;
    if (e.reservationId !== null && e.eventType === 'Started')
      await deps.useReservation({
        tenantId: charger.tenantId,
        chargerId: charger.id,
        reservationId: e.reservationId,
        sessionId: session.id,
      });
    return { session, ended };
  }

  return {
    /**
     * Applies one event. Every statement on the database runs before its meter rows and its mark
     * go to the spool, so an application cut short (the connection, the node) is applied again in
     * full by its retry or by the outage path's replay, and one that got that far never twice.
     * `replayed`: run by the spool's replay, which writes the rows itself, at once.
     */
    async event(
      charger: ChargerRef,
      e: StationTransactionEvent,
      opts: { replayed?: boolean } = {},
    ): Promise<StationTransactionAnswer> {
      const verdict = e.idTag
        ? await transactions.verifyToken(
            charger.tenantId,
            e.idTag,
            e.tokenType ?? undefined,
            // A transaction starting asks the tenant's external authorizer too, as 1.6 StartTransaction does.
            e.eventType === 'Started' ? { chargerId: charger.id } : undefined,
          )
        : null;
      const key = keyOf(charger, e);
      const recorded = await repo.record({
        tenantId: charger.tenantId,
        chargerId: charger.id,
        transactionId: e.transactionId,
        seqNo: e.seqNo,
        eventType: e.eventType,
        triggerReason: e.triggerReason,
        offline: e.offline,
        timestamp: e.timestamp,
        payload: e.payload ?? {},
      });
      const running = inFlight.get(key);
      if (running) await running;
      if (running || !recorded.fresh || recentlyApplied.has(key)) return { idTag: verdict };
      const applying = apply(charger, e, verdict, recorded, key, opts.replayed ?? false);
      inFlight.set(key, applying);
      try {
        await applying;
      } finally {
        inFlight.delete(key);
      }
      return { idTag: verdict };
    },
  };

  async function apply(
    charger: ChargerRef,
    e: StationTransactionEvent,
    verdict: IdTagVerdict | null,
    recorded: RecordedEvent,
    key: string,
    replayed: boolean,
  ): Promise<void> {
    const { session, ended } = simple(e, recorded.session)
      ? { session: await applyUpdated(charger, e, recorded.session.id), ended: false }
      : await applyInFull(charger, e, verdict);
    const applied = {
      charger_id: charger.id,
      transaction_id: e.transactionId,
      seq_no: e.seqNo,
      session_id: session.id,
    };
    if (replayed) {
      const rows: MeterReadingRow[] = [];
      transactions.ingest(charger, session.connectorId, null, session.id, e.readings, rows);
      await repo.writeApplied(rows, [applied]);
    } else {
      transactions.ingest(charger, session.connectorId, null, session.id, e.readings);
      spool.append(APPLIED, applied);
      recentlyApplied.add(key);
      if (recentlyApplied.size > REMEMBERED_APPLIED) recentlyApplied.delete(recentlyApplied.values().next().value!);
    }
    const change = ended ? 'stopped' : e.eventType === 'Started' ? 'started' : undefined;
    const publish = () => transactions.publishSession(charger, session, e.timestamp, change);
    // Listeners (pricing) read a COMPLETED session's meter values: write them first (waited for briefly, spool.afterFlush).
    if (ended && !replayed) await spool.afterFlush(publish);
    else publish();
  }
}

export type StationTransactions = ReturnType<typeof createStationTransactions>;

/** The readings as they will be stored (the same normalisation as `transactions.ingest`). */
function normalised(readings: MeterReading[]): NormalisedValue[] {
  return readings.flatMap((r) => r.sampledValues.map((sv) => normaliseSampledValue(r.timestamp, sv)));
}

interface Register {
  wh: number;
  at: Date;
}

function registers(readings: MeterReading[], values: NormalisedValue[]): Register[] {
  return readings.flatMap((r) => {
    const wh = energyRegisterWh(values.filter((v) => v.timestamp === r.timestamp));
    return wh === null ? [] : [{ wh: Math.round(wh), at: r.timestamp }];
  });
}

function latestRegister(readings: MeterReading[], values: NormalisedValue[]): Register | null {
  return registers(readings, values).reduce<Register | null>((a, r) => (!a || r.at >= a.at ? r : a), null);
}

function earliestRegister(readings: MeterReading[], values: NormalisedValue[]): Register | null {
  return registers(readings, values).reduce<Register | null>((a, r) => (!a || r.at < a.at ? r : a), null);
}
