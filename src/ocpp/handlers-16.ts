import type { ChargerRow } from '../domain/chargers/charger.repository.js';
import type { StationService } from '../domain/chargers/station.service.js';
import type { TransactionService } from '../domain/sessions/transactions.service.js';
import { createRPCError, type HandlerArgs } from './ocpp-rpc.js';
import type { FlagQuirk } from './quirks.js';
import { toStatusEnum } from './status.js';
import { parseOcppTime } from './time.js';

export interface ConnectionState {
  charger: ChargerRow;
  protocol: string;
  flag: FlagQuirk;
}

export interface HandlerDeps {
  station: StationService;
  transactions: TransactionService;
  heartbeatIntervalSeconds: number;
  /** This server node, recorded as where the charger is connected. */
  nodeId: string;
}

export type Handler = (state: ConnectionState, args: HandlerArgs<any>) => Promise<Record<string, unknown>>;

/** Reads a timestamp the charger sent, flagging +03 offsets and zone-less times (read as UTC). */
export function timeOf(state: ConnectionState, action: string, value: string | undefined): Date {
  if (value === undefined) return new Date();
  const { date, quirk } = parseOcppTime(value);
  if (quirk) state.flag(`timestamp.${quirk}`, { action, value });
  return date;
}

/** OCPP 1.6 CALLs about the charger itself. Each maps its payload, calls the domain, maps the answer. */
export function ocpp16StationHandlers(deps: HandlerDeps): Record<string, Handler> {
  const { station } = deps;
  return {
    async BootNotification(state, { params }) {
      const { status, charger } = await station.boot(
        state.charger,
        {
          vendor: params.chargePointVendor,
          model: params.chargePointModel,
          serialNumber: params.chargePointSerialNumber,
          chargeBoxSerialNumber: params.chargeBoxSerialNumber,
          firmwareVersion: params.firmwareVersion,
          iccid: params.iccid,
          imsi: params.imsi,
          meterType: params.meterType,
          meterSerialNumber: params.meterSerialNumber,
        },
        state.protocol,
        deps.nodeId,
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
      await station.status(state.charger, {
        connectorId: params.connectorId,
        status: toStatusEnum(params.status),
        errorCode: params.errorCode,
        info: params.info,
        vendorId: params.vendorId,
        vendorErrorCode: params.vendorErrorCode,
        timestamp: timeOf(state, 'StatusNotification', params.timestamp),
      });
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

/**
 * A handler's unexpected failure (a database error, a bug) reaches the charger as a bare
 * InternalError: the details go to our log, never onto the wire.
 */
export function guardInternal(
  action: string,
  handler: Handler,
  onError: (err: unknown, action: string) => void,
): Handler {
  return async (state, args) => {
    try {
      return await handler(state, args);
    } catch (err) {
      if ((err as { rpcErrorCode?: string }).rpcErrorCode) throw err;
      onError(err, action);
      throw createRPCError('InternalError', 'The server could not process this message; retry later', {});
    }
  };
}

/**
 * Boot acceptance belongs to the charger, not the connection (OCPP-J 1.6 §5.4): a charger
 * never Accepted gets SecurityError for anything but BootNotification (OCPP-J 1.6 errata §3.8).
 */
export function guardBoot(action: string, handler: Handler): Handler {
  if (action === 'BootNotification') return handler;
  return async (state, args) => {
    if (!state.charger.bootAcceptedAt) {
      throw createRPCError('SecurityError', 'Send BootNotification and be Accepted first', {});
    }
    return handler(state, args);
  };
}
