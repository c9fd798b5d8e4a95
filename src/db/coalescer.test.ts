import { describe, expect, it } from 'vitest';
import { createCoalescer } from './coalescer.js';

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('createCoalescer', () => {
  it('runs what waits while every slot is busy as one batch, answering each item in order', async () => {
    const batches: number[][] = [];
    const gate = deferred();
    const c = createCoalescer({
      run: async (items: number[]) => {
        batches.push(items);
        if (batches.length === 1) await gate.promise;
        return items.map((n) => n * 10);
      },
      maxConcurrent: 1,
      maxBatch: 3,
    });
    const first = c.call(1);
    await Promise.resolve();
    const rest = [2, 3, 4, 5].map((n) => c.call(n));
    expect(c.waiting()).toBe(4);
    gate.release();
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('fails only the items of a failed batch', async () => {
    const c = createCoalescer({
      run: async (items: string[]) => {
        if (items.includes('bad')) throw new Error('boom');
        return items;
      },
      maxConcurrent: 1,
      maxBatch: 10,
    });
    const bad = c.call('bad');
    const other = c.call('other'); // same tick: same batch
    await expect(bad).rejects.toThrow('boom');
    await expect(other).rejects.toThrow('boom');
    await expect(c.call('later')).resolves.toBe('later');
  });

  it('starts a second batch while one runs only once minBatchWhileBusy items wait', async () => {
    const batches: number[][] = [];
    const gates = [deferred(), deferred()];
    const c = createCoalescer({
      run: async (items: number[]) => {
        const gate = gates[batches.push(items) - 1];
        if (gate) await gate.promise;
        return items;
      },
      maxConcurrent: 2,
      maxBatch: 10,
      minBatchWhileBusy: 3,
    });
    const first = c.call(1); // nothing runs: at once
    await Promise.resolve();
    const waiting = [c.call(2), c.call(3)];
    await Promise.resolve();
    expect(batches).toEqual([[1]]); // two waiting, a slot free, but fewer than 3
    waiting.push(c.call(4));
    await new Promise((r) => setTimeout(r, 0));
    expect(batches).toEqual([[1], [2, 3, 4]]);
    gates.forEach((g) => g.release());
    expect(await Promise.all([first, ...waiting])).toEqual([1, 2, 3, 4]);
  });
});
