import { createHash } from 'node:crypto';

export interface RateLimitOptions {
  perSecond: number;
  burst: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets per credential: `burst` requests at once, refilled at `perSecond`.
 * Keys are hashes (a token is never kept in memory as a map key). Per node, in memory.
 */
export function createRateLimiter(opts: RateLimitOptions) {
  const now = opts.now ?? Date.now;
  const buckets = new Map<string, Bucket>();

  function prune(t: number): void {
    if (buckets.size < 50_000) return;
    const full = (opts.burst / opts.perSecond) * 1000;
    for (const [key, b] of buckets) if (t - b.at >= full) buckets.delete(key);
  }

  return {
    /** Takes one request from the key's bucket; returns the seconds to wait when it is empty. */
    take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
      const t = now();
      prune(t);
      const b = buckets.get(key) ?? { tokens: opts.burst, at: t };
      b.tokens = Math.min(opts.burst, b.tokens + ((t - b.at) / 1000) * opts.perSecond);
      b.at = t;
      buckets.set(key, b);
      if (b.tokens < 1) return { ok: false, retryAfterSeconds: Math.ceil((1 - b.tokens) / opts.perSecond) };
      b.tokens -= 1;
      return { ok: true };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/** Per token when one is sent, else per client address. */
export function rateKey(authorization: string | undefined, address: string | undefined): string {
  const bearer = authorization?.replace(/^Bearer\s+/i, '').trim();
  return bearer ? `t:${createHash('sha256').update(bearer).digest('base64url')}` : `a:${address ?? 'unknown'}`;
}
