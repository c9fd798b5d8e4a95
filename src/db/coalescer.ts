/**
 * Turns many single-row statements into a few batched ones under load. Each `call(item)` joins a
 * queue; at most `maxConcurrent` batches run at once, each taking up to `maxBatch` items. An item
 * arriving while a slot is free runs at once (with whatever else arrived in the same tick), so a
 * quiet server pays no latency; a thousand chargers booting together cost a handful of statements.
 * `run` answers one result per item, in order; a failed batch fails each of its items.
 *
 * `minBatchWhileBusy`: while a batch runs, another starts only once that many items wait (default 1:
 * at once). When PostgreSQL answers quickly, free slots otherwise send a statement per handful of
 * items, and each statement costs both processes more CPU than the items in it (a boot storm went
 * from 0.7 to 3.1 statements per boot as the database got faster). Items then wait for the running
 * batch instead, about one statement's time; a quiet server still runs an item at once.
 */
/** `minBatchWhileBusy` of a connect storm's statements (handshake lookups, boots, status reports). */
export const STORM_MIN_BATCH = 50;
/**
 * `minBatchWhileBusy` of the statements every meter value costs (its session, live register, live
 * price): a hundred chargers in a closed loop sent about one statement per two messages.
 */
export const INGEST_MIN_BATCH = 20;

export function createCoalescer<I, O>(opts: {
  run: (items: I[]) => Promise<O[]>;
  maxConcurrent: number;
  maxBatch: number;
  minBatchWhileBusy?: number;
}) {
  const minBatchWhileBusy = opts.minBatchWhileBusy ?? 1;
  interface Waiting {
    item: I;
    resolve: (value: O) => void;
    reject: (err: unknown) => void;
  }
  let queue: Waiting[] = [];
  let running = 0;
  let scheduled = false;

  function pump(): void {
    scheduled = false;
    while (running < opts.maxConcurrent && queue.length && (running === 0 || queue.length >= minBatchWhileBusy)) {
      const batch = queue.length <= opts.maxBatch ? queue : queue.slice(0, opts.maxBatch);
      queue = batch === queue ? [] : queue.slice(opts.maxBatch);
      running++;
      opts
        .run(batch.map((w) => w.item))
        .then(
          (results) => batch.forEach((w, i) => w.resolve(results[i]!)),
          (err) => batch.forEach((w) => w.reject(err)),
        )
        .finally(() => {
          running--;
          pump();
        });
    }
  }

  return {
    call(item: I): Promise<O> {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (!scheduled && running < opts.maxConcurrent && (running === 0 || queue.length >= minBatchWhileBusy)) {
          scheduled = true;
          queueMicrotask(pump);
        }
      });
    },
    /** Items waiting for a free slot. */
    waiting: () => queue.length,
  };
}
