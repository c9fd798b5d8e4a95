import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCircuitLab, type CircuitLab } from '../src/sim/circuit-lab.js';
import { eventually } from './commands-kit.js';
import { startServer, type TestServer } from './kit/server.js';

// Load management with OCPP 2.0.1 stations (the simulator's 2.0.1 dialect, real sockets): the same
// limits as for 1.6, spelt for 2.0.1 — a TxProfile naming the station's own transactionId (K01.FR.03).

let server: TestServer;
let lab: CircuitLab;

beforeAll(async () => {
  server = await startServer();
  lab = await startCircuitLab({
    graphqlUrl: `${server.url}/graphql`,
    token: server.admin.token!,
    endpoint: `${server.ocppUrl}/demo`,
    count: 3,
    maxCurrentA: 20,
    meterIntervalSeconds: 1,
    protocol: '2.0.1',
    car: () => ({ batteryWh: 100_000, startSoc: 20, maxPowerW: 22_000 }),
  });
}, 120_000);

afterAll(async () => {
  await lab?.stop();
  await server?.stop();
});

describe('load management on OCPP 2.0.1 stations', () => {
  it('two cars share 3x20 A; the third station may start with nothing', async () => {
    await Promise.all(lab.chargers.slice(0, 2).map((c) => c.plugIn(1, lab.idTag)));
    await eventually(
      async () => lab.chargers.map((c) => c.drawA(1)),
      (a) => a[0] === 10 && a[1] === 10,
      60_000,
    );
    expect(lab.chargers[2]!.connectors[0]!.limits.txDefaultA).toBe(0);
    const PROFILES = 'query($o: String) { charger(ocppId: $o) { ocppVersion chargingProfiles { purpose } } }';
    const { charger } = await eventually(
      async () => (await server.admin.request(PROFILES, { o: lab.chargers[0]!.ocppId })).expectNoErrors(),
      (d) => d.charger.chargingProfiles.length === 2,
      30_000,
    );
    expect(charger.ocppVersion).toBe('2.0.1');
    expect(charger.chargingProfiles.map((p: { purpose: string }) => p.purpose).sort()).toEqual([
      'TX_DEFAULT_PROFILE',
      'TX_PROFILE',
    ]);
  }, 90_000);
});
