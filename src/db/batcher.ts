/**
 * Collects rows and writes them in one statement per flush: after `flushEveryMs`, or at once
 * when `flushAtRows` are waiting. Writes run one after another, in order; a failed write is
 * reported and dropped so one bad batch never blocks the next.
 */
export function createBatcher<T>(opts: {
  write: (batch: T[]) => Promise<void>;
  onError: (err: unknown) => void;
  flushEveryMs?: number;
  flushAtRows?: number;
}) {
  const flushEveryMs = opts.flushEveryMs ?? 100;
  const flushAtRows = opts.flushAtRows ?? 500;
  let buffer: T[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = buffer;
    buffer = [];
    if (batch.length) writing = writing.then(() => opts.write(batch)).catch(opts.onError);
    return writing;
  }

  return {
    push(...rows: T[]): void {
      buffer.push(...rows);
      if (buffer.length >= flushAtRows) void flush();
      else timer ??= setTimeout(() => void flush(), flushEveryMs);
    },
    /** Writes what is pending; resolves when every earlier batch is written too. */
    flush,
  };
}
