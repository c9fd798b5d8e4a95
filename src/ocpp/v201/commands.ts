// The domain speaks commands in OCPP 1.6's vocabulary (its first protocol); a 2.0.1 station gets
// each one mapped to its 2.0.1 equivalent here, and the answer mapped back. Typed on both sides
// by the generated payload types, so a schema change breaks the build, not a charger.
import type { Ocpp16Actions } from '../v16/types.generated.js';
import type { Ocpp201Actions } from './types.generated.js';

type Req16<A extends keyof Ocpp16Actions> = Ocpp16Actions[A]['request'];
type Res16<A extends keyof Ocpp16Actions> = Ocpp16Actions[A]['response'];
type Wire201 = {
  [A in keyof Ocpp201Actions]: { action: A; payload: Ocpp201Actions[A]['request'] };
}[keyof Ocpp201Actions];

export interface Mapped201 {
  wire: Wire201;
  /** The 2.0.1 answer in the 1.6 shape the domain reads. */
  answer(response: Record<string, unknown>): Record<string, unknown>;
}

/** Ids the CSMS chooses: a fresh requestId, and the remoteStartId the domain already gave the session. */
export interface ChosenIds {
  next(): number;
  remoteStartId?: number;
}

type Mapper<A extends keyof Ocpp16Actions> = (p: Req16<A>, ids: ChosenIds) => Mapped201;

const same = (response: Record<string, unknown>) => response;
const token = (idToken: string) => ({ idToken, type: 'Central' as const });
const evse = (connectorId: number | undefined) => (connectorId ? { evseId: connectorId } : {});

// 1.6 TriggerMessage names that 2.0.1 calls differently (OCPP 2.0.1 MessageTriggerEnumType).
const TRIGGER_201: Record<string, Ocpp201Actions['TriggerMessage']['request']['requestedMessage']> = {
  DiagnosticsStatusNotification: 'LogStatusNotification',
};
type Purpose201 = Ocpp201Actions['SetChargingProfile']['request']['chargingProfile']['chargingProfilePurpose'];
const purposeOf = (p: Req16<'SetChargingProfile'>['csChargingProfiles']['chargingProfilePurpose']): Purpose201 =>
  p === 'ChargePointMaxProfile' ? 'ChargingStationMaxProfile' : p;

const MAPPERS: { [A in keyof Ocpp16Actions]?: Mapper<A> } = {
  // F01/F02: remoteStartId is ours to give; the station echoes it in TransactionEvent.
  RemoteStartTransaction: (p, ids) => ({
    wire: {
      action: 'RequestStartTransaction',
      payload: { idToken: token(p.idTag), remoteStartId: ids.remoteStartId ?? ids.next(), ...evse(p.connectorId) },
    },
    answer: same,
  }),
  // F03: the domain names a 2.0.1 session by the station's own transactionId.
  RemoteStopTransaction: (p) => ({
    wire: { action: 'RequestStopTransaction', payload: { transactionId: String(p.transactionId) } },
    answer: same,
  }),
  // B11/B12: Soft waits for transactions to end (OnIdle), Hard does not (Immediate).
  // B12: one EVSE when the domain names it (1.6 has no such field: v16/commands.ts refuses it).
  Reset: (p: Req16<'Reset'> & { evseId?: number }) => ({
    wire: {
      action: 'Reset',
      payload: { type: p.type === 'Hard' ? 'Immediate' : 'OnIdle', ...(p.evseId ? { evseId: p.evseId } : {}) },
    },
    answer: same,
  }),
  // F05: 2.0.1 names the EVSE and a connector of it; connector 1 unless the domain names another.
  UnlockConnector: (p: Req16<'UnlockConnector'> & { evseConnectorId?: number }) => ({
    wire: { action: 'UnlockConnector', payload: { evseId: p.connectorId, connectorId: p.evseConnectorId ?? 1 } },
    answer: same,
  }),
  // G03-G05: connector 0 is the whole station, another id its EVSE, evseConnectorId one connector of it.
  ChangeAvailability: (p: Req16<'ChangeAvailability'> & { evseConnectorId?: number }) => ({
    wire: {
      action: 'ChangeAvailability',
      payload: {
        operationalStatus: p.type,
        ...(p.connectorId
          ? { evse: { id: p.connectorId, ...(p.evseConnectorId ? { connectorId: p.evseConnectorId } : {}) } }
          : {}),
      },
    },
    answer: same,
  }),
  TriggerMessage: (p: Req16<'TriggerMessage'> & { evseConnectorId?: number }) => {
    const requestedMessage = TRIGGER_201[p.requestedMessage] ?? p.requestedMessage;
    // F06: a triggered StatusNotification names a connector of the EVSE: 1 unless the domain names another.
    const connectorId = p.evseConnectorId ?? (requestedMessage === 'StatusNotification' ? 1 : undefined);
    const target = p.connectorId
      ? { evse: { id: p.connectorId, ...(connectorId !== undefined ? { connectorId } : {}) } }
      : {};
    return {
      wire: {
        action: 'TriggerMessage',
        payload: { requestedMessage, ...target } as Ocpp201Actions['TriggerMessage']['request'],
      },
      answer: same,
    };
  },
  ClearCache: () => ({ wire: { action: 'ClearCache', payload: {} }, answer: same }),
  // H01/H03
  ReserveNow: (p) => ({
    wire: {
      action: 'ReserveNow',
      payload: {
        id: p.reservationId,
        expiryDateTime: p.expiryDate,
        idToken: token(p.idTag),
        ...evse(p.connectorId),
        ...(p.parentIdTag ? { groupIdToken: token(p.parentIdTag) } : {}),
      },
    },
    answer: same,
  }),
  CancelReservation: (p) => ({
    wire: { action: 'CancelReservation', payload: { reservationId: p.reservationId } },
    answer: same,
  }),
  // K01: one schedule per profile here; ChargePointMaxProfile is 2.0.1's ChargingStationMaxProfile.
  SetChargingProfile: (p) => {
    const cp = p.csChargingProfiles;
    return {
      wire: {
        action: 'SetChargingProfile',
        payload: {
          evseId: p.connectorId,
          chargingProfile: {
            id: cp.chargingProfileId,
            stackLevel: cp.stackLevel,
            chargingProfilePurpose: purposeOf(cp.chargingProfilePurpose),
            chargingProfileKind: cp.chargingProfileKind,
            ...(cp.recurrencyKind ? { recurrencyKind: cp.recurrencyKind } : {}),
            ...(cp.validFrom ? { validFrom: cp.validFrom } : {}),
            ...(cp.validTo ? { validTo: cp.validTo } : {}),
            ...(cp.transactionId !== undefined ? { transactionId: String(cp.transactionId) } : {}),
            chargingSchedule: [
              {
                id: cp.chargingProfileId,
                chargingRateUnit: cp.chargingSchedule.chargingRateUnit,
                chargingSchedulePeriod: cp.chargingSchedule.chargingSchedulePeriod,
                ...(cp.chargingSchedule.startSchedule ? { startSchedule: cp.chargingSchedule.startSchedule } : {}),
                ...(cp.chargingSchedule.duration !== undefined ? { duration: cp.chargingSchedule.duration } : {}),
                ...(cp.chargingSchedule.minChargingRate !== undefined
                  ? { minChargingRate: cp.chargingSchedule.minChargingRate }
                  : {}),
              },
            ],
          },
        },
      },
      answer: same,
    };
  },
  ClearChargingProfile: (p) => {
    const criteria = {
      ...(p.connectorId !== undefined ? { evseId: p.connectorId } : {}),
      ...(p.chargingProfilePurpose ? { chargingProfilePurpose: purposeOf(p.chargingProfilePurpose) } : {}),
      ...(p.stackLevel !== undefined ? { stackLevel: p.stackLevel } : {}),
    };
    return {
      wire: {
        action: 'ClearChargingProfile',
        payload: {
          ...(p.id !== undefined ? { chargingProfileId: p.id } : {}),
          ...(Object.keys(criteria).length ? { chargingProfileCriteria: criteria } : {}),
        },
      },
      answer: same,
    };
  },
  GetCompositeSchedule: (p) => ({
    wire: {
      action: 'GetCompositeSchedule',
      payload: {
        evseId: p.connectorId,
        duration: p.duration,
        ...(p.chargingRateUnit ? { chargingRateUnit: p.chargingRateUnit } : {}),
      },
    },
    answer: (r) => {
      const s = (r as unknown as Ocpp201Actions['GetCompositeSchedule']['response']).schedule;
      const out: Res16<'GetCompositeSchedule'> = { status: r.status as 'Accepted' | 'Rejected' };
      if (s)
        Object.assign(out, {
          connectorId: s.evseId,
          scheduleStart: s.scheduleStart,
          chargingSchedule: {
            duration: s.duration,
            chargingRateUnit: s.chargingRateUnit,
            chargingSchedulePeriod: s.chargingSchedulePeriod,
          },
        });
      return { ...out };
    },
  }),
  // L01
  UpdateFirmware: (p, ids) => ({
    wire: {
      action: 'UpdateFirmware',
      payload: {
        requestId: ids.next(),
        firmware: { location: p.location, retrieveDateTime: p.retrieveDate },
        ...(p.retries !== undefined ? { retries: p.retries } : {}),
        ...(p.retryInterval !== undefined ? { retryInterval: p.retryInterval } : {}),
      },
    },
    answer: same,
  }),
  // N01: 1.6 diagnostics are 2.0.1's DiagnosticsLog.
  GetDiagnostics: (p, ids) => ({
    wire: {
      action: 'GetLog',
      payload: {
        logType: 'DiagnosticsLog',
        requestId: ids.next(),
        log: {
          remoteLocation: p.location,
          ...(p.startTime ? { oldestTimestamp: p.startTime } : {}),
          ...(p.stopTime ? { latestTimestamp: p.stopTime } : {}),
        },
        ...(p.retries !== undefined ? { retries: p.retries } : {}),
        ...(p.retryInterval !== undefined ? { retryInterval: p.retryInterval } : {}),
      },
    },
    answer: (r) => ({ ...r, ...(r.filename ? { fileName: r.filename } : {}) }),
  }),
  // D01/D02
  SendLocalList: (p) => ({
    wire: {
      action: 'SendLocalList',
      payload: {
        versionNumber: p.listVersion,
        updateType: p.updateType,
        ...(p.localAuthorizationList
          ? {
              localAuthorizationList: p.localAuthorizationList.map((e) => ({
                idToken: token(e.idTag),
                ...(e.idTagInfo
                  ? {
                      idTokenInfo: {
                        status: e.idTagInfo.status,
                        ...(e.idTagInfo.expiryDate ? { cacheExpiryDateTime: e.idTagInfo.expiryDate } : {}),
                        ...(e.idTagInfo.parentIdTag ? { groupIdToken: token(e.idTagInfo.parentIdTag) } : {}),
                      },
                    }
                  : {}),
              })),
            }
          : {}),
      },
    },
    answer: same,
  }),
  GetLocalListVersion: () => ({
    wire: { action: 'GetLocalListVersion', payload: {} },
    answer: (r) => ({ listVersion: r.versionNumber }),
  }),
  DataTransfer: (p) => ({ wire: { action: 'DataTransfer', payload: p }, answer: same }),
};

/** The 2.0.1 form of a command given in the 1.6 vocabulary; null when 2.0.1 has no equivalent. */
export function mapCommandTo201(action: string, payload: Record<string, unknown>, ids: ChosenIds): Mapped201 | null {
  const mapper = MAPPERS[action as keyof Ocpp16Actions] as Mapper<keyof Ocpp16Actions> | undefined;
  return mapper ? mapper(payload as never, ids) : null;
}
