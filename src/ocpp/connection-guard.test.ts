import { describe, expect, it } from 'vitest';
import { BUSY, createConcurrencyLimit, createReconnectLimiter } from './connection-guard.js';

describe('createReconnectLimiter', () => {
  it('blocks a charger past its allowance for the block time, then lets it in again', () => {
    let t = 0;
    const limiter = createReconnectLimiter({ maxPerWindow: 3, windowMs: 1000, blockMs: 5000, now: () => t });
    expect([limiter.admit('A'), limiter.admit('A'), limiter.admit('A')]).toEqual([true, true, true]);
    expect(limiter.admit('B')).toBe(true);
    expect(limiter.admit('A')).toBe(false);
    expect(limiter.blockedFor('A')).toBe(5000);
    expect(limiter.blockedFor('B')).toBe(0);
    t = 5000;
    expect(limiter.blockedFor('A')).toBe(0);
    expect(limiter.admit('A')).toBe(true);
  });

  it('forgets connections older than the window', () => {
    let t = 0;
    const limiter = createReconnectLimiter({ maxPerWindow: 2, windowMs: 1000, blockMs: 5000, now: () => t });
    limiter.admit('A');
    limiter.admit('A');
    t = 1500;
    expect(limiter.admit('A')).toBe(true);
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
