import { mkdirSync, openSync, closeSync, fsyncSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

/** One spooled record: a row of some kind, as JSON text. */
export interface SpoolEntry {
  seq: number;
  kind: string;
  json: string;
}

interface Segment {
  path: string;
  firstSeq: number;
  lastSeq: number;
}

const SEGMENT_NAME = /^(\d{16})\.log$/;

/**
 * Reads every segment of a spool directory, oldest first. A segment is lines of
 * `seq<TAB>kind<TAB>json`. A torn line is skipped: at the very end of the last segment it is a crash
 * mid-write (never acknowledged: its fsync had not returned); anywhere else an acknowledged record
 * may have been glued to it by a later write, so it is counted in `tornLines` for the caller to say
 * so loudly. A segment with no record at all (created, then a crash before its first write) is
 * deleted: the writer starts a segment of that very name again, and two objects for one file would
 * let `release` unlink the live one.
 */
export function readSpoolDir(dir: string): { entries: SpoolEntry[]; segments: Segment[]; tornLines: number } {
  mkdirSync(dir, { recursive: true });
  const entries: SpoolEntry[] = [];
  const segments: Segment[] = [];
  let tornLines = 0;
  const names = readdirSync(dir)
    .filter((n) => SEGMENT_NAME.test(n))
    .sort();
  names.forEach((name, i) => {
    const path = join(dir, name);
    const firstSeq = Number(SEGMENT_NAME.exec(name)![1]);
    let lastSeq = firstSeq - 1;
    let torn = 0;
    let tornAtEnd = false;
    const text = readFileSync(path);
    for (let start = 0; start < text.length;) {
      const newline = text.indexOf(10, start);
      const end = newline < 0 ? text.length : newline;
      const entry = newline < 0 ? null : parseLine(text.toString('utf8', start, end));
      if (entry && entry.seq > lastSeq) {
        entries.push(entry);
        lastSeq = entry.seq;
        tornAtEnd = false;
      } else {
        torn++;
        tornAtEnd = true;
      }
      start = end + 1;
    }
    const last = i === names.length - 1;
    tornLines += last && tornAtEnd ? torn - 1 : torn;
    if (lastSeq < firstSeq) unlinkSync(path);
    else segments.push({ path, firstSeq, lastSeq });
  });
  return { entries, segments, tornLines };
}

function parseLine(line: string): SpoolEntry | null {
  const a = line.indexOf('\t');
  const b = line.indexOf('\t', a + 1);
  if (a < 1 || b < 0) return null;
  const json = line.slice(b + 1);
  try {
    JSON.parse(json);
  } catch {
    return null;
  }
  const seq = Number(line.slice(0, a));
  return Number.isSafeInteger(seq) ? { seq, kind: line.slice(a + 1, b), json } : null;
}

/** Failed batches remembered for `durable(since)` calls that come after the failure was settled. */
const FAILED_BATCHES_KEPT = 64;

/**
 * The append side of a spool: group commit. Appends made while a write+fdatasync is in flight
 * (or in the same tick) go out together in the next one, so concurrent messages share one fsync.
 * `durable()` resolves once everything appended before the call is on disk. A `lazy` append (a row
 * no charger is answered for: our own frames, the charger's answers to our CALLs) starts no write of
 * its own: it goes out with the next one, or `lazyWriteMs` later (a crash loses at most that much of
 * them, as before the spool), so a command's two frames do not cost two fdatasyncs.
 * A batch the disk refused (a failed or short write, a failed fdatasync) is not durable: `durable()`
 * rejects for it, so its chargers get an error and send again, and the segment is cut back to its
 * last good record and left for a new one (after a failed fdatasync the kernel may have dropped
 * pages it had reported written: that file is not trusted with more).
 */
export function createSpoolWriter(opts: {
  dir: string;
  nextSeq: number;
  segments: Segment[];
  segmentBytes: number;
  fsync: boolean;
  /** How long a lazy append may wait for a write another append or `durable()` starts. */
  lazyWriteMs?: number;
  /** false: nothing is written (a bench baseline): `durable()` resolves as if it were. */
  file?: boolean;
  /** Called with each batch once it is on disk (or, when the disk failed it, with the error). */
  onWritten: (batch: SpoolEntry[], err?: unknown) => void;
}) {
  let nextSeq = opts.nextSeq;
  let durableSeq = nextSeq - 1;
  const segments = [...opts.segments];
  let current: { fh: FileHandle; segment: Segment; bytes: number } | null = null;
  let queued: SpoolEntry[] = [];
  let lines: string[] = [];
  let writing = false;
  let lazyTimer: NodeJS.Timeout | null = null;
  let waiters: { since: number; seq: number; resolve: () => void; reject: (err: unknown) => void }[] = [];
  const failed: { from: number; to: number; err: unknown }[] = [];

  async function segmentFor(bytes: number, firstSeq: number) {
    if (current && current.bytes + bytes <= opts.segmentBytes) return current;
    const previous = current;
    current = null;
    await previous?.fh.close();
    const segment = {
      path: join(opts.dir, `${String(firstSeq).padStart(16, '0')}.log`),
      firstSeq,
      lastSeq: firstSeq - 1,
    };
    const fh = await open(segment.path, 'a');
    segments.push(segment);
    // The new file's directory entry must be durable too, or a crash could lose the whole segment.
    try {
      const dirFd = openSync(opts.dir, 'r');
      try {
        fsyncSync(dirFd);
      } finally {
        closeSync(dirFd);
      }
    } catch (err) {
      await fh.close().catch(() => {});
      throw err;
    }
    current = { fh, segment, bytes: 0 };
    return current;
  }

  /** Leaves a segment the disk failed: cut back to its last good record, no more appends to it. */
  async function abandon(target: NonNullable<typeof current>): Promise<void> {
    if (current === target) current = null;
    // If even this fails, replay skips the torn tail (and says so).
    await target.fh.truncate(target.bytes).catch(() => {});
    await target.fh.close().catch(() => {});
  }

  /** Starts writing what is queued (in a microtask, so the appends of this tick go together). */
  function startWriting(): void {
    if (writing || !queued.length) return;
    writing = true;
    if (lazyTimer) clearTimeout(lazyTimer);
    lazyTimer = null;
    queueMicrotask(() => void writeLoop());
  }

  async function writeLoop(): Promise<void> {
    writing = true;
    while (queued.length) {
      const batch = queued;
      const text = lines.join('');
      queued = [];
      lines = [];
      const first = batch[0]!.seq;
      const last = batch[batch.length - 1]!.seq;
      let target: typeof current = null;
      try {
        if (opts.file !== false) {
          const buffer = Buffer.from(text);
          target = await segmentFor(buffer.length, first);
          await writeAll(target.fh, buffer);
          if (opts.fsync) await target.fh.datasync();
          target.bytes += buffer.length;
          target.segment.lastSeq = last;
        } else await Promise.resolve(); // still a batch per tick, as with the file
        durableSeq = last;
        settle(last);
        opts.onWritten(batch);
      } catch (err) {
        if (target) await abandon(target);
        failed.push({ from: first, to: last, err });
        if (failed.length > FAILED_BATCHES_KEPT) failed.shift();
        refuse(first, last, err);
        opts.onWritten(batch, err);
      }
    }
    writing = false;
  }

  function settle(upTo: number): void {
    const done = waiters.filter((w) => w.seq <= upTo);
    waiters = waiters.filter((w) => w.seq > upTo);
    for (const w of done) w.resolve();
  }

  /** Rejects the waiters whose records include some of a failed batch. */
  function refuse(from: number, to: number, err: unknown): void {
    const hit = (w: (typeof waiters)[number]) => w.since <= to && w.seq >= from;
    const done = waiters.filter(hit);
    waiters = waiters.filter((w) => !hit(w));
    for (const w of done) w.reject(err);
  }

  return {
    append(kind: string, json: string, append?: { lazy?: boolean }): SpoolEntry {
      const entry = { seq: nextSeq++, kind, json };
      queued.push(entry);
      if (opts.file !== false) lines.push(`${entry.seq}\t${kind}\t${json}\n`);
      if (!append?.lazy) startWriting();
      else if (!writing) lazyTimer ??= setTimeout(startWriting, opts.lazyWriteMs ?? 50).unref();
      return entry;
    },
    /**
     * Resolves when every record appended so far is on disk; rejects if the disk failed one of them
     * from `since` on (the caller's first record; by default, the first not yet on disk).
     */
    durable(since = durableSeq + 1): Promise<void> {
      const seq = nextSeq - 1;
      const lost = failed.find((f) => f.to >= since && f.from <= seq);
      if (lost) return Promise.reject(lost.err);
      if (seq <= durableSeq) return Promise.resolve();
      startWriting(); // lazy appends may be all that is queued
      return new Promise((resolve, reject) => waiters.push({ since, seq, resolve, reject }));
    },
    /** Deletes segments whose every record is in PostgreSQL (never the one being written). */
    release(appliedSeq: number): void {
      while (segments.length && segments[0]!.lastSeq <= appliedSeq && segments[0] !== current?.segment) {
        removeFile(segments.shift()!.path);
      }
    },
    async close(): Promise<void> {
      startWriting();
      while (writing) await new Promise((r) => setTimeout(r, 1));
      await current?.fh.close();
      current = null;
    },
  };
}

export type SpoolWriter = ReturnType<typeof createSpoolWriter>;

/** fs writes may be short (a disk filling up): the rest is written, or the short write is an error. */
async function writeAll(fh: FileHandle, buffer: Buffer): Promise<void> {
  for (let offset = 0; offset < buffer.length;) {
    const { bytesWritten } = await fh.write(buffer, offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('the disk took no bytes of a spool write'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

/** A file already gone is what we wanted. */
function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
