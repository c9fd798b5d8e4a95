// What bench:cluster reads from the nodes, PostgreSQL and Redis over one phase: CPU, statements, the
// pool wait each node shows in /metrics, and the load average.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Redis } from 'ioredis';
import postgres from 'postgres';
import { cpuMeter, processCpuMs } from './cpu.js';
import type { CpuSource } from './fleet.js';
import { round } from './report.js';
import type { ServerUnderTest } from './server.js';

/** The load average, sampled every 2 s until stopped: before (the first sample) and the highest during. */
export function loadWatch() {
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
const NOTHING_WAITED: PoolWait = { buckets: [], count: 0, sum: 0 };

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
    highestMs: Number.isFinite(highest) ? highest * 1000 : Infinity,
    text: count
      ? `${count.toLocaleString('en')} statements, mean ${round(((b.sum - a.sum) / count) * 1000, 2)} ms, p99 ≤ ${ms(upTo(0.99))}, all ≤ ${ms(highest)}`
      : 'no statements',
  };
}

/** Node and database CPU, Redis CPU, statements and pool wait over one phase. */
export async function phaseMeter(nodes: ServerUnderTest[], databaseUrl: string, redis: Redis) {
  const live = nodes.filter((n) => processCpuMs(n.pid) > 0);
  const db = await cpuMeter(live[0]!.pid, databaseUrl);
  const cpu = new Map(nodes.map((n) => [n, processCpuMs(n.pid)]));
  const statements = await Promise.all(live.map((n) => n.statements()));
  const waits = await Promise.all(live.map(poolWait));
  const redisCpu = await redisCpuSeconds(redis);
  return {
    async read(now: ServerUnderTest[]) {
      // The nodes up at the end: one up all along counts from the start of the phase, one started
      // during it (a restarted node) from its own start; a killed one is left out.
      const up = now.filter((n) => processCpuMs(n.pid) > 0);
      const since = (n: ServerUnderTest) => live.indexOf(n);
      const statementsNow = await Promise.all(up.map((n) => n.statements()));
      return {
        // A killed node: NaN; a node started during the phase: its CPU since its start.
        nodeCpuMs: now.map((n) => (processCpuMs(n.pid) || NaN) - (cpu.get(n) ?? 0)),
        databaseMs: (await db.read()).databaseMs,
        redisMs: ((await redisCpuSeconds(redis)) - redisCpu) * 1000,
        statements: up.reduce((sum, n, i) => sum + statementsNow[i]! - (statements[since(n)] ?? 0), 0),
        poolWait: await Promise.all(
          up.map(async (n) => ({
            node: now.indexOf(n) + 1,
            restarted: since(n) < 0,
            ...poolWaitBetween(waits[since(n)] ?? NOTHING_WAITED, await poolWait(n)),
          })),
        ),
      };
    },
  };
}

/** This database's PostgreSQL backends, for the progress lines: their pids read again every 2 s. */
export function databaseBackends(databaseUrl: string): CpuSource & { stop(): Promise<void> } {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  let pids: number[] = [];
  const read = () =>
    sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`
      .then((rows) => void (pids = rows.map((r) => Number(r.pid))))
      .catch(() => {});
  void read();
  const timer = setInterval(read, 2000);
  return {
    name: 'PostgreSQL',
    pids: () => pids,
    async stop() {
      clearInterval(timer);
      await sql.end({ timeout: 1 });
    },
  };
}

/**
 * The kernel's TCP listen-queue counters (/proc/net/netstat, machine-wide): a storm that outruns a
 * server's accept loop overflows its listen queue (Node listens with a backlog of 511), the kernel
 * answers with SYN cookies, and a cookie that fails to check resets the connection (the client sees
 * ECONNRESET). Returns a reader of the counts since the call.
 */
export function listenQueueCounters() {
  const read = () => {
    const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n');
    const names = lines.find((l) => l.startsWith('TcpExt:'))!.split(' ');
    const numbers = lines.filter((l) => l.startsWith('TcpExt:'))[1]!.split(' ');
    const get = (name: string) => Number(numbers[names.indexOf(name)] ?? 0);
    return {
      overflows: get('ListenOverflows'),
      cookiesSent: get('SyncookiesSent'),
      cookiesFailed: get('SyncookiesFailed'),
    };
  };
  const start = read();
  return () => {
    const now = read();
    const d = {
      overflows: now.overflows - start.overflows,
      cookiesSent: now.cookiesSent - start.cookiesSent,
      cookiesFailed: now.cookiesFailed - start.cookiesFailed,
    };
    return {
      ...d,
      text: `kernel (machine-wide): ${d.overflows.toLocaleString('en')} listen-queue overflows, ${d.cookiesSent.toLocaleString('en')} SYN cookies sent, ${d.cookiesFailed.toLocaleString('en')} failed (a reset connection each)`,
    };
  };
}

/**
 * Waits until a node has seen every charger go (chargeql_connected_chargers is 0, at most `ms`) and has
 * written what that left (offline marks): a node stopped while thousands of closes still arrive closes
 * its pool under them and logs a failed mark per charger (12,000 error lines at 30,000 chargers).
 */
export async function drained(node: ServerUnderTest, ms = 30_000) {
  const until = performance.now() + ms;
  try {
    while (performance.now() < until) {
      const text = await (await fetch(`${node.url}/metrics`)).text();
      if (Number(text.match(/^chargeql_connected_chargers (\S+)$/m)?.[1] ?? 0) === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await node.flush();
  } catch {
    // A killed node: nothing to wait for.
  }
}
