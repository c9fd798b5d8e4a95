import { VirtualCharger, type AutoCharge } from './charger.js';
import type { Faults } from './faults.js';
import { login, registerChargers, registerIdTags } from './register.js';
import { createStats, type SimStats } from './stats.js';

export const FLEET_PROTOCOLS = ['1.6', '2.0.1', 'mixed'] as const;
export type FleetProtocol = (typeof FLEET_PROTOCOLS)[number];

/** The version of the i-th charger (0-based) of a fleet. */
export const protocolOf = (protocol: FleetProtocol | undefined, i: number): '1.6' | '2.0.1' =>
  protocol === '2.0.1' || (protocol === 'mixed' && i % 2 === 1) ? '2.0.1' : '1.6';

export interface FleetOptions {
  count: number;
  /** Charger ids are `${prefix}-0001` ... */
  prefix?: string;
  /** OCPP endpoint without the identity. */
  endpoint: string;
  /** Register the chargers first through this GraphQL endpoint (with `token`, or `email` + `password`). */
  register?: { graphqlUrl: string; token?: string; email?: string; password?: string };
  chargerPassword?: string;
  connectors?: number;
  meterIntervalSeconds?: number;
  heartbeatSeconds?: number;
  auto?: AutoCharge | false;
  faults?: Faults;
  strictMode?: boolean;
  /** The OCPP version the chargers speak; `mixed`: every second one 2.0.1 (default 1.6). */
  protocol?: FleetProtocol;
  /** Loopback source addresses to spread sockets over (127.0.0.x), for 10,000s of connections. */
  sourceAddresses?: string[];
  /** Connections opened at once while ramping up. */
  concurrency?: number;
  stats?: SimStats;
  log?: (message: string) => void;
}

export interface Fleet {
  chargers: VirtualCharger[];
  stats: SimStats;
  /** Milliseconds from the first connect until every charger was answered Accepted (or gave up). */
  startMs: number;
  stop(): Promise<void>;
}

export const chargerIds = (prefix: string, count: number) =>
  Array.from(
    { length: count },
    (_, i) => `${prefix}-${String(i + 1).padStart(Math.max(4, String(count).length), '0')}`,
  );

export async function startFleet(opts: FleetOptions): Promise<Fleet> {
  const log = opts.log ?? (() => {});
  const stats = opts.stats ?? createStats(log);
  const ids = chargerIds(opts.prefix ?? 'SIM', opts.count);
  for (const address of opts.sourceAddresses ?? []) {
    if (!address.startsWith('127.'))
      throw new Error(`source address ${address} is not on the loopback range 127.0.0.0/8`);
  }
  if (opts.register) {
    const r = opts.register;
    const token = r.token ?? (await login(r.graphqlUrl, r.email ?? '', r.password ?? ''));
    const { created, existing } = await registerChargers(r.graphqlUrl, token, ids, { password: opts.chargerPassword });
    log(`registered ${created} chargers${existing ? `, ${existing} existed already` : ''}`);
    if (opts.auto) await registerIdTags(r.graphqlUrl, token, opts.auto.idTags);
  }
  const sources = opts.sourceAddresses ?? [];
  const chargers = ids.map(
    (ocppId, i) =>
      new VirtualCharger({
        endpoint: opts.endpoint,
        ocppId,
        password: opts.chargerPassword,
        connectors: opts.connectors,
        meterIntervalSeconds: opts.meterIntervalSeconds,
        heartbeatSeconds: opts.heartbeatSeconds,
        auto: opts.auto,
        faults: opts.faults,
        strictMode: opts.strictMode,
        protocol: protocolOf(opts.protocol, i),
        localAddress: sources.length ? sources[i % sources.length] : undefined,
        stats,
      }),
  );
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < chargers.length) await chargers[next++]!.start();
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 200, chargers.length) }, worker));
  return {
    chargers,
    stats,
    startMs: performance.now() - started,
    stop: async () => void (await Promise.all(chargers.map((c) => c.stop()))),
  };
}
