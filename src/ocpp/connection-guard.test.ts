import { describe, expect, it } from 'vitest';
import { BUSY, createConcurrencyLimit, createReconnectLimiter } from './connection-guard.js';

describe('createReconnectLimiter', () => {
  const limiter = (clock: { t: number }) =>
    createReconnectLimiter({
      freePerWindow: 3,
      windowMs: 60_000,
      baseDelayMs: 1000,
      maxDelayMs: 8000,
      now: () => clock.t,
    });

  it('lets the first connections of a minute through, then doubles the wait up to the cap', () => {
    const clock = { t: 0 };
    const guard = limiter(clock);
    const waits: number[] = [];
    // A charger that reconnects as soon as it is allowed to.
    for (let i = 0; i < 8; i++) {
      const wait = guard.waitFor('A');
      waits.push(wait);
      clock.t += wait;
      guard.admitted('A');
    }
    expect(waits).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 8000]);
    expect(guard.waitFor('B')).toBe(0);
  });

  it('never refuses for longer than the cap, however often refused attempts come', () => {
    const clock = { t: 0 };
    const guard = limiter(clock);
    for (let i = 0; i < 10; i++) guard.admitted('A');
    for (let i = 0; i < 100; i++) {
      clock.t += 100;
      expect(guard.waitFor('A')).toBeLessThanOrEqual(8000);
    }
    clock.t = 8000;
    expect(guard.waitFor('A')).toBe(0);
  });

  it('forgets connections older than the window', () => {
    const clock = { t: 0 };
    const guard = limiter(clock);
    for (let i = 0; i < 6; i++) guard.admitted('A');
    expect(guard.waitFor('A')).toBeGreaterThan(0);
    clock.t = 60_001;
    expect(guard.waitFor('A')).toBe(0);
  });
});

describe('createConcurrencyLimit', () => {
  it('runs at most max tasks at once and refuses beyond the queue', async () => {
    const run = createConcurrencyLimit(2, 1);
    let active = 0;
    let peak = 0;
    const releases: (() => void)[] = [];
    const task = () =>
      new Promise<string>((resolve) => {
        peak = Math.max(peak, ++active);
        releases.push(() => (active--, resolve('done')));
      });
    const results = [run(task), run(task), run(task)];
    expect(await run(task)).toBe(BUSY);
    while (releases.length) {
      releases.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(await Promise.all(results)).toEqual(['done', 'done', 'done']);
    expect(peak).toBe(2);
  });
});
