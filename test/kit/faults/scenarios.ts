import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { freePort } from '../node-process.js';
import { runMain, waitForOutput, type Started } from '../process.js';
import { rssMbOf } from '../fuzz/rss.js';
import { startTcpProxy } from '../tcp-proxy.js';
import { startFleet, window, type Fleet } from './fleet.js';

export interface FaultLoad {
  chargers: number;
  /** MeterValues per second, all chargers together (each charger sends chargers/total of it). */
  messagesPerSecond: number;
  outageSeconds: number;
  /** Load before the fault and after recovery. */
  calmSeconds: number;
}

export interface ScenarioResult {
  scenario: string;
  /** What was cut: the rules of `verdict.ts` depend on it. */
  fault: 'sigkill' | 'database' | 'redis';
  loadAverage: string;
  outage: string;
  sent: number;
  answered: number;
  /** Calls sent during the fault (for SIGKILL: from the kill until the node listens again). */
  during: ReturnType<typeof window>;
  after: ReturnType<typeof window>;
  ackedButLost: number;
  /** Seconds from the end of the fault to full service (see each scenario); null: not seen within 60 s. */
  recoverySeconds: number | null;
  recoveryMeans: string;
  /** The last lines the node(s) logged at error level or above: what a failed scenario shows first. */
  errorsLogged: string[];
  /**
   * CPU per answered call (ms) of the node and of this process (the chargers), before the fault, during
   * it and after it: which of the two limits the rate reached, and what the outage path costs.
   */
  cpuMsPerCall?: { node: CpuWindows; fleet: CpuWindows };
}

type CpuWindows = { before: number; during: number; after: number };

const ADMIN = { email: 'faults@example.com', password: 'faults-admin-password' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

// A V8 CPU profile of each node, written when it stops (summarise with `npm run bench:profile`).
const profileDir = process.env.FAULTS_CPU_PROFILE_DIR;
const profileFlags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];

/** A real node process (src/main.ts) with its own port and DATA_DIR, which survive a restart. */
async function startNode(env: Record<string, string>) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'chargeql-faults-'));
  const fullEnv = {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'faults-secret-that-is-long-enough-0123456789',
    GRAPHQL_RATE_LIMIT_PER_SECOND: '10000', // registering a fleet of hundreds is not an attack
    GRAPHQL_RATE_LIMIT_BURST: '10000',
    ...env,
  };
  let run: Started;
  const start = async () => {
    run = runMain(fullEnv, profileFlags);
    await waitForOutput(run, /GraphQL\s+http/, 120_000);
  };
  await start();
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    ocppUrl: `ws://127.0.0.1:${port}/ocpp`,
    output: () => run.output(),
    pid: () => run.child.pid!,
    alive: () => run.child.exitCode === null && run.child.signalCode === null,
    async kill() {
      run.child.kill('SIGKILL');
      await run.exited;
    },
    restart: start,
    async stop() {
      if (run.child.exitCode === null && run.child.signalCode === null) {
        run.child.kill('SIGTERM');
        await run.exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
type Node = Awaited<ReturnType<typeof startNode>>;

async function gql(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

async function register(node: Node, ids: string[]): Promise<{ token: string; chargerIds: Map<string, string> }> {
  const login = await gql(
    node.url,
    null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    {
      e: ADMIN.email,
      p: ADMIN.password,
    },
  );
  const token = login.data.login.token as string;
  const chargerIds = new Map<string, string>();
  // Ten at a time: a fleet of hundreds is registered in seconds, without a burst the rate limit refuses.
  for (let i = 0; i < ids.length; i += 10) {
    await Promise.all(
      ids.slice(i, i + 10).map(async (ocppId) => {
        const created = await gql(
          node.url,
          token,
          'mutation($i: CreateChargerInput!) { createCharger(input: $i) { id } }',
          { i: { ocppId } },
        );
        chargerIds.set(ocppId, created.data.createCharger.id);
      }),
    );
  }
  return { token, chargerIds };
}

/**
 * Polls PostgreSQL until every reading in `acked` is stored, or `timeoutMs` passes: the readings still
 * missing, and the seconds it took (from the call). Each poll reads only the rows added since the poll
 * before the last (ids are handed out in order; one poll of lag covers a batch that committed late),
 * so the load generator does not rescan the whole table every second beside the node it measures.
 */
async function waitStored(databaseUrl: string, acked: Map<string, number[]>, timeoutMs: number) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const started = Date.now();
  let from = 0;
  let next = 0;
  const missing = new Map([...acked].map(([id, readings]) => [id, new Set(readings)]));
  let lost = [...missing.values()].reduce((n, set) => n + set.size, 0);
  try {
    for (;;) {
      const rows = await sql<{ id: number; ocpp_id: string; raw: string }[]>`
        select m.id::float8 as id, c.ocpp_id, m.raw from meter_values m join chargers c on c.id = m.charger_id
        where m.id > ${from}`.catch(() => []);
      from = next;
      for (const r of rows) {
        next = Math.max(next, r.id);
        if (missing.get(r.ocpp_id)?.delete(Number(r.raw))) lost--;
      }
      if (lost === 0 || Date.now() - started > timeoutMs) return { lost, seconds: (Date.now() - started) / 1000 };
      await sleep(500);
    }
  } finally {
    await sql.end();
  }
}

/** The node's CPU seconds (its /metrics), this process's, and the calls answered so far. */
async function cpuMark(node: Node, fleet: Fleet) {
  const { cpuSeconds } = await nodeMetrics(node.url);
  const own = process.cpuUsage();
  return { node: cpuSeconds, fleet: (own.user + own.system) / 1e6, answered: fleet.answered() };
}
type CpuMark = Awaited<ReturnType<typeof cpuMark>>;

function cpuPerCall(marks: [CpuMark, CpuMark, CpuMark, CpuMark]) {
  const per = (who: 'node' | 'fleet', a: CpuMark, b: CpuMark) =>
    Number((((b[who] - a[who]) * 1000) / Math.max(1, b.answered - a.answered)).toFixed(3));
  const [start, cut, restored, end] = marks;
  const windows = (who: 'node' | 'fleet') => ({
    before: per(who, start, cut),
    during: per(who, cut, restored),
    after: per(who, restored, end),
  });
  return { node: windows('node'), fleet: windows('fleet') };
}

/** One node and `l.chargers` chargers registered on it (`prefix-0`, ...), each sending its share of the load. */
async function loadedNode(env: Record<string, string>, prefix: string, l: FaultLoad) {
  const node = await startNode(env);
  const chargers = ids(prefix, l.chargers);
  await register(node, chargers);
  const fleet = startFleet({ urls: chargers.map(() => node.ocppUrl), ids: chargers, perSecond: perCharger(l) });
  return { node, fleet };
}

/** The last `n` lines of a node's output at pino's error level or above, cut to 600 characters each. */
const errorLines = (output: string, n = 5) =>
  output
    .split('\n')
    .filter((line) => /"level":(50|60)/.test(line))
    .slice(-n)
    .map((line) => line.slice(0, 600));

/**
 * What every scenario counts once its fault (`from` to `to`) is over: the fleet stopped, its calls during and
 * after the fault, and the acknowledged readings PostgreSQL still lacks a minute later.
 */
async function afterFault(databaseUrl: string, fleet: Fleet, from: number, to: number) {
  await fleet.stop();
  const { lost } = await waitStored(databaseUrl, fleet.acked, 60_000);
  return {
    loadAverage: load(),
    ...totals(fleet),
    during: window(fleet.records, from, to),
    after: window(fleet.records, to, Infinity),
    ackedButLost: lost,
  };
}

const snapshot = (fleet: Fleet) => new Map([...fleet.acked].map(([id, readings]) => [id, [...readings]]));

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
const perCharger = (l: FaultLoad) => l.messagesPerSecond / l.chargers;

/**
 * PostgreSQL cut by a proxy for `outageSeconds` under load; recovery = backlog written after the cut ends.
 * `reconnect`: a third into the cut every charger closes its connection, connects and boots again.
 */
export async function databaseOutage(
  databaseUrl: string,
  l: FaultLoad,
  opts: { reconnect?: boolean } = {},
): Promise<ScenarioResult> {
  const target = new URL(databaseUrl);
  const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const { node, fleet } = await loadedNode({ DATABASE_URL: proxy.via(databaseUrl) }, 'DBOUT', l);
  try {
    await fleet.ready(); // CPU from here on is per MeterValues call, not per boot
    const startMark = await cpuMark(node, fleet);
    await sleep(l.calmSeconds * 1000);
    const cutMark = await cpuMark(node, fleet);
    const cutAt = Date.now();
    proxy.cut();
    if (opts.reconnect) {
      await sleep((l.outageSeconds * 1000) / 3);
      fleet.reconnectAll();
      await sleep((l.outageSeconds * 2000) / 3);
    } else await sleep(l.outageSeconds * 1000);
    const reconnected = fleet.reconnected();
    const restoredMark = await cpuMark(node, fleet);
    proxy.restore();
    const restoredAt = Date.now();
    // Recovery: everything acknowledged so far (during the cut too) is in PostgreSQL.
    const backlog = waitStored(databaseUrl, snapshot(fleet), 60_000);
    await sleep(l.calmSeconds * 1000);
    const endMark = await cpuMark(node, fleet);
    const counted = await afterFault(databaseUrl, fleet, cutAt, restoredAt);
    const drained = await backlog;
    return {
      scenario: opts.reconnect ? 'PostgreSQL cut, every charger reconnects during it' : 'PostgreSQL cut (TCP proxy)',
      fault: 'database',
      outage: opts.reconnect
        ? `${l.outageSeconds} s; ${reconnected} / ${l.chargers} chargers reconnected and booted during it`
        : `${l.outageSeconds} s`,
      ...counted,
      recoverySeconds: drained.lost === 0 ? drained.seconds : null,
      recoveryMeans: 'backlog in PostgreSQL after the cut ends',
      errorsLogged: errorLines(node.output()),
      cpuMsPerCall: cpuPerCall([startMark, cutMark, restoredMark, endMark]),
    };
  } finally {
    await fleet.stop();
    await node.stop();
    await proxy.close();
  }
}

/** The node SIGKILLed under load, restarted at once; recovery = kill until chargers are answered again. */
export async function sigkill(databaseUrl: string, l: FaultLoad): Promise<ScenarioResult> {
  const { node, fleet } = await loadedNode({ DATABASE_URL: databaseUrl }, 'KILL', l);
  try {
    await sleep(l.calmSeconds * 1000);
    const killedAt = Date.now();
    await node.kill();
    await node.restart();
    const upAt = Date.now();
    // When the first call sent after the restart was answered; null if none within 60 s.
    const firstAnswer = async (): Promise<number | null> => {
      while (Date.now() - upAt < 60_000) {
        const answered = fleet.records.find((r) => r.sentAt >= upAt && r.latencyMs !== null);
        if (answered) return answered.sentAt + answered.latencyMs!;
        await sleep(50);
      }
      return null;
    };
    const servedAt = await firstAnswer();
    await sleep(l.calmSeconds * 1000);
    return {
      scenario: 'SIGKILL under load, restart',
      fault: 'sigkill',
      outage: `kill + restart ${((upAt - killedAt) / 1000).toFixed(1)} s`,
      ...(await afterFault(databaseUrl, fleet, killedAt, upAt)),
      recoverySeconds: servedAt === null ? null : (servedAt - killedAt) / 1000,
      recoveryMeans: 'kill until chargers are answered again (restart included)',
      errorsLogged: errorLines(node.output()),
    };
  } finally {
    await fleet.stop();
    await node.stop();
  }
}

/** Redis cut under two nodes; recovery = a command from node B reaches a charger on node A again. */
export async function redisOutage(databaseUrl: string, redisUrl: string, l: FaultLoad): Promise<ScenarioResult> {
  const target = new URL(redisUrl);
  const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
  const shared = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: proxy.via(redisUrl),
    REDIS_KEY_PREFIX: `chargeql-faults:${randomBytes(4).toString('hex')}:`,
    PRESENCE_TTL_SECONDS: '3',
  };
  const a = await startNode(shared);
  const b = await startNode(shared);
  const chargers = ids('REDISOUT', l.chargers);
  const { token, chargerIds } = await register(a, chargers);
  // Even chargers on node A, odd ones on node B.
  const fleet = startFleet({
    urls: chargers.map((_, i) => (i % 2 ? b.ocppUrl : a.ocppUrl)),
    ids: chargers,
    perSecond: perCharger(l),
  });
  const crossNode = async () =>
    !(
      await gql(b.url, token, 'mutation($id: ID!) { reset(input: { chargerId: $id, type: SOFT }) { status } }', {
        id: chargerIds.get(chargers[0]!),
      })
    ).errors;
  try {
    await sleep(l.calmSeconds * 1000);
    const cutAt = Date.now();
    proxy.cut();
    await sleep(l.outageSeconds * 1000);
    proxy.restore();
    const restoredAt = Date.now();
    let healedAt: number | null = null;
    while (Date.now() - restoredAt < 60_000) {
      if (await crossNode().catch(() => false)) {
        healedAt = Date.now();
        break;
      }
      await sleep(100);
    }
    await sleep(l.calmSeconds * 1000);
    return {
      scenario: 'Redis cut under 2 nodes',
      fault: 'redis',
      outage: `${l.outageSeconds} s`,
      ...(await afterFault(databaseUrl, fleet, cutAt, restoredAt)),
      recoverySeconds: healedAt === null ? null : (healedAt - restoredAt) / 1000,
      recoveryMeans: 'cut ends until a command from node B reaches node A',
      errorsLogged: [...errorLines(a.output()), ...errorLines(b.output())],
    };
  } finally {
    await fleet.stop();
    await a.stop();
    await b.stop();
    await proxy.close();
  }
}

export interface SoakSample {
  minute: number;
  rssMb: number;
  /** From the node's own /metrics (prom-client's default metrics): NaN when it did not answer. */
  heapUsedMb: number;
  activeHandles: number;
  cpuSeconds: number;
  answered: number;
  loadAverage: string;
}

/** The node's heap, handles and CPU as its /metrics reports them. */
async function nodeMetrics(url: string) {
  const text = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(5000) })
    .then((r) => r.text())
    .catch(() => '');
  const read = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    heapUsedMb: Math.round(read('nodejs_heap_size_used_bytes') / 2 ** 20),
    activeHandles: read('nodejs_active_handles_total'),
    cpuSeconds: read('process_cpu_seconds_total'),
  };
}

/**
 * The load for `minutes` on one node: every `everySeconds` its RSS, heap, handles and CPU, handed to
 * `onSample` as they come (the soak script appends them to a file, so a long run shows its trend while it
 * runs and leaves it behind if it dies), and the calls answered.
 */
export async function soak(
  databaseUrl: string,
  l: FaultLoad,
  minutes: number,
  opts: { everySeconds?: number; onSample?: (s: SoakSample) => void } = {},
) {
  const everySeconds = opts.everySeconds ?? 30;
  const { node, fleet } = await loadedNode({ DATABASE_URL: databaseUrl }, 'SOAK', l);
  const samples: SoakSample[] = [];
  const started = Date.now();
  const sample = async () => {
    const s: SoakSample = {
      minute: Number(((Date.now() - started) / 60_000).toFixed(2)),
      rssMb: rssMbOf(node.pid()),
      ...(await nodeMetrics(node.url)),
      answered: fleet.answered(),
      loadAverage: load(),
    };
    samples.push(s);
    opts.onSample?.(s);
  };
  try {
    while (Date.now() - started < minutes * 60_000) {
      await sample();
      await sleep(everySeconds * 1000);
    }
    await sample();
    await fleet.stop();
    const { lost } = await waitStored(databaseUrl, fleet.acked, 120_000);
    return {
      samples,
      ...totals(fleet),
      all: window(fleet.records, 0, Infinity),
      ackedButLost: lost,
      alive: node.alive(),
    };
  } finally {
    await fleet.stop();
    await node.stop();
  }
}

function totals(fleet: Fleet) {
  return {
    sent: fleet.records.length,
    answered: fleet.records.filter((r) => r.latencyMs !== null).length,
  };
}

/** The fault table, as printed by `npm run faults` and pasted into README. */
export function faultTable(results: ScenarioResult[], l: FaultLoad): string {
  const ms = (v: number | null) => (v === null ? '-' : `${v} ms`);
  const lines = [
    `Load: ${l.chargers} chargers, ${l.messagesPerSecond} MeterValues/s offered; ${l.calmSeconds} s before and after each fault.`,
    '',
    '| Scenario | Load avg (1/5/15 min) | Outage | Calls answered | During: answered, p99 | After: p99 | Acked but lost | Recovery |',
    '|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.scenario} | ${r.loadAverage} | ${r.outage} | ${r.answered} / ${r.sent} | ${r.during.answered} / ${r.during.sent}, ${ms(r.during.p99Ms)} | ${ms(r.after.p99Ms)} | ${r.ackedButLost} | ${r.recoverySeconds === null ? 'not within 60 s' : `${r.recoverySeconds.toFixed(1)} s`} (${r.recoveryMeans}) |`,
    ),
  ];
  for (const r of results) {
    const c = r.cpuMsPerCall;
    if (c)
      lines.push(
        '',
        `${r.scenario}: CPU per answered call, node / chargers (ms): before ${c.node.before} / ${c.fleet.before}, during ${c.node.during} / ${c.fleet.during}, after ${c.node.after} / ${c.fleet.after}`,
      );
  }
  return lines.join('\n');
}
