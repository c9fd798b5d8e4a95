// N chargers on several nodes (one PostgreSQL, one Redis): the chargers, spread over the nodes by raw
// WebSocket generators in several processes and source addresses (`lib/fleet.ts`), connect, boot and
// report their connectors; then a remoteStart from every node to a charger held by each other node.
// Before that, the same connections on as many bare ocpp-rpc servers (the baseline; `--no-bare` skips).
// Reports the time until all are booted, each node's RSS, CPU and open files, PostgreSQL's, Redis's and
// the generators' CPU, statements per boot, the pool wait each node shows in /metrics, and the load.
// A line every 5 s says how far a phase got and who had the CPU.
//
// --reconnect: then SIGKILL the last node; its chargers come back with backoff and jitter (the
// `--backoff-*` flags; `--at-once`: all in the same millisecond, backoff only after a failure) to the
// other nodes (`--reconnect-to others`) or to it, restarted on the same port (`same`; chosen by itself
// when the others could not hold them in their open-file limit). Reports the time until all are
// Accepted again, beside bare ocpp-rpc servers doing the same. `--victim-chargers N`: the last node
// holds N chargers, the others share the rest.
// Run (about 6-10 minutes on an idle 2-core machine, ~5 GB of memory at the peak):
//   npm run bench:cluster -- --chargers 50000 --nodes 3 --victim-chargers 19000 --reconnect
//     (the killed node's 19,000 come back to it, restarted: the others would pass 20,000 open files)
//   npm run bench:cluster -- --chargers 38000 --nodes 3 --victim-chargers 19000 --reconnect --reconnect-to others
//     (its 19,000 spread over the two others, which end with ~19,000 sockets each)
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { login, registerChargers } from '../src/sim/register.js';
import { benchIds, sleep } from './lib/chargers.js';
import { databaseBackends, drained, listenQueueCounters, loadWatch, phaseMeter } from './lib/cluster-metrics.js';
import { processCpuMs } from './lib/cpu.js';
import {
  ephemeralPorts,
  generatorsFor,
  openFiles,
  openFilesLimits,
  progressLog,
  rssMB,
  SOCKETS_PER_GENERATOR,
  within,
  type Backoff,
  type CpuSource,
  type Generator,
} from './lib/fleet.js';
import { freshDatabase } from './lib/pg.js';
import { log, machine, round, writeResults, type BenchResult } from './lib/report.js';
import { startTarget, type ServerUnderTest } from './lib/server.js';
import { pricedIdTag } from './lib/tenant-setup.js';

const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Files a node holds besides its chargers' sockets: its pool, Redis, the spool, logs, the listening socket. */
const FILES_BESIDES_SOCKETS = 300;

const { values } = parseArgs({
  options: {
    chargers: { type: 'string', default: '3000' },
    nodes: { type: 'string', default: '3' },
    'in-flight': { type: 'string', default: '500' },
    'victim-chargers': { type: 'string' },
    reconnect: { type: 'boolean', default: false },
    'reconnect-to': { type: 'string' },
    'at-once': { type: 'boolean', default: false },
    'backoff-min-ms': { type: 'string', default: '1000' },
    'backoff-range-ms': { type: 'string', default: '10000' },
    'backoff-max-ms': { type: 'string', default: '60000' },
    'timeout-s': { type: 'string', default: '1200' },
    bare: { type: 'boolean', default: true },
    'no-bare': { type: 'boolean', default: false },
  },
});
const total = Number(values.chargers);
const nodeCount = Number(values.nodes);
const inFlight = Number(values['in-flight']);
const timeoutMs = Number(values['timeout-s']) * 1000;
const withBare = values.bare && !values['no-bare'];
const backoff = {
  minMs: Number(values['backoff-min-ms']),
  rangeMs: Number(values['backoff-range-ms']),
  maxMs: Number(values['backoff-max-ms']),
  atOnce: values['at-once'],
};
const backoffText = backoff.atOnce
  ? `all at once, then ${backoff.minMs} ms doubling + up to ${backoff.rangeMs} ms jitter after a failure`
  : `${backoff.minMs} ms + up to ${backoff.rangeMs} ms jitter, doubling after a failure (max ${backoff.maxMs} ms)`;
const n0 = (n: number) => Math.round(n).toLocaleString('en');

/**
 * Which node holds which chargers: charger i on node i % nodes; with --victim-chargers V the last node
 * (the one --reconnect kills) takes the last V and the others share the rest round-robin.
 */
function split(ids: string[]): string[][] {
  const victimCount = values['victim-chargers'] === undefined ? undefined : Number(values['victim-chargers']);
  if (victimCount === undefined || nodeCount < 2)
    return Array.from({ length: nodeCount }, (_, n) => ids.filter((_, i) => i % nodeCount === n));
  if (victimCount > total) throw new Error('--victim-chargers is more than --chargers');
  const rest = ids.slice(0, total - victimCount);
  return [
    ...Array.from({ length: nodeCount - 1 }, (_, n) => rest.filter((_, i) => i % (nodeCount - 1) === n)),
    ids.slice(total - victimCount),
  ];
}

/**
 * What this machine allows, checked before anything starts: every node must hold its share (and, with
 * `--reconnect-to others`, its part of the killed node's share, 3 % over the even split for the random
 * choice) within its open-file limit; each generator's sockets within the ephemeral ports of its source
 * address. Returns where the killed node's chargers go.
 */
function checkLimits(shares: number[]): 'others' | 'same' {
  const { soft, hard } = openFilesLimits('self');
  const ports = ephemeralPorts();
  const room = soft - FILES_BESIDES_SOCKETS;
  log(
    `open files per process (ulimit -n, soft/hard): ${soft}/${hard}, inherited by every node and generator; ` +
      `ephemeral ports per source address (Node binds before it connects): ${n0(ports)}; ${n0(SOCKETS_PER_GENERATOR)} sockets per generator at most`,
  );
  if (SOCKETS_PER_GENERATOR > Math.min(room, ports))
    throw new Error('SOCKETS_PER_GENERATOR is over what one process or source address may hold');
  const over = shares.findIndex((s) => s > room);
  if (over >= 0)
    throw new Error(
      `node ${over + 1} would hold ${n0(shares[over]!)} sockets, over the ${n0(room)} its ${soft} files leave: use more nodes`,
    );
  if (!values.reconnect || nodeCount < 2) return 'same';
  const victim = shares[nodeCount - 1]!;
  const peak = Math.max(...shares.slice(0, -1)) + Math.ceil((victim / (nodeCount - 1)) * 1.03);
  const fits = peak <= room;
  const asked = values['reconnect-to'];
  if (asked === 'others' && !fits)
    throw new Error(
      `--reconnect-to others: a node that stayed up would hold ~${n0(peak)} sockets, over the ${n0(room)} its ${soft} files leave`,
    );
  const to = asked === 'same' || asked === 'others' ? asked : fits ? 'others' : 'same';
  log(
    `reconnect: the killed node's ${n0(victim)} chargers go to ${to === 'others' ? 'the other nodes' : 'it, restarted'}` +
      (to === 'same' && !asked ? ` (the others would reach ~${n0(peak)} sockets, over ${n0(room)})` : ''),
  );
  return to;
}

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
  await Promise.all(
    Array.from({ length: streams }, (_, k) => {
      const server = servers[k % servers.length]!;
      return registerChargers(`${server.url}/graphql`, tokens[k % servers.length]!, ids.slice(k * per, (k + 1) * per), {
        batch: 25,
      });
    }),
  );
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

/**
 * One boot phase: generators for each server's share (each from a source address of its own), all
 * started at once, a progress line every 5 s; resolves when every charger was answered or failed.
 */
async function bootPhase(
  phase: string,
  servers: ServerUnderTest[],
  shares: string[][],
  opts: { reconnectFor?: (n: number) => Backoff | undefined; database?: CpuSource } = {},
) {
  const count = shares.reduce((s, x) => s + x.length, 0);
  const perServer = shares.map((s) => Math.max(1, Math.ceil(s.length / SOCKETS_PER_GENERATOR)));
  const generatorCount = perServer.reduce((a, b) => a + b, 0);
  const gens = shares.flatMap((share, n) =>
    generatorsFor(servers[n]!.ocppUrl, share, Math.ceil(inFlight / generatorCount), opts.reconnectFor?.(n)),
  );
  await Promise.all(gens.map((g) => g.ready()));
  const genCpu = () => gens.reduce((s, g) => s + processCpuMs(g.child.pid!), 0);
  const serverCpu = () => servers.map((s) => processCpuMs(s.pid));
  const before = { gens: genCpu(), servers: serverCpu() };
  log(`${phase}: ${n0(count)} chargers on ${servers.length} servers from ${gens.length} generator processes`);
  const kernel = listenQueueCounters();
  for (const g of gens) g.go();
  const progress = progressLog({
    phase,
    gens,
    cpu: [
      ...servers.map((s, i) => ({ name: `${s.target === 'bare' ? 'bare' : 'node'} ${i + 1}`, pids: () => [s.pid] })),
      ...(opts.database ? [opts.database] : []),
    ],
    line: (p) => ({
      done: p.booted,
      text: `${n0(p.booted)} of ${n0(count)} Accepted, ${n0(p.failed)} failed, ${n0(p.inFlight)} in flight`,
    }),
  });
  try {
    const booted = await within(Promise.all(gens.map((g) => g.done)), timeoutMs, () => {
      const left = gens.reduce((s, g) => s + g.ids.length - g.progress().booted - g.progress().failed, 0);
      return `${n0(left)} of ${n0(count)} chargers not yet answered`;
    });
    const startedAt = Math.min(...booted.map((r) => r.startedAt));
    const ms = Math.max(...booted.flatMap((r) => r.doneAt)) - startedAt;
    const failed = booted.reduce((s, r) => s + r.failed, 0);
    const failures = booted.flatMap((r) => r.failures).slice(0, 3);
    const after = { gens: genCpu(), servers: serverCpu() };
    log(
      `${phase}: all answered in ${n0(ms)} ms (${n0((count * 1000) / ms)} boots/s), ${failed} failed${failed ? ` (e.g. ${failures.join('; ')})` : ''}`,
    );
    return {
      gens,
      ms,
      failed,
      failures,
      generatorCpuMs: after.gens - before.gens,
      generatorRssMB: gens.reduce((s, g) => s + rssMB(g.child.pid!), 0),
      serverCpuMs: after.servers.map((c, i) => c - before.servers[i]!),
      kernel: kernel(),
    };
  } catch (err) {
    await Promise.all(gens.map((g) => g.close()));
    throw err;
  } finally {
    progress.stop();
  }
}

/** The bare baseline for the boot: as many bare ocpp-rpc servers taking the same connections, then stopped. */
async function bareBoot(shares: string[][]) {
  const servers = await Promise.all(shares.map(() => startTarget('bare')));
  try {
    const run = await bootPhase('bare boot', servers, shares);
    const memory = await Promise.all(servers.map((s) => s.memory()));
    await Promise.all(run.gens.map((g) => g.close()));
    return { ...run, memory };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

/** Waits for every generator of a killed server to report all its chargers Accepted again. */
async function recovery(gens: Generator[], killedAt: number, cpu: CpuSource[]) {
  const lostCount = gens.reduce((s, g) => s + g.ids.length, 0);
  const kernel = listenQueueCounters();
  const progress = progressLog({
    phase: 'reconnect',
    gens,
    cpu,
    line: (p) => ({
      done: p.back,
      text: `${n0(p.back)} of ${n0(lostCount)} Accepted again, ${n0(p.attempts)} attempts, ${n0(p.refused)} refused`,
    }),
  });
  try {
    const outcome = await within(Promise.all(gens.map((g) => g.recovered)), timeoutMs, () => {
      const back = gens.reduce((s, g) => s + g.progress().back, 0);
      return `${n0(lostCount - back)} of ${n0(lostCount)} chargers not back`;
    }).catch((err) => (log(String(err.message)), null));
    if (!outcome) return null;
    const refusals: Record<string, number> = {};
    for (const r of outcome)
      for (const [why, n] of Object.entries(r.refusals)) refusals[why] = (refusals[why] ?? 0) + n;
    const back = {
      ms: Math.max(...outcome.map((r) => r.doneAt)) - killedAt,
      back: outcome.reduce((s, r) => s + r.back, 0),
      attempts: outcome.reduce((s, r) => s + r.attempts, 0),
      refusals: Object.entries(refusals)
        .map(([why, n]) => `${why} x${n}`)
        .join(', '),
      kernel: kernel().text,
    };
    log(`reconnect: ${back.kernel}`);
    log(
      `reconnect: all ${n0(back.back)} back in ${n0(back.ms)} ms, ${n0(back.attempts)} attempts${back.refusals ? `, refused: ${back.refusals}` : ''}`,
    );
    return back;
  } finally {
    progress.stop();
  }
}

/**
 * The bare baseline for the reconnect: as many sockets on a bare ocpp-rpc server, killed; they come back
 * to a second bare server (`others`) or to it, restarted on its port (`same`), with the same backoff.
 */
async function bareReconnect(count: number, mode: string) {
  let bare = await startTarget('bare');
  const other = mode === 'others' ? await startTarget('bare') : null;
  const to = other ? { ...backoff, urls: [other.ocppUrl] } : backoff;
  try {
    const run = await bootPhase('bare reconnect, boot', [bare], [benchIds(count, 'BARE')], { reconnectFor: () => to });
    try {
      const port = bare.port;
      const killedAt = performance.timeOrigin + performance.now();
      await bare.kill();
      let restartedMs = NaN;
      if (!other) {
        bare = await startTarget('bare', undefined, { PORT: String(port) });
        restartedMs = performance.timeOrigin + performance.now() - killedAt;
      }
      const back = await recovery(
        run.gens,
        killedAt,
        [bare, other].filter((s) => s !== null).map((s, i) => ({ name: `bare ${i + 1}`, pids: () => [s.pid] })),
      );
      return { restartedMs, back };
    } finally {
      await Promise.all(run.gens.map((g) => g.close()));
    }
  } finally {
    await Promise.all([bare.stop(), other?.stop()]);
  }
}

const m = await machine();
const ids = benchIds(total, 'CLUSTER');
const shares = split(ids);
const reconnectTo = (() => {
  try {
    return checkLimits(shares.map((s) => s.length));
  } catch (err) {
    console.error(`bench:cluster: ${(err as Error).message}`);
    process.exit(2);
  }
})();
const db = await freshDatabase();
const redis = new Redis(REDIS_URL);
const env = {
  REDIS_URL,
  REDIS_KEY_PREFIX: `chargeql-bench-${process.pid}-${randomBytes(3).toString('hex')}:`,
  OCPP_MAX_CONNECTS_PER_HOUR: '100000',
  OCPP_RECONNECTS_FREE_PER_MINUTE: '100000',
  JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
};
// Stopped from outside (Ctrl-C, `timeout`): the nodes and generators exit with the IPC channel; drop the database.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    log(`${signal}: dropping the bench database and stopping`);
    void db.drop().finally(() => process.exit(130));
  });
const nodes: ServerUnderTest[] = [];
let gens: Generator[] = [];
const results: BenchResult[] = [];
const database = databaseBackends(db.url);
// A node's pid through `nodes`: a restarted node takes the killed one's place.
const nodeCpu = (): CpuSource[] => nodes.map((_, i) => ({ name: `node ${i + 1}`, pids: () => [nodes[i]!.pid] }));
try {
  log(`starting ${nodeCount} nodes`);
  for (let i = 0; i < nodeCount; i++) nodes.push(await startTarget('chargeql', db.url, env));
  log(`open files allowed per node: ${nodes.map((n) => openFilesLimits(n.pid).soft).join(', ')}`);
  const t = performance.now();
  log(`registering ${n0(total)} chargers`);
  await register(nodes, ids, db.url);
  log(`registered in ${Math.round((performance.now() - t) / 1000)} s`);
  const token = await login(`${nodes[0]!.url}/graphql`, 'admin@example.com', nodes[0]!.adminPassword);
  await pricedIdTag(nodes[0]!.url, token, 'BENCH-TAG');
  const victim = nodeCount - 1;
  const bare = withBare ? await bareBoot(shares) : null;

  const meter = await phaseMeter(nodes, db.url, redis);
  const load = loadWatch();
  const survivors = nodes.slice(0, victim).map((n) => n.ocppUrl);
  const run = await bootPhase('boot', nodes, shares, {
    reconnectFor: (n) =>
      values.reconnect && n === victim
        ? { ...backoff, urls: reconnectTo === 'others' ? survivors : undefined }
        : undefined,
    database,
  });
  gens = run.gens;
  const boot = await meter.read(nodes);
  const bootLoad = load.stop();
  await sleep(3000);
  const memory = await Promise.all(nodes.map((n) => n.memory()));
  const files = nodes.map((n) => openFiles(n.pid));
  // From every node, a remoteStart to a charger held by each other node (a different charger each time).
  const commands: string[] = [];
  for (let from = 0; from < nodeCount; from++)
    for (let to = 0; to < nodeCount; to++) {
      if (to === from) continue;
      const target = shares[to]![1 + from]!; // [0] gets the remote start after the reconnect
      commands.push(`node ${from + 1} -> ${target} on node ${to + 1}: ${await remoteStart(nodes[from]!, target)}`);
    }
  log(`remoteStart across nodes: ${commands.join('; ')}`);
  const cpuText = (ms: number, n = total) => `${round(ms / 1000, 1)} s (${round(ms / n, 2)} ms per boot)`;
  const bootsPerSecond = (ms: number) => Math.round((total * 1000) / ms);
  results.push({
    name: 'cluster',
    title: `Cluster: ${n0(total)} chargers on ${nodeCount} nodes`,
    columns: ['server', 'chargers', 'RSS (MB)', 'open files', 'CPU during the boot', 'pool wait during the boot'],
    rows: [
      ...nodes.map((_, i) => [
        `node ${i + 1}`,
        shares[i]!.length,
        Math.round(memory[i]!.rss / 2 ** 20),
        files[i]!,
        cpuText(boot.nodeCpuMs[i]!, shares[i]!.length),
        boot.poolWait.find((w) => w.node === i + 1)?.text ?? 'n/a',
      ]),
      ...(bare
        ? bare.memory.map((mem, i) => [
            `bare ocpp-rpc ${i + 1}`,
            shares[i]!.length,
            Math.round(mem.rss / 2 ** 20),
            '-',
            cpuText(bare.serverCpuMs[i]!, shares[i]!.length),
            '-',
          ])
        : []),
    ],
    notes: [
      `All ${n0(total)} chargers connected, booted (Accepted) and reported 3 connector statuses in ${n0(run.ms)} ms (${bootsPerSecond(run.ms)} boots/s; target 60 s: ${run.ms <= 60_000 ? 'met' : 'missed'}), ${run.failed} failed${run.failed ? ` (e.g. ${run.failures.join('; ')})` : ''}.` +
        (bare
          ? ` Bare ocpp-rpc servers, same connections, same generators, just before: ${n0(bare.ms)} ms (${bootsPerSecond(bare.ms)} boots/s, ${bare.failed} failed); ChargeQL took ${round(run.ms / bare.ms, 1)}x as long.`
          : ''),
      `Generators: ${run.gens.length} processes (at most ${n0(SOCKETS_PER_GENERATOR)} sockets each) of raw WebSocket clients from ${run.gens[0]!.sourceAddress}-${run.gens.at(-1)!.sourceAddress}, ${inFlight} chargers in flight in total; their CPU ${cpuText(run.generatorCpuMs)}${bare ? ` (bare run: ${cpuText(bare.generatorCpuMs)})` : ''}, RSS ${n0(run.generatorRssMB)} MB in all.`,
      `Load average (1 min): ${bootLoad.before} before, up to ${bootLoad.max} during the boot (2 cores shared by the nodes, PostgreSQL, Redis and the generators).`,
      `Listen queues during the boot: ${run.kernel.text}${bare ? `; bare run: ${bare.kernel.text}` : ''}.`,
      `PostgreSQL CPU during the boot: ${cpuText(boot.databaseMs)}; Redis: ${cpuText(boot.redisMs)}; ${round(boot.statements / total, 2)} statements per boot. Node CPU per boot is per charger it held.`,
      `remoteStart through one node's GraphQL to a charger on another: ${commands.join('; ')}.`,
    ],
    data: {
      total,
      nodeCount,
      shares: shares.map((s) => s.length),
      run: { ...run, gens: undefined },
      boot,
      bootLoad,
      memory,
      files,
      commands,
      bare: bare && { ...bare, gens: undefined },
    },
  });

  if (values.reconnect) {
    const victimIds = new Set(shares[victim]);
    const victimGens = gens.filter((g) => victimIds.has(g.ids[0]!)); // a generator serves one node's share
    const again = await phaseMeter(nodes, db.url, redis);
    const reload = loadWatch();
    const port = nodes[victim]!.port;
    log(
      `killing node ${victim + 1} (${n0(shares[victim]!.length)} chargers); they come back to ${reconnectTo === 'others' ? 'the other nodes' : 'it, restarted'}: ${backoffText}`,
    );
    const killedAt = performance.timeOrigin + performance.now();
    await nodes[victim]!.kill();
    let restartedMs = NaN;
    const restarted = (async () => {
      if (reconnectTo !== 'same') return;
      nodes[victim] = await startTarget('chargeql', db.url, { ...env, PORT: String(port) });
      restartedMs = performance.timeOrigin + performance.now() - killedAt;
      log(`node ${victim + 1} restarted in ${n0(restartedMs)} ms`);
    })();
    const back = await recovery(victimGens, killedAt, [
      ...nodeCpu().filter((_, i) => i !== victim || reconnectTo === 'same'),
      database,
    ]);
    await restarted;
    const after = await again.read(nodes);
    const reLoad = reload.stop();
    const filesAfter = nodes.map((n) => openFiles(n.pid));
    // The killed node's first charger, back somewhere: a command to it from every node that stayed up.
    const moved = shares[victim]![0]!;
    const commandsAfter: string[] = [];
    for (let from = 0; from < victim; from++)
      commandsAfter.push(`node ${from + 1} -> ${moved}: ${await remoteStart(nodes[from]!, moved, (from % 2) + 1)}`);
    // The nodes are done: stopped (after writing their chargers' goodbyes) so the bare baseline has the machine.
    await Promise.all(gens.map((g) => g.close()));
    gens = [];
    await Promise.all(nodes.map((n) => drained(n)));
    await Promise.all(nodes.map((n) => n.stop()));
    let bareRow: Awaited<ReturnType<typeof bareReconnect>> | null = null;
    if (withBare) {
      log(
        `bare ocpp-rpc: ${n0(shares[victim]!.length)} sockets, killed, back to ${reconnectTo === 'others' ? 'another bare server' : 'it, restarted'}`,
      );
      bareRow = await bareReconnect(shares[victim]!.length, reconnectTo);
    }
    const lostCount = shares[victim]!.length;
    const worstWaitMs = Math.max(...after.poolWait.map((w) => w.highestMs));
    results.push({
      name: 'cluster-reconnect',
      title: `Reconnect storm: node ${victim + 1} of ${nodeCount} (${n0(lostCount)} chargers) killed with SIGKILL`,
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
          back ? back.back : `not all within ${values['timeout-s']} s`,
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
              `The restarted node listened ${n0(restartedMs)} ms after the kill (startup transpiles TypeScript); all were back ${n0(back.ms - restartedMs)} ms after that.`,
            ]
          : []),
        `Load average (1 min): ${reLoad.before} before the kill, up to ${reLoad.max} during.`,
        ...(back
          ? [
              `Listen queues during the reconnect: ${back.kernel}${bareRow?.back ? `; bare run: ${bareRow.back.kernel}` : ''}.`,
            ]
          : []),
        `CPU from the kill until all were back: ${nodes.map((_, i) => `node ${i + 1} ${round(after.nodeCpuMs[i]! / 1000, 1)} s`).join(', ')}; PostgreSQL ${round(after.databaseMs / 1000, 1)} s; Redis ${round(after.redisMs / 1000, 1)} s; ${n0(after.statements)} statements on the nodes up at the end (a restarted node: since its start).`,
        `Pool wait (chargeql_db_pool_wait_seconds in /metrics) from the kill until all were back: ${after.poolWait.map((w) => `node ${w.node}${w.restarted ? ' (restarted, since its start)' : ''}: ${w.text}`).join('; ')}. ${worstWaitMs <= 5000 ? 'No statement waited over 5 s: the pools kept up.' : 'Some statement waited over 5 s: the pool was the bottleneck.'}`,
        `Open files after the reconnect: ${nodes.map((n, i) => `node ${i + 1} ${filesAfter[i]}`).join(', ')}.`,
        `remoteStart to a charger that was on node ${victim + 1}: ${commandsAfter.join('; ')}.`,
      ],
      data: { lostCount, reconnectTo, backoff, back, after, reLoad, restartedMs, bareRow, commandsAfter, filesAfter },
    });
  }
  writeResults(values.reconnect ? 'cluster-reconnect' : 'cluster', m, results);
} catch (err) {
  console.error('bench:cluster failed:', err);
  process.exitCode = 1;
} finally {
  await Promise.all(gens.map((g) => g.close().catch(() => {})));
  await Promise.all(nodes.map((n) => drained(n)));
  await Promise.all(nodes.map((n) => n.stop()));
  await database.stop();
  await db.drop();
  redis.disconnect();
}
process.exit(process.exitCode ?? 0);
