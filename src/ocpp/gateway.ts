import { ChargerCallError, ChargerOfflineError, ChargerTimeoutError } from '../domain/errors.js';
import type { ChargerGateway } from '../domain/gateway.js';
import { TimeoutError, type ServerClient } from './ocpp-rpc.js';

/** Sends commands on this node's sockets, mapping ocpp-rpc failures to domain errors. */
export function createLocalGateway(clients: Map<string, ServerClient>, defaultTimeoutMs: number): ChargerGateway {
  return {
    isConnected: (ocppId) => clients.has(ocppId),
    async call(ocppId, action, payload, opts) {
      const client = clients.get(ocppId);
      if (!client) throw new ChargerOfflineError(ocppId);
      const timeoutMs = opts?.timeoutMs ?? defaultTimeoutMs;
      try {
        return (await client.call(action, payload, { callTimeoutMs: timeoutMs })) as Record<string, unknown>;
      } catch (err) {
        const e = err as { name?: string; rpcErrorCode?: string; message?: string };
        // ocpp-rpc's TimeoutError does not set `name` (it stays 'Error'): match the class.
        if (err instanceof TimeoutError) throw new ChargerTimeoutError(ocppId, action, timeoutMs);
        if (e.rpcErrorCode) throw new ChargerCallError(ocppId, action, e.rpcErrorCode, e.message ?? '');
        if (!clients.has(ocppId)) throw new ChargerOfflineError(ocppId);
        throw err;
      }
    },
  };
}
