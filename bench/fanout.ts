// Subscriber fan-out: many graphql-ws subscribers on one node (dashboards watching a site), each
// subscribed to `meterValues(siteId)`, while the site's chargers send MeterValues at a fixed total
// rate. Reports delivery age percentiles (from the charger's send to each subscriber's receipt),
// lost deliveries, and the server's CPU per delivered event, for each subscriber count, with shared
// execution of identical subscriptions off (the previous code, GRAPHQL_SHARED_SUBSCRIPTIONS=false) and
// on, in one run. Subscribers live in separate processes (1,250 sockets each).
// Run: npm run bench:fanout -- --subscribers 100,5000 --rate 100 --seconds 10 --sites 50 --sharing off,on
import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { apiOf } from './lib/api.js';
import { benchIds, bootFleet, sleep, type BenchFleet } from './lib/chargers.js';
import { freshDatabase } from './lib/pg.js';
import { log, machine, round, writeResults } from './lib/report.js';
import { startTarget, type ServerUnderTest } from './lib/server.js';

const WORKER = fileURLToPath(new URL('./lib/fanout-worker.ts', import.meta.url));
const PER_WORKER = 1250;
const CHARGERS = Number(process.env.FANOUT_CHARGERS ?? 20);

interface Worker {
  child: ChildProcess;
  next(type: string): Promise<any>;
}

async function startWorker(job: {
  url: string;
  token: string;
  siteIds: string[];
  first: number;
  count: number;
}): Promise<Worker> {
  const child = fork(WORKER, [], { execArgv: ['--import', '@swc-node/register/esm-register'] });
  const inbox: any[] = [];
  const waiting: ((m: any) => void)[] = [];
  child.on('message', (m) => (waiting.length ? waiting.shift()!(m) : inbox.push(m)));
  const next = () => new Promise<any>((resolve) => (inbox.length ? resolve(inbox.shift()) : waiting.push(resolve)));
  await next(); // loaded
  child.send(job);
  const ready = await next();
  if (ready.type !== 'ready') throw new Error(`subscriber worker: ${JSON.stringify(ready)}`);
  return { child, next };
}

/** Every charger sends on its own schedule so that together they make `rate` per second. */
async function send(fleet: BenchFleet, rate: number, seconds: number): Promise<{ sent: number; ms: number }> {
  const interval = (fleet.chargers.length * 1000) / rate;
  const started = performance.now();
  const end = started + seconds * 1000;
  let sent = 0;
  await Promise.all(
    fleet.chargers.map(async (cp, i) => {
      let next = started + (interval * i) / fleet.chargers.length;
      while (next < end) {
        await sleep(Math.max(0, next - performance.now()));
        next += interval;
        const sampledValue = [{ value: String(1000 + sent), measurand: 'Energy.Active.Import.Register', unit: 'Wh' }];
        const answer = await cp
          .call('MeterValues', { connectorId: 1, meterValue: [{ timestamp: new Date().toISOString(), sampledValue }] })
          .catch(() => null);
        if (answer !== null) sent++;
      }
    }),
  );
  return { sent, ms: performance.now() - started };
}

function percentile(histogram: number[], total: number, p: number): number {
  let seen = 0;
  for (let ms = 0; ms < histogram.length; ms++) {
    seen += histogram[ms]!;
    if (seen >= (p / 100) * total) return ms;
  }
  return NaN;
}

/** The server's own count of subscription executions and deliveries (/metrics). */
async function subscriptionCounts(server: ServerUnderTest): Promise<{ executions: number; deliveries: number }> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const read = (name: string) => Number(text.match(new RegExp(`^${name} (\\d+)`, 'm'))?.[1] ?? NaN);
  return {
    executions: read('chargeql_subscription_executions_total'),
    deliveries: read('chargeql_subscription_deliveries_total'),
  };
}

async function measure(server: ServerUnderTest, workers: Worker[], fleet: BenchFleet, rate: number, seconds: number) {
  for (const w of workers) w.child.send({ type: 'count' });
  const countsBefore = await subscriptionCounts(server);
  const cpuBefore = await server.cpuMs();
  const { sent, ms } = await send(fleet, rate, seconds);
  await sleep(3000); // stragglers
  const cpuMs = (await server.cpuMs()) - cpuBefore;
  const countsAfter = await subscriptionCounts(server);
  const reports = await Promise.all(
    workers.map(async (w) => {
      w.child.send({ type: 'report' });
      return w.next('report');
    }),
  );
  const histogram = new Array<number>(10_001).fill(0);
  let received = 0;
  for (const r of reports) {
    received += r.received;
    r.ages.forEach((n: number, i: number) => (histogram[i]! += n));
  }
  return {
    sent,
    ms,
    received,
    histogram,
    cpuMs,
    clientCpuMs: reports.reduce((s, r) => s + r.cpuMs, 0),
    executions: countsAfter.executions - countsBefore.executions,
    deliveries: countsAfter.deliveries - countsBefore.deliveries,
    errors: reports.reduce((s, r) => s + r.errors, 0),
    firstError: reports.find((r) => r.firstError)?.firstError,
  };
}

/** One server (sharing on or off) on a fresh database: every subscriber count in turn. */
async function runMode(
  sharing: 'on' | 'off',
  opts: { sizes: number[]; rate: number; seconds: number; siteCount: number },
): Promise<(string | number)[][]> {
  const { sizes, rate, seconds, siteCount } = opts;
  const db = await freshDatabase();
  // One token stands for thousands of dashboards here (each would have its own): lift its rate limit.
  const server = await startTarget('chargeql', db.url, {
    GRAPHQL_RATE_LIMIT_PER_SECOND: '100000',
    GRAPHQL_RATE_LIMIT_BURST: '100000',
    GRAPHQL_SHARED_SUBSCRIPTIONS: sharing === 'on' ? 'true' : 'false',
  });
  const rows: (string | number)[][] = [];
  const workers: Worker[] = [];
  try {
    const api = await apiOf(server);
    const siteIds: string[] = [];
    for (let k = 0; k < siteCount; k++) {
      const site = await api.request(`mutation { createSite(input: { name: "Fan-out ${k}" }) { id } }`);
      siteIds.push(site.createSite.id);
    }
    // Chargers and subscribers spread evenly over the sites: each event reaches its site's watchers.
    for (const [i, ocppId] of benchIds(CHARGERS, 'FAN').entries())
      await api.request(`mutation($i: CreateChargerInput!) { createCharger(input: $i) { id } }`, {
        i: { ocppId, siteId: siteIds[i % siteCount] },
      });
    const fleet = await bootFleet(server, CHARGERS, { prefix: 'FAN' });
    const url = `${server.url.replace('http', 'ws')}/graphql`;
    let open = 0;
    for (const size of sizes) {
      while (open < size) {
        const count = Math.min(PER_WORKER, size - open);
        workers.push(await startWorker({ url, token: api.token, siteIds, first: open, count }));
        open += count;
      }
      const rssBefore = (await server.memory()).rss;
      await send(fleet, rate, 2); // warm-up, not counted
      await sleep(3000); // its deliveries arrive before the window opens
      const r = await measure(server, workers, fleet, rate, seconds);
      // Each site's events reach that site's share of the subscribers (sites divide both evenly).
      const expected = Math.round((r.sent * size) / siteCount);
      const row = [
        sharing,
        size,
        siteCount,
        rate,
        round((r.sent * 1000) / r.ms),
        r.received,
        expected,
        expected - r.received,
        percentile(r.histogram, r.received, 50),
        percentile(r.histogram, r.received, 95),
        percentile(r.histogram, r.received, 99),
        r.executions,
        r.deliveries,
        round((1000 * r.cpuMs) / Math.max(1, r.received), 1),
        Math.round((100 * r.cpuMs) / (r.ms + 3000)),
        Math.round((100 * r.clientCpuMs) / (r.ms + 3000)),
        round(rssBefore / 2 ** 20),
        round(loadavg()[0]!, 1),
      ];
      rows.push(row);
      log(
        `sharing ${sharing}, ${size} subscribers: ${JSON.stringify(row)}${r.errors ? `, ${r.errors} subscription errors, e.g. ${r.firstError}` : ''}`,
      );
    }
    await fleet.stop();
  } finally {
    for (const w of workers) w.child.send({ type: 'close' });
    await server.stop();
    await db.drop();
  }
  return rows;
}

async function main() {
  const { values } = parseArgs({
    options: {
      subscribers: { type: 'string', default: '100,5000' },
      rate: { type: 'string', default: '100' },
      seconds: { type: 'string', default: '10' },
      sites: { type: 'string', default: '1' },
      sharing: { type: 'string', default: 'off,on' },
    },
  });
  const opts = {
    sizes: values.subscribers!.split(',').map(Number),
    rate: Number(values.rate),
    seconds: Number(values.seconds),
    siteCount: Number(values.sites),
  };
  const m = await machine();
  const rows: (string | number)[][] = [];
  for (const sharing of values.sharing!.split(',') as ('on' | 'off')[]) rows.push(...(await runMode(sharing, opts)));
  writeResults('fanout', m, [
    {
      name: 'fanout',
      title: 'Subscriber fan-out: meterValues(siteId) to many graphql-ws subscribers on one node',
      columns: [
        'shared execution',
        'subscribers',
        'sites',
        'target events/s',
        'sent events/s',
        'delivered',
        'expected',
        'lost',
        'p50 (ms)',
        'p95 (ms)',
        'p99 (ms)',
        'executions (server)',
        'deliveries (server)',
        'server CPU per delivery (µs)',
        'server CPU %',
        'subscriber processes CPU %',
        'server RSS (MB)',
        'load (1 min)',
      ],
      rows,
      notes: [
        `${CHARGERS} chargers spread over the sites send MeterValues (one register value) at the target total rate, each awaiting its answer; every subscriber has its own socket and one meterValues(siteId) subscription (the same document; variables name its site), subscribers spread evenly over the sites (so each event reaches subscribers/sites of them). All subscribers use one token, so subscribers of one site share a Scope.`,
        'shared execution: off = GRAPHQL_SHARED_SUBSCRIPTIONS=false (graphql-ws executes and serialises once per subscriber, the previous code); on = identical subscriptions (document, variables, tenant, role, owner) execute once per event. Each mode runs on its own server and fresh database, one after the other in this run.',
        'executions / deliveries (server) = chargeql_subscription_executions_total / chargeql_subscription_deliveries_total during the window and 3 s after.',
        'Age = receipt time minus the timestamp the charger wrote into the MeterValues (1 ms resolution, one machine clock). Subscribers run in separate processes, 1,250 sockets each, on the same 2 cores as the server.',
        'server CPU per delivery = the server process CPU during the window and 3 s after, divided by deliveries received; CPU % is of one core over the same time.',
      ],
      data: { rows },
    },
  ]);
  process.exit(0);
}

await main();
