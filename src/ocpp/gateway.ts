import {
  ChargerCallError,
  ChargerOfflineError,
  ChargerTimeoutError,
  ConflictError,
  NotSupportedByProtocolError,
} from '../domain/errors.js';
import type { CallOptions, ChargerGateway } from '../domain/gateway.js';
import { versionOf } from './handler.js';
import { TimeoutError, type ServerClient } from './ocpp-rpc.js';
import { payloadFor16 } from './v16/commands.js';
import { Ocpp16ActionNames } from './v16/types.generated.js';
import { mapCommandTo201 } from './v201/commands.js';
import { Ocpp201ActionNames } from './v201/types.generated.js';

const ONLY_16 = new Set<string>(Ocpp16ActionNames);
const ONLY_201 = new Set<string>(Ocpp201ActionNames.filter((a) => !ONLY_16.has(a)));

// requestId / remoteStartId: ours to choose, unique enough per station (a 31-bit counter from a random start).
let counter = Math.floor(Math.random() * 2 ** 30);
const nextId = () => (counter = (counter + 1) % 2 ** 31);

interface Wire {
  action: string;
  payload: Record<string, unknown>;
  answer(response: Record<string, unknown>): Record<string, unknown>;
}

/**
 * What goes on the wire for a command in the domain's (1.6) vocabulary: as is to a 1.6 charger,
 * mapped for a 2.0.1 one; a 2.0.1-only action (GetVariables) goes to 2.0.1 only. A command the
 * charger's version cannot carry is refused here, before anything is sent.
 */
export function wireCommand(
  ocppId: string,
  subprotocol: string,
  action: string,
  payload: Record<string, unknown>,
  opts: CallOptions = {},
): Wire {
  const version = versionOf(subprotocol);
  if (opts.checkedFor && opts.checkedFor !== version)
    throw new ConflictError(
      `Charger ${ocppId} reconnected with OCPP ${version} after ${action} was checked for OCPP ${opts.checkedFor}: send it again`,
      { ocppVersion: version },
    );
  const asIs = { action, payload, answer: (r: Record<string, unknown>) => r };
  if (version === '1.6') {
    if (!ONLY_16.has(action)) throw new NotSupportedByProtocolError(ocppId, action, version);
    return { ...asIs, payload: payloadFor16(ocppId, action, payload) };
  }
  if (ONLY_201.has(action)) return asIs;
  const mapped = mapCommandTo201(action, payload, { next: nextId, remoteStartId: opts.remoteStartId });
  if (!mapped) throw new NotSupportedByProtocolError(ocppId, action, version);
  return { action: mapped.wire.action, payload: mapped.wire.payload as Record<string, unknown>, answer: mapped.answer };
}

/** Sends commands on this node's sockets, mapping ocpp-rpc failures to domain errors. */
export function createLocalGateway(clients: Map<string, ServerClient>, defaultTimeoutMs: number): ChargerGateway {
  return {
    isConnected: (ocppId) => clients.has(ocppId),
    connectedVersion: (ocppId) => {
      const client = clients.get(ocppId);
      return client ? versionOf(client.protocol) : null;
    },
    async call(ocppId, action, payload, opts) {
      const client = clients.get(ocppId);
      if (!client) throw new ChargerOfflineError(ocppId);
      const wire = wireCommand(ocppId, client.protocol, action, payload, opts);
      const timeoutMs = opts?.timeoutMs ?? defaultTimeoutMs;
      try {
        return wire.answer(
          (await client.call(wire.action, wire.payload, { callTimeoutMs: timeoutMs })) as Record<string, unknown>,
        );
      } catch (err) {
        const e = err as { rpcErrorCode?: string; message?: string };
        // ocpp-rpc's TimeoutError does not set `name`: match the class.
        if (err instanceof TimeoutError) throw new ChargerTimeoutError(ocppId, wire.action, timeoutMs);
        if (e.rpcErrorCode) throw new ChargerCallError(ocppId, wire.action, e.rpcErrorCode, e.message ?? '');
        if (!clients.has(ocppId)) throw new ChargerOfflineError(ocppId);
        throw err;
      }
    },
  };
}
