import { randomUUID } from 'node:crypto';
import {
  ChargerOfflineError,
  ChargerTimeoutError,
  ClusterUnavailableError,
  DomainError,
  type ErrorCode,
} from '../domain/errors.js';
import type { CallOptions, ChargerGateway } from '../domain/gateway.js';
import type { Presence } from './presence.js';
import type { RedisConnections } from './redis.js';

// Time for the hop over Redis on top of the charger's own timeout, so the owning node's
// CHARGER_TIMEOUT (with its exact wording) normally arrives before ours.
const ROUTING_MARGIN_MS = 1000;

interface Request {
  id: string;
  replyTo: string;
  ocppId: string;
  action: string;
  payload: Record<string, unknown>;
  timeoutMs: number;
  remoteStartId?: number;
  checkedFor?: string;
}

type Reply =
  | { id: string; ok: true; result: Record<string, unknown> }
  | { id: string; ok: false; code: ErrorCode; message: string; details?: Record<string, unknown> };

/**
 * The ChargerGateway of a node in a cluster: local socket when this node holds the charger,
 * otherwise request/reply over Redis to the node that does (found through presence).
 */
export function createRoutedGateway(deps: {
  local: ChargerGateway;
  presence: Presence;
  redis: RedisConnections;
  nodeId: string;
  defaultTimeoutMs: number;
}): ChargerGateway & { stop(): Promise<void> } {
  const { local, presence, redis, nodeId } = deps;
  const waiting = new Map<string, (reply: Reply) => void>();
  const requests = (node: string) => `${redis.prefix}commands:${node}`;
  const replies = (node: string) => `${redis.prefix}replies:${node}`;

  void redis.subscriber.subscribe(requests(nodeId), replies(nodeId));
  redis.subscriber.on('message', (channel, message) => {
    if (channel === replies(nodeId)) {
      const reply = JSON.parse(message) as Reply;
      waiting.get(reply.id)?.(reply);
    } else if (channel === requests(nodeId)) {
      void serve(JSON.parse(message) as Request);
    }
  });

  async function serve(req: Request): Promise<void> {
    let reply: Reply;
    try {
      reply = {
        id: req.id,
        ok: true,
        result: await local.call(req.ocppId, req.action, req.payload, {
          timeoutMs: req.timeoutMs,
          remoteStartId: req.remoteStartId,
          checkedFor: req.checkedFor,
        }),
      };
    } catch (err) {
      const e = err instanceof DomainError ? err : new DomainError('INTERNAL', 'Command failed on the owning node');
      reply = { id: req.id, ok: false, code: e.code, message: e.message, details: e.details };
    }
    await redis.command.publish(req.replyTo, JSON.stringify(reply)).catch(() => {});
  }

  async function route(ocppId: string, action: string, payload: Record<string, unknown>, opts: CallOptions = {}) {
    // Without Redis there is no way to the other nodes: say so at once rather than queue the
    // command in ioredis until the timeout (or report the charger offline, which nobody knows).
    if (redis.command.status !== 'ready') throw new ClusterUnavailableError(ocppId);
    let owner: string | null;
    try {
      owner = await presence.ownerOf(ocppId);
    } catch {
      throw new ClusterUnavailableError(ocppId);
    }
    if (!owner || owner === nodeId) throw new ChargerOfflineError(ocppId);
    const timeoutMs = opts.timeoutMs ?? deps.defaultTimeoutMs;
    const req: Request = {
      id: randomUUID(),
      replyTo: replies(nodeId),
      ocppId,
      action,
      payload,
      timeoutMs,
      remoteStartId: opts.remoteStartId,
      checkedFor: opts.checkedFor,
    };
    const reply = await new Promise<Reply | null>((resolve) => {
      const timer = setTimeout(() => (waiting.delete(req.id), resolve(null)), timeoutMs + ROUTING_MARGIN_MS);
      waiting.set(req.id, (r) => (clearTimeout(timer), waiting.delete(req.id), resolve(r)));
      redis.command.publish(requests(owner), JSON.stringify(req)).then(
        (receivers) => {
          // Nobody listening: the owner died and its presence has not expired yet.
          if (receivers === 0) waiting.get(req.id)?.({ id: req.id, ok: false, code: 'CHARGER_OFFLINE', message: '' });
        },
        () => waiting.get(req.id)?.({ id: req.id, ok: false, code: 'CHARGER_OFFLINE', message: '' }),
      );
    });
    if (!reply) throw new ChargerTimeoutError(ocppId, action, timeoutMs);
    if (reply.ok) return reply.result;
    if (reply.code === 'CHARGER_OFFLINE') throw new ChargerOfflineError(ocppId);
    // The owning node's error, as it was: same code, message and details (ocppErrorCode).
    throw new DomainError(reply.code, reply.message, reply.details);
  }

  return {
    isConnected: (ocppId) => local.isConnected(ocppId),
    connectedVersion: (ocppId) => local.connectedVersion(ocppId),
    call(ocppId, action, payload, opts) {
      if (local.isConnected(ocppId)) return local.call(ocppId, action, payload, opts);
      return route(ocppId, action, payload, opts);
    },
    async stop() {
      await redis.subscriber.unsubscribe(requests(nodeId), replies(nodeId)).catch(() => {});
      for (const resolve of waiting.values()) resolve({ id: '', ok: false, code: 'CHARGER_OFFLINE', message: '' });
    },
  };
}
