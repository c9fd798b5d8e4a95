// The virtual charger thinks in OCPP 1.6; with `protocol: '2.0.1'` what it sends is said in 2.0.1 here,
// as a 2.0.1 station would say it (StartTransaction/MeterValues/StopTransaction become one
// transaction's TransactionEvents with the station's own transactionId and seqNo), and what it is
// answered is read back in the 1.6 shape the rest of the simulator expects. Strict mode validates
// every frame against the 2.0.1 schemas, so a mistake here fails loudly.
import { randomUUID } from 'node:crypto';

type Payload = Record<string, any>;

/** One CALL on the wire and how to read its answer in 1.6 terms; null: 2.0.1 has nothing to send. */
export interface Wire {
  action: string;
  payload: Payload;
  answer(response: Payload): Payload;
}

interface OpenTransaction {
  id: string;
  connectorId: number;
  idTag: string;
  seqNo: number;
  remote: boolean;
}

const same = (r: Payload) => r;

// OCPP 2.0.1 ConnectorStatusEnumType knows whether something is plugged, not what it does:
// the charging state travels in TransactionEvent.transactionInfo.chargingState.
const CONNECTOR_STATUS: Record<string, string> = {
  Available: 'Available',
  Preparing: 'Occupied',
  Finishing: 'Occupied',
  Reserved: 'Reserved',
  Unavailable: 'Unavailable',
  Faulted: 'Faulted',
};
const CHARGING_STATE: Record<string, string> = {
  Charging: 'Charging',
  SuspendedEV: 'SuspendedEV',
  SuspendedEVSE: 'SuspendedEVSE',
};

// 1.6 StopTransaction reasons as 2.0.1 ReasonEnumType (stoppedReason) and TriggerReasonEnumType.
const STOPPED_REASON: Record<string, string> = {
  HardReset: 'ImmediateReset',
  SoftReset: 'Reboot',
  UnlockCommand: 'Other',
};
const STOP_TRIGGER: Record<string, string> = {
  Remote: 'RemoteStop',
  EVDisconnected: 'EVDeparted',
  Local: 'StopAuthorized',
  DeAuthorized: 'Deauthorized',
  HardReset: 'ResetCommand',
  SoftReset: 'ResetCommand',
  UnlockCommand: 'UnlockCommand',
};

/** 1.6 sampled values (strings, `unit`) as 2.0.1 ones (numbers, `unitOfMeasure`). */
export function meterValues201(meterValue: Payload[] | undefined): Payload[] {
  return (meterValue ?? []).map((mv) => ({
    timestamp: mv.timestamp,
    sampledValue: (mv.sampledValue as Payload[]).map((sv) => ({
      value: Number(sv.value),
      ...(sv.context ? { context: sv.context } : {}),
      ...(sv.measurand ? { measurand: sv.measurand } : {}),
      ...(sv.phase ? { phase: sv.phase } : {}),
      ...(sv.location ? { location: sv.location } : {}),
      ...(sv.unit ? { unitOfMeasure: { unit: sv.unit } } : {}),
    })),
  }));
}

const idTagInfo = (r: Payload) => (r.idTokenInfo ? { idTagInfo: { status: r.idTokenInfo.status } } : {});

/** The outbound half, with the state a 2.0.1 station keeps: its open transactions and the remote starts it was asked for. */
export class Dialect201 {
  private readonly open = new Map<number, OpenTransaction>(); // by connector
  /** RequestStartTransaction's remoteStartId and token type, until the transaction it asked for starts. */
  private readonly remoteStarts = new Map<string, { remoteStartId: number; type: string }>(); // by idTag

  remoteStartRequested(idTag: string, remoteStartId: number, type: string): void {
    this.remoteStarts.set(idTag, { remoteStartId, type });
  }

  transactionOf(transactionId: string): OpenTransaction | undefined {
    return [...this.open.values()].find((t) => t.id === transactionId);
  }

  /** The 2.0.1 form of a 1.6 CALL; `offline` when it waited in the queue while the socket was down. */
  outbound(action: string, p: Payload, opts: { offline?: boolean } = {}): Wire | null {
    const offline = opts.offline ? { offline: true } : {};
    switch (action) {
      case 'BootNotification':
        return {
          action,
          payload: {
            reason: 'PowerUp',
            chargingStation: {
              model: p.chargePointModel,
              vendorName: p.chargePointVendor,
              ...(p.chargePointSerialNumber ? { serialNumber: p.chargePointSerialNumber } : {}),
              ...(p.firmwareVersion ? { firmwareVersion: p.firmwareVersion } : {}),
            },
          },
          answer: same,
        };
      case 'StatusNotification':
        return this.status(p);
      case 'Authorize':
        return {
          action,
          payload: { idToken: { idToken: p.idTag, type: 'ISO14443' } },
          answer: (r) => ({ idTagInfo: { status: r.idTokenInfo?.status ?? 'Invalid' } }),
        };
      case 'StartTransaction':
        return this.started(p, offline);
      case 'MeterValues':
        return this.meterValues(p, offline);
      case 'StopTransaction':
        return this.ended(p, offline);
      case 'DiagnosticsStatusNotification':
        return { action: 'LogStatusNotification', payload: { status: p.status }, answer: same };
      default:
        return { action, payload: p, answer: same }; // Heartbeat, FirmwareStatusNotification, DataTransfer, ...
    }
  }

  private status(p: Payload): Wire | null {
    if (p.connectorId === 0) return null; // 2.0.1 reports per EVSE connector only
    const tx = this.open.get(p.connectorId);
    const chargingState = CHARGING_STATE[p.status];
    if (chargingState) {
      // Before its transaction started the Started event carries the state itself.
      if (!tx) return null;
      return this.event(tx, 'Updated', 'ChargingStateChanged', { chargingState });
    }
    return {
      action: 'StatusNotification',
      payload: {
        timestamp: p.timestamp ?? new Date().toISOString(),
        connectorStatus: CONNECTOR_STATUS[p.status] ?? 'Unavailable',
        evseId: p.connectorId,
        connectorId: 1,
      },
      answer: same,
    };
  }

  private started(p: Payload, offline: Payload): Wire {
    const remote = this.remoteStarts.get(p.idTag);
    this.remoteStarts.delete(p.idTag);
    const tx: OpenTransaction = {
      id: randomUUID(),
      connectorId: p.connectorId,
      idTag: p.idTag,
      seqNo: 0,
      remote: !!remote,
    };
    this.open.set(p.connectorId, tx);
    const wire = this.event(tx, 'Started', remote ? 'RemoteStart' : 'Authorized', {
      chargingState: 'Charging',
      ...(remote ? { remoteStartId: remote.remoteStartId } : {}),
    });
    Object.assign(wire.payload, {
      ...offline,
      timestamp: p.timestamp,
      idToken: { idToken: p.idTag, type: remote?.type ?? 'ISO14443' },
      ...(p.reservationId !== undefined ? { reservationId: p.reservationId } : {}),
      meterValue: [
        {
          timestamp: p.timestamp,
          sampledValue: [
            {
              value: p.meterStart,
              context: 'Transaction.Begin',
              measurand: 'Energy.Active.Import.Register',
              unitOfMeasure: { unit: 'Wh' },
            },
          ],
        },
      ],
    });
    return { ...wire, answer: (r) => ({ transactionId: tx.id, ...idTagInfo(r) }) };
  }

  private meterValues(p: Payload, offline: Payload): Wire {
    const tx =
      (p.transactionId !== undefined && this.transactionOf(String(p.transactionId))) || this.open.get(p.connectorId);
    const meterValue = meterValues201(p.meterValue);
    if (!tx) return { action: 'MeterValues', payload: { evseId: p.connectorId, meterValue }, answer: same };
    const trigger = meterValue[0]?.sampledValue[0]?.context === 'Trigger' ? 'Trigger' : 'MeterValuePeriodic';
    const wire = this.event(tx, 'Updated', trigger, {});
    Object.assign(wire.payload, {
      ...offline,
      timestamp: meterValue[0]?.timestamp ?? wire.payload.timestamp,
      meterValue,
    });
    return wire;
  }

  private ended(p: Payload, offline: Payload): Wire | null {
    // A StopTransaction built before its start's answer was read (an offline replay) names no id yet.
    const tx = this.transactionOf(String(p.transactionId)) ?? [...this.open.values()].find((t) => t.idTag === p.idTag);
    if (!tx) return null; // never started here: nothing a 2.0.1 station could end
    this.open.delete(tx.connectorId);
    const wire = this.event(tx, 'Ended', STOP_TRIGGER[p.reason] ?? 'AbnormalCondition', {
      stoppedReason: STOPPED_REASON[p.reason] ?? p.reason ?? 'Local',
      chargingState: 'EVConnected',
    });
    Object.assign(wire.payload, {
      ...offline,
      timestamp: p.timestamp,
      ...(p.idTag ? { idToken: { idToken: p.idTag, type: 'ISO14443' } } : {}),
      meterValue: meterValues201(p.transactionData),
    });
    return { ...wire, answer: idTagInfo };
  }

  private event(tx: OpenTransaction, eventType: string, triggerReason: string, info: Payload): Wire {
    return {
      action: 'TransactionEvent',
      payload: {
        eventType,
        timestamp: new Date().toISOString(),
        triggerReason,
        seqNo: tx.seqNo++,
        transactionInfo: { transactionId: tx.id, ...info },
        evse: { id: tx.connectorId, connectorId: 1 },
      },
      answer: idTagInfo,
    };
  }
}
