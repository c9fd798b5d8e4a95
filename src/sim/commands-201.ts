// What a virtual 2.0.1 station answers to each CSMS command: the 1.6 handler does the work
// (commands.ts), the request and answer are said in 2.0.1 (OCPP 2.0.1 Part 2, blocks B-K).
// The device model is the 1.6 configuration keys, one variable per key.
import type { VirtualCharger } from './charger.js';
import { changeConfiguration } from './config-keys.js';
import type { Dialect201 } from './dialect-201.js';

type Params = Record<string, any>;
type Answer = Record<string, unknown>;
type Handler = (call: { params: Params }) => Answer | Promise<Answer>;

const purpose16 = (p: string | undefined) => (p === 'ChargingStationMaxProfile' ? 'ChargePointMaxProfile' : p);
// 2.0.1 calls 1.6's MeterValueSampleInterval SampledDataCtrlr.TxUpdatedInterval.
const KEY_OF: Record<string, string> = { TxUpdatedInterval: 'MeterValueSampleInterval' };
const keyOf = (variable: string) => KEY_OF[variable] ?? variable;

/** A 2.0.1 ChargingProfileType as the 1.6 csChargingProfiles the simulator's profile logic reads. */
function profile16(p: Params): Params {
  const { id: _id, ...schedule } = (p.chargingSchedule as Params[])[0] ?? {};
  return {
    chargingProfileId: p.id,
    stackLevel: p.stackLevel,
    chargingProfilePurpose: purpose16(p.chargingProfilePurpose),
    chargingProfileKind: p.chargingProfileKind,
    ...(p.transactionId !== undefined ? { transactionId: p.transactionId } : {}),
    chargingSchedule: schedule,
  };
}

export function commandHandlers201(
  cp: VirtualCharger,
  dialect: Dialect201,
  h16: Record<string, (call: { params: Params }) => any>,
): Record<string, Handler> {
  const call16 = async (action: string, params: Params): Promise<Params> => h16[action]!({ params });
  return {
    async RequestStartTransaction({ params }) {
      dialect.remoteStartRequested(params.idToken.idToken, params.remoteStartId, params.idToken.type);
      if (params.chargingProfile) params = { ...params, chargingProfile: profile16(params.chargingProfile) };
      const r = await call16('RemoteStartTransaction', {
        idTag: params.idToken.idToken,
        ...(params.evseId !== undefined ? { connectorId: params.evseId } : {}),
        ...(params.chargingProfile ? { chargingProfile: params.chargingProfile } : {}),
      });
      return { status: r.status };
    },
    RequestStopTransaction: ({ params }) => call16('RemoteStopTransaction', { transactionId: params.transactionId }),
    Reset: ({ params }) => call16('Reset', { type: params.type === 'Immediate' ? 'Hard' : 'Soft' }),
    ChangeAvailability: ({ params }) =>
      call16('ChangeAvailability', { connectorId: params.evse?.id ?? 0, type: params.operationalStatus }),
    async UnlockConnector({ params }) {
      const r = await call16('UnlockConnector', { connectorId: params.evseId });
      return { status: r.status === 'NotSupported' ? 'UnknownConnector' : r.status };
    },
    TriggerMessage({ params }) {
      const names: Record<string, string> = {
        LogStatusNotification: 'DiagnosticsStatusNotification',
        TransactionEvent: 'MeterValues', // a running transaction's MeterValues go out as TransactionEvent
      };
      const requestedMessage = names[params.requestedMessage] ?? params.requestedMessage;
      return call16('TriggerMessage', {
        requestedMessage,
        ...(params.evse?.id !== undefined ? { connectorId: params.evse.id } : {}),
      });
    },
    ReserveNow: ({ params }) =>
      call16('ReserveNow', {
        reservationId: params.id,
        expiryDate: params.expiryDateTime,
        idTag: params.idToken.idToken,
        connectorId: params.evseId ?? 0,
      }),
    CancelReservation: ({ params }) => call16('CancelReservation', params),
    SetChargingProfile: ({ params }) =>
      call16('SetChargingProfile', {
        connectorId: params.evseId,
        csChargingProfiles: profile16(params.chargingProfile),
      }),
    ClearChargingProfile({ params }) {
      const c = params.chargingProfileCriteria ?? {};
      return call16('ClearChargingProfile', {
        ...(params.chargingProfileId !== undefined ? { id: params.chargingProfileId } : {}),
        ...(c.evseId !== undefined ? { connectorId: c.evseId } : {}),
        ...(c.chargingProfilePurpose ? { chargingProfilePurpose: purpose16(c.chargingProfilePurpose) } : {}),
        ...(c.stackLevel !== undefined ? { stackLevel: c.stackLevel } : {}),
      });
    },
    GetChargingProfiles: () => ({ status: 'NoProfiles' }),
    async GetCompositeSchedule({ params }) {
      const r = await call16('GetCompositeSchedule', {
        connectorId: params.evseId,
        duration: params.duration,
        ...(params.chargingRateUnit ? { chargingRateUnit: params.chargingRateUnit } : {}),
      });
      if (r.status !== 'Accepted') return { status: 'Rejected' };
      return {
        status: 'Accepted',
        schedule: {
          evseId: params.evseId,
          duration: params.duration,
          scheduleStart: r.scheduleStart,
          ...r.chargingSchedule,
        },
      };
    },
    ClearCache: () => call16('ClearCache', {}),
    DataTransfer: () => ({ status: 'UnknownVendorId' }),
    async GetLocalListVersion() {
      return { versionNumber: (await call16('GetLocalListVersion', {})).listVersion };
    },
    SendLocalList: ({ params }) => call16('SendLocalList', { listVersion: params.versionNumber }),
    async UpdateFirmware({ params }) {
      await call16('UpdateFirmware', { location: params.firmware.location });
      return { status: 'Accepted' };
    },
    GetLog: () => ({ status: 'Accepted' }),
    GetTransactionStatus({ params }) {
      const tx = params.transactionId ? dialect.transactionOf(params.transactionId) : undefined;
      return {
        messagesInQueue: cp.snapshot().queued > 0,
        ...(params.transactionId ? { ongoingIndicator: !!tx } : {}),
      };
    },
    GetVariables({ params }) {
      return {
        getVariableResult: (params.getVariableData as Params[]).map((d) => {
          const key = cp.configuration.get(keyOf(d.variable.name));
          return {
            component: d.component,
            variable: d.variable,
            attributeStatus: key ? 'Accepted' : 'UnknownVariable',
            ...(key ? { attributeValue: key.value } : {}),
          };
        }),
      };
    },
    SetVariables({ params }) {
      return {
        setVariableResult: (params.setVariableData as Params[]).map((d) => {
          const status = changeConfiguration(cp.configuration, keyOf(d.variable.name), d.attributeValue);
          return {
            component: d.component,
            variable: d.variable,
            attributeStatus: status === 'NotSupported' ? 'UnknownVariable' : status,
          };
        }),
      };
    },
    GetBaseReport({ params }) {
      setTimeout(() => {
        const reportData = [...cp.configuration.values()].map((k) => ({
          component: { name: 'ChargeQLSim' },
          variable: { name: k.key },
          variableAttribute: [{ value: k.value.slice(0, 2500), mutability: k.readonly ? 'ReadOnly' : 'ReadWrite' }],
        }));
        void cp
          .call('NotifyReport', {
            requestId: params.requestId,
            generatedAt: new Date().toISOString(),
            seqNo: 0,
            tbc: false,
            reportData,
          })
          .catch(() => {});
      }, 5);
      return { status: 'Accepted' };
    },
  };
}
