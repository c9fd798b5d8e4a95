import { sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { spoolMarks } from '../schema/index.js';
import { claimSpoolDir, type SpoolClaim } from './spool-dir.js';
import { createSpoolWriter, readSpoolDir, type SpoolEntry } from './spool-file.js';
import { isDataError } from './transient.js';

/** Writes one kind of spooled rows inside the spool's transaction; `json` is the rows as one JSON array. */
export type SpoolApplier = (tx: Db, rows: Record<string, unknown>[], json: string) => Promise<void>;

export interface SpoolOptions {
  dir: string;
  db: Db;
  /** Past this many bytes not yet in PostgreSQL the spool is full (see `full()`). */
  maxBytes: number;
  onError: (err: unknown, context: string) => void;
  flushEveryMs?: number;
  flushAtRows?: number;
  maxBatchRows?: number;
  segmentBytes?: number;
}

interface Pending extends SpoolEntry {
  row: Record<string, unknown>;
}

/**
 * A node's durable spool: rows a charger is answered for are appended to a local file and
 * fsynced (group commit) before the answer, then written to PostgreSQL in order, in batches, each
 * batch in one transaction with the spool's mark (`spool_marks`), so a replay never writes a row twice.
 * While PostgreSQL is unreachable rows wait here (bounded by `maxBytes`) and are retried.
 */
export async function openSpool(opts: SpoolOptions) {
  const flushEveryMs = opts.flushEveryMs ?? 100;
  const flushAtRows = opts.flushAtRows ?? 500;
  const maxBatchRows = opts.maxBatchRows ?? 5000;
  const claim: SpoolClaim = claimSpoolDir(opts.dir);
  const { spoolId } = claim;
  const appliers = new Map<string, SpoolApplier>();

  const { entries, segments } = readSpoolDir(opts.dir);
  const [mark] = await opts.db
    .select({ appliedSeq: spoolMarks.appliedSeq })
    .from(spoolMarks)
    .where(sql`${spoolMarks.spoolId} = ${spoolId}`);
  let appliedSeq = mark?.appliedSeq ?? 0;
  const lastOnDisk = entries.length ? entries[entries.length - 1]!.seq : 0;
  const pending: Pending[] = entries
    .filter((e) => e.seq > appliedSeq)
    .map((e) => ({ ...e, row: JSON.parse(e.json) as Record<string, unknown> }));
  const replayed = pending.length;
  let pendingBytes = pending.reduce((n, e) => n + e.json.length, 0);
  let lastAppended = Math.max(lastOnDisk, appliedSeq);

  const writer = createSpoolWriter({
    dir: opts.dir,
    nextSeq: lastAppended + 1,
    segments,
    segmentBytes: opts.segmentBytes ?? 16 * 1024 * 1024,
    onWritten: (batch, err) => {
      if (err) opts.onError(err, 'spool write failed');
      for (const e of batch) pending.push(e as Pending);
      schedule();
    },
  });
  writer.release(appliedSeq);

  let started = false;
  let draining = false;
  let timer: NodeJS.Timeout | null = null;
  let flushTo = 0;
  let failing = false;
  let closed = false;
  let flushWaiters: { seq: number; resolve: () => void }[] = [];

  function schedule(): void {
    if (!started || draining || closed || !pending.length) return;
    if (pending.length >= flushAtRows || flushTo >= pending[0]!.seq) void drain();
    else timer ??= setTimeout(() => void drain(), flushEveryMs);
  }

  async function drain(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    draining = true;
    let retryMs = 50;
    while (pending.length && !closed) {
      const batch = pending.slice(0, maxBatchRows);
      try {
        await applyBatch(batch);
        if (failing) opts.onError(null, 'spool: PostgreSQL reachable again, backlog being written');
        failing = false;
        retryMs = 50;
      } catch (err) {
        if (isDataError(err)) await applyOneByOne(batch);
        else {
          if (!failing) opts.onError(err, 'spool: PostgreSQL write failed; rows stay in the spool and are retried');
          failing = true;
          await new Promise((r) => setTimeout(r, retryMs));
          retryMs = Math.min(retryMs * 2, 1000);
          continue;
        }
      }
      pending.splice(0, batch.length);
      for (const e of batch) pendingBytes -= e.json.length;
      appliedSeq = batch[batch.length - 1]!.seq;
      writer.release(appliedSeq);
      const done = flushWaiters.filter((w) => w.seq <= appliedSeq);
      flushWaiters = flushWaiters.filter((w) => w.seq > appliedSeq);
      done.forEach((w) => w.resolve());
      if (pending.length < flushAtRows && !(pending.length && flushTo >= pending[0]!.seq)) break;
    }
    draining = false;
    schedule();
  }

  async function applyBatch(batch: Pending[]): Promise<void> {
    const byKind = new Map<string, Pending[]>();
    for (const e of batch) {
      let list = byKind.get(e.kind);
      if (!list) byKind.set(e.kind, (list = []));
      list.push(e);
    }
    const seq = batch[batch.length - 1]!.seq;
    await opts.db.transaction(async (tx) => {
      for (const [kind, list] of byKind) {
        const applier = appliers.get(kind);
        if (!applier) throw Object.assign(new Error(`no applier for spooled kind ${kind}`), { code: '22000' });
        await applier(
          tx as unknown as Db,
          list.map((e) => e.row),
          `[${list.map((e) => e.json).join(',')}]`,
        );
      }
      await tx
        .insert(spoolMarks)
        .values({ spoolId, appliedSeq: seq })
        .onConflictDoUpdate({
          target: spoolMarks.spoolId,
          set: { appliedSeq: sql`greatest(${spoolMarks.appliedSeq}, excluded.applied_seq)`, updatedAt: new Date() },
        });
    });
  }

  /** A batch PostgreSQL refuses as data: write each row alone; a row refused alone is set aside in a file. */
  async function applyOneByOne(batch: Pending[]): Promise<void> {
    for (const entry of batch) {
      try {
        await applyBatch([entry]);
      } catch (err) {
        if (!isDataError(err)) throw err;
        claim.reject(entry);
        opts.onError(err, `spool: a ${entry.kind} row was refused by PostgreSQL; kept in ${opts.dir}/rejected.log`);
      }
    }
  }

  return {
    spoolId,
    /** Records spooled by an earlier process that this one found and is writing. */
    replayed,
    register(kind: string, applier: SpoolApplier): void {
      appliers.set(kind, applier);
    },
    /** Starts writing to PostgreSQL (the replay first); call once every kind is registered. */
    start(): void {
      started = true;
      flushTo = lastAppended;
      schedule();
    },
    append(kind: string, row: Record<string, unknown>): void {
      const json = JSON.stringify(row);
      const entry = writer.append(kind, json) as Pending;
      entry.row = row;
      lastAppended = entry.seq;
      pendingBytes += json.length;
    },
    /** Resolves once everything appended so far is on disk: await it before answering. */
    durable: writer.durable,
    /** Over `maxBytes` waiting for PostgreSQL: the caller refuses what it would have to spool. */
    full: () => pendingBytes >= opts.maxBytes,
    /** Resolves once everything appended so far is in PostgreSQL. */
    async flush(): Promise<void> {
      const seq = lastAppended;
      if (seq <= appliedSeq) return;
      await writer.durable().catch(() => {});
      flushTo = Math.max(flushTo, seq);
      const reached = new Promise<void>((resolve) => flushWaiters.push({ seq, resolve }));
      schedule();
      await reached;
    },
    stats: () => ({ pendingRows: pending.length, pendingBytes, appliedSeq, lastAppended, failing }),
    /** Writes what it can within `timeoutMs`; the rest stays on disk for the next start. */
    async close(timeoutMs = 5000): Promise<void> {
      await Promise.race([this.flush(), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
      closed = true;
      if (timer) clearTimeout(timer);
      await writer.close();
      claim.release();
    },
  };
}

export type Spool = Awaited<ReturnType<typeof openSpool>>;
