// npm run bench: a short run of all five benches, written to bench/results/latest.md and a dated JSON
// file; scale, ingest and latency run OCPP 1.6 and 2.0.1 side by side (their default). Each bench also
// runs alone, longer: npm run bench:scale, bench:ingest, ...
import { commands } from './commands.js';
import { graphqlBench } from './graphql.js';
import { ingest } from './ingest.js';
import { latency } from './latency.js';
import { log, machine, writeResults, type BenchResult } from './lib/report.js';
import { scale } from './scale.js';

const m = await machine();
log(`machine: ${m.cpus} cores, Node ${m.node}, ${m.database}, load average ${m.loadAverage}`);
const started = performance.now();
const results: BenchResult[] = [];
results.push(await scale({ sizes: [500, 1000], pglite: [] }));
results.push(await ingest({ seconds: 5, sizes: [100, 300], pglite: true }));
results.push(await latency({ rates: [100, 1000, 5000], seconds: 2 })); // one node and two nodes
results.push(await graphqlBench({ requests: 100 }));
results.push(await commands({ count: 100 }));
log(`all benches in ${Math.round((performance.now() - started) / 1000)} s`);
writeResults('latest', m, results);
process.exit(0);
