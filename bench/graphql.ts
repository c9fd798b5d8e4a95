// Bench 4, GraphQL: the 100-charger list query, p50/p99 and how many SQL statements it costs.
// Run: npm run bench:graphql -- --requests 500
import { parseArgs } from 'node:util';
import { apiOf, notAvailable } from './lib/api.js';
import { benchIds, bootFleet, registerFor, sleep } from './lib/chargers.js';
import { freshDatabase } from './lib/pg.js';
import { log, machine, percentiles, writeResults, type BenchResult } from './lib/report.js';
import { startTarget } from './lib/server.js';

const TITLE = '4. GraphQL: list of 100 chargers';
const QUERY = `query Chargers { chargers(first: 100) { totalCount edges { cursor node { id ocppId name online lastSeenAt vendor model
  firmwareVersion connectors { connectorId status errorCode } } } pageInfo { hasNextPage endCursor } } }`;

export async function graphqlBench(opts: { requests: number }): Promise<BenchResult> {
  const db = await freshDatabase();
  const server = await startTarget('chargeql', db.url);
  try {
    const api = await apiOf(server);
    if (!api.has('Query', 'chargers')) return notAvailable('graphql', TITLE, 'Query.chargers');
    await registerFor(server, benchIds(100));
    const fleet = await bootFleet(server, 100, { connectors: 2 });
    await sleep(1000);
    await server.flush();
    const page = await api.request(QUERY);
    if (page.chargers.edges.length !== 100) throw new Error(`expected 100 chargers, got ${page.chargers.edges.length}`);
    // Statements of one query, alone: the smallest of a few tries (background writes may slip in).
    const counts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = await server.statements();
      await api.request(QUERY);
      counts.push((await server.statements()) - before);
    }
    for (let i = 0; i < 20; i++) await api.request(QUERY); // warm-up
    const times: number[] = [];
    for (let i = 0; i < opts.requests; i++) {
      const t = performance.now();
      await api.request(QUERY);
      times.push(performance.now() - t);
    }
    await fleet.stop();
    const p = percentiles(times);
    log(`chargers(first: 100): p50 ${p.p50} ms, p99 ${p.p99} ms, ${Math.min(...counts)} SQL statements`);
    return {
      name: 'graphql',
      title: TITLE,
      columns: ['query', 'requests', 'p50 (ms)', 'p95 (ms)', 'p99 (ms)', 'SQL statements'],
      rows: [['chargers(first: 100) with connectors', opts.requests, p.p50, p.p95, p.p99, Math.min(...counts)]],
      notes: ['Sequential requests over HTTP with a bearer token, 100 chargers with 2 connectors each, on PostgreSQL.'],
      data: { ...p, statements: counts },
    };
  } finally {
    await server.stop();
    await db.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { requests: { type: 'string', default: '500' } } });
  const m = await machine();
  writeResults('graphql', m, [await graphqlBench({ requests: Number(values.requests) })]);
  process.exit(0);
}
