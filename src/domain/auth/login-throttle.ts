import { RateLimitedError } from '../errors.js';

export interface LoginThrottleOptions {
  maxFailuresPerEmail: number;
  maxFailuresPerAddress: number;
  windowSeconds: number;
  now?: () => number;
}

interface Window {
  failures: number;
  resetAt: number;
}

/**
 * Failed logins counted per email and per client address in a fixed window: guessing one
 * account's password, or many accounts from one address, soon answers RATE_LIMITED.
 * Per node and in memory: with N nodes an attacker gets at most N times the budget.
 */
export function createLoginThrottle(opts: LoginThrottleOptions) {
  const now = opts.now ?? Date.now;
  const windows = new Map<string, Window>();
  const keys = (email: string, address: string | undefined) => [
    { key: `email:${email.trim().toLowerCase()}`, max: opts.maxFailuresPerEmail },
    ...(address ? [{ key: `addr:${address}`, max: opts.maxFailuresPerAddress }] : []),
  ];

  function current(key: string): Window | undefined {
    const w = windows.get(key);
    if (w && w.resetAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return w;
  }

  function prune(): void {
    if (windows.size < 10_000) return;
    for (const [key, w] of windows) if (w.resetAt <= now()) windows.delete(key);
  }

  return {
    /** Throws RATE_LIMITED before any password is checked. */
    assertAllowed(email: string, address: string | undefined): void {
      for (const { key, max } of keys(email, address)) {
        const w = current(key);
        if (w && w.failures >= max) throw new RateLimitedError(Math.ceil((w.resetAt - now()) / 1000));
      }
    },
    failed(email: string, address: string | undefined): void {
      prune();
      for (const { key } of keys(email, address)) {
        const w = current(key);
        if (w) w.failures++;
        else windows.set(key, { failures: 1, resetAt: now() + opts.windowSeconds * 1000 });
      }
    },
    /** A right password clears the email's count (not the address's: one success must not reset a spray). */
    succeeded(email: string): void {
      windows.delete(`email:${email.trim().toLowerCase()}`);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

/**
 * The login throttle's calls as the auth service makes them: answered from Redis when the cluster
 * shares one (`cluster/shared-limits.ts`), or by this node's own throttle.
 */
export interface SharedLoginThrottle {
  assertAllowed(email: string, address: string | undefined): Promise<void>;
  failed(email: string, address: string | undefined): Promise<void>;
  succeeded(email: string): Promise<void>;
}
