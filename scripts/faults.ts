// `npm run faults [-- --long] [--soak-minutes N]`: each fault against real node processes under load,
// with PostgreSQL and Redis cut by TCP proxies this script owns, and the fault table at the end.
// Short (default): 20 chargers, 100 msg/s, 5 s outages. Long: 100 chargers, 1,000 msg/s, 30 s outages.
// Needs PostgreSQL (BENCH_DATABASE_URL) and Redis (REDIS_URL_FOR_TESTS or redis://127.0.0.1:6379).
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { freshDatabase } from '../bench/lib/pg.js';
import {
  databaseOutage,
  faultTable,
  redisOutage,
  sigkill,
  soak,
  type FaultLoad,
  type ScenarioResult,
} from '../test/kit/faults/scenarios.js';

const { values } = parseArgs({
  options: {
    long: { type: 'boolean', default: false },
    'soak-minutes': { type: 'string' },
    only: { type: 'string' },
  },
});
const load: FaultLoad = values.long
  ? { chargers: 100, messagesPerSecond: 1000, outageSeconds: 30, calmSeconds: 10 }
  : { chargers: 20, messagesPerSecond: 100, outageSeconds: 5, calmSeconds: 5 };
const redisUrl = process.env.REDIS_URL_FOR_TESTS ?? 'redis://127.0.0.1:6379';
const scenarios: Record<string, (db: string) => Promise<ScenarioResult>> = {
  sigkill: (db) => sigkill(db, load),
  database: (db) => databaseOutage(db, load),
  redis: (db) => redisOutage(db, redisUrl, load),
};

console.log(
  `load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${JSON.stringify(load)}`,
);
const results: ScenarioResult[] = [];
let failed = false;
for (const [name, run] of Object.entries(scenarios)) {
  if (values.only && values.only !== name) continue;
  const db = await freshDatabase();
  try {
    const result = await run(db.url);
    results.push(result);
    console.log(`${name}: ${JSON.stringify(result)}`);
    if (result.ackedButLost > 0 || result.recoverySeconds === null) failed = true;
  } catch (err) {
    failed = true;
    console.log(`${name}: FAILED ${(err as Error).stack}`);
  } finally {
    await db.drop();
  }
}
console.log(`\n${faultTable(results, load)}\n`);

const minutes = Number(values['soak-minutes'] ?? 0);
if (minutes > 0) {
  const db = await freshDatabase();
  try {
    const soaked = await soak(db.url, load, minutes);
    console.log(
      `Soak: ${minutes} min at ${load.messagesPerSecond} msg/s offered, ${soaked.answered} / ${soaked.sent} answered, p99 ${soaked.all.p99Ms} ms, acked but lost ${soaked.ackedButLost}, node alive ${soaked.alive}`,
    );
    console.log('| Minute | Node RSS (MB) | Load avg |\n|---|---|---|');
    for (const s of soaked.rss) console.log(`| ${s.minute.toFixed(1)} | ${s.rssMb} | ${s.loadAverage} |`);
    if (soaked.ackedButLost > 0 || !soaked.alive) failed = true;
  } finally {
    await db.drop();
  }
}
process.exit(failed ? 1 : 0);
