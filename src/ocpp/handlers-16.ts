import type { ChargerRow } from '../domain/chargers/charger.repository.js';
import type { StationService } from '../domain/chargers/station.service.js';
import { createRPCError, type HandlerArgs } from './ocpp-rpc.js';
import { toStatusEnum } from './status.js';

export interface ConnectionState {
  charger: ChargerRow;
  protocol: string;
}

export interface HandlerDeps {
  station: StationService;
  heartbeatIntervalSeconds: number;
  reloadCharger: (ocppId: string) => Promise<ChargerRow | null>;
}

type Handler = (state: ConnectionState, args: HandlerArgs<any>) => Promise<Record<string, unknown>>;

/** OCPP 1.6 CALLs from the charger. Each maps its payload, calls the domain, maps the answer. */
export function ocpp16Handlers(deps: HandlerDeps): Record<string, Handler> {
  const { station } = deps;
  return {
    async BootNotification(state, { params }) {
      const { status } = await station.boot(
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
      );
      state.charger = (await deps.reloadCharger(state.charger.ocppId)) ?? state.charger;
      return { status, currentTime: new Date().toISOString(), interval: deps.heartbeatIntervalSeconds };
    },

    async Heartbeat() {
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
        timestamp: params.timestamp ? new Date(params.timestamp) : new Date(),
      });
      return {};
    },
  };
}

/**
 * A handler's unexpected failure (a database error, a bug) reaches the charger as a bare
 * InternalError: the details go to our log, never onto the wire.
 */
export function guardInternal(action: string, handler: Handler, onError: (err: unknown, action: string) => void): Handler {
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
