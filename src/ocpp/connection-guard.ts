/**
 * Reconnect storms (ocpp.md §3, eMabler: "more than 60 times in an hour is blocked"): a charger
 * that connects more than `maxPerWindow` times within `windowMs` is refused for `blockMs`.
 * Only accepted chargers are tracked, so the maps hold at most one entry per registered charger.
 */
export function createReconnectLimiter(opts: {
  maxPerWindow: number;
  windowMs: number;
  blockMs: number;
  now?: () => number;
}) {
  const now = opts.now ?? Date.now;
  const history = new Map<string, number[]>();
  const blockedUntil = new Map<string, number>();
  return {
    /** Milliseconds this identity must still wait; 0 when it may connect. */
    blockedFor(identity: string): number {
      const until = blockedUntil.get(identity);
      if (until === undefined) return 0;
      if (until > now()) return until - now();
      blockedUntil.delete(identity);
      return 0;
    },
    /** Counts a connection; false (and blocked from now on) when it is one too many. */
    admit(identity: string): boolean {
      const t = now();
      const recent = (history.get(identity) ?? []).filter((at) => at > t - opts.windowMs);
      recent.push(t);
      if (recent.length <= opts.maxPerWindow) {
        history.set(identity, recent);
        return true;
      }
      history.delete(identity);
      blockedUntil.set(identity, t + opts.blockMs);
      return false;
    },
  };
}

/**
 * At most `max` tasks run at once (registering unknown chargers at the handshake), so a storm
 * of them queues here instead of filling the pool that GraphQL and handlers need too.
 * Beyond `maxQueued` waiting, `run` refuses at once (the caller answers 503).
 */
export function createConcurrencyLimit(max: number, maxQueued: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T | typeof BUSY> {
    if (running >= max) {
      if (waiting.length >= maxQueued) return BUSY;
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next)
        next(); // the slot passes straight to the next in line
      else running--;
    }
  };
}

export const BUSY = Symbol('busy');
