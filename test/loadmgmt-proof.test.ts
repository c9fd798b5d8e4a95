import { cpus, loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fairShares, startCircuitLab, type CircuitLab } from '../src/sim/circuit-lab.js';
import { startServer, type TestServer } from './kit/server.js';

// The proof on virtual chargers over real sockets: 10 simulated chargers (src/sim) on a 3x63 A
// circuit, cars drawing what their profile allows (one car takes less than its share). From 5 s
// after any change, the sum of the currents drawn never passes 63 A on any phase, each charging
// car is within 1 A of its fair share, so the allocation follows a start or stop within 5 s.

const LIMIT_A = 63;
// The 5 s are a timing promise: on a machine with far more runnable work than cores (load average above
// 4 per core) the server's answers alone take seconds, so the proof is skipped there, and says so.
const BUSY = loadavg()[0]! / cpus().length > 4;
if (BUSY) console.warn(`loadmgmt proof skipped: load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
const SETTLE_S = 5;
let server: TestServer;
let lab: CircuitLab;
let lastChange = Date.now();
const violations: string[] = [];
let samples = 0;
let watching: NodeJS.Timeout | undefined;

// Big batteries at 20 %: nobody tapers within the test. Car 0 takes at most 4.6 kW (6.7 A per phase).
const car = (i: number) => ({ batteryWh: 100_000, startSoc: 20, maxPowerW: i === 0 ? 4_600 : 22_000 });

const drawn = () => lab.chargers.map((c) => c.drawA(1));

/** Every 100 ms: the sum on each phase (three-phase cars load all three the same). */
function watch(): void {
  watching = setInterval(() => {
    if (Date.now() - lastChange < SETTLE_S * 1000) return;
    samples++;
    const sum = drawn().reduce((a, b) => a + b, 0);
    if (sum > LIMIT_A + 0.01) violations.push(`${new Date().toISOString()}: ${sum.toFixed(2)} A per phase`);
  }, 100);
}

async function change(action: () => Promise<unknown>): Promise<void> {
  lastChange = Date.now();
  await action();
  lastChange = Date.now();
}

/** From 5 s after the change: each charging car within 1 A of its water-filling share. */
async function expectFairShares(): Promise<void> {
  await new Promise((r) => setTimeout(r, SETTLE_S * 1000 - (Date.now() - lastChange)));
  const active = lab.chargers.filter((c) => c.connectors[0]!.session);
  const demands = active.map((c) => c.drawA(1, { unlimited: true }));
  const shares = fairShares(demands, LIMIT_A);
  const got = active.map((c) => Math.round(c.drawA(1) * 100) / 100);
  const off = got.map((g, i) => Math.abs(g - shares[i]!));
  expect(
    Math.max(...off),
    `drawn ${got.join(' ')} vs shares ${shares.map((s) => s.toFixed(2)).join(' ')}`,
  ).toBeLessThanOrEqual(1);
}

/** Steady state for a while, watched by `watch`. */
const hold = () => new Promise((r) => setTimeout(r, 2500));

beforeAll(async () => {
  if (BUSY) return;
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
  watch();
}, 120_000);

afterAll(async () => {
  clearInterval(watching);
  await lab?.stop();
  await server?.stop();
});

describe.skipIf(BUSY)('load management on 10 virtual chargers, 3x63 A', () => {
  it('six cars: the slow one keeps what it draws, five share the rest', async () => {
    await change(() => Promise.all(lab.chargers.slice(0, 6).map((c) => c.plugIn(1, lab.idTag))));
    await expectFairShares();
    expect(lab.chargers[0]!.drawA(1)).toBeCloseTo(4_600 / 690, 1);
    await hold();
  }, 30_000);

  it('ten cars: everyone at 6.3 A', async () => {
    await change(() => Promise.all(lab.chargers.slice(6).map((c) => c.plugIn(1, lab.idTag))));
    await expectFairShares();
    await hold();
  }, 30_000);

  it('three leave: the seven left share 63 A again', async () => {
    await change(() => Promise.all(lab.chargers.slice(1, 4).map((c) => c.unplug(1))));
    await expectFairShares();
    // A second look a little later: still fair, still within the limit.
    await hold();
    await expectFairShares();
  }, 30_000);

  it('never passed 63 A per phase from 5 s after any change', () => {
    expect(samples).toBeGreaterThan(30);
    expect(violations).toEqual([]);
  });
});
