/**
 * Runs one job per key (a site), never two at once: a burst of triggers within `debounceMs`
 * collapses into one run, and a trigger during a run queues exactly one more run after it.
 * Every run reads fresh state, so nothing is lost by collapsing.
 */
export function createSiteRuns(
  run: (key: string) => Promise<void>,
  opts: { debounceMs: number; onError: (err: unknown) => void },
) {
  const timers = new Map<string, { timer: NodeJS.Timeout; due: number }>();
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();
  let stopped = false;

  function start(key: string): void {
    timers.delete(key);
    if (running.has(key)) {
      again.add(key);
      return;
    }
    const p = run(key)
      .catch(opts.onError)
      .finally(() => {
        running.delete(key);
        if (again.delete(key) && !stopped) start(key);
      });
    running.set(key, p);
  }

  return {
    /** Runs `key` after the debounce (or `delayMs`), unless a run is already due sooner. */
    schedule(key: string, delayMs = opts.debounceMs): void {
      const due = Date.now() + delayMs;
      const pending = timers.get(key);
      if (stopped || (pending && pending.due <= due)) return;
      if (pending) clearTimeout(pending.timer);
      timers.set(key, { timer: setTimeout(() => start(key), delayMs), due });
    },

    /** Resolves when nothing is due or running (tests, shutdown). */
    async idle(): Promise<void> {
      while (timers.size || running.size) {
        await Promise.all([...running.values(), new Promise((r) => setTimeout(r, opts.debounceMs + 5))]);
      }
    },

    async stop(): Promise<void> {
      stopped = true;
      for (const t of timers.values()) clearTimeout(t.timer);
      timers.clear();
      again.clear();
      await Promise.all(running.values());
    },
  };
}
