/**
 * Reconnect storms (ocpp.md §3) are slowed down, never locked out: flaky networks make honest
 * chargers drop and reconnect dozens of times a minute, and a long block would strand them.
 * Within `windowMs`, the first `freePerWindow` connections are free; each one beyond must come
 * `baseDelayMs * 2^(excess - 1)` after the previous accepted one, capped at `maxDelayMs`.
 * Refused attempts do not count, so the wait never grows past the cap. Only accepted chargers
 * are tracked, so the map holds at most one entry per registered charger.
 */
export function createReconnectLimiter(opts: {
  freePerWindow: number;
  windowMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  now?: () => number;
}) {
  const now = opts.now ?? Date.now;
  const history = new Map<string, number[]>();

  function recent(identity: string, t: number): number[] {
    const times = (history.get(identity) ?? []).filter((at) => at > t - opts.windowMs);
    if (times.length) history.set(identity, times);
    else history.delete(identity);
    return times;
  }

  function delayAfter(count: number): number {
    const excess = count - opts.freePerWindow + 1;
    if (excess <= 0) return 0;
    return Math.min(opts.baseDelayMs * 2 ** Math.min(excess - 1, 30), opts.maxDelayMs);
  }

  /** Milliseconds this identity must still wait before its next connection; 0 when it may connect. */
  function waitFor(identity: string): number {
    const t = now();
    const times = recent(identity, t);
    const last = times[times.length - 1];
    if (last === undefined) return 0;
    return Math.max(0, last + delayAfter(times.length) - t);
  }

  return {
    waitFor,
    /** Counts an accepted connection. */
    admitted(identity: string): void {
      const t = now();
      history.set(identity, [...recent(identity, t), t]);
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
