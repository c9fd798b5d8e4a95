// The load-management lab: virtual chargers on one circuit of a site, set up through the GraphQL
// API like an operator would (site, circuit, chargers, attachments), for the demo, the proof test
// and the plot. It imports nothing from the server.
import { VirtualCharger } from './charger.js';
import { chargerIds } from './fleet.js';
import { createStats } from './stats.js';
import type { EvProfile } from './meter.js';
import { GraphqlError, post, registerChargers, registerIdTags } from './register.js';

export interface CircuitLabOptions {
  graphqlUrl: string;
  token: string;
  /** OCPP endpoint without the identity (ws://host/ocpp/{tenantSlug}). */
  endpoint: string;
  count?: number;
  prefix?: string;
  /** Per phase, in A. */
  maxCurrentA?: number;
  meterIntervalSeconds?: number;
  /** The car behind each charger (index 0..count-1). */
  car?: (index: number) => Partial<EvProfile>;
  auto?: VirtualCharger['opts']['auto'];
  /** The chargers' OCPP version (1.6 by default). */
  protocol?: '1.6' | '2.0.1';
  log?: (message: string) => void;
}

export interface CircuitLab {
  chargers: VirtualCharger[];
  circuitId: string;
  siteId: string;
  idTag: string;
  stop(): Promise<void>;
}

export const LAB_ID_TAG = 'LM-DRIVER';

async function gql(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const body = await post(url, token, query, variables);
  const err = body.errors?.[0];
  if (err) throw new GraphqlError(`${err.message}`, err.extensions?.code);
  return body.data!;
}

export async function startCircuitLab(opts: CircuitLabOptions): Promise<CircuitLab> {
  const { graphqlUrl: url, token } = opts;
  const count = opts.count ?? 10;
  const maxCurrentA = opts.maxCurrentA ?? 63;
  const stamp = Date.now().toString(36).toUpperCase();
  const { createSite } = await gql(url, token, 'mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }', {
    i: { name: `Load management lab ${stamp}` },
  });
  const { createCircuit } = await gql(
    url,
    token,
    'mutation($i: CreateCircuitInput!) { createCircuit(input: $i) { id } }',
    { i: { siteId: createSite.id, name: `Grid connection 3x${maxCurrentA} A`, maxCurrentA, phases: 3 } },
  );
  const ids = chargerIds(`${opts.prefix ?? 'LM'}-${stamp}`, count);
  await registerChargers(url, token, ids, { siteId: createSite.id });
  await registerIdTags(url, token, [LAB_ID_TAG]);
  for (const ocppId of ids) {
    const { charger } = await gql(url, token, 'query($o: String) { charger(ocppId: $o) { id } }', { o: ocppId });
    await gql(url, token, 'mutation($i: AttachChargerInput!) { attachCharger(input: $i) { id } }', {
      i: { circuitId: createCircuit.id, chargerId: charger.id, phases: 3, maxCurrentA: 32 },
    });
  }
  const stats = createStats(opts.log);
  const chargers = ids.map(
    (ocppId, i) =>
      new VirtualCharger({
        endpoint: opts.endpoint,
        ocppId,
        connectors: 1,
        maxPowerW: 22_000,
        meterIntervalSeconds: opts.meterIntervalSeconds ?? 1,
        heartbeatSeconds: 60,
        auto: opts.auto ?? false,
        ev: opts.car?.(i),
        protocol: opts.protocol,
        stats,
      }),
  );
  await Promise.all(chargers.map((c) => c.start()));
  // Every charger has its default (TxDefaultProfile) before anyone plugs in.
  await new Promise((r) => setTimeout(r, 1_000));
  return {
    chargers,
    circuitId: createCircuit.id,
    siteId: createSite.id,
    idTag: LAB_ID_TAG,
    stop: async () => void (await Promise.all(chargers.map((c) => c.stop()))),
  };
}

/** Water-filling over what each car would draw unlimited: the share each should get of `capacityA`. */
export function fairShares(demandsA: number[], capacityA: number): number[] {
  if (demandsA.reduce((a, b) => a + b, 0) <= capacityA) return [...demandsA];
  const sorted = [...demandsA].sort((a, b) => a - b);
  let left = capacityA;
  let level = 0;
  for (let i = 0; i < sorted.length; i++) {
    const even = left / (sorted.length - i);
    if (sorted[i]! >= even) {
      level = even;
      break;
    }
    left -= sorted[i]!;
  }
  return demandsA.map((d) => Math.min(d, level));
}

/**
 * The demo scenario's cars: car 1 takes at most 4.6 kW (6.7 A per phase, less than its share at
 * times), car 10 arrives nearly full and tapers; the others take up to 22 kW with room to spare.
 */
export function scenarioCar(index: number, count: number): Partial<EvProfile> {
  if (index === 0) return { batteryWh: 100_000, startSoc: 20, maxPowerW: 4_600 };
  if (index === count - 1) return { batteryWh: 1_200, startSoc: 76, maxPowerW: 22_000 };
  return { batteryWh: 100_000, startSoc: 20, maxPowerW: 22_000 };
}

/** The demo scenario, seconds from its start: who plugs in and who leaves. */
export const SCENARIO: { at: number; plugIn?: number[]; leave?: number[]; label: string }[] = [
  { at: 0, plugIn: [0, 1, 2, 3, 4, 5], label: '6 cars arrive' },
  { at: 20, plugIn: [6, 7, 8, 9], label: '4 more: 10 cars' },
  { at: 45, leave: [1, 2, 3], label: '3 leave' },
  { at: 65, leave: [4, 5], label: '2 more leave' },
];
export const SCENARIO_SECONDS = 85;

/** Runs the scenario once (then unplugs everyone); `onStep` hears each step as it happens. */
export async function runScenario(lab: CircuitLab, onStep: (label: string) => void = () => {}): Promise<void> {
  const started = Date.now();
  const wait = (s: number) => new Promise((r) => setTimeout(r, Math.max(0, started + s * 1000 - Date.now())));
  for (const step of SCENARIO) {
    await wait(step.at);
    onStep(step.label);
    await Promise.all([
      ...(step.plugIn ?? []).map((i) => lab.chargers[i]?.plugIn(1, lab.idTag)),
      ...(step.leave ?? []).map((i) => lab.chargers[i]?.unplug(1)),
    ]);
  }
  await wait(SCENARIO_SECONDS);
  await Promise.all(lab.chargers.map((c) => c.unplug(1)));
}
