// What the spool costs on ingest: the same closed-loop MeterValues run (bench/ingest.ts: accepted
// transactions, live pricing, the frame log) in three modes, alternated in one run so that all see the
// same machine load:
// - fsync: as shipped (the rows appended to the spool file and fdatasynced, group-committed, before the answer);
// - write: SPOOL_FSYNC=false (the file is written, the answer does not wait for the disk);
// - memory: SPOOL_FSYNC=memory (no file: rows wait in memory for PostgreSQL, as the batched writes did before
//   the spool; a crash loses them). fsync vs memory is the spool's whole cost.
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
const MODES = { fsync: 'true', write: 'false', memory: 'memory' } as const;
type Mode = keyof typeof MODES;
const rows: { mode: Mode; load: string; r: Run }[] = [];
for (let round = 0; round < Number(values.rounds); round++) {
  const order = Object.keys(MODES) as Mode[];
  for (const mode of round % 2 ? order.reverse() : order) {
    const before = load();
    const r = await run('chargeql', Number(values.chargers), Number(values.seconds), 'postgres', '1.6', {
      SPOOL_FSYNC: MODES[mode],
    });
    rows.push({ mode, load: `${before} -> ${load()}`, r });
  }
}
console.log('\n| spool | load avg (1/5/15) | msg/s | p50 ms | p99 ms | server CPU/msg µs | database CPU/msg µs |');
console.log('|---|---|---|---|---|---|---|');
for (const { mode, load: l, r } of rows)
  console.log(
    `| ${mode === 'fsync' ? 'fsync (shipped)' : mode} | ${l} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.serverCpuUs} | ${r.databaseCpuUs} |`,
  );
const mean = (mode: Mode, pick: (r: Run) => number) => {
  const xs = rows.filter((x) => x.mode === mode).map((x) => pick(x.r));
  return (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(pick === p99 ? 1 : 0);
};
const p99 = (r: Run) => r.p99;
const all = (pick: (r: Run) => number) => (Object.keys(MODES) as Mode[]).map((m) => mean(m, pick)).join(' / ');
console.log(
  `\nmeans, fsync / write / memory: msg/s ${all((r) => r.perSecond)}; p99 ${all(p99)} ms; ` +
    `server CPU/msg ${all((r) => r.serverCpuUs)} µs; database CPU/msg ${all((r) => r.databaseCpuUs)} µs`,
);
process.exit(0);
