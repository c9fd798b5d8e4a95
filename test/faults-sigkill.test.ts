import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { testDatabase } from './kit/database.js';
import { startNodeProcess, type NodeProcess } from './kit/node-process.js';

// A node killed with SIGKILL under load loses nothing it answered for: the spool replays it.
// Needs PostgreSQL outside the process (CI sets TEST_DATABASE_URL); the in-memory database dies with it.
const pg = process.env.TEST_DATABASE_URL;
const CHARGERS = 8;

describe.skipIf(!pg)('a node killed with SIGKILL while chargers send MeterValues', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let node: NodeProcess;
  let sql: postgres.Sql;
  beforeAll(async () => {
    db = await testDatabase();
    const url = (db.config as { url: string }).url;
    // Rows wait a while before their write, so that the kill surely finds some only in the spool.
    node = await startNodeProcess({ DATABASE_URL: url, SPOOL_FLUSH_EVERY_MS: '5000' });
    sql = postgres(url, { max: 1, onnotice: () => {} });
  }, 90_000);
  afterAll(async () => {
    await node?.stop();
    await sql?.end();
    await db?.drop();
  });

  it('replays its spool on restart: every acknowledged value and frame is stored, once', async () => {
    const admin = await node.signIn();
    const chargers: TestCharger[] = [];
    for (let i = 0; i < CHARGERS; i++) {
      await registerCharger(admin, `KILL-${i}`);
      chargers.push(await bootedCharger(node.ocppUrl, `KILL-${i}`));
    }
    // Each charger sends readings 1, 2, 3, ... one after another; `acked` is what it was answered for.
    const acked = chargers.map(() => 0);
    let running = true;
    const senders = chargers.map(async (cp, i) => {
      for (let n = 1; running; n++) {
        try {
          await cp.call('MeterValues', {
            connectorId: 1,
            meterValue: [{ timestamp: new Date().toISOString(), sampledValue: [{ value: String(n) }] }],
          });
          acked[i] = n;
        } catch {
          return; // the socket died with the node: this reading was never answered
        }
      }
    });
    await new Promise((r) => setTimeout(r, 2500));
    await node.kill('SIGKILL');
    running = false;
    await Promise.all(senders);
    chargers.forEach((cp) => cp.close({ force: true }).catch(() => {}));
    const answered = acked.reduce((a, b) => a + b, 0);
    expect(answered).toBeGreaterThan(CHARGERS * 5);

    await node.restart();
    expect(node.output()).toMatch(/spool: replaying records/);
    const stored = async () =>
      sql<{ ocpp_id: string; readings: number; distinct_readings: number; top: number }[]>`
        select c.ocpp_id, count(*)::int as readings, count(distinct m.raw)::int as distinct_readings,
               max(m.raw::int)::int as top
        from meter_values m join chargers c on c.id = m.charger_id
        where c.ocpp_id like 'KILL-%' group by c.ocpp_id order by c.ocpp_id`;
    const deadline = Date.now() + 30_000;
    let rows = await stored();
    const complete = () =>
      rows.length === CHARGERS && rows.every((r, i) => r.top >= acked[Number(r.ocpp_id.slice(5))]!);
    while (!complete() && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      rows = await stored();
    }
    for (const row of rows) {
      const i = Number(row.ocpp_id.slice(5));
      // Readings 1..acked[i] all there (the last one may be one further: stored but its answer lost).
      expect(row.distinct_readings, row.ocpp_id).toBeGreaterThanOrEqual(acked[i]!);
      expect(row.top, row.ocpp_id).toBeGreaterThanOrEqual(acked[i]!);
      expect(row.readings, `${row.ocpp_id}: no reading stored twice`).toBe(row.distinct_readings);
    }
    expect(rows).toHaveLength(CHARGERS);
    const [frames] = await sql<{ n: number; distinct_ids: number }[]>`
      select count(*)::int as n, count(distinct (charger_id, unique_id))::int as distinct_ids from ocpp_messages
      where action = 'MeterValues' and direction = 'IN' and message_type = 'CALL'`;
    expect(frames!.n).toBeGreaterThanOrEqual(answered);
    expect(frames!.distinct_ids).toBe(frames!.n);
  }, 120_000);
});
