// Bench 3, latency: charger -> GraphQL subscriber. 100 chargers send MeterValues at a fixed total
// rate (open loop); a graphql-ws client subscribed to `meterValues` timestamps each event's arrival.
// Two setups: one node, and two nodes sharing PostgreSQL and Redis (chargers on A, subscriber on B).
// Each setup in OCPP 1.6 and 2.0.1 (MeterValues of an EVSE) in the same run; --protocols 1.6 for one.
// --load none,ingest runs every row again with the bench:ingest workload on a node of its own alongside
// (lib/load-worker.ts), so what CPU contention does to the hop shows beside the same run without it.
// Run: npm run bench:latency -- --rates 100,1000,5000 --seconds 15 --modes one,two [--protocols 1.6] [--load none,ingest]
import { fork } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { apiOf, notAvailable } from './lib/api.js';
import { benchIds, bootFleet, registerFor, sleep, type BenchFleet } from './lib/chargers.js';
import { freshDatabase } from './lib/pg.js';
import { log, machine, percentiles, round, writeResults, type BenchResult } from './lib/report.js';
import { startTarget, type ServerUnderTest } from './lib/server.js';
import { droppedEvents, subscribeMeterValues, type MeterSubscriber } from './lib/subscriber.js';

const TITLE = '3. Latency: charger -> GraphQL subscriber';
const CHARGERS = 100;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Below this share of the target rate the sending side could not keep up: the row says so. */
const SUSTAINED = 0.95;

export type Mode = 'one' | 'two';
const MODE_NAME: Record<Mode, string> = { one: 'one node', two: 'two nodes (A -> Redis -> B)' };

type Protocol = '1.6' | '2.0.1';
type Load = 'none' | 'ingest';

/** Starts the bench:ingest workload on a node of its own in another process; stop() says what it sent. */
async function startBackgroundLoad(): Promise<{ stop(): Promise<number> }> {
  const worker = fork(fileURLToPath(new URL('./lib/load-worker.ts', import.meta.url)), [], {
    execArgv: ['--import', '@swc-node/register/esm-register'],
  });
  const next = () =>
    new Promise<any>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('exit', (code) => reject(new Error(`background load exited with ${code}`)));
    });
  await next(); // ready: its chargers are in transactions and sending
  return {
    async stop() {
      const stopped = next();
      worker.send({ type: 'stop' });
      return (await stopped).perSecond;
    },
  };
}

interface Row {
  mode: string;
  /** What else ran on the machine, started by this bench: nothing, or the ingest workload. */
  load: string;
  protocol: Protocol;
  target: number;
  /** Frames actually sent per second over the window (the sender's own clock). */
  sentPerSecond: number;
  sustained: boolean;
  /** How late the sender was against its schedule (p99, ms): >0 means chargers waited for answers or CPU. */
  sendLagP99: number;
  sent: number;
  /** Answered with a CALLERROR: never published, counted apart from losses. */
  rejected: number;
  received: number;
  lost: number;
  /** Events the subscriber's node dropped because the subscriber fell 1,000 behind (server metric). */
  droppedByServer: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  load1: number;
  /** Share of one core used during the window: the bench process (chargers + subscriber) and each server. */
  cpu: { bench: number; servers: number[] };
}

interface Setup {
  /** Where the chargers connect. */
  chargersOn: ServerUnderTest;
  /** Where the subscriber connects (the same node, or another). */
  subscriberOn: ServerUnderTest;
  servers: ServerUnderTest[];
  stop(): Promise<void>;
}

async function startSetup(mode: Mode): Promise<Setup> {
  const db = await freshDatabase();
  const servers: ServerUnderTest[] = [];
  const stop = async () => {
    for (const s of servers) await s.stop();
    await db.drop();
  };
  try {
    if (mode === 'one') {
      servers.push(await startTarget('chargeql', db.url));
      return { chargersOn: servers[0]!, subscriberOn: servers[0]!, servers, stop };
    }
    // A unique prefix: other runs (or engineers) on the same Redis must not see these events.
    const cluster = { REDIS_URL, REDIS_KEY_PREFIX: `chargeql-bench-${process.pid}-${randomBytes(3).toString('hex')}:` };
    servers.push(await startTarget('chargeql', db.url, cluster)); // A migrates the database first
    servers.push(await startTarget('chargeql', db.url, cluster));
    return { chargersOn: servers[0]!, subscriberOn: servers[1]!, servers, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * Every charger sends at rate/CHARGERS per second on its own schedule, awaiting each answer as a
 * charger does; the energy register's raw value carries a sequence number the subscriber looks up.
 */
async function openLoop(fleet: BenchFleet, rate: number, seconds: number, sub: MeterSubscriber) {
  const interval = (CHARGERS * 1000) / rate;
  const started = performance.now();
  const end = started + seconds * 1000;
  const lags: number[] = [];
  let rejected = 0;
  await Promise.all(
    fleet.chargers.map(async (cp, i) => {
      let next = started + (interval * i) / CHARGERS;
      // Stops at the end of the window even when behind schedule: a late sender shows as a lower sent rate.
      while (next < end && performance.now() < end) {
        await sleep(Math.max(0, next - performance.now()));
        const now = performance.now();
        lags.push(now - next);
        next += interval;
        const id = sub.nextId();
        sub.sent(id, now);
        const sampledValue = [
          { value: String(id), measurand: 'Energy.Active.Import.Register', unit: 'Wh', context: 'Sample.Periodic' },
        ];
        const answer = await cp
          .call('MeterValues', { connectorId: 1, meterValue: [{ timestamp: new Date().toISOString(), sampledValue }] })
          .catch(() => null);
        if (answer === null) (rejected++, sub.rejected(id));
      }
    }),
  );
  return { elapsedMs: performance.now() - started, lagP99: percentiles(lags).p99, rejected };
}

/** Waits until every published event arrived, or nothing arrived for 2 s (lost). */
async function drain(sub: MeterSubscriber, expected: () => number) {
  let last = -1;
  let quietSince = performance.now();
  while (sub.received() < expected() && performance.now() - quietSince < 2000) {
    await sleep(50);
    if (sub.received() !== last) ((last = sub.received()), (quietSince = performance.now()));
  }
}

/** CPU ms used so far by the bench process and each server process. */
async function cpuNow(setup: Setup) {
  const { user, system } = process.cpuUsage();
  return { bench: (user + system) / 1000, servers: await Promise.all(setup.servers.map((s) => s.cpuMs())) };
}

const cpuShare = (a: Awaited<ReturnType<typeof cpuNow>>, b: typeof a, ms: number) => ({
  bench: Math.round((100 * (b.bench - a.bench)) / ms),
  servers: b.servers.map((t, i) => Math.round((100 * (t - a.servers[i]!)) / ms)),
});

async function runMode(
  mode: Mode,
  rates: number[],
  seconds: number,
  protocol: Protocol,
  load: string,
): Promise<Row[] | 'no-subscription'> {
  const setup = await startSetup(mode);
  try {
    const api = await apiOf(setup.subscriberOn);
    if (!api.has('Subscription', 'meterValues')) return 'no-subscription';
    await registerFor(setup.chargersOn, benchIds(CHARGERS));
    const fleet = await bootFleet(setup.chargersOn, CHARGERS, { protocol });
    const sub = await subscribeMeterValues(setup.subscriberOn, api.token);
    const rows: Row[] = [];
    // Warm-up (JIT, pools, Redis connections), not counted; it also proves the subscription delivers.
    sub.window();
    await openLoop(fleet, 100, Math.min(2, seconds / 2), sub);
    await drain(sub, () => sub.published());
    if (sub.received() === 0) throw new Error(`${MODE_NAME[mode]}: the subscriber received no event during warm-up`);
    for (const target of rates) {
      sub.window();
      const droppedBefore = await droppedEvents(setup.subscriberOn);
      const cpuBefore = await cpuNow(setup);
      const loop = await openLoop(fleet, target, seconds, sub);
      const cpu = cpuShare(cpuBefore, await cpuNow(setup), loop.elapsedMs);
      await drain(sub, () => sub.published());
      const p = percentiles(sub.latencies());
      const sentPerSecond = Math.round((sub.sentCount() * 1000) / loop.elapsedMs);
      const row: Row = {
        mode: MODE_NAME[mode],
        load,
        protocol,
        target,
        sentPerSecond,
        sustained: sentPerSecond >= SUSTAINED * target,
        sendLagP99: loop.lagP99,
        sent: sub.sentCount(),
        rejected: loop.rejected,
        received: sub.received(),
        lost: sub.published() - sub.received(),
        droppedByServer: (await droppedEvents(setup.subscriberOn)) - droppedBefore,
        p50: p.p50,
        p95: p.p95,
        p99: p.p99,
        max: p.max,
        load1: round(os.loadavg()[0]!, 1),
        cpu,
      };
      rows.push(row);
      log(
        `${row.mode}, load ${load}, OCPP ${protocol}, ${target} msg/s: sent ${sentPerSecond}/s, p50 ${p.p50} ms, p99 ${p.p99} ms, ${row.received} of ${row.sent} received, load ${row.load1}, CPU bench ${cpu.bench} % servers ${cpu.servers.join('/')} %`,
      );
    }
    await sub.stop();
    await fleet.stop();
    return rows;
  } finally {
    await setup.stop();
  }
}

const sentCell = (r: Row) =>
  `${r.sentPerSecond}${r.sustained ? '' : ` (not sustained: ${Math.round((100 * r.sentPerSecond) / r.target)} %, lag p99 ${Math.round(r.sendLagP99)} ms)`}`;
const lostCell = (r: Row) =>
  `${r.lost}${r.droppedByServer ? ` (${r.droppedByServer} dropped by server)` : ''}${r.rejected ? `; ${r.rejected} rejected` : ''}`;

export async function latency(opts: {
  rates: number[];
  seconds: number;
  modes?: Mode[];
  protocols?: Protocol[];
  loads?: Load[];
}): Promise<BenchResult> {
  const modes = opts.modes ?? ['one', 'two'];
  const loads = opts.loads ?? ['none'];
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const load of loads) {
    const background = load === 'ingest' ? await startBackgroundLoad() : null;
    const label = load === 'ingest' ? 'bench:ingest alongside' : 'none';
    const first = rows.length;
    try {
      for (const mode of modes) {
        for (const protocol of opts.protocols ?? ['1.6', '2.0.1']) {
          try {
            const r = await runMode(mode, opts.rates, opts.seconds, protocol, label);
            if (r === 'no-subscription') return notAvailable('latency', TITLE, 'Subscription.meterValues');
            rows.push(...r);
          } catch (err) {
            log(`${MODE_NAME[mode]}, OCPP ${protocol}, load ${label} failed: ${(err as Error).message}`);
            notes.push(
              `${MODE_NAME[mode]}, OCPP ${protocol}, load ${label} could not run: ${(err as Error).message}${mode === 'two' ? ` (Redis at ${REDIS_URL}; set BENCH_REDIS_URL)` : ''}.`,
            );
          }
        }
      }
    } finally {
      const perSecond = await background?.stop();
      if (perSecond !== undefined) {
        for (const row of rows.slice(first)) row.load = `${label} (${perSecond} msg/s)`;
        log(`background load: ${perSecond} MeterValues/s over the rows above`);
      }
    }
  }
  // Side by side: each rate's one-node row next to its two-node row, each without and with the load.
  const modeOrder = (r: Row) => modes.indexOf(r.mode === MODE_NAME.one ? 'one' : 'two');
  rows.sort(
    (a, b) =>
      a.target - b.target || modeOrder(a) - modeOrder(b) || Number(a.load !== 'none') - Number(b.load !== 'none'),
  );
  notes.push(
    `load "bench:ingest alongside": while those rows ran, another process drove the bench:ingest workload (100 chargers, each in a priced transaction, MeterValues of 5 measurands in a closed loop) against a ChargeQL node and database of its own on the same machine; its rate over the rows is in brackets.`,
    `${CHARGERS} chargers on PostgreSQL send MeterValues (one Energy.Active.Import.Register value, no transaction) on a fixed schedule, each awaiting its answer; one subscriber to \`meterValues\` over graphql-ws. Clock: from the charger's send to the subscriber's receipt, both in the bench process.`,
    `Two nodes: two server processes on the same database and Redis (unique REDIS_KEY_PREFIX), chargers connected to A, the subscriber to B; events cross over Redis pub/sub.`,
    `"sent msg/s" below ${SUSTAINED * 100} % of the target means the sending side could not sustain the rate (lag = how late sends were against the schedule). "lost" = events sent and answered but never received; "dropped by server" = of those, dropped because the subscriber fell 1,000 events behind. CPU % = share of one core used while sending, by the bench process (100 chargers + subscriber) and by each server (A + B). Load = 1-minute load average after the row (2 cores shared with other work).`,
  );
  return {
    name: 'latency',
    title: TITLE,
    columns: [
      'target msg/s',
      'setup',
      'bench load alongside',
      'OCPP',
      'sent msg/s',
      'p50 (ms)',
      'p95 (ms)',
      'p99 (ms)',
      'max (ms)',
      'received of sent',
      'lost',
      'CPU % bench / server(s)',
      'load',
    ],
    rows: rows.map((r) => [
      r.target,
      r.mode,
      r.load,
      r.protocol,
      sentCell(r),
      r.p50,
      r.p95,
      r.p99,
      r.max,
      `${r.received} of ${r.sent}`,
      lostCell(r),
      `${r.cpu.bench} / ${r.cpu.servers.join(' + ')}`,
      r.load1,
    ]),
    notes,
    data: { chargers: CHARGERS, seconds: opts.seconds, rows },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      rates: { type: 'string', default: '100,1000,5000' },
      seconds: { type: 'string', default: '15' },
      modes: { type: 'string', default: 'one,two' },
      protocols: { type: 'string', default: '1.6,2.0.1' },
      load: { type: 'string', default: 'none' },
    },
  });
  const loads = values.load!.split(',') as Load[];
  if (loads.some((l) => l !== 'none' && l !== 'ingest')) throw new Error('--load takes none and/or ingest');
  const protocols = values.protocols!.split(',') as Protocol[];
  if (protocols.some((p) => p !== '1.6' && p !== '2.0.1')) throw new Error('--protocols takes 1.6 and/or 2.0.1');
  const m = await machine();
  const modes = values.modes!.split(',') as Mode[];
  writeResults('latency', m, [
    await latency({
      rates: values.rates!.split(',').map(Number),
      seconds: Number(values.seconds),
      modes,
      protocols,
      loads,
    }),
  ]);
  process.exit(0);
}
