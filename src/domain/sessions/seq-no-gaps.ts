/** A run of seqNos never received, both ends included. */
export interface SeqNoRange {
  from: number;
  to: number;
}

/** At most this many runs are kept (the count covers them all): a station sending every other seqNo stays small. */
export const MAX_SEQNO_RANGES = 100;

/**
 * The seqNos missing between the lowest and the highest received, or null when none is. seqNo goes
 * up by one per TransactionEvent, but not from 0 for every station: some keep one counter across
 * transactions (as Edition 1's sequence number generation let them), Edition 2 recommends 0 for each
 * (TC_E_53). So the lowest received is where the transaction began. The cost follows the events
 * received, never the size of a seqNo (up to 2^31-1: counting from 0 once held a node for minutes).
 */
export function seqNoGaps(seen: number[]): { ranges: SeqNoRange[]; count: number } | null {
  const sorted = [...new Set(seen)].sort((a, b) => a - b);
  const ranges: SeqNoRange[] = [];
  let count = 0;
  for (let i = 1; i < sorted.length; i++) {
    const from = sorted[i - 1]! + 1;
    const to = sorted[i]! - 1;
    if (to < from) continue;
    count += to - from + 1;
    if (ranges.length < MAX_SEQNO_RANGES) ranges.push({ from, to });
  }
  return count ? { ranges, count } : null;
}
