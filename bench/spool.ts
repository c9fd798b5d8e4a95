// What the spool's fsync costs on ingest: the same closed-loop MeterValues run (bench/ingest.ts: accepted
// transactions, live pricing, the frame log) with the spool as shipped (fdatasync before each answer,
// group-committed) and with SPOOL_FSYNC=false (rows still go through the spool file, the answer does not
// wait for the disk), alternated in one run so that both see the same machine load.
// Run: npm run bench:spool -- --seconds 10 --chargers 100 --rounds 2
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { run, type Run } from './ingest.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    chargers: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '2' },
  },
});
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const rows: { fsync: string; load: string; r: Run }[] = [];
for (let round = 0; round < Number(values.rounds); round++) {
  for (const fsync of round % 2 ? ['false', 'true'] : ['true', 'false']) {
    const before = load();
    const r = await run('chargeql', Number(values.chargers), Number(values.seconds), 'postgres', '1.6', {
      SPOOL_FSYNC: fsync,
    });
    rows.push({ fsync, load: `${before} -> ${load()}`, r });
  }
}
console.log(
  '\n| spool fsync | load avg (1/5/15) | msg/s | p50 ms | p99 ms | server CPU/msg µs | database CPU/msg µs |',
);
console.log('|---|---|---|---|---|---|---|');
for (const { fsync, load: l, r } of rows)
  console.log(
    `| ${fsync === 'true' ? 'on (shipped)' : 'off'} | ${l} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.serverCpuUs} | ${r.databaseCpuUs} |`,
  );
const mean = (f: string, pick: (r: Run) => number) => {
  const xs = rows.filter((x) => x.fsync === f).map((x) => pick(x.r));
  return xs.reduce((a, b) => a + b, 0) / xs.length;
};
console.log(
  `\nmean msg/s on/off: ${mean('true', (r) => r.perSecond).toFixed(0)} / ${mean('false', (r) => r.perSecond).toFixed(0)}; ` +
    `p99 on/off: ${mean('true', (r) => r.p99).toFixed(1)} / ${mean('false', (r) => r.p99).toFixed(1)} ms; ` +
    `server CPU/msg on/off: ${mean('true', (r) => r.serverCpuUs).toFixed(0)} / ${mean('false', (r) => r.serverCpuUs).toFixed(0)} µs`,
);
process.exit(0);
