// Bench 5, command round trip: the remoteStart mutation -> the charger's answer -> the mutation's
// response; the overhead is measured against a bare ocpp-rpc server calling the same chargers.
// Beside the wall clock (which the machine's load moves): server and PostgreSQL CPU per call, the
// mutation's own statements (chargeql_graphql_operation_statements), and what one durable commit
// (a WAL flush) and one round trip cost on this machine in the same run: a remoteStart must make
// one durable write (its PENDING session and command log row) before it asks the charger.
// Run: npm run bench:commands -- --count 500 [--charger sim|raw]
import os from 'node:os';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import WebSocket from 'ws';
import { apiOf, notAvailable } from './lib/api.js';
import { benchIds, bootFleet, registerFor, type BenchFleet } from './lib/chargers.js';
import { cpuMeter } from './lib/cpu.js';
import { freshDatabase } from './lib/pg.js';
import { log, machine, percentiles, round, writeResults, type BenchResult } from './lib/report.js';
import { startTarget, type ServerUnderTest } from './lib/server.js';

const TITLE = '5. Command round trip: remoteStart -> charger answer';
const CHARGERS = 100;
/**
 * Connectors per charger. A raw charger's sessions stay PENDING until the sweep fails them (1 s, then
 * up to 250 ms): each connector must come round again no sooner than that, so 2 connectors (200 slots)
 * ran out once a call took under ~6 ms; 10 give 1,000 slots.
 */
const connectorsOf = (kind: ChargerKind) => (kind === 'raw' ? 10 : 2);
const OPERATION = 'BenchRemoteStart';
type ChargerKind = 'sim' | 'raw';

/**
 * `sim`: the simulator's chargers, which answer and then start the transaction 5 ms later (the server
 * handles that StartTransaction while the next call runs). `raw`: a bare WebSocket per charger that
 * answers every CALL Accepted at once and sends nothing else (the sessions stay PENDING until the
 * server's sweep fails them, which frees the connector for the next round).
 */
async function fleetOf(kind: ChargerKind, server: ServerUnderTest): Promise<{ stop(): Promise<void> }> {
  if (kind === 'sim') return bootFleet(server, CHARGERS, { connectors: connectorsOf(kind) }) as Promise<BenchFleet>;
  const sockets = await Promise.all(benchIds(CHARGERS).map((id) => rawCharger(server.ocppUrl, id)));
  return { stop: async () => sockets.forEach((s) => s.close()) };
}

async function rawCharger(ocppUrl: string, ocppId: string): Promise<WebSocket> {
  const ws = new WebSocket(`${ocppUrl}/${ocppId}`, ['ocpp1.6']);
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
  const waiting = new Map<string, () => void>();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data)) as [number, string, ...unknown[]];
    if (msg[0] === 2) ws.send(JSON.stringify([3, msg[1], { status: 'Accepted' }]));
    else waiting.get(msg[1])?.();
  });
  const call = (n: number, action: string, payload: unknown) =>
    new Promise<void>((resolve) => {
      waiting.set(`b${n}`, resolve);
      ws.send(JSON.stringify([2, `b${n}`, action, payload]));
    });
  await call(0, 'BootNotification', { chargePointVendor: 'Bench', chargePointModel: 'Raw' });
  for (let c = 1; c <= connectorsOf('raw'); c++)
    await call(c, 'StatusNotification', { connectorId: c, status: 'Available', errorCode: 'NoError' });
  return ws;
}

async function bare(count: number, kind: ChargerKind) {
  const server = await startTarget('bare');
  try {
    const fleet = await fleetOf(kind, server);
    const cpu = await cpuMeter(server.pid);
    const { times } = await server.ask<{ times: number[] }>({ type: 'command', count });
    const { serverMs } = await cpu.read();
    await fleet.stop();
    return { ...percentiles(times), serverCpuMs: serverMs / count, load: os.loadavg()[0]! };
  } finally {
    await server.stop();
  }
}

/** Durable single-row commits (each waits for a WAL flush) and plain round trips, in the bench's database. */
async function walFlush(url: string, samples = 100) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`create table bench_wal_probe (id serial primary key, at timestamptz default now())`;
    const commit: number[] = [];
    const trip: number[] = [];
    for (let i = 0; i < samples; i++) {
      let t = performance.now();
      await sql`insert into bench_wal_probe default values`;
      commit.push(performance.now() - t);
      t = performance.now();
      await sql`select ${i}::int as i`;
      trip.push(performance.now() - t);
    }
    await sql`drop table bench_wal_probe`;
    return { commit: percentiles(commit).p50, roundTrip: percentiles(trip).p50 };
  } finally {
    await sql.end();
  }
}

/** The mutation's own statements, from the server's /metrics histogram (sum / count). */
async function statementsPerCall(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = (suffix: string) =>
    Number(
      text
        .split('\n')
        .find((l) => l.startsWith(`chargeql_graphql_operation_statements_${suffix}{operation="${OPERATION}"}`))
        ?.split(' ')
        .pop() ?? NaN,
    );
  return value('sum') / value('count');
}

export async function commands(opts: { count: number; charger?: ChargerKind }): Promise<BenchResult> {
  const kind = opts.charger ?? 'sim';
  const db = await freshDatabase();
  // A PENDING session nobody starts (raw chargers) fails after 1 s, so the connector is free next round.
  const server = await startTarget('chargeql', db.url, {
    OCPP_REMOTE_START_TIMEOUT_SECONDS: '1',
    OCPP_SWEEP_INTERVAL_MS: '250',
    // One client sends every mutation: at ~200 calls/s the default 100/s budget refused the 400th.
    GRAPHQL_RATE_LIMIT_PER_SECOND: '100000',
    GRAPHQL_RATE_LIMIT_BURST: '100000',
  });
  try {
    const api = await apiOf(server);
    if (!api.has('Mutation', 'remoteStart')) return notAvailable('commands', TITLE, 'Mutation.remoteStart');
    const ids = benchIds(CHARGERS);
    await registerFor(server, ids);
    const fleet = await fleetOf(kind, server);
    const globalIds: string[] = [];
    for (const ocppId of ids)
      globalIds.push(
        (await api.request(`query($o: String!) { charger(ocppId: $o) { id } }`, { o: ocppId })).charger.id,
      );
    const wal = await walFlush(db.url);
    const times: number[] = [];
    const statuses = new Map<string, number>();
    const cpu = await cpuMeter(server.pid, db.url);
    const statementsBefore = await server.statements();
    for (let i = 0; i < opts.count; i++) {
      const t = performance.now();
      const data = await api.request(
        `mutation ${OPERATION}($i: RemoteStartInput!) { remoteStart(input: $i) { status } }`,
        {
          i: {
            chargerId: globalIds[i % CHARGERS],
            connectorId: 1 + (Math.floor(i / CHARGERS) % connectorsOf(kind)),
            idTag: `BENCH-${i}`,
          },
        },
      );
      times.push(performance.now() - t);
      statuses.set(data.remoteStart.status, (statuses.get(data.remoteStart.status) ?? 0) + 1);
    }
    const used = await cpu.read();
    const load = os.loadavg()[0]!;
    const allStatements = ((await server.statements()) - statementsBefore) / opts.count;
    const statements = await statementsPerCall(server.url);
    await fleet.stop();
    const ours = percentiles(times);
    const base = await bare(opts.count, kind);
    log(`remoteStart p50 ${ours.p50} ms (bare ocpp-rpc ${base.p50} ms), one WAL flush ${round(wal.commit)} ms`);
    return {
      name: 'commands',
      title: TITLE,
      columns: [
        'path',
        'calls',
        'p50 (ms)',
        'p95 (ms)',
        'p99 (ms)',
        'server CPU/call (ms)',
        'PostgreSQL CPU/call (ms)',
        'statements/call (all)',
        'load',
      ],
      rows: [
        [
          'GraphQL remoteStart -> RemoteStartTransaction -> answer',
          opts.count,
          ours.p50,
          ours.p95,
          ours.p99,
          round(used.serverMs / opts.count),
          round(used.databaseMs / opts.count),
          `${round(statements, 1)} (${round(allStatements, 1)})`,
          round(load, 1),
        ],
        [
          'bare ocpp-rpc server.call(RemoteStartTransaction)',
          opts.count,
          base.p50,
          base.p95,
          base.p99,
          round(base.serverCpuMs),
          '-',
          '-',
          round(base.load, 1),
        ],
      ],
      notes: [
        `Overhead of the API path at p50: ${round(ours.p50 - base.p50)} ms. Answers: ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}.`,
        `Same run, same database: one durable single-row commit (a WAL flush) p50 ${round(wal.commit)} ms, one round trip p50 ${round(wal.roundTrip)} ms. A remoteStart makes one durable write before asking the charger (session + command log row) and its outcome write does not wait for the flush.`,
        `Sequential mutations over HTTP, round-robin over ${CHARGERS} chargers x ${connectorsOf(kind)} connectors on PostgreSQL; chargers: ${kind === 'sim' ? 'the simulator (answers, then starts the transaction 5 ms later)' : 'raw WebSocket, answering at once and nothing else'}. CPU per call includes what the charger's answer sets off (StartTransaction with sim chargers). Statements/call: the mutation's own (chargeql_graphql_operation_statements), and (all) everything the server sent meanwhile per call (sweeps, the message log, what the answer set off).`,
      ],
      data: {
        ours,
        bare: base,
        statuses: Object.fromEntries(statuses),
        cpu: used,
        statements,
        allStatements,
        wal,
        charger: kind,
      },
    };
  } finally {
    await server.stop();
    await db.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '500' }, charger: { type: 'string', default: 'sim' } },
  });
  const m = await machine();
  writeResults('commands', m, [
    await commands({ count: Number(values.count), charger: values.charger as ChargerKind }),
  ]);
  process.exit(0);
}
