import { throughOutage, timeOf, type HandlerDeps, type HandlersOf } from '../handler.js';
import { toStatusEnum } from '../status.js';
import type { Ocpp16Actions } from './types.generated.js';

/** OCPP 1.6 CALLs about the charger itself. Each maps its payload, calls the domain, maps the answer. */
export function ocpp16StationHandlers(deps: HandlerDeps): HandlersOf<Ocpp16Actions> {
  const { station } = deps;
  return {
    async BootNotification(state, { params }) {
      const info = {
        vendor: params.chargePointVendor,
        model: params.chargePointModel,
        serialNumber: params.chargePointSerialNumber,
        chargeBoxSerialNumber: params.chargeBoxSerialNumber,
        firmwareVersion: params.firmwareVersion,
        iccid: params.iccid,
        imsi: params.imsi,
        meterType: params.meterType,
        meterSerialNumber: params.meterSerialNumber,
      };
      // Through an outage: answered from the registration the handshake cache knew, written later.
      const { status, charger } = await throughOutage(
        deps.database,
        () => station.boot(state.charger, info, state.version, deps.nodeId),
        () => deps.outage.boot(state.charger, info, state.version, deps.nodeId),
      );
      state.charger = charger;
      return { status, currentTime: new Date().toISOString(), interval: deps.heartbeatIntervalSeconds };
    },

    async Heartbeat(state) {
      // The sign of life itself (lastSeenAt) is kept for every frame by frames.ts.
      station.heartbeat(state.charger);
      return { currentTime: new Date().toISOString() };
    },

    async StatusNotification(state, { params }) {
      const report = {
        connectorId: params.connectorId,
        status: toStatusEnum(params.status),
        errorCode: params.errorCode,
        info: params.info,
        vendorId: params.vendorId,
        vendorErrorCode: params.vendorErrorCode,
        timestamp: timeOf(state, 'StatusNotification', params.timestamp),
      };
      await throughOutage(
        deps.database,
        () => station.status(state.charger, report),
        () => deps.outage.status(state.charger, report),
      );
      return {};
    },

    async DataTransfer(state, { params }) {
      const { charger } = state;
      await station.recordEvent(charger, 'DataTransfer', params);
      const answer = await station.dataTransfer.handle({
        chargerId: charger.id,
        tenantId: charger.tenantId,
        vendorId: params.vendorId,
        messageId: params.messageId ?? null,
        data: params.data ?? null,
      });
      return answer.data === undefined ? { status: answer.status } : { status: answer.status, data: answer.data };
    },

    async DiagnosticsStatusNotification(state, { params }) {
      await station.firmwareProgress(state.charger, 'diagnostics', params.status, params);
      return {};
    },

    async FirmwareStatusNotification(state, { params }) {
      await station.firmwareProgress(state.charger, 'firmware', params.status, params);
      return {};
    },

    // OCPP 1.6 Security Whitepaper: the charger reports security events (failed logins, resets, ...).
    async SecurityEventNotification(state, { params }) {
      await station.recordEvent(
        state.charger,
        'SecurityEventNotification',
        params,
        timeOf(state, 'SecurityEventNotification', params.timestamp),
      );
      return {};
    },
  };
}
