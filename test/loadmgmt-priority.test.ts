import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, eventually, startTransaction } from './commands-kit.js';
import { connectCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';

// Per-id-tag priority on a PRIORITY circuit, through the API and real OCPP 1.6 clients: a driver's
// tag can outrank the order of arrival; the charger's own priority still counts.

let server: TestServer;
let circuitId: string;
const clients: TestCharger[] = [];

const ALLOCATIONS = `query($id: ID!) { circuit(id: $id) { allocations { charger { ocppId } phase limitA reason } } }`;
async function limitsNow(): Promise<Record<string, number | null>> {
  const { circuit } = (await server.admin.request(ALLOCATIONS, { id: circuitId })).expectNoErrors();
  return Object.fromEntries(
    circuit.allocations
      .filter((a: { phase: string }) => a.phase === 'L1')
      .map((a: { charger: { ocppId: string }; limitA: number | null }) => [a.charger.ocppId, a.limitA]),
  );
}

async function tag(value: string, chargingPriority: number | null) {
  const { createIdTag } = (
    await server.admin.request(
      'mutation($input: CreateIdTagInput!) { createIdTag(input: $input) { id value chargingPriority } }',
      { input: { value, chargingPriority } },
    )
  ).expectNoErrors();
  return createIdTag as { id: string; value: string; chargingPriority: number | null };
}

async function charger(ocppId: string, siteId: string, priority: number) {
  const chargerId = await registerCharger(server.admin, ocppId, { siteId });
  (
    await server.admin.request('mutation($input: AttachChargerInput!) { attachCharger(input: $input) { id } }', {
      input: { circuitId, chargerId, priority },
    })
  ).expectNoErrors();
  const client = await connectCharger(server.ocppUrl, ocppId, { strictMode: true });
  answer(client, 'SetChargingProfile', () => ({ status: 'Accepted' }));
  clients.push(client);
  await client.call('BootNotification', { chargePointVendor: 'ChargeQL', chargePointModel: 'TestBox' });
  await client.call('StatusNotification', { connectorId: 1, status: 'Available', errorCode: 'NoError' });
  return client;
}

beforeAll(async () => {
  server = await startServer();
  const { createSite } = (
    await server.admin.request('mutation { createSite(input: { name: "Fleet depot" }) { id } }')
  ).expectNoErrors();
  // 3x22 A: room for one car at 16 A beside another at the 6 A minimum, or for three at the minimum.
  const { createCircuit } = (
    await server.admin.request('mutation($input: CreateCircuitInput!) { createCircuit(input: $input) { id } }', {
      input: { siteId: createSite.id, name: 'Depot feed', maxCurrentA: 22, strategy: 'PRIORITY' },
    })
  ).expectNoErrors();
  circuitId = createCircuit.id;
  await charger('PRIO-A', createSite.id, 0);
  await charger('PRIO-B', createSite.id, 0);
  await charger('PRIO-C', createSite.id, 0);
}, 120_000);

afterAll(async () => {
  for (const c of clients) await c.close({ force: true }).catch(() => {});
  await server?.stop();
});

describe('id-tag priority on a PRIORITY circuit', () => {
  it('is set and read through the API', async () => {
    const vip = await tag('PRIO-VIP', 5);
    expect(vip.chargingPriority).toBe(5);
    const { updateIdTag } = (
      await server.admin.request(
        'mutation($input: UpdateIdTagInput!) { updateIdTag(input: $input) { chargingPriority } }',
        { input: { id: vip.id, chargingPriority: 7 } },
      )
    ).expectNoErrors();
    expect(updateIdTag.chargingPriority).toBe(7);
    await tag('PRIO-STAFF', null);
  });

  it('a later arrival with a priority tag is served before an earlier one without', async () => {
    await startTransaction(clients[0]!, 1, 'PRIO-STAFF'); // first to arrive
    await eventually(limitsNow, (l) => l['PRIO-A'] === 22);
    await startTransaction(clients[1]!, 1, 'PRIO-VIP');
    // Arrival order alone would give A 16 and B 6.
    const l = await eventually(limitsNow, (x) => x['PRIO-B'] === 16);
    expect(l['PRIO-A']).toBe(6);
  });

  it('a third car: everyone keeps the minimum, the VIP gets what is left above it', async () => {
    await startTransaction(clients[2]!, 1, 'PRIO-STAFF');
    // 22 A: three minimums (18 A) fit, so all three charge; the 4 A above them go to the VIP.
    const l = await eventually(limitsNow, (x) => x['PRIO-C'] === 6 && x['PRIO-B'] === 10);
    expect(l['PRIO-A']).toBe(6);
  });

  it('a connector that reports Finishing hands its share on before its StopTransaction arrives', async () => {
    // The VIP's car stops (OCPP 1.6 §4.9: Finishing follows the end of energy transfer); no StopTransaction yet.
    await clients[1]!.call('StatusNotification', { connectorId: 1, status: 'Finishing', errorCode: 'NoError' });
    // Left: A (first arrival) and C at the minimum, then A up to what is left: 22 - 6 = 16.
    const l = await eventually(limitsNow, (x) => x['PRIO-A'] === 16);
    expect(l['PRIO-C']).toBe(6);
  });
});
