// N chargers on several nodes (one PostgreSQL, one Redis): the chargers, spread round-robin over the
// nodes by raw WebSocket generators in several processes and source addresses, connect, boot and
// report their connectors; then a remoteStart sent to each node for a charger held by another node.
// Reports the time until all are booted, each node's RSS and CPU, and the cross-node command time.
// Run: npm run bench:cluster -- --chargers 50000 --nodes 3
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { login, registerChargers } from '../src/sim/register.js';
import { benchIds, sleep } from './lib/chargers.js';
import { processCpuMs } from './lib/cpu.js';
import { freshDatabase } from './lib/pg.js';
import { log, machine, round, writeResults } from './lib/report.js';
import { startTarget, type ServerUnderTest } from './lib/server.js';
import { pricedIdTag } from './lib/tenant-setup.js';

const WORKER = fileURLToPath(new URL('./lib/storm-worker.ts', import.meta.url));
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SOCKETS_PER_GENERATOR = 8_000;

const { values } = parseArgs({
  options: {
    chargers: { type: 'string', default: '3000' },
    nodes: { type: 'string', default: '3' },
  },
});
const total = Number(values.chargers);
const nodeCount = Number(values.nodes);

async function gql(server: ServerUnderTest, token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** Registers in parallel streams of 25-charger requests (the alias limit), like several operators at once. */
async function register(server: ServerUnderTest, token: string, ids: string[]) {
  const streams = 4;
  const per = Math.ceil(ids.length / streams);
  await Promise.all(
    Array.from({ length: streams }, (_, k) =>
      registerChargers(`${server.url}/graphql`, token, ids.slice(k * per, (k + 1) * per), { batch: 25 }),
    ),
  );
}

function generator(node: ServerUnderTest, ids: string[], k: number, inFlight: number) {
  const child: ChildProcess = fork(WORKER, [], { execArgv: ['--import', '@swc-node/register/esm-register'] });
  const loaded = new Promise((r) => child.once('message', r));
  const done = new Promise<any>((resolve) => child.on('message', (m: any) => m.type === 'done' && resolve(m)));
  return {
    child,
    done,
    async ready() {
      await loaded;
      const ready = new Promise((r) => child.once('message', r));
      child.send({
        url: node.ocppUrl,
        ids,
        inFlight,
        connectors: 2,
        localAddress: `127.0.0.${k + 1}`,
        protocol: 'ocpp1.6',
      });
      await ready;
    },
  };
}

const m = await machine();
const db = await freshDatabase();
const env = {
  REDIS_URL,
  REDIS_KEY_PREFIX: `chargeql-bench-${process.pid}-${randomBytes(3).toString('hex')}:`,
  OCPP_MAX_CONNECTS_PER_HOUR: '100000',
  JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
};
const nodes: ServerUnderTest[] = [];
try {
  for (let i = 0; i < nodeCount; i++) nodes.push(await startTarget('chargeql', db.url, env));
  const token = await login(`${nodes[0]!.url}/graphql`, 'admin@example.com', nodes[0]!.adminPassword);
  const ids = benchIds(total, 'CLUSTER');
  log(`registering ${total} chargers`);
  await register(nodes[0]!, token, ids);
  await pricedIdTag(nodes[0]!.url, token, 'BENCH-TAG');
  // Charger i goes to node i % nodeCount; each node's share is split over generators of 8,000 sockets.
  const shares = nodes.map((_, n) => ids.filter((_, i) => i % nodeCount === n));
  const generators = shares.flatMap((share, n) => {
    const parts = Math.max(1, Math.ceil(share.length / SOCKETS_PER_GENERATOR));
    const per = Math.ceil(share.length / parts);
    return Array.from({ length: parts }, (_, p) => ({ node: n, ids: share.slice(p * per, (p + 1) * per) }));
  });
  const gens = generators.map((g, k) => generator(nodes[g.node]!, g.ids, k, Math.ceil(500 / generators.length)));
  await Promise.all(gens.map((g) => g.ready()));
  const cpuBefore = nodes.map((n) => processCpuMs(n.pid));
  log(`booting ${total} chargers on ${nodeCount} nodes (${gens.length} generator processes)`);
  for (const g of gens) g.child.send({ type: 'go' });
  const results = await Promise.all(gens.map((g) => g.done));
  const startedAt = Math.min(...results.map((r) => r.startedAt));
  const bootMs = Math.max(...results.flatMap((r) => r.doneAt)) - startedAt;
  const failed = results.reduce((s, r) => s + r.failed, 0);
  if (failed)
    log(
      `${failed} failed, e.g. ${results
        .flatMap((r) => r.failures)
        .slice(0, 3)
        .join('; ')}`,
    );
  const cpuMs = nodes.map((n, i) => processCpuMs(n.pid) - cpuBefore[i]!);
  await sleep(3000);
  const memory = await Promise.all(nodes.map((n) => n.memory()));

  // A command from every node to a charger held by the next node.
  const commandRows: (string | number)[][] = [];
  for (let from = 0; from < nodeCount; from++) {
    const to = (from + 1) % nodeCount;
    const target = shares[to]![0]!;
    const sign = await login(`${nodes[from]!.url}/graphql`, 'admin@example.com', nodes[from]!.adminPassword);
    const found = await gql(
      nodes[from]!,
      sign,
      'query($q: String) { chargers(first: 1, filter: { search: $q }) { edges { node { id ocppId } } } }',
      { q: target },
    );
    const chargerId = found.data?.chargers?.edges?.[0]?.node?.id;
    if (!chargerId) throw new Error(`charger ${target} not found: ${JSON.stringify(found.errors ?? found.data)}`);
    const t = performance.now();
    const answer = await gql(
      nodes[from]!,
      sign,
      'mutation($i: RemoteStartInput!) { remoteStart(input: $i) { status } }',
      { i: { chargerId, connectorId: 1, idTag: 'BENCH-TAG' } },
    );
    const ms = round(performance.now() - t, 1);
    const outcome = answer.data?.remoteStart?.status ?? answer.errors?.[0]?.extensions?.code ?? 'no answer';
    commandRows.push([`node ${from + 1} -> charger ${target} on node ${to + 1}`, outcome, ms]);
  }
  for (const g of gens) g.child.send({ type: 'close' });

  const load = round(loadavg()[0]!, 1);
  writeResults('cluster', m, [
    {
      name: 'cluster',
      title: `Cluster: ${total.toLocaleString('en')} chargers on ${nodeCount} nodes`,
      columns: ['node', 'chargers', 'RSS (MB)', 'CPU during the boot (s)', 'all booted (ms)', 'failed', 'load (1 min)'],
      rows: nodes.map((_, i) => [
        `node ${i + 1}`,
        shares[i]!.length,
        Math.round(memory[i]!.rss / 2 ** 20),
        round(cpuMs[i]! / 1000, 1),
        Math.round(bootMs),
        failed,
        load,
      ]),
      notes: [
        `All ${total.toLocaleString('en')} chargers connected, booted (Accepted) and reported 3 connector statuses in ${Math.round(bootMs).toLocaleString('en')} ms (${Math.round((total * 1000) / bootMs)} boots/s), ${failed} failed. Generators: ${gens.length} processes with raw WebSocket clients from 127.0.0.1-${gens.length}, 500 chargers in flight in total.`,
        ...commandRows.map(([path, outcome, ms]) => `remoteStart ${path}: ${outcome} in ${ms} ms.`),
      ],
      data: { total, nodeCount, bootMs, failed, cpuMs, memory, commandRows },
    },
  ]);
} finally {
  await Promise.all(nodes.map((n) => n.stop()));
  await db.drop();
}
process.exit(0);
