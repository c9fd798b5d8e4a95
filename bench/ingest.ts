// Bench 2, ingest: MeterValues per second with everything persisted, against a bare ocpp-rpc server in
// the same run. Closed loop: each charger sends its next MeterValues as soon as the previous one is
// answered (the shape used to compare CSMSs). Two sizes: 100 chargers, and more to saturate the server.
// Each size in OCPP 1.6 and 2.0.1 (where a transaction's meter values are TransactionEvent Updated).
// Run: npm run bench:ingest -- --seconds 20 [--protocols 1.6,2.0.1]
import os from 'node:os';
import { parseArgs } from 'node:util';
import { benchIds, bootFleet, registerFor, sleep, type BenchFleet } from './lib/chargers.js';
import { cpuMeter } from './lib/cpu.js';
import { freshDatabase } from './lib/pg.js';
import { log, machine, percentiles, round, writeResults, type BenchResult } from './lib/report.js';
import { startTarget } from './lib/server.js';
import { pricedIdTag } from './lib/tenant-setup.js';

const BENCH_TAG = 'BENCH-TAG';

type Protocol = '1.6' | '2.0.1';

export interface Run {
  server: string;
  protocol: Protocol;
  chargers: number;
  messages: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** MeterValues answered with a CALLERROR (NotImplemented while the handler is not built). */
  callErrors: number;
  flushMs: number;
  persistedPerSecond: number;
  /** CPU per message (µs), including the final flush: the server process, and its PostgreSQL backends. */
  serverCpuUs: number;
  databaseCpuUs: number;
  /** SQL statements the server sent per message (message log and spool writes included); 0 for the bare server. */
  statementsPerMessage: number;
  rows: Record<string, number>;
  /** 1-minute load average when the run ended: other work on a shared machine skews every figure. */
  loadAverage: number;
}

export async function closedLoop(
  fleet: BenchFleet,
  seconds: number,
): Promise<{ latencies: number[]; elapsedMs: number }> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    fleet.chargers.map(async (cp) => {
      while (performance.now() < end) {
        const t = performance.now();
        await cp.sendMeterValues(1);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies, elapsedMs: performance.now() - started };
}

export async function run(
  target: 'chargeql' | 'bare',
  chargers: number,
  seconds: number,
  database: 'postgres' | 'pglite',
  protocol: Protocol,
  extraEnv: Record<string, string> = {},
): Promise<Run> {
  const db = target === 'chargeql' && database === 'postgres' ? await freshDatabase() : null;
  const server = await startTarget(target, db?.url, extraEnv);
  try {
    const token = await registerFor(server, benchIds(chargers));
    if (target === 'chargeql') await pricedIdTag(server.url, token, BENCH_TAG);
    const fleet = await bootFleet(server, chargers, { protocol });
    // An accepted transaction on every charger (a known id tag, a tariff): each MeterValues then
    // goes through the session lookup, the live register and live pricing, like in production.
    const started = await Promise.all(fleet.chargers.map((cp) => cp.plugIn(1, BENCH_TAG)));
    const refused = started.filter((ok) => !ok).length;
    if (refused) throw new Error(`${refused} of ${chargers} transactions were not accepted`);
    await sleep(500);
    await closedLoop(fleet, Math.min(3, seconds / 4)); // warm-up: JIT, pools, caches
    const unsupportedBefore = fleet.stats.unsupported + fleet.stats.errors;
    const statementsBefore = target === 'chargeql' ? await server.statements() : 0;
    const cpuMeterStarted = await cpuMeter(server.pid, db?.url);
    const { latencies, elapsedMs } = await closedLoop(fleet, seconds);
    const callErrors = fleet.stats.unsupported + fleet.stats.errors - unsupportedBefore;
    const flushStart = performance.now();
    await server.flush();
    const flushMs = performance.now() - flushStart;
    const cpu = await cpuMeterStarted.read();
    const statements = target === 'chargeql' ? (await server.statements()) - statementsBefore : 0;
    const rows: Record<string, number> = db
      ? {
          ocpp_messages: await db.count('ocpp_messages'),
          meter_values: await db.count('meter_values'),
          'ACTIVE sessions': await db.count('sessions', "status = 'ACTIVE'"),
        }
      : {};
    await fleet.stop();
    const p = percentiles(latencies);
    const r: Run = {
      server:
        target === 'bare'
          ? 'bare ocpp-rpc'
          : `ChargeQL (${database === 'postgres' ? 'PostgreSQL' : 'embedded PGlite'})`,
      protocol,
      chargers,
      messages: latencies.length,
      perSecond: Math.round((latencies.length * 1000) / elapsedMs),
      p50: p.p50,
      p95: p.p95,
      p99: p.p99,
      callErrors,
      flushMs: Math.round(flushMs),
      persistedPerSecond: Math.round((latencies.length * 1000) / (elapsedMs + flushMs)),
      serverCpuUs: Math.round((cpu.serverMs * 1000) / latencies.length),
      databaseCpuUs: Math.round((cpu.databaseMs * 1000) / latencies.length),
      statementsPerMessage: round(statements / latencies.length, 3),
      rows,
      loadAverage: round(os.loadavg()[0]!, 1),
    };
    log(
      `${r.server}, OCPP ${protocol}, ${chargers} chargers (load ${r.loadAverage}) closed loop: ${r.perSecond} msg/s, p99 ${r.p99} ms, CPU/msg: server ${r.serverCpuUs} µs, database ${r.databaseCpuUs} µs, ${r.statementsPerMessage} SQL statements/msg${callErrors ? `, ${callErrors} CALLERRORs` : ''}`,
    );
    return r;
  } finally {
    await server.stop();
    await db?.drop();
  }
}

export async function ingest(opts: {
  seconds: number;
  sizes: number[];
  pglite: boolean;
  protocols?: Protocol[];
  /** Also runs ChargeQL with DATABASE_PREPARED_STATEMENTS=false (how it ran before issue 19's prepared statements). */
  unprepared?: boolean;
}): Promise<BenchResult> {
  const runs: Run[] = [];
  const notes: string[] = [];
  for (const n of opts.sizes) {
    for (const protocol of opts.protocols ?? ['1.6', '2.0.1']) {
      const bare = await run('bare', n, opts.seconds, 'postgres', protocol);
      const ours = await run('chargeql', n, opts.seconds, 'postgres', protocol);
      runs.push(bare, ours);
      if (opts.unprepared) {
        const before = await run('chargeql', n, opts.seconds, 'postgres', protocol, {
          DATABASE_PREPARED_STATEMENTS: 'false',
        });
        runs.push({ ...before, server: 'ChargeQL (PostgreSQL, DATABASE_PREPARED_STATEMENTS=false)' });
      }
      notes.push(
        `${n} chargers, OCPP ${protocol}: ChargeQL on PostgreSQL reaches ${Math.round((ours.perSecond / bare.perSecond) * 100)} % of the bare ocpp-rpc rate (${ours.persistedPerSecond} msg/s counting the final flush of the batched writes); CPU per message ${ours.serverCpuUs} µs server + ${ours.databaseCpuUs} µs database (load ${ours.loadAverage}).`,
      );
      if (opts.pglite && n === opts.sizes[0] && protocol === '1.6')
        runs.push(await run('chargeql', n, opts.seconds, 'pglite', protocol));
    }
  }
  const unserved = runs.find((r) => r.callErrors > 0 && r.server.startsWith('ChargeQL'));
  if (unserved) {
    notes.push(
      `${unserved.callErrors} messages were answered with a CALLERROR in the ${unserved.chargers}-charger OCPP ${unserved.protocol} run (the server log says why); their cost is in the figures.`,
    );
  }
  notes.push(
    'Each charger is in an accepted transaction (registered id tag, a tenant default tariff: live pricing on every value); each MeterValues carries one sample of 5 measurands (energy register, power, current, voltage, SoC) with the transactionId; every frame in and out goes to the OCPP message log.',
    'In OCPP 2.0.1 the same sample travels as TransactionEvent Updated (seqNo, the station’s transactionId): each is also kept once in transaction_events (idempotency) and moves the session’s seqNo. The bare server answers both versions without doing anything.',
  );
  return {
    name: 'ingest',
    title: '2. Ingest: MeterValues, closed loop',
    columns: [
      'server',
      'OCPP',
      'chargers',
      'msg/s',
      'p50 (ms)',
      'p95 (ms)',
      'p99 (ms)',
      'messages',
      'CALLERRORs',
      'flush after (ms)',
      'server CPU/msg (µs)',
      'database CPU/msg (µs)',
      'SQL statements/msg',
      'rows written',
      'load avg',
    ],
    rows: runs.map((r) => [
      r.server,
      r.protocol,
      r.chargers,
      r.perSecond,
      r.p50,
      r.p95,
      r.p99,
      r.messages,
      r.callErrors,
      r.flushMs,
      r.serverCpuUs,
      r.databaseCpuUs,
      r.statementsPerMessage,
      Object.entries(r.rows)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '-',
      r.loadAverage,
    ]),
    notes,
    data: {
      runs,
      ratios: opts.sizes.flatMap((n) =>
        (opts.protocols ?? ['1.6', '2.0.1']).map((protocol) => {
          const of = (server: (r: Run) => boolean) =>
            runs.find((r) => r.chargers === n && r.protocol === protocol && server(r))!.perSecond;
          return {
            chargers: n,
            protocol,
            ratio: round(of((r) => r.server.includes('PostgreSQL')) / of((r) => r.server === 'bare ocpp-rpc'), 3),
          };
        }),
      ),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '20' },
      sizes: { type: 'string', default: '100,500' },
      'no-pglite': { type: 'boolean', default: false },
      protocols: { type: 'string', default: '1.6,2.0.1' },
      unprepared: { type: 'boolean', default: false },
    },
  });
  const protocols = values.protocols!.split(',') as Protocol[];
  if (protocols.some((p) => p !== '1.6' && p !== '2.0.1')) throw new Error('--protocols takes 1.6 and/or 2.0.1');
  const m = await machine();
  writeResults('ingest', m, [
    await ingest({
      seconds: Number(values.seconds),
      sizes: values.sizes!.split(',').map(Number),
      pglite: !values['no-pglite'],
      protocols,
      unprepared: values.unprepared,
    }),
  ]);
  process.exit(0);
}
