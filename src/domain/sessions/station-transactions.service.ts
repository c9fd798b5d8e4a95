import type { IdTagVerdict } from '../idtags/authorization.js';
import { energyRegisterWh, type NormalisedValue } from './meter-values.js';
import type { StationTransactionRepository, SessionChanges } from './station-transactions.repository.js';
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
  session: SessionRow | null;
}

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
  transactions: TransactionService;
  recordEvent: (charger: ChargerRef, type: string, payload: unknown, timestamp?: Date) => Promise<void>;
  useReservation: (match: {
    tenantId: string;
    chargerId: string;
    reservationId: number;
    sessionId: string;
  }) => Promise<unknown>;
}) {
  const { repo, transactions } = deps;

  async function sessionFor(charger: ChargerRef, e: StationTransactionEvent, verdict: IdTagVerdict | null) {
    const existing = await repo.byStationTransaction(charger.id, e.transactionId);
    if (existing) return existing;
    const values = {
      tenantId: charger.tenantId,
      chargerId: charger.id,
      connectorId: e.connectorId ?? 0,
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
    // A remote start left a PENDING row: it becomes this session (F01/F02, like 1.6).
    const pending = await repo.pendingFor(charger.id, e);
    if (pending) {
      const adopted = await repo.update(pending.id, { ...values, idTag: e.idTag ?? pending.idTag }, 'PENDING');
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

  return {
    async event(charger: ChargerRef, e: StationTransactionEvent): Promise<StationTransactionAnswer> {
      const verdict = e.idTag
        ? await transactions.verifyToken(
            charger.tenantId,
            e.idTag,
            e.tokenType ?? undefined,
            // A transaction starting asks the tenant's external authorizer too, as 1.6 StartTransaction does.
            e.eventType === 'Started' ? { chargerId: charger.id } : undefined,
          )
        : null;
      const fresh = await repo.recordOnce({
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
      if (!fresh)
        return { idTag: verdict, session: (await repo.byStationTransaction(charger.id, e.transactionId)) ?? null };

      let session = await sessionFor(charger, e, verdict);
      const values = transactions.ingest(charger, session.connectorId, null, session.id, e.readings);
      const changes = changesFor(session, e, values, verdict);
      const ended = changes.status === 'COMPLETED';
      if (ended) {
        const missing = missingSeqNos(await repo.seqNos(charger.id, e.transactionId));
        if (missing.length) {
          changes.flags = { ...((changes.flags ?? session.flags) as object), missingSeqNos: missing };
          await deps.recordEvent(charger, 'TransactionEventsMissing', { transactionId: e.transactionId, missing });
        }
      }
      // A late event (an offline queue) fills a gap recorded when the transaction ended.
      const stillMissing = (session.flags as { missingSeqNos?: number[] } | null)?.missingSeqNos;
      if (!ended && stillMissing?.includes(e.seqNo))
        changes.flags = {
          ...((changes.flags ?? session.flags) as object),
          missingSeqNos: stillMissing.filter((n) => n !== e.seqNo),
        };
      if (Object.keys(changes).length) session = (await repo.update(session.id, changes)) ?? session;
      await repo.linkEvents(charger.id, e.transactionId, session.id);
      if (e.reservationId !== null && e.eventType === 'Started')
        await deps.useReservation({
          tenantId: charger.tenantId,
          chargerId: charger.id,
          reservationId: e.reservationId,
          sessionId: session.id,
        });
      // Listeners (pricing) read a COMPLETED session's meter values: write them first.
      if (ended) await transactions.flush();
      const change = ended ? 'stopped' : e.eventType === 'Started' ? 'started' : undefined;
      transactions.publishSession(charger, session, e.timestamp, change);
      return { idTag: verdict, session };
    },
  };
}

export type StationTransactions = ReturnType<typeof createStationTransactions>;

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

/** seqNo counts up from 0 within a transaction (OCPP 2.0.1 TransactionEventRequest): the ones below the highest not seen. */
export function missingSeqNos(seen: number[]): number[] {
  const have = new Set(seen);
  const max = Math.max(-1, ...seen);
  const missing: number[] = [];
  for (let n = 0; n < max; n++) if (!have.has(n)) missing.push(n);
  return missing;
}
