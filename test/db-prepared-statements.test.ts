import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, NO_TYPE_FETCH, type Database } from '../src/db/client.js';
import { preparingClient } from '../src/db/prepared.js';
import { testDatabase } from './kit/database.js';
import { startTcpProxy, type TcpProxy } from './kit/tcp-proxy.js';

// Named prepared statements (db/prepared.ts): a statement with parameters is one round trip to
// PostgreSQL once a connection knows it, instead of two (Parse + Describe, then Bind + Execute).
const onPostgres = !!process.env.TEST_DATABASE_URL;

describe.skipIf(!onPostgres)('prepared statements', () => {
  let url: string;
  let drop: () => Promise<void>;
  let proxy: TcpProxy;
  const open: Database[] = [];

  beforeAll(async () => {
    const test = await testDatabase();
    if (test.config.kind !== 'postgres') throw new Error('needs PostgreSQL');
    url = test.config.url;
    drop = test.drop;
    const u = new URL(url);
    proxy = await startTcpProxy({ host: u.hostname, port: Number(u.port || 5432) });
  });
  afterAll(async () => {
    for (const d of open) await d.close();
    await proxy?.close();
    await drop?.();
  });

  async function database(preparedStatements: boolean): Promise<Database> {
    const d = await createDatabase({ kind: 'postgres', url: proxy.via(url), poolSize: 1, preparedStatements });
    open.push(d);
    await d.ping(); // the connection is open before anything is counted
    return d;
  }

  /** Round trips of each of `times` runs of one parameterised statement, one after another. */
  async function roundTrips(d: Database, times: number): Promise<{ trips: number[]; answers: unknown[] }> {
    const trips: number[] = [];
    const answers: unknown[] = [];
    for (let i = 0; i < times; i++) {
      const before = proxy.writes();
      const rows = await d.db.execute(sql`select ${i}::int + 1 as n, ${'x'}::text as s`);
      trips.push(proxy.writes() - before);
      answers.push((rows as unknown as unknown[])[0]);
    }
    return { trips, answers };
  }

  it('runs a repeated statement in one round trip, and answers the same', async () => {
    const on = await roundTrips(await database(true), 4);
    const off = await roundTrips(await database(false), 4);
    expect(on.answers).toEqual(off.answers);
    expect(on.answers[3]).toEqual({ n: 4, s: 'x' });
    // The first run teaches the connection the statement (types first); the next ones only bind it.
    expect(on.trips.slice(1)).toEqual([1, 1, 1]);
    expect(off.trips.every((n) => n >= 2)).toBe(true);
  });

  it('keeps transactions working, rollback included', async () => {
    const d = await database(true);
    await d.db.execute(sql`create table prepared_probe (v int)`);
    await d.db.transaction(async (tx) => {
      await tx.execute(sql`insert into prepared_probe values (${1})`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`insert into prepared_probe values (${2})`);
          throw new Error('roll the savepoint back');
        })
        .catch(() => {});
    });
    await d.db
      .transaction(async (tx) => {
        await tx.execute(sql`insert into prepared_probe values (${3})`);
        throw new Error('roll back');
      })
      .catch(() => {});
    const rows = await d.db.execute(sql`select v from prepared_probe order by v`);
    expect([...(rows as unknown as unknown[])]).toEqual([{ v: 1 }]);
  });

  it('past its limit of distinct statements, runs the others unnamed (two round trips) and still answers', async () => {
    const client = postgres(proxy.via(url), { max: 1, onnotice: () => {}, ...NO_TYPE_FETCH });
    const db = drizzle(preparingClient(client, 2));
    try {
      // Three statement texts; the limit is 2, so the third is never prepared.
      const texts = [1, 2, 3].map((k) => (v: number) => sql`select ${v}::int * ${sql.raw(String(k))} as n`);
      const once = async (q: (v: number) => ReturnType<typeof sql>, v: number) => {
        const before = proxy.writes();
        const [row] = [...(await db.execute(q(v)))];
        return { row, trips: proxy.writes() - before };
      };
      for (const q of texts) await once(q, 1);
      const second = [];
      for (const q of texts) second.push(await once(q, 5));
      expect(second.map((r) => r.row)).toEqual([{ n: 5 }, { n: 10 }, { n: 15 }]);
      expect(second.map((r) => r.trips)).toEqual([1, 1, 2]);
    } finally {
      await client.end();
    }
  });
});
