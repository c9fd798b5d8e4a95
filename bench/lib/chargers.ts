// Virtual chargers for the benches: the simulator's own chargers, quiet (no sessions of their own,
// no periodic meter values, no schema validation on the client so the client spends less CPU).
import { VirtualCharger } from '../../src/sim/charger.js';
import { chargerIds } from '../../src/sim/fleet.js';
import { login, registerChargers } from '../../src/sim/register.js';
import { createStats, type SimStats } from '../../src/sim/stats.js';
import type { ServerUnderTest } from './server.js';

export interface BenchFleet {
  chargers: VirtualCharger[];
  stats: SimStats;
  /** From the first connect until every charger was answered Accepted. */
  bootMs: number;
  stop(): Promise<void>;
}

export async function registerFor(server: ServerUnderTest, ids: string[]): Promise<string> {
  if (server.target === 'bare') return '';
  const token = await login(`${server.url}/graphql`, 'admin@example.com', server.adminPassword);
  // 25 per request: the server refuses more than GRAPHQL_MAX_ALIASES (30) aliases in one operation.
  await registerChargers(`${server.url}/graphql`, token, ids, { batch: 25 });
  return token;
}

export const benchIds = (count: number, prefix = 'BENCH') => chargerIds(prefix, count);

/** Connects and boots `count` chargers (registered before with `registerFor`); resolves when all are Accepted. */
export async function bootFleet(
  server: ServerUnderTest,
  count: number,
  opts: { prefix?: string; concurrency?: number; connectors?: number; protocol?: '1.6' | '2.0.1' } = {},
): Promise<BenchFleet> {
  const ids = benchIds(count, opts.prefix);
  const stats = createStats((m) => process.stderr.write(`[sim] ${m}\n`));
  // Past ~28,000 sockets one source address runs out of ephemeral ports: spread over 127.0.0.1-8.
  const spread = count > 20_000 ? 8 : 1;
  const chargers = ids.map(
    (ocppId, i) =>
      new VirtualCharger({
        endpoint: server.ocppUrl,
        ocppId,
        connectors: opts.connectors ?? 1,
        meterIntervalSeconds: 0,
        heartbeatSeconds: 3600,
        auto: false,
        strictMode: false,
        protocol: opts.protocol,
        callTimeoutMs: 120_000,
        localAddress: spread > 1 ? `127.0.0.${1 + (i % spread)}` : undefined,
        stats,
      }),
  );
  const started = performance.now();
  let next = 0;
  let bootMs = 0;
  const allBooted = new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if (stats.booted >= count) {
        bootMs = performance.now() - started;
        clearInterval(check);
        resolve();
      }
    }, 2);
  });
  const worker = async () => {
    while (next < chargers.length) await chargers[next++]!.start();
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 500, count) }, worker));
  await allBooted;
  return { chargers, stats, bootMs, stop: async () => void (await Promise.all(chargers.map((c) => c.stop()))) };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
