// `npm run faults [-- --long] [--only NAME] [--soak-minutes N --soak-log FILE]`: each fault against real
// node processes under load, with PostgreSQL and Redis cut by TCP proxies this script owns, and the fault
// table at the end. Short (default): 20 chargers, 100 msg/s, 5 s outages. Long: 500 chargers, 1,000 msg/s,
// 30 s outages. `--only a,b` runs those scenarios (sigkill, database, reconnect, redis; soak: none of them). `--chargers`, `--rate`, `--outage-seconds`, `--calm-seconds` override either.
// `--only soak` runs the soak alone; the soak appends one JSON line per sample to `--soak-log`.
// Exits 1 with `FAIL <scenario>: <reason>` lines when a rule of test/kit/faults/verdict.ts breaks (with --long
// also the p99 and backlog targets), or the soak's RSS grows.
// Needs PostgreSQL (BENCH_DATABASE_URL) and Redis (REDIS_URL_FOR_TESTS or redis://127.0.0.1:6379).
import { appendFileSync } from 'node:fs';
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
import { failures } from '../test/kit/faults/verdict.js';
import { rssTrend } from '../test/kit/fuzz/rss.js';

const { values } = parseArgs({
  options: {
    long: { type: 'boolean', default: false },
    'soak-minutes': { type: 'string' },
    only: { type: 'string' },
    'soak-log': { type: 'string' },
    chargers: { type: 'string' },
    rate: { type: 'string' },
    'outage-seconds': { type: 'string' },
    'calm-seconds': { type: 'string' },
  },
});
// 500 chargers at 2 msg/s each: one CALL at a time per charger (as OCPP-J requires), so 100 chargers at
// 10/s could only reach 1,000 msg/s while every answer came within 100 ms (they reached 400-550 at load 20).
const preset: FaultLoad = values.long
  ? { chargers: 500, messagesPerSecond: 1000, outageSeconds: 30, calmSeconds: 10 }
  : { chargers: 20, messagesPerSecond: 100, outageSeconds: 5, calmSeconds: 5 };
const numberOr = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Number(v));
const load: FaultLoad = {
  chargers: numberOr(values.chargers, preset.chargers),
  messagesPerSecond: numberOr(values.rate, preset.messagesPerSecond),
  outageSeconds: numberOr(values['outage-seconds'], preset.outageSeconds),
  calmSeconds: numberOr(values['calm-seconds'], preset.calmSeconds),
};
const redisUrl = process.env.REDIS_URL_FOR_TESTS ?? 'redis://127.0.0.1:6379';
const scenarios: Record<string, (db: string) => Promise<ScenarioResult>> = {
  sigkill: (db) => sigkill(db, load),
  database: (db) => databaseOutage(db, load),
  reconnect: (db) => databaseOutage(db, load, { reconnect: true }),
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
  if (values.only && !values.only.split(',').includes(name)) continue; // `--only soak` skips them all
  const db = await freshDatabase();
  try {
    const result = await run(db.url);
    results.push(result);
    const { errorsLogged: _logged, ...figures } = result;
    console.log(`${name}: ${JSON.stringify(figures)}`);
    // The short run checks what CI checks; --long also the p99 and backlog targets.
    const reasons = failures(result, { targets: values.long });
    for (const reason of reasons) console.log(`FAIL ${name}: ${reason}`);
    if (reasons.length) for (const line of result.errorsLogged) console.log(`  node logged: ${line}`);
    if (reasons.length) failed = true;
  } catch (err) {
    failed = true;
    console.log(`FAIL ${name}: ${(err as Error).stack}`);
  } finally {
    await db.drop();
  }
}
if (results.length) console.log(`\n${faultTable(results, load)}\n`);

const minutes = Number(values['soak-minutes'] ?? 0);
if (minutes > 0) {
  const db = await freshDatabase();
  const log = values['soak-log'];
  try {
    const soaked = await soak(db.url, load, minutes, {
      onSample: (s) => {
        console.log(JSON.stringify(s));
        if (log) appendFileSync(log, `${JSON.stringify(s)}\n`);
      },
    });
    const summary = soakSummary(soaked.samples);
    const memory = rssTrend(soaked.samples.map((s) => s.rssMb));
    const line = `Soak: ${minutes} min, ${load.chargers} chargers offered ${load.messagesPerSecond} msg/s: ${soaked.answered} / ${soaked.sent} answered, p99 ${soaked.all.p99Ms} ms, acked but lost ${soaked.ackedButLost}, node alive ${soaked.alive}; ${summary}`;
    console.log(line);
    if (log) appendFileSync(log, `# ${line}\n`);
    console.log(memory.verdict);
    if (!memory.flat) console.log(`FAIL soak: ${memory.verdict}`);
    if (soaked.ackedButLost > 0) console.log(`FAIL soak: ${soaked.ackedButLost} acknowledged readings lost`);
    if (!soaked.alive) console.log('FAIL soak: the node died');
    if (soaked.ackedButLost > 0 || !soaked.alive || !memory.flat) failed = true;
  } finally {
    await db.drop();
  }
}
process.exit(failed ? 1 : 0);

/** Min/max of RSS, heap and handles, and RSS's trend: the mean of the last third minus the first third's. */
function soakSummary(samples: { rssMb: number; heapUsedMb: number; activeHandles: number; loadAverage: string }[]) {
  const range = (xs: number[]) => `${Math.min(...xs)}-${Math.max(...xs)}`;
  const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
  const third = Math.max(1, Math.floor(samples.length / 3));
  const rss = samples.map((s) => s.rssMb);
  const loads = samples.map((s) => Number(s.loadAverage.split(' ')[0]));
  return [
    `RSS ${range(rss)} MB (first third mean ${mean(rss.slice(0, third))}, last third ${mean(rss.slice(-third))})`,
    `heap used ${range(samples.map((s) => s.heapUsedMb))} MB`,
    `active handles ${range(samples.map((s) => s.activeHandles))}`,
    `load average (1 min) ${range(loads)}`,
  ].join(', ');
}
