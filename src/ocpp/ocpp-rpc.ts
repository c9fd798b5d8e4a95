// ocpp-rpc ships loose typings (every option required, handleUpgrade typed with net.Socket):
// cast at this one boundary (STACK.md, "ocpp-rpc facts").
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { RPCClient, RPCServer, createRPCError } from 'ocpp-rpc';
// index.js re-exports its errors with a spread, which Node's ESM loader cannot see: import the file.
import { TimeoutError } from 'ocpp-rpc/lib/errors.js';

export { RPCServer, TimeoutError, createRPCError };
export type ServerClient = InstanceType<typeof RPCClient> & {
  identity: string;
  protocol: string;
  session: Record<string, unknown>;
  handshake: { remoteAddress?: string };
};

export interface HandlerArgs<P = Record<string, unknown>> {
  messageId: string;
  method: string;
  params: P;
  signal: AbortSignal;
}

export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

export function upgradeHandlerOf(server: InstanceType<typeof RPCServer>): UpgradeHandler {
  return server.handleUpgrade as unknown as UpgradeHandler;
}
