import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import { sweepStaleOnline } from '../domain/chargers/offline-sweep.js';
import type { ChargerGateway } from '../domain/gateway.js';
import { createEventBus, type EventBus } from '../events/bus.js';
import { createRoutedGateway } from './command-router.js';
import { createLocalPresence, createRedisPresence, type Presence } from './presence.js';
import { connectRedis, type RedisConnections } from './redis.js';
import { createRedisTransport } from './redis-transport.js';
import { createLoginThrottle, type LoginThrottleOptions } from '../domain/auth/login-throttle.js';
import { createRateLimiter, type RateLimitOptions } from '../domain/rate-limit.js';
import {
  localLoginThrottle,
  localRateLimiter,
  sharedLoginThrottle,
  sharedRateLimiter,
  type SharedLoginThrottle,
  type SharedRateLimiter,
} from './shared-limits.js';

export interface Cluster {
  nodeId: string;
  events: EventBus;
  presence: Presence;
  /** Wraps this node's socket gateway so commands reach chargers held by other nodes. */
  gateway(local: ChargerGateway, defaultTimeoutMs: number): ChargerGateway;
  /** The GraphQL rate limit: one budget per token across the cluster (this node's alone without Redis). */
  rateLimiter(opts: RateLimitOptions): SharedRateLimiter;
  /** The login throttle: failures counted across the cluster (this node's alone without Redis). */
  loginThrottle(opts: LoginThrottleOptions): SharedLoginThrottle;
  /** Starts presence bookkeeping and the stale-online sweep; call once the database is ready. */
  start(db: Db): Promise<void>;
  stop(): Promise<void>;
}

/** One node alone (no REDIS_URL), or one of many sharing Redis. */
export async function createCluster(opts: {
  nodeId: string;
  redisUrl?: string;
  redisPrefix: string;
  presenceTtlSeconds: number;
  logger: Logger;
}): Promise<Cluster> {
  const { nodeId } = opts;
  const log = opts.logger.child({ component: 'cluster', nodeId });
  const redis: RedisConnections | null = opts.redisUrl
    ? await connectRedis(opts.redisUrl, opts.redisPrefix, {
        onDown: (err) =>
          log.error({ err }, "Redis unreachable: serving this node's chargers; commands to other nodes fail"),
        onUp: () => log.info('Redis reachable again'),
      })
    : null;
  const events = createEventBus(redis ? createRedisTransport(redis, nodeId) : undefined);
  const presence = redis ? createRedisPresence(redis, nodeId, opts.presenceTtlSeconds) : createLocalPresence(nodeId);
  const stoppers: (() => Promise<void>)[] = [];
  let sweepTimer: NodeJS.Timeout | null = null;

  return {
    nodeId,
    events,
    presence,
    rateLimiter(opts) {
      const alone = createRateLimiter(opts);
      return redis ? sharedRateLimiter(redis, opts, alone) : localRateLimiter(alone);
    },
    loginThrottle(opts) {
      const alone = createLoginThrottle(opts);
      return redis ? sharedLoginThrottle(redis, opts, alone) : localLoginThrottle(alone);
    },
    gateway(local, defaultTimeoutMs) {
      if (!redis) return local;
      const routed = createRoutedGateway({ local, presence, redis, nodeId, defaultTimeoutMs });
      stoppers.push(routed.stop);
      return routed;
    },
    async start(db) {
      // Presence follows this node's own connection events (`on` is local-only).
      const off = events.on('charger.connection', (e) => {
        const update = e.online ? presence.claim(e.ocppId) : presence.release(e.ocppId);
        update.catch((err) => log.warn({ err, ocppId: e.ocppId }, 'presence update failed'));
      });
      stoppers.push(async () => off());
      const sweep = () =>
        sweepStaleOnline(db, events, presence.isAlive)
          .then((n) => n && log.info({ chargers: n }, 'marked chargers of dead nodes offline'))
          .catch((err) => log.warn({ err }, 'stale-online sweep failed'));
      await sweep();
      sweepTimer = setInterval(() => void sweep(), opts.presenceTtlSeconds * 1000);
      sweepTimer.unref();
    },
    async stop() {
      if (sweepTimer) clearInterval(sweepTimer);
      for (const stop of stoppers.splice(0)) await stop();
      await presence.stop();
      await events.close();
      await redis?.close();
    },
  };
}
