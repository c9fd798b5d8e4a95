import {
  mkdirSync,
  openSync,
  closeSync,
  fsyncSync,
  readdirSync,
  readFileSync,
  truncateSync,
  unlinkSync,
} from 'node:fs';
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
 * `seq<TAB>kind<TAB>json`; a torn last line (a crash mid-write, before its fsync returned, so never
 * acknowledged) ends the segment.
 */
export function readSpoolDir(dir: string): { entries: SpoolEntry[]; segments: Segment[] } {
  mkdirSync(dir, { recursive: true });
  const entries: SpoolEntry[] = [];
  const segments: Segment[] = [];
  const names = readdirSync(dir)
    .filter((n) => SEGMENT_NAME.test(n))
    .sort();
  for (const name of names) {
    const path = join(dir, name);
    const firstSeq = Number(SEGMENT_NAME.exec(name)![1]);
    let lastSeq = firstSeq - 1;
    const text = readFileSync(path);
    let validBytes = 0;
    for (let start = 0; start < text.length;) {
      const end = text.indexOf(10, start);
      const entry = end < 0 ? null : parseLine(text.toString('utf8', start, end));
      if (!entry) break;
      entries.push(entry);
      lastSeq = entry.seq;
      validBytes = start = end + 1;
    }
    // Cut a torn tail, so that nothing appended later is glued onto it.
    if (validBytes < text.length) truncateSync(path, validBytes);
    segments.push({ path, firstSeq, lastSeq });
  }
  return { entries, segments };
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
  return { seq: Number(line.slice(0, a)), kind: line.slice(a + 1, b), json };
}

/**
 * The append side of a spool: group commit. Appends made while a write+fdatasync is in flight
 * (or in the same tick) go out together in the next one, so concurrent messages share one fsync.
 * `durable()` resolves once everything appended before the call is on disk. A `lazy` append (a row
 * no charger is answered for: our own frames, the charger's answers to our CALLs) starts no write of
 * its own: it goes out with the next one, or `lazyWriteMs` later (a crash loses at most that much of
 * them, as before the spool), so a command's two frames do not cost two fdatasyncs.
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
  /** Called with each batch once it is on disk (or, when the disk failed, with the error). */
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
  let waiters: { seq: number; resolve: () => void; reject: (err: unknown) => void }[] = [];

  async function segmentFor(bytes: number, firstSeq: number) {
    if (current && current.bytes + bytes <= opts.segmentBytes) return current;
    await current?.fh.close();
    const segment = { path: join(opts.dir, `${String(firstSeq).padStart(16, '0')}.log`), firstSeq, lastSeq: 0 };
    const fh = await open(segment.path, 'a');
    // The new file's directory entry must be durable too, or a crash could lose the whole segment.
    const dirFd = openSync(opts.dir, 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
    segments.push(segment);
    return (current = { fh, segment, bytes: 0 });
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
      const last = batch[batch.length - 1]!.seq;
      try {
        if (opts.file !== false) {
          const buffer = Buffer.from(text);
          const target = await segmentFor(buffer.length, batch[0]!.seq);
          await target.fh.write(buffer);
          if (opts.fsync) await target.fh.datasync();
          target.bytes += buffer.length;
          target.segment.lastSeq = last;
        } else await Promise.resolve(); // still a batch per tick, as with the file
        durableSeq = last;
        settle(last, null);
        opts.onWritten(batch);
      } catch (err) {
        durableSeq = last;
        settle(last, err);
        opts.onWritten(batch, err);
      }
    }
    writing = false;
  }

  function settle(upTo: number, err: unknown): void {
    const done = waiters.filter((w) => w.seq <= upTo);
    waiters = waiters.filter((w) => w.seq > upTo);
    for (const w of done) err ? w.reject(err) : w.resolve();
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
    /** Resolves when every record appended so far is on disk; rejects if the disk failed it. */
    durable(): Promise<void> {
      const seq = nextSeq - 1;
      if (seq <= durableSeq) return Promise.resolve();
      startWriting(); // lazy appends may be all that is queued
      return new Promise((resolve, reject) => waiters.push({ seq, resolve, reject }));
    },
    /** Deletes segments whose every record is in PostgreSQL (never the one being written). */
    release(appliedSeq: number): void {
      while (segments.length > 1 && segments[0]!.lastSeq <= appliedSeq && segments[0] !== current?.segment) {
        unlinkSync(segments.shift()!.path);
      }
      if (segments.length === 1 && !current && segments[0]!.lastSeq <= appliedSeq) unlinkSync(segments.shift()!.path);
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
