// Boot storm, the shape users see after a node restart: N chargers (raw WebSocket clients spread over
// several load-generator processes and source addresses) connect, send BootNotification and a
// StatusNotification per connector (OCPP 1.6: connectors 0..2; OCPP 2.0.1: EVSE 1 and 2, connector 1
// each, the 2.0.1 shapes), 500 in flight. ChargeQL on PostgreSQL against a bare ocpp-rpc server in
// the same run, per protocol, with server and database CPU per boot and memory per connection.
// Run: npm run bench:storm -- --sizes 1000,5000,19000 [--protocols 1.6,2.0.1]
import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchIds, registerFor, sleep } from './lib/chargers.js';
import { cpuMeter } from './lib/cpu.js';
import { nextSourceAddress } from './lib/fleet.js';
import { freshDatabase } from './lib/pg.js';
import { log, machine, round, writeResults, type BenchResult } from './lib/report.js';
import { startTarget, type ServerUnderTest } from './lib/server.js';

const WORKER = fileURLToPath(new URL('./lib/storm-worker.ts', import.meta.url));
const SOCKETS_PER_GENERATOR = 8_000; // well under the 20,000 files one process may open

interface Row {
  target: string;
  protocol: string;
  chargers: number;
  ms: number;
  bootsPerSecond: number;
  serverCpuPerBootMs: number;
  databaseCpuPerBootMs: number;
  rssPerConnKB: number;
  heapPerConnKB: number;
  statementsPerBoot: number;
  failed: number;
  load: number;
}

interface Generator {
  child: ChildProcess;
  done: Promise<{ startedAt: number; doneAt: number[]; failures: string[]; failed: number }>;
}

async function generators(server: ServerUnderTest, ids: string[], protocol: string): Promise<Generator[]> {
  const count = Math.max(2, Math.ceil(ids.length / SOCKETS_PER_GENERATOR));
  const per = Math.ceil(ids.length / count);
  return Promise.all(
    Array.from({ length: count }, async (_, k) => {
      const child = fork(WORKER, [], { execArgv: ['--import', '@swc-node/register/esm-register'] });
      await new Promise((r) => child.once('message', r)); // loaded
      const ready = new Promise((r) => child.once('message', r));
      child.send({
        url: server.ocppUrl,
        ids: ids.slice(k * per, (k + 1) * per),
        inFlight: Math.ceil(500 / count),
        connectors: 2,
        localAddress: nextSourceAddress(), // never one an earlier run's sockets still hold in TIME_WAIT
        protocol,
      });
      await ready;
      const done = new Promise<any>((resolve) => child.on('message', (m: any) => m.type === 'done' && resolve(m)));
      return { child, done };
    }),
  );
}

async function measure(target: 'chargeql' | 'bare', n: number, protocol: string): Promise<Row> {
  const db = target === 'chargeql' ? await freshDatabase() : null;
  const server = await startTarget(target, db?.url, { OCPP_RECONNECTS_FREE_PER_MINUTE: '100000' });
  try {
    const ids = benchIds(n, 'STORM');
    await registerFor(server, ids);
    await sleep(1000);
    const before = await server.memory();
    const statementsBefore = await server.statements();
    const gens = await generators(server, ids, protocol);
    const cpu = await cpuMeter(server.pid, db?.url);
    for (const g of gens) g.child.send({ type: 'go' });
    const results = await Promise.all(gens.map((g) => g.done));
    const { serverMs, databaseMs } = await cpu.read();
    const startedAt = Math.min(...results.map((r) => r.startedAt));
    const lastDone = Math.max(...results.flatMap((r) => r.doneAt));
    const failed = results.reduce((s, r) => s + r.failed, 0);
    if (failed)
      log(
        `${failed} failed, e.g. ${results
          .flatMap((r) => r.failures)
          .slice(0, 3)
          .join('; ')}`,
      );
    await sleep(Math.min(5000, 1000 + n / 10));
    await server.flush();
    const statements = (await server.statements()) - statementsBefore;
    const after = await server.memory();
    for (const g of gens) g.child.send({ type: 'close' });
    const ms = lastDone - startedAt;
    const row: Row = {
      target: target === 'bare' ? 'bare ocpp-rpc' : 'ChargeQL (PostgreSQL)',
      protocol,
      chargers: n,
      ms: Math.round(ms),
      bootsPerSecond: Math.round(((n - failed) * 1000) / ms),
      serverCpuPerBootMs: round(serverMs / n, 3),
      databaseCpuPerBootMs: round(databaseMs / n, 3),
      rssPerConnKB: round((after.rss - before.rss) / n / 1024, 1),
      heapPerConnKB: round((after.heapUsed + after.external - before.heapUsed - before.external) / n / 1024, 1),
      statementsPerBoot: round(statements / n, 1),
      failed,
      load: round(loadavg()[0]!, 1),
    };
    log(`${row.target} ${protocol} ${n}: ${row.ms} ms, ${row.bootsPerSecond} boots/s, load ${row.load}`);
    return row;
  } finally {
    await server.stop();
    await db?.drop();
  }
}

export async function storm(opts: { sizes: number[]; protocols: string[] }): Promise<BenchResult> {
  const rows: Row[] = [];
  for (const n of opts.sizes)
    for (const protocol of opts.protocols) {
      rows.push(await measure('bare', n, protocol));
      rows.push(await measure('chargeql', n, protocol));
    }
  const ratio = (i: number) => round(rows[i + 1]!.ms / rows[i]!.ms, 2);
  return {
    name: 'storm',
    title: 'Boot storm: connect, BootNotification, a StatusNotification per connector (raw WebSocket generators)',
    columns: [
      'server',
      'protocol',
      'chargers',
      'all booted and reported (ms)',
      'boots/s',
      'x bare',
      'server CPU per boot (ms)',
      'database CPU per boot (ms)',
      'RSS per connection (KB)',
      'live heap+external per connection (KB)',
      'SQL statements per boot',
      'failed',
      'load (1 min)',
    ],
    rows: rows.map((r, i) => [
      r.target,
      r.protocol,
      r.chargers,
      r.ms,
      r.bootsPerSecond,
      r.target.startsWith('bare') ? '-' : ratio(i - 1),
      r.serverCpuPerBootMs,
      r.target.startsWith('bare') ? '-' : r.databaseCpuPerBootMs,
      r.rssPerConnKB,
      r.heapPerConnKB,
      r.target.startsWith('bare') ? '-' : r.statementsPerBoot,
      r.failed,
      r.load,
    ]),
    notes: [
      'Generators are separate processes (one per 8,000 sockets, at least two) with raw WebSocket clients (`lib/raw-ws.ts`), each from a source address no earlier generator of the bench used; 500 chargers in flight in total; each charger sends its next CALL when the previous one is answered.',
      'OCPP 1.6: BootNotification and StatusNotification for connectors 0, 1, 2. OCPP 2.0.1: BootNotification and StatusNotification for EVSE 1 and 2 (connector 1 each; 2.0.1 has no connector-0 status), answered by the same server on one URL.',
      'Clock: from the first connect to the last charger whose BootNotification and StatusNotifications were answered. CPU: user+system of the server process and its PostgreSQL backends during the storm, divided by N.',
      'Memory per connection: after a full GC with N connected, minus before, divided by N. RSS also keeps what the heap grew to during the storm (V8 does not hand pages back at once); live heap+external is what the connections hold.',
    ],
    data: { rows },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '1000,5000' }, protocols: { type: 'string', default: '1.6,2.0.1' } },
  });
  // '1.6' or 'ocpp1.6': the subprotocol the generators offer.
  const protocols = values.protocols!.split(',').map((p) => (p.startsWith('ocpp') ? p : `ocpp${p}`));
  if (protocols.some((p) => p !== 'ocpp1.6' && p !== 'ocpp2.0.1'))
    throw new Error('--protocols takes 1.6 and/or 2.0.1');
  const m = await machine();
  const result = await storm({ sizes: values.sizes!.split(',').map(Number), protocols });
  writeResults('storm', m, [result]);
  process.exit(0);
}
