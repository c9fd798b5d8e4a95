// Bench 3, latency: charger -> GraphQL subscriber. 100 chargers send MeterValues at a fixed total
// rate; a graphql-ws client subscribed to `meterValues` timestamps each event's arrival.
// Run: npm run bench:latency -- --rates 100,1000 --seconds 15
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { apiOf, notAvailable } from './lib/api.js';
import { benchIds, bootFleet, registerFor, sleep, type BenchFleet } from './lib/chargers.js';
import { freshDatabase } from './lib/pg.js';
import { log, machine, percentiles, writeResults, type BenchResult } from './lib/report.js';
import { startTarget } from './lib/server.js';

const TITLE = '3. Latency: charger -> GraphQL subscriber';
const CHARGERS = 100;

/** Every charger sends at rate/CHARGERS per second; the energy register value carries a sequence number. */
async function openLoop(fleet: BenchFleet, rate: number, seconds: number, sent: Map<number, number>, seq: { n: number }) {
  const interval = (CHARGERS * 1000) / rate;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    fleet.chargers.map(async (cp, i) => {
      let next = performance.now() + (interval * i) / CHARGERS;
      while (next < end) {
        await sleep(Math.max(0, next - performance.now()));
        next += interval;
        const id = ++seq.n;
        sent.set(id, performance.now());
        const sampledValue = [{ value: String(id), measurand: 'Energy.Active.Import.Register', unit: 'Wh', context: 'Sample.Periodic' }];
        await cp.call('MeterValues', { connectorId: 1, meterValue: [{ timestamp: new Date().toISOString(), sampledValue }] }).catch(() => null);
      }
    }),
  );
}

export async function latency(opts: { rates: number[]; seconds: number }): Promise<BenchResult> {
  const db = await freshDatabase();
  const server = await startTarget('chargeql', db.url);
  try {
    const api = await apiOf(server);
    if (!api.has('Subscription', 'meterValues')) return notAvailable('latency', TITLE, 'Subscription.meterValues');
    await registerFor(server, benchIds(CHARGERS));
    const fleet = await bootFleet(server, CHARGERS);
    const sent = new Map<number, number>();
    const arrivals: number[] = [];
    const client = createClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${api.token}` } });
    const dispose = client.subscribe(
      { query: 'subscription { meterValues { connectorId timestamp values { measurand value raw } } }' },
      {
        next: ({ data }: any) => {
          const id = Number(data?.meterValues?.values?.[0]?.raw ?? data?.meterValues?.values?.[0]?.value);
          const at = sent.get(id);
          if (at !== undefined) arrivals.push(performance.now() - at);
        },
        error: (err) => log(`subscription error: ${JSON.stringify(err)}`),
        complete: () => {},
      },
    );
    await sleep(1000);
    const rows: (string | number)[][] = [];
    const seq = { n: 0 };
    for (const rate of opts.rates) {
      arrivals.length = 0;
      const before = seq.n;
      const started = performance.now();
      await openLoop(fleet, rate, opts.seconds, sent, seq);
      const achieved = Math.round(((seq.n - before) * 1000) / (performance.now() - started));
      await sleep(1000);
      const p = percentiles(arrivals);
      rows.push([rate, achieved, p.p50, p.p95, p.p99, p.max, `${arrivals.length} of ${seq.n - before}`]);
      log(`${rate} msg/s: p50 ${p.p50} ms, p99 ${p.p99} ms`);
    }
    dispose();
    await client.dispose();
    await fleet.stop();
    return {
      name: 'latency',
      title: TITLE,
      columns: ['target msg/s', 'achieved msg/s', 'p50 (ms)', 'p95 (ms)', 'p99 (ms)', 'max (ms)', 'events received'],
      rows,
      notes: [`${CHARGERS} chargers on PostgreSQL; one subscriber to \`meterValues\` over graphql-ws; clock from the charger's send to the subscriber's receipt, in one process.`],
      data: { rows },
    };
  } finally {
    await server.stop();
    await db.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rates: { type: 'string', default: '100,1000' }, seconds: { type: 'string', default: '15' } } });
  const m = await machine();
  writeResults('latency', m, [await latency({ rates: values.rates!.split(',').map(Number), seconds: Number(values.seconds) })]);
  process.exit(0);
}
