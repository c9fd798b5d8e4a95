import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { pgJson } from '../pg-json.js';
import { isConnectionError, type DbHealth } from '../health.js';
import { spoolMarks } from '../schema/index.js';
import { claimSpoolDir, type SpoolClaim } from './spool-dir.js';
import { createSpoolWriter, readSpoolDir, type SpoolEntry } from './spool-file.js';
import { isContention, isDataError } from './transient.js';

/**
 * The data-modifying statements that write one kind of spooled rows; `rows` is an SQL expression for
 * them as one jsonb array. They run as parts of one statement with the spool's mark (no transaction:
 * postgres.js can crash the process when a connection dies inside one, porsager/postgres#1208).
 */
export type SpoolApplier = (rows: SQL) => SQL[];

/**
 * A domain call deferred while PostgreSQL was unreachable (a StartTransaction answered from a reserved
 * id, say), run again in spool order once it is back. At least once: it must be idempotent.
 */
export type SpoolCall = (payload: any) => Promise<unknown>;

export interface SpoolOptions {
  dir: string;
  db: Db;
  /** Past this many bytes not yet in PostgreSQL the spool is full (see `full()`). */
  maxBytes: number;
  onError: (err: unknown, context: string) => void;
  /** Told of every write that failed for the connection, and of every one that went through. */
  health?: DbHealth;
  flushEveryMs?: number;
  flushAtRows?: number;
  maxBatchRows?: number;
  segmentBytes?: number;
  /** false: no fdatasync before `durable()` resolves (bench only: SPOOL_FSYNC). */
  fsync?: boolean;
  /** false: no file at all, rows wait in memory (bench only: SPOOL_FSYNC=memory, the pre-spool baseline). */
  file?: boolean;
}

type Pending = SpoolEntry;

/** How long an answer waits for the spool to reach PostgreSQL before it goes out anyway (`afterFlush`). */
const ANSWER_WAITS_FOR_FLUSH_MS = 500;

/** A deferred call's own rows did not reach the disk: the call is run again (it is idempotent). */
class CallRowsNotDurable extends Error {}

/**
 * A node's durable spool: rows a charger is answered for are appended to a local file and
 * fsynced (group commit) before the answer, then written to PostgreSQL in order, in batches, each
 * batch in one statement with the spool's mark (`spool_marks`) and only while the mark is below it, so
 * neither a replay after a restart nor a retry after a lost answer writes a row twice.
 * While PostgreSQL is unreachable rows wait here (bounded by `maxBytes`) and are retried.
 */
export async function openSpool(opts: SpoolOptions) {
  const flushEveryMs = opts.flushEveryMs ?? 100;
  const flushAtRows = opts.flushAtRows ?? 500;
  const maxBatchRows = opts.maxBatchRows ?? 5000;
  const claim: SpoolClaim = claimSpoolDir(opts.dir);
  const { spoolId } = claim;
  const appliers = new Map<string, SpoolApplier>();
  const calls = new Map<string, SpoolCall>();

  const { entries, segments, tornLines } = readSpoolDir(opts.dir);
  if (tornLines) {
    opts.onError(
      new Error(`${tornLines} torn line(s) before the end of the spool in ${opts.dir}`),
      'spool: records were torn by a failed write; acknowledged ones may be lost',
    );
  }
  const counts = { tornLines, setAside: 0, diskWriteErrors: 0 };
  const [mark] = await opts.db
    .select({ appliedSeq: spoolMarks.appliedSeq })
    .from(spoolMarks)
    .where(sql`${spoolMarks.spoolId} = ${spoolId}`);
  let appliedSeq = mark?.appliedSeq ?? 0;
  const lastOnDisk = entries.length ? entries[entries.length - 1]!.seq : 0;
  const pending: Pending[] = entries.filter((e) => e.seq > appliedSeq);
  const replayed = pending.length;
  let pendingBytes = pending.reduce((n, e) => n + e.json.length, 0);
  let lastAppended = Math.max(lastOnDisk, appliedSeq);

  const writer = createSpoolWriter({
    dir: opts.dir,
    nextSeq: lastAppended + 1,
    segments,
    segmentBytes: opts.segmentBytes ?? 16 * 1024 * 1024,
    fsync: opts.fsync ?? true,
    file: opts.file ?? true,
    onWritten: (batch, err) => {
      if (err) {
        counts.diskWriteErrors++;
        opts.onError(err, 'spool: the disk failed a write; its calls were refused (the chargers send again)');
      }
      for (const e of batch) pending.push(e);
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
  let retrying: Pending[] | null = null;

  async function flush(): Promise<void> {
    const seq = lastAppended;
    if (seq <= appliedSeq) return;
    await writer.durable().catch(() => {});
    if (seq <= appliedSeq) return; // written while we waited for the disk: no drain may come to say so
    flushTo = Math.max(flushTo, seq);
    const reached = new Promise<void>((resolve) => flushWaiters.push({ seq, resolve }));
    schedule();
    await reached;
  }

  function schedule(): void {
    if (!started || draining || closed || !pending.length) return;
    if (pending.length >= flushAtRows || flushTo >= pending[0]!.seq) void drain();
    else timer ??= setTimeout(() => void drain(), flushEveryMs);
  }

  async function drain(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    draining = true;
    try {
      await drainPending();
    } catch (err) {
      // Not PostgreSQL's answer (those are handled below): a bug or the file system. Never stop writing.
      opts.onError(err, 'spool: writing to PostgreSQL failed unexpectedly; retried');
      await new Promise((r) => setTimeout(r, 1000));
    } finally {
      draining = false;
    }
    schedule();
  }

  async function drainPending(): Promise<void> {
    let retryMs = 50;
    while (pending.length && !closed) {
      // A batch is retried as it was, never grown by the rows spooled meanwhile: when its commit's answer
      // was lost, the retry skips it whole (applyBatch), and would skip the rows it grew by too.
      const batch = (retrying ??= nextBatch());
      const call = calls.has(batch[0]!.kind);
      try {
        await (call ? applyCall(batch[0]!) : applyBatch(batch));
        if (failing) opts.onError(null, 'spool: PostgreSQL writes go through again, backlog being written');
        failing = false;
        opts.health?.ok();
        retryMs = 50;
      } catch (err) {
        if (call && !worthRetrying(err)) setAside(batch[0]!, err);
        else if (isDataError(err)) {
          retrying = null;
          await applyOneByOne(batch);
          continue;
        } else {
          opts.health?.failed(err);
          if (!failing) opts.onError(err, 'spool: a PostgreSQL write failed; rows stay in the spool and are retried');
          failing = true;
          await new Promise((r) => setTimeout(r, retryMs));
          retryMs = Math.min(retryMs * 2, 1000);
          continue;
        }
      }
      retrying = null;
      settled(batch);
      if (pending.length < flushAtRows && !(pending.length && flushTo >= pending[0]!.seq)) break;
    }
  }

  /** `batch`, the oldest pending rows, is in PostgreSQL (or set aside). */
  function settled(batch: Pending[]): void {
    pending.splice(0, batch.length);
    for (const e of batch) pendingBytes -= e.json.length;
    appliedSeq = batch[batch.length - 1]!.seq;
    writer.release(appliedSeq);
    const done = flushWaiters.filter((w) => w.seq <= appliedSeq);
    flushWaiters = flushWaiters.filter((w) => w.seq > appliedSeq);
    done.forEach((w) => w.resolve());
  }

  /**
   * A deferred call that failed for the connection, for contention (a deadlock, a lock or statement
   * timeout) or for the disk is run again later; one that failed for its data or a bug would fail
   * the same way forever and is set aside.
   */
  function worthRetrying(err: unknown): boolean {
    return isConnectionError(err) || isContention(err) || err instanceof CallRowsNotDurable;
  }

  /** Rows up to the next deferred call (which goes alone, after the rows spooled before it). */
  function nextBatch(): Pending[] {
    if (calls.has(pending[0]!.kind)) return [pending[0]!];
    let end = 1;
    while (end < pending.length && end < maxBatchRows && !calls.has(pending[end]!.kind)) end++;
    return pending.slice(0, end);
  }

  async function applyCall(entry: Pending): Promise<void> {
    const since = lastAppended + 1;
    await calls.get(entry.kind)!(JSON.parse(entry.json));
    // What the call spooled in turn is on disk before the mark passes it.
    await writer.durable(since).catch((err) => {
      throw new CallRowsNotDurable('the rows of a deferred call did not reach the disk', { cause: err });
    });
    await opts.db.execute(markStatement(sql``, entry.seq));
  }

  function setAside(entry: Pending, err: unknown): void {
    claim.reject(entry);
    counts.setAside++;
    opts.onError(err, `spool: a deferred ${entry.kind} failed; kept in ${opts.dir}/rejected.log`);
  }

  function markStatement(prefix: SQL, seq: number): SQL {
    return sql`${prefix} insert into ${spoolMarks} (spool_id, applied_seq, updated_at) values (${spoolId}, ${seq}, now())
      on conflict (spool_id) do update
      set applied_seq = greatest(${spoolMarks}.applied_seq, excluded.applied_seq), updated_at = now()`;
  }

  async function applyBatch(batch: Pending[]): Promise<void> {
    const byKind = new Map<string, Pending[]>();
    for (const e of batch) {
      let list = byKind.get(e.kind);
      if (!list) byKind.set(e.kind, (list = []));
      list.push(e);
    }
    const seq = batch[batch.length - 1]!.seq;
    // A batch PostgreSQL committed but whose answer was lost (the connection died, a timeout) is sent
    // again on the retry: its rows go in only while the mark is still below them (appliers read NULL
    // as no rows), so the retry writes nothing twice.
    const fresh = sql`not exists (select 1 from ${spoolMarks} where spool_id = ${spoolId} and applied_seq >= ${batch[0]!.seq})`;
    const parts: SQL[] = [];
    let n = 0;
    for (const [kind, list] of byKind) {
      const applier = appliers.get(kind);
      if (!applier) throw Object.assign(new Error(`no applier for spooled kind ${kind}`), { code: '22000' });
      const input = sql.raw(`spool_in_${n++}`);
      parts.push(sql`${input} as (select ${`[${list.map((e) => e.json).join(',')}]`}::jsonb as rows where ${fresh})`);
      for (const statement of applier(sql`(select rows from ${input})`)) {
        parts.push(sql`${sql.raw(`spool_w_${n++}`)} as (${statement})`);
      }
    }
    // The parts of one statement commit together: the rows and the mark that covers them.
    await opts.db.execute(markStatement(sql`with ${sql.join(parts, sql`, `)}`, seq));
  }

  /**
   * A batch PostgreSQL refuses as data: write each row alone; a row refused alone is set aside in a file.
   * Any other failure leaves that row to be retried alone (`retrying`), as it may have gone in.
   */
  async function applyOneByOne(batch: Pending[]): Promise<void> {
    for (const entry of batch) {
      try {
        await applyBatch([entry]);
      } catch (err) {
        if (!isDataError(err)) return void (retrying = [entry]);
        setAside(entry, err);
      }
      settled([entry]);
    }
  }

  return {
    spoolId,
    /** Records spooled by an earlier process that this one found and is writing. */
    replayed,
    register(kind: string, applier: SpoolApplier): void {
      appliers.set(kind, applier);
    },
    registerCall(kind: string, call: SpoolCall): void {
      calls.set(kind, call);
    },
    /** Starts writing to PostgreSQL (the replay first); call once every kind is registered. */
    start(): void {
      started = true;
      flushTo = lastAppended;
      schedule();
    },
    /** `lazy`: no charger is answered for this row, so it starts no fdatasync of its own (spool-file.ts). */
    append(kind: string, row: Record<string, unknown>, append?: { lazy?: boolean }): void {
      const json = pgJson(row);
      const entry = writer.append(kind, json, append);
      lastAppended = entry.seq;
      pendingBytes += json.length;
    },
    /**
     * Resolves once everything appended so far is on disk: await it before answering. Rejects when the
     * disk failed a record from `since` on (the seq after `appended()` before the caller's first append).
     */
    durable: writer.durable,
    /** The seq of the last record appended. */
    appended: () => lastAppended,
    /** Over `maxBytes` waiting for PostgreSQL: the caller refuses what it would have to spool. */
    full: () => pendingBytes >= opts.maxBytes,
    /** Resolves once everything appended so far is in PostgreSQL. */
    flush,
    /**
     * Runs `then` once everything appended so far is in PostgreSQL (listeners that read those rows),
     * but waits for that at most ANSWER_WAITS_FOR_FLUSH_MS, and not at all while PostgreSQL is known
     * down: the caller's answer goes out anyway, its rows being on disk already.
     */
    async afterFlush(then: () => void): Promise<void> {
      const done = flush().then(then);
      done.catch((err) => opts.onError(err, 'spool: a step after a flush failed'));
      if (opts.health && !opts.health.up()) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        done.catch(() => {}),
        new Promise((r) => (timer = setTimeout(r, ANSWER_WAITS_FOR_FLUSH_MS))),
      ]).finally(() => clearTimeout(timer));
    },
    stats: () => ({ pendingRows: pending.length, pendingBytes, appliedSeq, lastAppended, failing, ...counts }),
    /** Writes what it can within `timeoutMs`; the rest stays on disk for the next start. */
    async close(timeoutMs = 5000): Promise<void> {
      await Promise.race([flush(), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
      closed = true;
      if (timer) clearTimeout(timer);
      await writer.close();
      claim.release();
    },
  };
}

export type Spool = Awaited<ReturnType<typeof openSpool>>;
