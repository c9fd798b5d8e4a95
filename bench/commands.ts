// Bench 5, command round trip: the remoteStart mutation -> the charger's answer -> the mutation's
// response; the overhead is measured against a bare ocpp-rpc server calling the same chargers.
// Run: npm run bench:commands -- --count 500
import { parseArgs } from 'node:util';
import { apiOf, notAvailable } from './lib/api.js';
import { benchIds, bootFleet, registerFor } from './lib/chargers.js';
import { freshDatabase } from './lib/pg.js';
import { log, machine, percentiles, round, writeResults, type BenchResult } from './lib/report.js';
import { startTarget } from './lib/server.js';

const TITLE = '5. Command round trip: remoteStart -> charger answer';
const CHARGERS = 100;

async function bare(count: number) {
  const server = await startTarget('bare');
  try {
    const fleet = await bootFleet(server, CHARGERS);
    const { times } = await server.ask<{ times: number[] }>({ type: 'command', count });
    await fleet.stop();
    return percentiles(times);
  } finally {
    await server.stop();
  }
}

export async function commands(opts: { count: number }): Promise<BenchResult> {
  const db = await freshDatabase();
  const server = await startTarget('chargeql', db.url);
  try {
    const api = await apiOf(server);
    if (!api.has('Mutation', 'remoteStart')) return notAvailable('commands', TITLE, 'Mutation.remoteStart');
    const ids = benchIds(CHARGERS);
    await registerFor(server, ids);
    const fleet = await bootFleet(server, CHARGERS, { connectors: 2 });
    const globalIds: string[] = [];
    for (const ocppId of ids)
      globalIds.push(
        (await api.request(`query($o: String!) { charger(ocppId: $o) { id } }`, { o: ocppId })).charger.id,
      );
    const times: number[] = [];
    const statuses = new Map<string, number>();
    for (let i = 0; i < opts.count; i++) {
      const t = performance.now();
      const data = await api.request(`mutation($i: RemoteStartInput!) { remoteStart(input: $i) { status } }`, {
        i: { chargerId: globalIds[i % CHARGERS], connectorId: 1 + (Math.floor(i / CHARGERS) % 2), idTag: 'BENCH-TAG' },
      });
      times.push(performance.now() - t);
      statuses.set(data.remoteStart.status, (statuses.get(data.remoteStart.status) ?? 0) + 1);
    }
    await fleet.stop();
    const ours = percentiles(times);
    const base = await bare(opts.count);
    log(`remoteStart p50 ${ours.p50} ms (bare ocpp-rpc ${base.p50} ms)`);
    return {
      name: 'commands',
      title: TITLE,
      columns: ['path', 'calls', 'p50 (ms)', 'p95 (ms)', 'p99 (ms)'],
      rows: [
        ['GraphQL remoteStart -> RemoteStartTransaction -> answer', opts.count, ours.p50, ours.p95, ours.p99],
        ['bare ocpp-rpc server.call(RemoteStartTransaction)', opts.count, base.p50, base.p95, base.p99],
      ],
      notes: [
        `Overhead of the API path at p50: ${round(ours.p50 - base.p50)} ms. Answers: ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}.`,
        'Sequential mutations over HTTP, round-robin over 100 chargers on PostgreSQL.',
      ],
      data: { ours, bare: base, statuses: Object.fromEntries(statuses) },
    };
  } finally {
    await server.stop();
    await db.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '500' } } });
  const m = await machine();
  writeResults('commands', m, [await commands({ count: Number(values.count) })]);
  process.exit(0);
}
