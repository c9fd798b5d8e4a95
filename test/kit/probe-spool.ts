import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { createDatabase } from '../../src/db/client.js';
import { openSpool, type SpoolOptions } from '../../src/db/spool/spool.js';
import { testDatabase } from './database.js';

/**
 * A spool (db/spool/) on real files in a temp directory, writing to this test file's own PostgreSQL:
 * rows of kind `probe` (`{ v }`) go into the table `spool_probe`, which `stored()` reads.
 */
export async function probeDatabase() {
  const test = await testDatabase();
  if (test.config.kind !== 'postgres') throw new Error('the probe spool needs PostgreSQL (TEST_DATABASE_URL)');
  const database = await createDatabase(test.config);
  const direct = postgres(test.config.url, { max: 1, onnotice: () => {} });
  await direct`create table spool_probe (v int not null)`;
  const spools: { close(ms?: number): Promise<void> }[] = [];
  return {
    database,
    direct,
    /** The values in PostgreSQL, in order. */
    stored: async () => (await direct<{ v: number }[]>`select v from spool_probe order by v`).map((r) => r.v),
    /** Opens a spool on `dir` (not started: register calls first). */
    async open(dir: string, opts: Partial<SpoolOptions> = {}) {
      const errors: { err: unknown; message: string }[] = [];
      const spool = await openSpool({
        dir,
        db: database.db,
        maxBytes: 1 << 30,
        flushEveryMs: 60_000, // rows wait for a flush(): what is acknowledged stays only on disk until then
        onError: (err, message) => errors.push({ err, message }),
        ...opts,
      });
      spool.register('probe', (rows) => [
        sql`insert into spool_probe (v) select (r ->> 'v')::int from jsonb_array_elements(${rows}) r`,
      ]);
      spools.push(spool);
      return { spool, errors };
    },
    async close() {
      for (const s of spools) await s.close(100).catch(() => {});
      await database.close();
      await direct.end();
      await test.drop();
    },
  };
}

export type ProbeDatabase = Awaited<ReturnType<typeof probeDatabase>>;

export const spoolDir = () => mkdtempSync(join(tmpdir(), 'chargeql-spool-'));

/** The file of the segment whose first record is `firstSeq`. */
export const segment = (dir: string, firstSeq: number) => join(dir, `${String(firstSeq).padStart(16, '0')}.log`);

/** Lines of probe records, as the writer writes them. */
export const probeLines = (...values: number[]) => values.map((v) => `${v}\tprobe\t{"v":${v}}\n`).join('');

/** A spool directory as a node leaves it: its own id, and these segments. */
export function spoolFiles(segments: Record<number, string>): string {
  const dir = spoolDir();
  writeFileSync(join(dir, 'id'), randomUUID());
  for (const [firstSeq, text] of Object.entries(segments)) writeFileSync(segment(dir, Number(firstSeq)), text);
  return dir;
}

/** What a SIGKILL now would leave on disk: a copy of the directory, for a second spool to start from. */
export function crashImage(dir: string): string {
  const copy = spoolDir();
  cpSync(dir, copy, { recursive: true });
  return copy;
}

export const readText = (path: string) => readFileSync(path, 'utf8');
