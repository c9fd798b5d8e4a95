import { afterAll, describe, expect, it } from 'vitest';
import { redisAvailable, TEST_REDIS_URL } from './kit/cluster.js';
import { testDatabase } from './kit/database.js';
import {
  databaseOutage,
  faultTable,
  redisOutage,
  sigkill,
  type FaultLoad,
  type ScenarioResult,
} from './kit/faults/scenarios.js';
import { failures } from './kit/faults/verdict.js';

// The short run of `npm run faults`: each fault against real node processes under load, PostgreSQL
// and Redis cut by proxies the suite owns. No speed is asserted (the machine may be loaded); what
// must hold: nothing acknowledged is lost, every CALL during a database or Redis cut is answered,
// and service comes back (`verdict.ts`, the rules `npm run faults` fails on, without the long run's targets).
const runnable = Boolean(process.env.TEST_DATABASE_URL) && (await redisAvailable());
const LOAD: FaultLoad = { chargers: 10, messagesPerSecond: 50, outageSeconds: 3, calmSeconds: 3 };

describe.skipIf(!runnable)('the fault suite, short', () => {
  const results: ScenarioResult[] = [];
  const databases: Awaited<ReturnType<typeof testDatabase>>[] = [];
  const freshUrl = async () => {
    const db = await testDatabase();
    databases.push(db);
    return (db.config as { url: string }).url;
  };
  afterAll(async () => {
    if (results.length) console.log(faultTable(results, LOAD));
    for (const db of databases) await db.drop();
  });

  it('SIGKILL under load: nothing acknowledged is lost, and chargers are answered after the restart', async () => {
    const r = await sigkill(await freshUrl(), LOAD);
    results.push(r);
    expect(failures(r, { targets: false }), r.errorsLogged.join('\n')).toEqual([]);
    expect(r.after.answered).toBeGreaterThan(0);
  }, 300_000);

  it('PostgreSQL cut: every CALL answered throughout, nothing lost, the backlog written', async () => {
    const r = await databaseOutage(await freshUrl(), LOAD);
    results.push(r);
    expect(failures(r, { targets: false }), r.errorsLogged.join('\n')).toEqual([]);
  }, 300_000);

  it('PostgreSQL cut with every charger reconnecting during it: all reconnect, boot and are answered', async () => {
    const r = await databaseOutage(await freshUrl(), LOAD, { reconnect: true });
    results.push(r);
    expect(r.outage).toContain(`${LOAD.chargers} / ${LOAD.chargers} chargers reconnected`);
    expect(failures(r, { targets: false }), r.errorsLogged.join('\n')).toEqual([]);
  }, 300_000);

  it("Redis cut under two nodes: each node's chargers answered throughout, cross-node commands heal", async () => {
    const r = await redisOutage(await freshUrl(), TEST_REDIS_URL, LOAD);
    results.push(r);
    expect(failures(r, { targets: false }), r.errorsLogged.join('\n')).toEqual([]);
  }, 300_000);
});
