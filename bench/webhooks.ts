// Bench: webhooks. (1) Deliveries per second from the outbox to a local receiver. (2) OCPP ingest
// (MeterValues, closed loop, accepted priced sessions) with webhooks off and on, in the same run,
// interleaved (off, on, on + meter values, off, ...) so a neighbour's load hits all alike.
// The figure that survives a loaded machine is CPU per message (server process + its PostgreSQL
// backends); msg/s is printed too. Target: webhooks cost at most 10 % of ingest.
// Run: npm run bench:webhooks -- --seconds 15 --chargers 100 --repeats 2 --deliveries 4000 [--only deliveries|ingest]
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { apiOf } from './lib/api.js';
import { benchIds, bootFleet, registerFor, sleep } from './lib/chargers.js';
import { cpuMeter } from './lib/cpu.js';
import { freshDatabase } from './lib/pg.js';
import { log, machine, percentiles, round, writeResults, type BenchResult } from './lib/report.js';
import { startTarget } from './lib/server.js';
import { pricedIdTag } from './lib/tenant-setup.js';
import { closedLoop } from './ingest.js';

const BENCH_TAG = 'BENCH-TAG';
const ENV = { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', LOG_LEVEL: 'warn' };
const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }`;

const load = () =>
  os
    .loadavg()
    .map((l) => round(l, 1))
    .join(' / ');

/** A receiver as fast as a local one gets: 200 at once, counting what arrives. */
async function startReceiver(): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let n = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => (n++, res.writeHead(200).end('ok')));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    count: () => n,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(100);
  }
  return false;
}

interface DeliveryRun {
  endpoints: number;
  deliveries: number;
  seconds: number;
  perSecond: number;
  serverCpuUs: number;
  databaseCpuUs: number;
  load: string;
}

/**
 * Deliveries per second: `total` outbox rows (a real connector.status_changed body, 200 resources)
 * spread over `endpoints` endpoints, written while the endpoints are disabled, then all enabled at once.
 */
async function deliveriesPerSecond(endpoints: number, total: number): Promise<DeliveryRun> {
  const db = await freshDatabase();
  const receiver = await startReceiver();
  const server = await startTarget('chargeql', db.url, { ...ENV, WEBHOOK_POLL_INTERVAL_MS: '200' });
  const sql = postgres(db.url, { max: 2, onnotice: () => {} });
  try {
    const api = await apiOf(server);
    const ids: string[] = [];
    for (let i = 0; i < endpoints; i++) {
      const { createWebhookEndpoint } = await api.request(CREATE, {
        input: { url: receiver.url, enabled: false, eventTypes: ['connector.status_changed'] },
      });
      ids.push(createWebhookEndpoint.endpoint.id);
    }
    const payload = {
      type: 'connector.status_changed',
      timestamp: new Date().toISOString(),
      data: {
        charger: { id: 'Q2hhcmdlcjowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA', ocppId: 'BENCH-00001' },
        connector: { connectorId: 1, status: 'CHARGING', errorCode: 'NoError' },
        connectorId: 1,
        status: 'CHARGING',
        errorCode: 'NoError',
        online: true,
        timestamp: new Date().toISOString(),
      },
    };
    await sql`
      insert into webhook_deliveries (tenant_id, endpoint_id, event_id, event_type, payload, ordering_key)
      select e.tenant_id, e.id, 'msg_bench_' || e.id || '_' || g, 'connector.status_changed', ${sql.json(payload)},
        'charger:' || (g % 200)
      from webhook_endpoints e, generate_series(1, ${Math.ceil(total / endpoints)}) g`;
    const rows = (await sql`select count(*)::int as n from webhook_deliveries`)[0]!.n as number;
    const cpu = await cpuMeter(server.pid, db.url);
    const started = performance.now();
    await sql`update webhook_endpoints set enabled = true`; // the node's endpoint cache lasts 2 s; the worker reads the rows
    const done = await until(
      async () => (await sql`select count(*)::int as n from webhook_deliveries where status = 'PENDING'`)[0]!.n === 0,
      600_000,
    );
    const seconds = (performance.now() - started) / 1000;
    const used = await cpu.read();
    if (!done) throw new Error('deliveries did not finish within 10 minutes');
    if (receiver.count() < rows) throw new Error(`receiver got ${receiver.count()} of ${rows}`);
    const r: DeliveryRun = {
      endpoints,
      deliveries: rows,
      seconds: round(seconds, 1),
      perSecond: Math.round(rows / seconds),
      serverCpuUs: Math.round((used.serverMs * 1000) / rows),
      databaseCpuUs: Math.round((used.databaseMs * 1000) / rows),
      load: load(),
    };
    log(
      `deliveries: ${rows} to ${endpoints} endpoint(s) in ${r.seconds} s = ${r.perSecond}/s; CPU/delivery server ${r.serverCpuUs} µs, database ${r.databaseCpuUs} µs; load ${r.load}`,
    );
    return r;
  } finally {
    await sql.end();
    await server.stop();
    await receiver.close();
    await db.drop();
  }
}

type Mode = 'off' | 'on' | 'on + meter values';

interface IngestRun {
  mode: Mode;
  chargers: number;
  messages: number;
  perSecond: number;
  p99: number;
  serverCpuUs: number;
  databaseCpuUs: number;
  delivered: number;
  load: string;
}

/** The ingest bench's workload; `on`: an endpoint for every default type, `+ meter values`: the opt-in one too. */
async function ingestRun(mode: Mode, chargers: number, seconds: number): Promise<IngestRun> {
  const db = await freshDatabase();
  const receiver = await startReceiver();
  const server = await startTarget('chargeql', db.url, ENV);
  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  try {
    const token = await registerFor(server, benchIds(chargers));
    await pricedIdTag(server.url, token, BENCH_TAG);
    if (mode !== 'off') {
      const api = await apiOf(server);
      await api.request(CREATE, { input: { url: receiver.url } }); // null eventTypes: all but the opt-in ones
      if (mode === 'on + meter values')
        await api.request(CREATE, { input: { url: receiver.url, eventTypes: ['meter_values.received'] } });
      await sleep(2100); // the endpoint cache of the node (2 s)
    }
    const fleet = await bootFleet(server, chargers);
    const started = await Promise.all(fleet.chargers.map((cp) => cp.plugIn(1, BENCH_TAG)));
    if (started.some((ok) => !ok)) throw new Error('a transaction was not accepted');
    await sleep(500);
    await closedLoop(fleet, Math.min(3, seconds / 4)); // warm-up
    // What the boot, the plug-in and the warm-up recorded is delivered before the measured loop starts.
    await server.flush();
    await until(
      async () => (await sql`select count(*)::int as n from webhook_deliveries where status = 'PENDING'`)[0]!.n === 0,
      120_000,
    );
    const deliveredBefore = receiver.count();
    const cpu = await cpuMeter(server.pid, db.url);
    const { latencies, elapsedMs } = await closedLoop(fleet, seconds);
    // The cost includes writing what was recorded and delivering it: wait for the outbox to drain.
    await server.flush();
    await until(
      async () => (await sql`select count(*)::int as n from webhook_deliveries where status = 'PENDING'`)[0]!.n === 0,
      60_000,
    );
    const used = await cpu.read();
    await fleet.stop();
    const r: IngestRun = {
      mode,
      chargers,
      messages: latencies.length,
      perSecond: Math.round((latencies.length * 1000) / elapsedMs),
      p99: percentiles(latencies).p99,
      serverCpuUs: Math.round((used.serverMs * 1000) / latencies.length),
      databaseCpuUs: Math.round((used.databaseMs * 1000) / latencies.length),
      delivered: receiver.count() - deliveredBefore,
      load: load(),
    };
    log(
      `ingest, webhooks ${mode}: ${r.perSecond} msg/s, p99 ${r.p99} ms, CPU/msg server ${r.serverCpuUs} µs + database ${r.databaseCpuUs} µs, ${r.delivered} webhooks delivered; load ${r.load}`,
    );
    return r;
  } finally {
    await sql.end();
    await server.stop();
    await receiver.close();
    await db.drop();
  }
}

export async function webhooks(opts: {
  seconds: number;
  chargers: number;
  repeats: number;
  deliveries: number;
  only?: string;
}): Promise<BenchResult[]> {
  const deliveries =
    opts.only === 'ingest'
      ? []
      : [await deliveriesPerSecond(1, opts.deliveries), await deliveriesPerSecond(8, opts.deliveries)];
  const ingest: IngestRun[] = [];
  const modes: Mode[] = ['off', 'on', 'on + meter values'];
  for (let i = 0; i < (opts.only === 'deliveries' ? 0 : opts.repeats); i++)
    for (const mode of modes) ingest.push(await ingestRun(mode, opts.chargers, opts.seconds));
  const mean = (mode: Mode, f: (r: IngestRun) => number) => {
    const runs = ingest.filter((r) => r.mode === mode);
    return runs.reduce((s, r) => s + f(r), 0) / runs.length;
  };
  const cpu = (r: IngestRun) => r.serverCpuUs + r.databaseCpuUs;
  const notes = (ingest.length ? modes.slice(1) : []).map((mode) => {
    const cpuCost = mean(mode, cpu) / mean('off', cpu) - 1;
    const rate = mean(mode, (r) => r.perSecond) / mean('off', (r) => r.perSecond) - 1;
    return `Webhooks ${mode} vs off (means of ${opts.repeats} interleaved runs): CPU per message ${cpuCost >= 0 ? '+' : ''}${round(cpuCost * 100, 1)} %, msg/s ${rate >= 0 ? '+' : ''}${round(rate * 100, 1)} % (target: at most 10 % cost).`;
  });
  notes.push(
    `"on": one endpoint subscribed to every default type (session.updated throttled to one a minute per session); "+ meter values": a second endpoint with meter_values.received (a charger's readings batched every 10 s). CPU counts the server process and its PostgreSQL backends, from the loop's start until the outbox is drained. Load average (1/5/15 min) is printed per run: the machine is shared.`,
  );
  return [
    {
      name: 'webhooks-deliveries',
      title: 'Webhooks: deliveries per second to a local receiver',
      columns: [
        'endpoints',
        'deliveries',
        'seconds',
        'deliveries/s',
        'server CPU/delivery (µs)',
        'database CPU/delivery (µs)',
        'load 1/5/15',
      ],
      rows: deliveries.map((r) => [
        r.endpoints,
        r.deliveries,
        r.seconds,
        r.perSecond,
        r.serverCpuUs,
        r.databaseCpuUs,
        r.load,
      ]),
      notes: [
        'Outbox rows written while the endpoints were disabled, then enabled at once; 200 resources per endpoint (ordering keys), WEBHOOK_CONCURRENCY_PER_ENDPOINT 4, WEBHOOK_CONCURRENCY 64; each delivery signed, posted under the SSRF guard and recorded.',
      ],
      data: { deliveries },
    },
    {
      name: 'webhooks-ingest',
      title: `Webhooks: OCPP ingest with webhooks off and on (${opts.chargers} chargers, MeterValues closed loop)`,
      columns: [
        'webhooks',
        'msg/s',
        'p99 (ms)',
        'messages',
        'server CPU/msg (µs)',
        'database CPU/msg (µs)',
        'webhooks delivered',
        'load 1/5/15',
      ],
      rows: ingest.map((r) => [
        r.mode,
        r.perSecond,
        r.p99,
        r.messages,
        r.serverCpuUs,
        r.databaseCpuUs,
        r.delivered,
        r.load,
      ]),
      notes,
      data: { ingest },
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '15' },
      chargers: { type: 'string', default: '100' },
      repeats: { type: 'string', default: '2' },
      deliveries: { type: 'string', default: '4000' },
      only: { type: 'string' }, // deliveries | ingest
    },
  });
  const m = await machine();
  writeResults(
    'webhooks',
    m,
    await webhooks({
      seconds: Number(values.seconds),
      chargers: Number(values.chargers),
      repeats: Number(values.repeats),
      deliveries: Number(values.deliveries),
      only: values.only,
    }),
  );
  process.exit(0);
}
