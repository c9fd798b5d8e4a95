import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  crashImage,
  probeDatabase,
  probeLines,
  readText,
  segment,
  spoolDir,
  spoolFiles,
  type ProbeDatabase,
} from './kit/probe-spool.js';

// The spool's files as a crash or a failing disk leaves them: what was acknowledged (durable()
// resolved) must reach PostgreSQL, and what the disk did not take must not be acknowledged.
// Real files in a temp directory, real PostgreSQL (CI sets TEST_DATABASE_URL).
const pg = process.env.TEST_DATABASE_URL;

describe.skipIf(!pg)('the spool on disk', () => {
  let db: ProbeDatabase;
  beforeAll(async () => {
    db = await probeDatabase();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async () => {
    await db.direct`truncate spool_probe`;
  });

  it('after a crash between creating a segment and writing it, keeps acknowledged records on disk', async () => {
    // Records 1-3 not yet in PostgreSQL, and segment 4 created, then the node killed before its first write.
    const dir = spoolFiles({ 1: probeLines(1, 2, 3), 4: '' });
    const { spool } = await db.open(dir);
    spool.append('probe', { v: 4 });
    await spool.durable();
    spool.start();
    await spool.flush(); // 1-4 in PostgreSQL: the segments they filled may go
    spool.append('probe', { v: 5 });
    spool.append('probe', { v: 6 });
    await spool.durable(); // acknowledged: on disk, not yet in PostgreSQL

    const restarted = await db.open(crashImage(dir));
    restarted.spool.start();
    await restarted.spool.flush();
    expect(await db.stored()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('does not acknowledge a write the disk refused, and writes on to a sound segment', async () => {
    const dir = spoolDir();
    const { spool, errors } = await db.open(dir);
    // The next segment's file is a disk with no space left.
    symlinkSync('/dev/full', segment(dir, 1));
    spool.append('probe', { v: 1 });
    await expect(spool.durable()).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/the disk failed a write/)]);
    expect(spool.stats().diskWriteErrors).toBe(1);

    const since = spool.appended() + 1; // as an answer does: what it vouches for starts here
    spool.append('probe', { v: 2 });
    await spool.durable(since);
    expect(readText(segment(dir, 2))).toBe(probeLines(2));
  });

  it('replays the records after a torn line in the middle of the spool, and says so', async () => {
    const dir = spoolFiles({
      // Record 2 torn by a failed write, record 3 appended right after it by the next one: 3 is glued
      // to it and lost, 4 must not be.
      1: `${probeLines(1)}2\tprobe\t{"v"${probeLines(3, 4)}`,
      // A torn end of the last segment is a crash mid-write (never acknowledged): skipped quietly.
      5: `${probeLines(5)}6\tprobe\t{"v`,
    });
    const { spool, errors } = await db.open(dir);
    spool.start();
    await spool.flush();
    expect(await db.stored()).toEqual([1, 4, 5]);
    expect(spool.stats().tornLines).toBe(1);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/torn by a failed write/)]);
    expect(existsSync(join(dir, 'rejected.log'))).toBe(false);
  });
});
