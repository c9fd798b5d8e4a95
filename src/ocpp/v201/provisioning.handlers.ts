import { throughOutage, timeOf, type HandlerDeps, type HandlersOf } from '../handler.js';
import { connectorStatusOf, variableFactsOf } from './mappers.js';
import type { Ocpp201Actions } from './types.generated.js';

/** OCPP 2.0.1 blocks B (provisioning), G (availability), A (security events), L and N (firmware, logs). */
export function ocpp201StationHandlers(deps: HandlerDeps): HandlersOf<Ocpp201Actions> {
  const { station, deviceModel } = deps;
  return {
    // B01-B03: Accepted, or Pending/Rejected for a charger an operator has not approved (the same
    // registration as 1.6); Pending and Rejected get the same interval to retry at.
    async BootNotification(state, { params }) {
      const cs = params.chargingStation;
      const info = {
        vendor: cs.vendorName,
        model: cs.model,
        serialNumber: cs.serialNumber,
        firmwareVersion: cs.firmwareVersion,
        iccid: cs.modem?.iccid,
        imsi: cs.modem?.imsi,
      };
      const reason = { reason: params.reason };
      // Through an outage: answered from the registration the handshake cache knew, written later.
      const { status, charger } = await throughOutage(
        deps.database,
        async () => {
          const booted = await station.boot(state.charger, info, state.version, deps.nodeId);
          await station.recordEvent(booted.charger, 'BootReason', reason);
          return booted;
        },
        () => {
          const booted = deps.outage.boot(state.charger, info, state.version, deps.nodeId);
          deps.outage.event(booted.charger, 'BootReason', reason);
          return booted;
        },
      );
      state.charger = charger;
      return { status, currentTime: new Date().toISOString(), interval: deps.heartbeatIntervalSeconds };
    },

    async Heartbeat(state) {
      station.heartbeat(state.charger);
      return { currentTime: new Date().toISOString() };
    },

    // G01: one status per EVSE connector. Our connector position is the EVSE id.
    async StatusNotification(state, { params }) {
      const report = {
        connectorId: params.evseId,
        evseConnectorId: params.connectorId,
        status: connectorStatusOf(params.connectorStatus),
        errorCode: 'NoError',
        timestamp: timeOf(state, 'StatusNotification', params.timestamp),
      };
      await throughOutage(
        deps.database,
        () => station.status(state.charger, report),
        () => deps.outage.status(state.charger, report),
      );
      return {};
    },

    // B07/B08: a report arrives in parts (seqNo, tbc); each part is stored as it comes.
    async NotifyReport(state, { params }) {
      await deviceModel.reported(state.charger, (params.reportData ?? []).flatMap(variableFactsOf));
      if (!params.tbc) {
        await station.recordEvent(state.charger, 'ReportCompleted', {
          requestId: params.requestId,
          lastSeqNo: params.seqNo,
          generatedAt: params.generatedAt,
        });
      }
      return {};
    },

    // A04: security events are kept and visible as charger events.
    async SecurityEventNotification(state, { params }) {
      await station.recordEvent(
        state.charger,
        'SecurityEventNotification',
        params,
        timeOf(state, 'SecurityEventNotification', params.timestamp),
      );
      return {};
    },

    // L01: firmware progress, the same field as 1.6's.
    async FirmwareStatusNotification(state, { params }) {
      await station.firmwareProgress(state.charger, 'firmware', params.status, params);
      return {};
    },

    // N01: log upload progress, kept where 1.6 keeps diagnostics progress.
    async LogStatusNotification(state, { params }) {
      await station.firmwareProgress(state.charger, 'diagnostics', params.status, params);
      return {};
    },

    // N07 and friends: monitoring events are kept as they are; no rules act on them yet.
    async NotifyEvent(state, { params }) {
      await station.recordEvent(state.charger, 'NotifyEvent', params);
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
        data:
          params.data === undefined
            ? null
            : typeof params.data === 'string'
              ? params.data
              : JSON.stringify(params.data),
      });
      return answer.data === undefined ? { status: answer.status } : { status: answer.status, data: answer.data };
    },
  };
}
