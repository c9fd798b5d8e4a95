import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fairShares, startCircuitLab, type CircuitLab } from '../src/sim/circuit-lab.js';
import { NOMINAL_VOLTAGE, PHASES } from '../src/sim/meter.js';
import { effectiveLimitA } from '../src/sim/profiles.js';
import { eventually } from './commands-kit.js';
import { startServer, type TestServer } from './kit/server.js';

// The proof on virtual chargers over real sockets: 10 simulated chargers (src/sim) on a 3x63 A
// circuit, cars drawing what the profiles they accepted allow (one car takes less than its share).
// What a site owner needs, checked without trusting the clock of a busy machine:
// - at every moment (sampled every 100 ms), the limits the chargers accepted add up to at most 63 A
//   per phase, counting an idle connector at the default a new car would start with; so what the
//   cars draw does too;
// - after each change, once it settles (polled, generous deadline): each charging car within 1 A
//   of its water-filling share, at least the 6 A minimum or held at 0 with that reason, and the API
//   shows the limits the chargers accepted, adding up to at most 63 A.
// How long each change took to settle is printed (the issue asks for 5 s), not asserted: that is
// a timing promise a loaded test machine cannot keep.

const LIMIT_A = 63;
const SETTLE_DEADLINE_MS = 90_000;
let server: TestServer;
let lab: CircuitLab;
const overloads: string[] = [];
let samples = 0;
let watching: NodeJS.Timeout | undefined;

// Big batteries at 20 %: nobody tapers within the test. Car 0 takes at most 4.6 kW (6.7 A per phase).
const car = (i: number) => ({ batteryWh: 100_000, startSoc: 20, maxPowerW: i === 0 ? 4_600 : 22_000 });
const CHARGER_MAX_A = 22_000 / (NOMINAL_VOLTAGE * PHASES);

const drawn = () => lab.chargers.map((c) => c.drawA(1));
/** What each connector may draw by what its charger accepted: its session's limit, or the default a new car starts with. */
const allowed = () =>
  lab.chargers.map((c) => {
    const connector = c.connectors[0]!;
    return Math.min(CHARGER_MAX_A, effectiveLimitA(connector.limits, !!connector.session));
  });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Every 100 ms: three-phase cars load all three phases alike, so one sum per phase. */
function watch(): void {
  watching = setInterval(() => {
    samples++;
    const [may, now] = [sum(allowed()), sum(drawn())];
    if (may > LIMIT_A + 0.01 || now > LIMIT_A + 0.01)
      overloads.push(`${new Date().toISOString()}: accepted ${may.toFixed(2)} A, drawn ${now.toFixed(2)} A per phase`);
  }, 100);
}

const ALLOCATIONS = `query($id: ID!) { circuit(id: $id) { allocations { charger { ocppId } phase limitA reason } } }`;
type Allocation = { charger: { ocppId: string }; phase: string; limitA: number | null; reason: string };

/** Polls until the change settled: fair shares drawn, and the API agreeing with the chargers. */
async function settles(label: string): Promise<void> {
  const started = Date.now();
  await eventually(
    async () => fairnessProblem() ?? (await apiProblem()),
    (problem) => problem === null,
    SETTLE_DEADLINE_MS,
  );
  console.info(`loadmgmt proof: "${label}" settled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // And stays settled: the watcher keeps sampling a while (on a quiet machine a change settles in a
  // second, and the overload check must still see more than a few samples).
  await new Promise((r) => setTimeout(r, 1500));
}

/** Each charging car within 1 A of its share of 63 A by water-filling over what it would draw unlimited. */
function fairnessProblem(): string | null {
  const active = lab.chargers.filter((c) => c.connectors[0]!.session);
  const shares = fairShares(
    active.map((c) => c.drawA(1, { unlimited: true })),
    LIMIT_A,
  );
  const got = active.map((c) => c.drawA(1));
  const off = got.some((g, i) => Math.abs(g - shares[i]!) > 1);
  return off
    ? `drawn ${got.map((g) => g.toFixed(2)).join(' ')} vs shares ${shares.map((s) => s.toFixed(2)).join(' ')}`
    : null;
}

/** The API shows what each charger accepted; charging ones at the minimum or more, or held at 0 and saying so. */
async function apiProblem(): Promise<string | null> {
  const { circuit } = (await server.admin.request(ALLOCATIONS, { id: lab.circuitId })).expectNoErrors();
  const l1 = (circuit.allocations as Allocation[]).filter((a) => a.phase === 'L1');
  for (const c of lab.chargers) {
    const a = l1.find((x) => x.charger.ocppId === c.ocppId);
    const connector = c.connectors[0]!;
    if (!a) return `${c.ocppId}: no allocation`;
    if (!connector.session) continue;
    if (a.limitA !== (connector.limits.txA ?? null))
      return `${c.ocppId}: API ${a.limitA} A, charger ${connector.limits.txA} A`;
    if (a.limitA === 0 ? a.reason !== 'HELD_AT_ZERO' : (a.limitA ?? 0) < 6)
      return `${c.ocppId}: ${a.limitA} A ${a.reason}`;
  }
  const total = sum(l1.map((a) => a.limitA ?? 0));
  return total > LIMIT_A + 0.01 ? `API limits add up to ${total} A` : null;
}

beforeAll(async () => {
  server = await startServer();
  lab = await startCircuitLab({
    graphqlUrl: `${server.url}/graphql`,
    token: server.admin.token!,
    endpoint: `${server.ocppUrl}/demo`,
    count: 10,
    maxCurrentA: LIMIT_A,
    meterIntervalSeconds: 1,
    car,
  });
  // Every charger holds its default before anyone plugs in: from then on the sum above is bounded.
  await eventually(
    async () => lab.chargers.filter((c) => c.connectors[0]!.limits.txDefaultA === undefined).length,
    (missing) => missing === 0,
    SETTLE_DEADLINE_MS,
  );
  watch();
}, 180_000);

afterAll(async () => {
  clearInterval(watching);
  await lab?.stop();
  await server?.stop();
});

describe('load management on 10 virtual chargers, 3x63 A', () => {
  it('six cars: the slow one keeps what it draws, five share the rest', async () => {
    await Promise.all(lab.chargers.slice(0, 6).map((c) => c.plugIn(1, lab.idTag)));
    await settles('six cars');
    expect(lab.chargers[0]!.drawA(1)).toBeCloseTo(4_600 / 690, 1);
  }, 120_000);

  it('ten cars: everyone at 6.3 A', async () => {
    await Promise.all(lab.chargers.slice(6).map((c) => c.plugIn(1, lab.idTag)));
    await settles('ten cars');
    for (const a of drawn()) expect(a).toBeCloseTo(6.3, 1);
  }, 120_000);

  it('three leave: the seven left share 63 A again', async () => {
    await Promise.all(lab.chargers.slice(1, 4).map((c) => c.unplug(1)));
    await settles('three leave');
    expect(sum(drawn())).toBeGreaterThan(LIMIT_A - 3); // the circuit is used, not just safe
  }, 120_000);

  it('the limits the chargers accepted never added up to more than 63 A per phase, nor did the currents', () => {
    expect(samples).toBeGreaterThan(30);
    expect(overloads).toEqual([]);
  });
});
