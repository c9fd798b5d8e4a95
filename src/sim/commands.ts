// What a virtual charger answers to each command the CSMS sends (OCPP 1.6 §5). The answer goes
// out first; what the command sets in motion (a session, a reboot, a triggered message) follows.
import type { VirtualCharger } from './charger.js';
import { changeConfiguration, getConfiguration } from './config-keys.js';
import { isFree, type Connector } from './connector.js';
import { applyLimit, clearLimits, effectiveLimitA, profileProblem } from './profiles.js';
import { plugIn, sendMeterValues, setStatus, stopSession } from './sessions.js';

type Params = Record<string, any>;
type Handler = (call: { params: Params }) => Record<string, unknown> | Promise<Record<string, unknown>>;

/** Runs after the CALLRESULT has gone out. */
const later = (fn: () => Promise<unknown> | unknown) =>
  void setTimeout(
    () =>
      void Promise.resolve()
        .then(fn)
        .catch(() => {}),
    5,
  );

export function commandHandlers(cp: VirtualCharger): Record<string, Handler> {
  const targets = (connectorId: number): Connector[] | null => {
    if (connectorId === 0) return cp.connectors;
    const c = cp.connector(connectorId);
    return c ? [c] : null;
  };

  return {
    RemoteStartTransaction({ params }) {
      const c =
        params.connectorId !== undefined
          ? cp.connector(params.connectorId)
          : cp.connectors.find((x) => isFree(x, params.idTag));
      if (!c || !isFree(c, params.idTag)) return { status: 'Rejected' };
      if (params.chargingProfile) applyLimit(c.limits, params.chargingProfile); // the session's TxProfile
      later(() => plugIn(cp, c, params.idTag, { remote: true }));
      return { status: 'Accepted' };
    },

    RemoteStopTransaction({ params }) {
      const c = cp.connectors.find(
        (x) => x.session && !x.session.stopping && x.session.transactionId === params.transactionId,
      );
      if (!c) return { status: 'Rejected' };
      later(() => stopSession(cp, c, 'Remote'));
      return { status: 'Accepted' };
    },

    Reset({ params }) {
      later(() => cp.reboot(params.type));
      return { status: 'Accepted' };
    },

    ChangeAvailability({ params }) {
      const list = targets(params.connectorId);
      if (!list) return { status: 'Rejected' };
      let scheduled = false;
      for (const c of list) {
        if (params.type === 'Operative') {
          c.operative = true;
          c.pendingInoperative = false;
          if (c.status === 'Unavailable') later(() => setStatus(cp, c, 'Available'));
        } else if (c.session) {
          c.pendingInoperative = true; // takes effect when the session ends (OCPP 1.6 §5.2)
          scheduled = true;
        } else {
          c.operative = false;
          later(() => setStatus(cp, c, 'Unavailable'));
        }
      }
      return { status: scheduled ? 'Scheduled' : 'Accepted' };
    },

    ChangeConfiguration({ params }) {
      return { status: changeConfiguration(cp.configuration, params.key, params.value) };
    },

    GetConfiguration({ params }) {
      return getConfiguration(cp.configuration, params.key);
    },

    ClearCache() {
      return { status: 'Accepted' };
    },

    UnlockConnector({ params }) {
      const c = cp.connector(params.connectorId);
      if (!c) return { status: 'NotSupported' };
      if (c.session) later(() => stopSession(cp, c, 'UnlockCommand'));
      return { status: 'Unlocked' };
    },

    ReserveNow({ params }) {
      // ReserveConnectorZeroSupported is false: connector 0 is refused (OCPP 1.6 §5.13).
      const c = cp.connector(params.connectorId);
      if (!c) return { status: 'Rejected' };
      if (!c.operative) return { status: 'Unavailable' };
      if (c.status === 'Faulted') return { status: 'Faulted' };
      const replacing = c.reservation?.id === params.reservationId;
      if (c.session || (c.status !== 'Available' && !replacing)) return { status: 'Occupied' };
      clearTimeout(c.reservation?.timer);
      const expiresAt = new Date(params.expiryDate);
      const timer = setTimeout(
        () => {
          c.reservation = null;
          if (c.status === 'Reserved') void setStatus(cp, c, 'Available');
        },
        Math.max(0, Math.min(expiresAt.getTime() - Date.now(), 2 ** 31 - 1)),
      );
      c.reservation = { id: params.reservationId, idTag: params.idTag, expiresAt, timer };
      later(() => setStatus(cp, c, 'Reserved'));
      return { status: 'Accepted' };
    },

    CancelReservation({ params }) {
      const c = cp.connectors.find((x) => x.reservation?.id === params.reservationId);
      if (!c) return { status: 'Rejected' };
      clearTimeout(c.reservation!.timer);
      c.reservation = null;
      if (c.status === 'Reserved') later(() => setStatus(cp, c, 'Available'));
      return { status: 'Accepted' };
    },

    SetChargingProfile({ params }) {
      const list = targets(params.connectorId);
      const profile = params.csChargingProfiles;
      if (!list) return { status: 'Rejected' };
      // A stopping session's transaction has ended: a TxProfile for it is refused.
      const session = list.length === 1 && !list[0]!.session?.stopping ? list[0]!.session : null;
      const problem = profileProblem(profile, {
        connectorId: params.connectorId,
        transactionId: session?.transactionId,
      });
      if (problem) {
        cp.stats.notice(`profile:${problem}`, `${cp.ocppId}: SetChargingProfile rejected: ${problem}`);
        return { status: 'Rejected' };
      }
      for (const c of list) applyLimit(c.limits, profile);
      return { status: 'Accepted' };
    },

    ClearChargingProfile({ params }) {
      const list = params.connectorId !== undefined ? (targets(params.connectorId) ?? []) : cp.connectors;
      const cleared = list.filter((c) => clearLimits(c.limits, params.chargingProfilePurpose));
      return { status: cleared.length ? 'Accepted' : 'Unknown' };
    },

    GetCompositeSchedule({ params }) {
      const c = cp.connector(params.connectorId);
      if (!c && params.connectorId !== 0) return { status: 'Rejected' };
      const maxA = (w: number) => w / (230 * 3);
      const limitA = c
        ? Math.min(maxA(c.maxPowerW), effectiveLimitA(c.limits, !!c.session))
        : Math.max(...cp.connectors.map((x) => maxA(x.maxPowerW)));
      const amps = params.chargingRateUnit === 'A';
      return {
        status: 'Accepted',
        connectorId: params.connectorId,
        scheduleStart: new Date().toISOString(),
        chargingSchedule: {
          duration: params.duration,
          chargingRateUnit: amps ? 'A' : 'W',
          chargingSchedulePeriod: [
            { startPeriod: 0, limit: amps ? Math.round(limitA * 10) / 10 : Math.round(limitA * 230 * 3) },
          ],
        },
      };
    },

    TriggerMessage({ params }) {
      const { requestedMessage, connectorId } = params;
      if (connectorId !== undefined && connectorId !== 0 && !cp.connector(connectorId)) return { status: 'Rejected' };
      const only = connectorId ? cp.connectors.filter((c) => c.id === connectorId) : cp.connectors;
      const send: Record<string, () => Promise<unknown>> = {
        BootNotification: () =>
          cp.call('BootNotification', { chargePointVendor: cp.opts.vendor, chargePointModel: cp.opts.model }),
        Heartbeat: () => cp.call('Heartbeat', {}),
        StatusNotification: async () => {
          for (const c of only) await cp.sendStatus(c.id, c.status, c.errorCode);
        },
        MeterValues: async () => {
          for (const c of only) await sendMeterValues(cp, c, 'Trigger');
        },
        DiagnosticsStatusNotification: () => cp.call('DiagnosticsStatusNotification', { status: 'Idle' }),
        FirmwareStatusNotification: () => cp.call('FirmwareStatusNotification', { status: 'Idle' }),
      };
      const action = send[requestedMessage];
      if (!action) return { status: 'NotImplemented' };
      later(action);
      return { status: 'Accepted' };
    },

    DataTransfer() {
      return { status: 'UnknownVendorId' };
    },

    GetLocalListVersion() {
      return { listVersion: cp.localListVersion };
    },

    SendLocalList({ params }) {
      cp.localListVersion = params.listVersion;
      return { status: 'Accepted' };
    },

    GetDiagnostics() {
      return {}; // no fileName: nothing to upload
    },

    UpdateFirmware() {
      later(async () => {
        for (const status of ['Downloading', 'Downloaded', 'Installing', 'Installed']) {
          await cp.call('FirmwareStatusNotification', { status }).catch(() => {});
        }
      });
      return {};
    },
  };
}
