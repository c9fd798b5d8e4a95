import { describe, expect, it } from 'vitest';
import { MAX_SEQNO_RANGES, seqNoGaps } from './seq-no-gaps.js';

describe('seqNo gaps', () => {
  it('none when every seqNo from the lowest to the highest came, in any order, retries included', () => {
    expect(seqNoGaps([])).toBeNull();
    expect(seqNoGaps([0, 2, 1, 1])).toBeNull();
  });

  it('counts from the lowest received: a counter kept across transactions is no gap', () => {
    expect(seqNoGaps([57, 58, 59])).toBeNull();
    expect(seqNoGaps([57, 60, 58])).toEqual({ ranges: [{ from: 59, to: 59 }], count: 1 });
  });

  it('a seqNo near 2^31 is one run, however many numbers it skips', () => {
    expect(seqNoGaps([57, 58, 2 ** 31 - 1])).toEqual({
      ranges: [{ from: 59, to: 2 ** 31 - 2 }],
      count: 2 ** 31 - 2 - 59 + 1,
    });
  });

  it('keeps the first runs only; the count covers all of them', () => {
    const everyOther = Array.from({ length: 1_000 }, (_, i) => i * 2);
    const gaps = seqNoGaps(everyOther)!;
    expect(gaps.ranges).toHaveLength(MAX_SEQNO_RANGES);
    expect(gaps.ranges[0]).toEqual({ from: 1, to: 1 });
    expect(gaps.count).toBe(999);
  });
});
