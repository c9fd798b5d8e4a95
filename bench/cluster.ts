// N chargers on several nodes (one PostgreSQL, one Redis): the chargers, spread round-robin over the
// nodes by raw WebSocket generators in several processes and source addresses, connect, boot and
// report their connectors; then a remoteStart sent to each node for a charger held by another node.
// Reports the time until all are booted, each node's RSS and CPU, PostgreSQL's and Redis's CPU,
// statements per boot, the pool wait each node shows in /metrics, and the load average.
//
// --reconnect: then SIGKILL the last node; its chargers come back with backoff and jitter (the
// `--backoff-*` flags; `--at-once`: all in the same millisecond, backoff only after a failure) to the
// other nodes (`--reconnect-to others`) or to it, restarted on the same port (`same`). Reports the
// time until all are Accepted again, beside a bare ocpp-rpc server killed and restarted with as many
// sockets (`--no-bare` skips it).
// Run: npm run bench:cluster -- --chargers 50000 --nodes 3 [--reconnect --reconnect-to same]
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { login, registerChargers } from '../src/sim/register.js';
import { benchIds, sleep } from './lib/chargers.js';
import { cpuMeter, processCpuMs } from './lib/cpu.js';
import { freshDatabase } from './lib/pg.js';
import { log, machine, round, writeResults, type BenchResult } from './lib/report.js';
import { startTarget, type ServerUnderTest } from './lib/server.js';
import { pricedIdTag } from './lib/tenant-setup.js';

const WORKER = fileURLToPath(new URL('./lib/storm-worker.ts', import.meta.url));
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SOCKETS_PER_GENERATOR = 8_000;
/** One process may hold 20,000 files here; a node keeps some for its pool, Redis, logs. */
const SOCKETS_PER_NODE = 19_000;

const { values } = parseArgs({
  options: {
    chargers: { type: 'string', default: '3000' },
    nodes: { type: 'string', default: '3' },
    'in-flight': { type: 'string', default: '500' },
    reconnect: { type: 'boolean', default: false },
    'reconnect-to': { type: 'string' },
    'at-once': { type: 'boolean', default: false },
    'backoff-min-ms': { type: 'string', default: '1000' },
    'backoff-range-ms': { type: 'string', default: '10000' },
    'backoff-max-ms': { type: 'string', default: '60000' },
    bare: { type: 'boolean', default: true },
    'no-bare': { type: 'boolean', default: false },
  },
});
const total = Number(values.chargers);
const nodeCount = Number(values.nodes);
const inFlight = Number(values['in-flight']);
const reconnectTo =
  values['reconnect-to'] ??
  (nodeCount > 1 && Math.ceil(total / (nodeCount - 1)) <= SOCKETS_PER_NODE ? 'others' : 'same');
const backoff = {
  minMs: Number(values['backoff-min-ms']),
  rangeMs: Number(values['backoff-range-ms']),
  maxMs: Number(values['backoff-max-ms']),
  atOnce: values['at-once'],
};
const backoffText = backoff.atOnce
  ? `all at once, then ${backoff.minMs} ms doubling + up to ${backoff.rangeMs} ms jitter after a failure`
  : `${backoff.minMs} ms + up to ${backoff.rangeMs} ms jitter, doubling after a failure (max ${backoff.maxMs} ms)`;

async function gql(server: ServerUnderTest, token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

/**
 * Registers the first 500 through the API (parallel streams of 25-charger requests, the alias limit),
 * the rest in one INSERT of the same rows in the same tenant: 50,000 through GraphQL would take longer
 * than the storm itself on this machine, and registering is not what is measured here.
 */
async function register(servers: ServerUnderTest[], ids: string[], databaseUrl: string) {
  await registerThroughApi(servers, ids.slice(0, 500));
  if (ids.length <= 500) return;
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [first] = await sql`select tenant_id from chargers where ocpp_id = ${ids[0]!}`;
    await sql`insert into chargers (tenant_id, ocpp_id, name)
      select ${first!.tenant_id}::uuid, id, 'Virtual ' || id from jsonb_array_elements_text(${sql.json(ids.slice(500))}) as id`;
  } finally {
    await sql.end();
  }
}

async function registerThroughApi(servers: ServerUnderTest[], ids: string[]) {
  const tokens = await Promise.all(servers.map((s) => login(`${s.url}/graphql`, 'admin@example.com', s.adminPassword)));
  const streams = 4 * servers.length;
  const per = Math.ceil(ids.length / streams);
  let done = 0;
  let said = 0;
  await Promise.all(
    Array.from({ length: streams }, (_, k) => {
      const server = servers[k % servers.length]!;
      return registerChargers(`${server.url}/graphql`, tokens[k % servers.length]!, ids.slice(k * per, (k + 1) * per), {
        batch: 25,
        onProgress: () => {
          done += 25;
          if (done - said >= 10_000) log(`registered ${(said = done)}`);
        },
      });
    }),
  );
}

interface Recovered {
  lostAt: number;
  doneAt: number;
  attempts: number;
  back: number;
  refusals: Record<string, number>;
}

function generator(url: string, ids: string[], k: number, generatorInFlight: number, reconnect?: object) {
  const child: ChildProcess = fork(WORKER, [], { execArgv: ['--import', '@swc-node/register/esm-register'] });
  const loaded = new Promise((r) => child.once('message', r));
  const done = new Promise<any>((resolve) => child.on('message', (m: any) => m.type === 'done' && resolve(m)));
  const recovered = new Promise<Recovered>((resolve) =>
    child.on('message', (m: any) => m.type === 'recovered' && resolve(m)),
  );
  return {
    child,
    ids,
    done,
    recovered,
    async ready() {
      await loaded;
      const ready = new Promise((r) => child.once('message', r));
      child.send({
        url,
        ids,
        inFlight: generatorInFlight,
        connectors: 2,
        localAddress: `127.0.0.${k + 1}`,
        protocol: 'ocpp1.6',
        reconnect,
      });
      await ready;
    },
    go: () => child.send({ type: 'go' }),
    close: () =>
      new Promise<void>((r) => {
        if (child.exitCode !== null || child.signalCode !== null) return r();
        child.once('exit', () => r());
        child.send({ type: 'close' });
      }),
  };
}

type Generator = ReturnType<typeof generator>;

/** Generators of at most 8,000 sockets each for one server's share, with their source addresses from `firstK`. */
function generatorsFor(url: string, share: string[], firstK: number, perGenerator: number, reconnect?: object) {
  const parts = Math.max(1, Math.ceil(share.length / SOCKETS_PER_GENERATOR));
  const per = Math.ceil(share.length / parts);
  return Array.from({ length: parts }, (_, p) =>
    generator(url, share.slice(p * per, (p + 1) * per), firstK + p, perGenerator, reconnect),
  );
}

/** The load average, sampled every 2 s until stopped: before (the first sample) and the highest during. */
function loadWatch() {
  const samples = [loadavg()[0]!];
  const timer = setInterval(() => samples.push(loadavg()[0]!), 2000);
  return {
    stop() {
      clearInterval(timer);
      samples.push(loadavg()[0]!);
      return { before: round(samples[0]!, 1), max: round(Math.max(...samples), 1) };
    },
  };
}

/** Redis's own CPU seconds so far (INFO cpu): shared with whatever else uses this Redis. */
async function redisCpuSeconds(redis: Redis): Promise<number> {
  const info = await redis.info('cpu');
  const field = (name: string) => Number(info.match(new RegExp(`${name}:([\\d.]+)`))?.[1] ?? 0);
  return field('used_cpu_sys') + field('used_cpu_user');
}

/** chargeql_db_pool_wait_seconds as /metrics shows it: cumulative buckets, count and sum. */
async function poolWait(server: ServerUnderTest) {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const buckets = [...text.matchAll(/^chargeql_db_pool_wait_seconds_bucket\{le="([^"]+)"\} (\S+)$/gm)].map(
    ([, le, n]) => ({ le: le === '+Inf' ? Infinity : Number(le), n: Number(n) }),
  );
  const one = (suffix: string) =>
    Number(text.match(new RegExp(`^chargeql_db_pool_wait_seconds_${suffix} (\\S+)$`, 'm'))?.[1] ?? 0);
  return { buckets, count: one('count'), sum: one('sum') };
}
type PoolWait = Awaited<ReturnType<typeof poolWait>>;

/** Statements, mean wait, the bucket holding the 99th percentile and the highest bucket reached, between two scrapes. */
function poolWaitBetween(a: PoolWait, b: PoolWait) {
  const count = b.count - a.count;
  const within = b.buckets.map((x, i) => ({ le: x.le, n: x.n - (a.buckets[i]?.n ?? 0) }));
  const upTo = (share: number) => within.find((x) => x.n >= share * count)?.le ?? NaN;
  const highest = within.find((x) => x.n >= count)?.le ?? NaN;
  const ms = (s: number) => (Number.isFinite(s) ? `${round(s * 1000, 1)} ms` : 'over 10 s');
  return {
    count,
    meanMs: count ? round(((b.sum - a.sum) / count) * 1000, 2) : 0,
    text: count
      ? `${count.toLocaleString('en')} statements, mean ${round(((b.sum - a.sum) / count) * 1000, 2)} ms, p99 ≤ ${ms(upTo(0.99))}, all ≤ ${ms(highest)}`
      : 'no statements',
  };
}

/** Node and database CPU, Redis CPU, statements and pool wait over one phase. */
async function phaseMeter(nodes: ServerUnderTest[], databaseUrl: string, redis: Redis) {
  const live = nodes.filter((n) => processCpuMs(n.pid) > 0);
  const db = await cpuMeter(live[0]!.pid, databaseUrl);
  const cpu = new Map(nodes.map((n) => [n, processCpuMs(n.pid)]));
  const statements = await Promise.all(live.map((n) => n.statements()));
  const waits = await Promise.all(live.map(poolWait));
  const redisCpu = await redisCpuSeconds(redis);
  return {
    async read(now: ServerUnderTest[]) {
      // The nodes up from the start of the phase to its end (not a killed or a restarted one).
      const still = now.filter((n) => live.includes(n) && processCpuMs(n.pid) > 0);
      const statementsNow = await Promise.all(still.map((n) => n.statements()));
      return {
        // A killed node: NaN; a node started during the phase: its CPU since its start.
        nodeCpuMs: now.map((n) => (processCpuMs(n.pid) || NaN) - (cpu.get(n) ?? 0)),
        databaseMs: (await db.read()).databaseMs,
        redisMs: ((await redisCpuSeconds(redis)) - redisCpu) * 1000,
        statements: still.reduce((sum, n, i) => sum + statementsNow[i]! - statements[live.indexOf(n)]!, 0),
        poolWait: await Promise.all(
          still.map(async (n) => ({
            node: now.indexOf(n) + 1,
            ...poolWaitBetween(waits[live.indexOf(n)]!, await poolWait(n)),
          })),
        ),
      };
    },
  };
}

/** A remoteStart sent to `from` (logged in there) for charger `target`, wherever it is held. */
async function remoteStart(from: ServerUnderTest, target: string, connectorId = 1) {
  const sign = await login(`${from.url}/graphql`, 'admin@example.com', from.adminPassword);
  const found = await gql(
    from,
    sign,
    'query($q: String) { chargers(first: 1, filter: { search: $q }) { edges { node { id ocppId } } } }',
    { q: target },
  );
  const chargerId = found.data?.chargers?.edges?.[0]?.node?.id;
  if (!chargerId) throw new Error(`charger ${target} not found: ${JSON.stringify(found.errors ?? found.data)}`);
  const t = performance.now();
  const answer = await gql(from, sign, 'mutation($i: RemoteStartInput!) { remoteStart(input: $i) { status } }', {
    i: { chargerId, connectorId, idTag: 'BENCH-TAG' },
  });
  const outcome = answer.data?.remoteStart?.status ?? answer.errors?.[0]?.extensions?.code ?? 'no answer';
  return `${outcome} in ${round(performance.now() - t, 1)} ms`;
}

/** Waits for every generator of a killed server to report all its chargers Accepted again. */
async function recovery(gens: Generator[], killedAt: number, timeoutMs: number) {
  const outcome = await Promise.race([Promise.all(gens.map((g) => g.recovered)), sleep(timeoutMs).then(() => null)]);
  if (!outcome) return null;
  const refusals: Record<string, number> = {};
  for (const r of outcome) for (const [why, n] of Object.entries(r.refusals)) refusals[why] = (refusals[why] ?? 0) + n;
  return {
    ms: Math.max(...outcome.map((r) => r.doneAt)) - killedAt,
    back: outcome.reduce((s, r) => s + r.back, 0),
    attempts: outcome.reduce((s, r) => s + r.attempts, 0),
    refusals: Object.entries(refusals)
      .map(([why, n]) => `${why} x${n}`)
      .join(', '),
  };
}

/**
 * The bare baseline: as many sockets on a bare ocpp-rpc server, killed; they come back to a second
 * bare server (`others`) or to it, restarted on its port (`same`), with the same backoff.
 */
async function bareReconnect(count: number, firstK: number, mode: string) {
  let bare = await startTarget('bare');
  const other = mode === 'others' ? await startTarget('bare') : null;
  const ids = benchIds(count, 'BARE');
  const perGenerator = Math.ceil(inFlight / Math.ceil(count / SOCKETS_PER_GENERATOR));
  const to = other ? { ...backoff, urls: [other.ocppUrl] } : backoff;
  const gens = generatorsFor(bare.ocppUrl, ids, firstK, perGenerator, to);
  try {
    await Promise.all(gens.map((g) => g.ready()));
    for (const g of gens) g.go();
    await Promise.all(gens.map((g) => g.done));
    const port = bare.port;
    const killedAt = performance.timeOrigin + performance.now();
    await bare.kill();
    let restartedMs = NaN;
    if (!other) {
      bare = await startTarget('bare', undefined, { PORT: String(port) });
      restartedMs = performance.timeOrigin + performance.now() - killedAt;
    }
    const back = await recovery(gens, killedAt, 600_000);
    return { restartedMs, back };
  } finally {
    await Promise.all(gens.map((g) => g.close()));
    await Promise.all([bare.stop(), other?.stop()]);
  }
}

const m = await machine();
const db = await freshDatabase();
const redis = new Redis(REDIS_URL);
const env = {
  REDIS_URL,
  REDIS_KEY_PREFIX: `chargeql-bench-${process.pid}-${randomBytes(3).toString('hex')}:`,
  OCPP_MAX_CONNECTS_PER_HOUR: '100000',
  OCPP_RECONNECTS_FREE_PER_MINUTE: '100000',
  JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
};
const nodes: ServerUnderTest[] = [];
let gens: Generator[] = [];
const results: BenchResult[] = [];
try {
  for (let i = 0; i < nodeCount; i++) nodes.push(await startTarget('chargeql', db.url, env));
  const ids = benchIds(total, 'CLUSTER');
  const t = performance.now();
  log(`registering ${total} chargers`);
  await register(nodes, ids, db.url);
  log(`registered in ${Math.round((performance.now() - t) / 1000)} s`);
  const token = await login(`${nodes[0]!.url}/graphql`, 'admin@example.com', nodes[0]!.adminPassword);
  await pricedIdTag(nodes[0]!.url, token, 'BENCH-TAG');
  // Charger i goes to node i % nodeCount; each node's share is split over generators of 8,000 sockets.
  const shares = nodes.map((_, n) => ids.filter((_, i) => i % nodeCount === n));
  const victim = nodeCount - 1;
  const survivors = nodes.slice(0, victim).map((n) => n.ocppUrl);
  const perNode = shares.map((s) => Math.max(1, Math.ceil(s.length / SOCKETS_PER_GENERATOR)));
  const generatorCount = perNode.reduce((a, b) => a + b, 0);
  let k = 0;
  gens = shares.flatMap((share, n) => {
    const reconnect =
      values.reconnect && n === victim
        ? { ...backoff, urls: reconnectTo === 'others' ? survivors : undefined }
        : undefined;
    const made = generatorsFor(nodes[n]!.ocppUrl, share, k, Math.ceil(inFlight / generatorCount), reconnect);
    k += made.length;
    return made;
  });
  await Promise.all(gens.map((g) => g.ready()));
  const meter = await phaseMeter(nodes, db.url, redis);
  const load = loadWatch();
  log(`booting ${total} chargers on ${nodeCount} nodes (${gens.length} generator processes)`);
  for (const g of gens) g.go();
  const booted = await Promise.all(gens.map((g) => g.done));
  const startedAt = Math.min(...booted.map((r) => r.startedAt));
  const bootMs = Math.max(...booted.flatMap((r) => r.doneAt)) - startedAt;
  const failed = booted.reduce((s, r) => s + r.failed, 0);
  const failures = booted.flatMap((r) => r.failures).slice(0, 3);
  if (failed) log(`${failed} failed, e.g. ${failures.join('; ')}`);
  const boot = await meter.read(nodes);
  const bootLoad = load.stop();
  await sleep(3000);
  const memory = await Promise.all(nodes.map((n) => n.memory()));
  const commands: string[] = [];
  for (let from = 0; from < nodeCount; from++) {
    const to = (from + 1) % nodeCount;
    const target = shares[to]![1]!; // [0] gets the remote start after the reconnect
    commands.push(
      `remoteStart node ${from + 1} -> charger ${target} on node ${to + 1}: ${await remoteStart(nodes[from]!, target)}.`,
    );
  }
  const cpuText = (ms: number) => `${round(ms / 1000, 1)} s (${round(ms / total, 2)} ms per boot)`;
  results.push({
    name: 'cluster',
    title: `Cluster: ${total.toLocaleString('en')} chargers on ${nodeCount} nodes`,
    columns: ['node', 'chargers', 'RSS (MB)', 'CPU during the boot', 'pool wait during the boot'],
    rows: nodes.map((_, i) => [
      `node ${i + 1}`,
      shares[i]!.length,
      Math.round(memory[i]!.rss / 2 ** 20),
      cpuText(boot.nodeCpuMs[i]!),
      boot.poolWait.find((w) => w.node === i + 1)?.text ?? 'n/a',
    ]),
    notes: [
      `All ${total.toLocaleString('en')} chargers connected, booted (Accepted) and reported 3 connector statuses in ${Math.round(bootMs).toLocaleString('en')} ms (${Math.round((total * 1000) / bootMs)} boots/s), ${failed} failed${failed ? ` (e.g. ${failures.join('; ')})` : ''}. Generators: ${gens.length} processes with raw WebSocket clients from 127.0.0.1-${gens.length}, ${inFlight} chargers in flight in total.`,
      `Load average (1 min): ${bootLoad.before} before, up to ${bootLoad.max} during the boot (2 cores shared with other work).`,
      `PostgreSQL CPU during the boot: ${cpuText(boot.databaseMs)}; Redis: ${cpuText(boot.redisMs)}; ${round(boot.statements / total, 2)} statements per boot.`,
      ...commands,
    ],
    data: { total, nodeCount, bootMs, failed, boot, bootLoad, memory, commands },
  });

  if (values.reconnect) {
    const victimGens = gens.filter((g) => g.ids.some((id) => shares[victim]!.includes(id)));
    const again = await phaseMeter(nodes, db.url, redis);
    const reload = loadWatch();
    const port = nodes[victim]!.port;
    log(
      `killing node ${victim + 1} (${shares[victim]!.length} chargers); they come back to ${reconnectTo === 'others' ? 'the other nodes' : 'it, restarted'}: ${backoffText}`,
    );
    const killedAt = performance.timeOrigin + performance.now();
    await nodes[victim]!.kill();
    let restartedMs = NaN;
    if (reconnectTo === 'same') {
      nodes[victim] = await startTarget('chargeql', db.url, { ...env, PORT: String(port) });
      restartedMs = performance.timeOrigin + performance.now() - killedAt;
      log(`node ${victim + 1} restarted in ${Math.round(restartedMs)} ms`);
    }
    const back = await recovery(victimGens, killedAt, 900_000);
    const after = await again.read(nodes);
    const reLoad = reload.stop();
    // The killed node's first charger, back somewhere: a command to it from every node that stayed up.
    const moved = shares[victim]![0]!;
    const commandsAfter: string[] = [];
    for (let from = 0; from < victim; from++)
      commandsAfter.push(
        `remoteStart node ${from + 1} -> charger ${moved} (was on node ${victim + 1}): ${await remoteStart(nodes[from]!, moved, (from % 2) + 1)}.`,
      );
    let bareRow: Awaited<ReturnType<typeof bareReconnect>> | null = null;
    if (values.bare && !values['no-bare']) {
      log(
        `bare ocpp-rpc: ${shares[victim]!.length} sockets, killed, back to ${reconnectTo === 'others' ? 'another bare server' : 'it, restarted'}`,
      );
      bareRow = await bareReconnect(shares[victim]!.length, gens.length, reconnectTo);
    }
    const lostCount = shares[victim]!.length;
    results.push({
      name: 'cluster-reconnect',
      title: `Reconnect storm: node ${victim + 1} of ${nodeCount} (${lostCount.toLocaleString('en')} chargers) killed with SIGKILL`,
      columns: [
        'server',
        'chargers back',
        'all Accepted again after the kill (ms)',
        'attempts',
        'refused attempts',
        'restart (ms)',
      ],
      rows: [
        [
          `ChargeQL, back to ${reconnectTo === 'others' ? 'the other nodes' : 'the restarted node'}`,
          back ? back.back : `not all within 15 min`,
          back ? Math.round(back.ms) : 'n/a',
          back?.attempts ?? 'n/a',
          back?.refusals || 'none',
          Number.isFinite(restartedMs) ? Math.round(restartedMs) : '-',
        ],
        ...(bareRow
          ? [
              [
                `bare ocpp-rpc, back to ${reconnectTo === 'others' ? 'another bare server' : 'it, restarted'}`,
                bareRow.back?.back ?? 'not all',
                bareRow.back ? Math.round(bareRow.back.ms) : 'n/a',
                bareRow.back?.attempts ?? 'n/a',
                bareRow.back?.refusals || 'none',
                Number.isFinite(bareRow.restartedMs) ? Math.round(bareRow.restartedMs) : '-',
              ],
            ]
          : []),
      ],
      notes: [
        `Chargers reconnect ${backoffText}; each connects, boots and reports 3 connector statuses again.`,
        ...(back && Number.isFinite(restartedMs)
          ? [
              `The restarted node listened ${Math.round(restartedMs)} ms after the kill (startup transpiles TypeScript); all were back ${Math.round(back.ms - restartedMs)} ms after that.`,
            ]
          : []),
        `Load average (1 min): ${reLoad.before} before the kill, up to ${reLoad.max} during.`,
        `CPU from the kill until all were back: ${nodes.map((_, i) => `node ${i + 1} ${round(after.nodeCpuMs[i]! / 1000, 1)} s`).join(', ')}; PostgreSQL ${round(after.databaseMs / 1000, 1)} s; Redis ${round(after.redisMs / 1000, 1)} s; ${after.statements.toLocaleString('en')} statements on the nodes that stayed up.`,
        `Pool wait (chargeql_db_pool_wait_seconds in /metrics, the nodes that stayed up): ${after.poolWait.map((w) => `node ${w.node}: ${w.text}`).join('; ')}.`,
        ...commandsAfter,
      ],
      data: { lostCount, reconnectTo, backoff, back, after, reLoad, restartedMs, bareRow, commandsAfter },
    });
  }
  writeResults(values.reconnect ? 'cluster-reconnect' : 'cluster', m, results);
} catch (err) {
  console.error('bench:cluster failed:', err);
  process.exitCode = 1;
} finally {
  await Promise.all(gens.map((g) => g.close().catch(() => {})));
  await Promise.all(nodes.map((n) => n.stop()));
  await db.drop();
  redis.disconnect();
}
process.exit(process.exitCode ?? 0);
