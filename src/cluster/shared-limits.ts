import { createHash } from 'node:crypto';
import { RateLimitedError } from '../domain/errors.js';
import type { LoginThrottle, LoginThrottleOptions, SharedLoginThrottle } from '../domain/auth/login-throttle.js';
import type { RateLimiter, RateLimitOptions } from '../domain/rate-limit.js';
import type { RedisConnections } from './redis.js';

/** A rate limiter whose answer may come from Redis. */
export interface SharedRateLimiter {
  take(key: string): Promise<ReturnType<RateLimiter['take']>>;
}

export type { SharedLoginThrottle };

// Token bucket (rate-limit.ts) in one round trip, on Redis's clock so that nodes agree.
const TAKE = `
local rate, burst = tonumber(ARGV[1]), tonumber(ARGV[2])
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = math.min(burst, (tonumber(b[1]) or burst) + (now - (tonumber(b[2]) or now)) / 1000 * rate)
local ok = 0
if tokens >= 1 then tokens = tokens - 1 ok = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
if ok == 1 then return 0 end
return math.ceil((1 - tokens) / rate)`;

// Redis answers in well under a millisecond; past this it is down or drowning, and the node decides alone.
const REDIS_PATIENCE_MS = 250;

/**
 * Runs `shared` against Redis, or `alone` (this node's own memory) when Redis is not connected or
 * slow: a Redis outage must not lock everyone out, nor wait on every request. With N nodes cut off
 * from Redis an attacker gets at most N times the budget for that while, as before sharing.
 */
async function orAlone<T>(redis: RedisConnections, shared: () => Promise<T>, alone: () => T): Promise<T> {
  if (redis.command.status !== 'ready') return alone();
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      shared(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('redis too slow')), REDIS_PATIENCE_MS);
      }),
    ]);
  } catch {
    return alone();
  } finally {
    clearTimeout(timer);
  }
}

/** The GraphQL rate limit per token, one budget across every node sharing `redis`. */
export function sharedRateLimiter(
  redis: RedisConnections,
  opts: RateLimitOptions,
  alone: RateLimiter,
): SharedRateLimiter {
  return {
    take: (key) =>
      orAlone(
        redis,
        async () => {
          const wait = Number(
            await redis.command.eval(TAKE, 1, `${redis.prefix}rate:${key}`, opts.perSecond, opts.burst),
          );
          return wait === 0 ? { ok: true as const } : { ok: false as const, retryAfterSeconds: wait };
        },
        () => alone.take(key),
      ),
  };
}

const hashed = (s: string) => createHash('sha256').update(s).digest('base64url');

/** The login throttle (login-throttle.ts) with its failure windows in Redis: one budget per cluster. */
export function sharedLoginThrottle(
  redis: RedisConnections,
  opts: LoginThrottleOptions,
  alone: LoginThrottle,
): SharedLoginThrottle {
  // Emails and addresses are hashed: Redis holds counters, not who tried to sign in.
  const emailKey = (email: string) => `${redis.prefix}login:email:${hashed(email.trim().toLowerCase())}`;
  const keys = (email: string, address: string | undefined) => [
    { key: emailKey(email), max: opts.maxFailuresPerEmail },
    ...(address ? [{ key: `${redis.prefix}login:addr:${hashed(address)}`, max: opts.maxFailuresPerAddress }] : []),
  ];
  return {
    async assertAllowed(email, address) {
      const found = await orAlone(
        redis,
        async () => {
          const list = keys(email, address);
          const pipeline = redis.command.pipeline();
          for (const { key } of list) pipeline.get(key).pttl(key);
          const replies = (await pipeline.exec()) ?? [];
          for (let i = 0; i < list.length; i++) {
            const failures = Number(replies[2 * i]?.[1] ?? 0);
            const ttl = Number(replies[2 * i + 1]?.[1] ?? 0);
            if (failures >= list[i]!.max) return new RateLimitedError(Math.max(1, Math.ceil(ttl / 1000)));
          }
          return null;
        },
        () => {
          try {
            alone.assertAllowed(email, address);
            return null;
          } catch (err) {
            return err as Error;
          }
        },
      );
      if (found) throw found;
    },
    async failed(email, address) {
      alone.failed(email, address); // kept locally too: the fallback while Redis is away
      await orAlone(
        redis,
        async () => {
          const pipeline = redis.command.pipeline();
          for (const { key } of keys(email, address)) pipeline.incr(key).expire(key, opts.windowSeconds, 'NX');
          await pipeline.exec();
        },
        () => undefined,
      );
    },
    async succeeded(email) {
      alone.succeeded(email);
      await orAlone(
        redis,
        async () => void (await redis.command.del(emailKey(email))),
        () => undefined,
      );
    },
  };
}

/** The same interfaces over this node's memory only (no Redis). */
export const localRateLimiter = (alone: RateLimiter): SharedRateLimiter => ({ take: async (key) => alone.take(key) });
export const localLoginThrottle = (alone: LoginThrottle): SharedLoginThrottle => ({
  assertAllowed: async (email, address) => alone.assertAllowed(email, address),
  failed: async (email, address) => alone.failed(email, address),
  succeeded: async (email) => alone.succeeded(email),
});
