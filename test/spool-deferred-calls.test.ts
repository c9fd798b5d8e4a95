import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDbHealth } from '../src/db/health.js';
import { probeDatabase, spoolDir, type ProbeDatabase } from './kit/probe-spool.js';
import { until } from './kit/wait.js';

// A deferred call (a StartTransaction answered during an outage, say) is replayed once PostgreSQL is
// back. One that loses to another statement (a lock, a deadlock) goes through when run again and must
// not be set aside; one that fails for a bug would fail forever and must not block the spool, nor
// mark a healthy database down. Real PostgreSQL (CI sets TEST_DATABASE_URL): a lock needs two sessions.
const pg = process.env.TEST_DATABASE_URL;
const sqlState = (err: unknown) => {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.code ?? e?.cause?.code; // drizzle wraps postgres.js's error
};

describe.skipIf(!pg)('deferred calls replayed from the spool', () => {
  let db: ProbeDatabase;
  beforeAll(async () => {
    db = await probeDatabase();
    await db.direct`create table spool_probe_lock (id int primary key)`;
    await db.direct`insert into spool_probe_lock values (1)`;
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async () => {
    await db.direct`truncate spool_probe`;
  });

  it('runs again a call that could not get its lock (55P03), instead of setting it aside', async () => {
    const dir = spoolDir();
    const { spool, errors } = await db.open(dir);
    spool.registerCall('probe.locking', async (p: { v: number }) => {
      await db.database.db.execute(sql`select 1 from spool_probe_lock where id = 1 for update nowait`);
      await db.database.db.execute(sql`insert into spool_probe (v) values (${p.v})`);
    });
    const locker = await db.direct.reserve();
    await locker`begin`;
    await locker`select 1 from spool_probe_lock where id = 1 for update`;
    spool.append('probe.locking', { v: 7 });
    await spool.durable();
    spool.start();
    const flushed = spool.flush();
    await until(() => errors.some((e) => sqlState(e.err) === '55P03'), {
      what: 'the call to lose its lock',
    });
    await locker`commit`;
    locker.release();
    await flushed;
    expect(await db.stored()).toEqual([7]);
    expect(existsSync(join(dir, 'rejected.log'))).toBe(false);
    expect(spool.stats().setAside).toBe(0);
  });

  it('sets aside a call that fails for a bug, counts it, writes on, and keeps the database up', async () => {
    const dir = spoolDir();
    const health = createDbHealth({ ping: db.database.ping });
    try {
      const { spool } = await db.open(dir, { health });
      spool.registerCall('probe.bug', async () => Buffer.from(42 as never)); // Node's ERR_INVALID_ARG_TYPE
      spool.append('probe.bug', { v: 8 });
      spool.append('probe', { v: 9 });
      spool.start();
      await spool.flush();
      expect(health.up()).toBe(true);
      expect(await db.stored()).toEqual([9]);
      expect(readFileSync(join(dir, 'rejected.log'), 'utf8')).toMatch(/\tprobe\.bug\t\{"v":8\}\n$/);
      expect(spool.stats().setAside).toBe(1);
    } finally {
      health.stop();
    }
  });
});
