import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileProblems16 } from '../src/domain/loadmgmt/charging-limit.js';
import { SETTLE_MS } from '../src/domain/loadmgmt/site-inputs.js';
import { answer, eventually, startTransaction } from './commands-kit.js';
import { connectCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { anIdTag } from './kit/ocpp.js';
import { startServer, type TestServer } from './kit/server.js';

// Load management against real OCPP 1.6 clients (strict schema validation on): the limits they
// receive, what the API shows as accepted, hysteresis, rejections, offline and reconnect.

let server: TestServer;
let circuitId: string;
const clients: TestCharger[] = [];
type Profile = { connectorId: number; csChargingProfiles: any };
const received = new Map<string, Profile[]>();
/** Every profile any charger received, in order of arrival. */
const arrivals: { ocppId: string; purpose: string; limit: number }[] = [];

const ALLOCATIONS = `query($id: ID!) { circuit(id: $id) { allocations {
  charger { id ocppId } connectorId phase limitA targetA measuredA reason profileStatus flagged } } }`;

async function allocations() {
  const { circuit } = (await server.admin.request(ALLOCATIONS, { id: circuitId })).expectNoErrors();
  return circuit.allocations as {
    charger: { ocppId: string };
    phase: string;
    limitA: number | null;
    targetA: number | null;
    measuredA: number | null;
    reason: string;
    profileStatus: string | null;
    flagged: boolean;
  }[];
}
const l1Of = async (ocppId: string) =>
  (await allocations()).find((a) => a.charger.ocppId === ocppId && a.phase === 'L1');

/** A booted charger that records every SetChargingProfile and answers with `status(profile)`. */
async function profiledCharger(ocppId: string, status: (p: Profile) => string = () => 'Accepted') {
  const list: Profile[] = [];
  received.set(ocppId, list);
  const client = await connectCharger(server.ocppUrl, ocppId, { strictMode: true });
  answer(client, 'SetChargingProfile', ({ params }) => {
    list.push(params);
    arrivals.push({ ocppId, purpose: params.csChargingProfiles.chargingProfilePurpose, limit: limitOf(params) });
    return { status: status(params) };
  });
  clients.push(client);
  await client.call('BootNotification', { chargePointVendor: 'ChargeQL', chargePointModel: 'TestBox' });
  await client.call('StatusNotification', { connectorId: 1, status: 'Available', errorCode: 'NoError' });
  return client;
}

const PROFILES = `query($o: String) { charger(ocppId: $o) { chargingProfiles { connectorId purpose transactionId chargingSchedule { chargingRateUnit } } } }`;
async function profilesShown(ocppId: string) {
  const { charger } = (await server.admin.request(PROFILES, { o: ocppId })).expectNoErrors();
  return charger.chargingProfiles as {
    connectorId: number;
    purpose: string;
    transactionId: string | null;
    chargingSchedule: any;
  }[];
}
const txProfiles = (ocppId: string) =>
  received.get(ocppId)!.filter((p) => p.csChargingProfiles.chargingProfilePurpose === 'TxProfile');
const limitOf = (p: Profile) => p.csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0].limit;
const currents = (transactionId: number, amps: number) => ({
  connectorId: 1,
  transactionId,
  meterValue: [
    {
      timestamp: new Date().toISOString(),
      sampledValue: ['L1', 'L2', 'L3'].map((phase) => ({
        value: amps.toFixed(1),
        measurand: 'Current.Import',
        phase,
        unit: 'A',
      })),
    },
  ],
});

/** What a car draws right after a new limit says nothing yet (SETTLE_MS). */
const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS + 100));

beforeAll(async () => {
  server = await startServer();
  await anIdTag(server, 'LM-TAG');
  const { createSite } = (
    await server.admin.request('mutation { createSite(input: { name: "Depot" }) { id } }')
  ).expectNoErrors();
  const { createCircuit } = (
    await server.admin.request('mutation($input: CreateCircuitInput!) { createCircuit(input: $input) { id } }', {
      input: { siteId: createSite.id, name: 'Grid', maxCurrentA: 20 },
    })
  ).expectNoErrors();
  circuitId = createCircuit.id;
  for (const ocppId of ['LM-A', 'LM-B']) {
    const chargerId = await registerCharger(server.admin, ocppId, { siteId: createSite.id });
    (
      await server.admin.request('mutation($input: AttachChargerInput!) { attachCharger(input: $input) { id } }', {
        input: { circuitId, chargerId },
      })
    ).expectNoErrors();
  }
}, 120_000);

afterAll(async () => {
  for (const c of clients) await c.close({ force: true }).catch(() => {});
  await server?.stop();
});

describe('load management enforcement', () => {
  let txA: number;
  let txB: number;

  it('booting chargers get their fallback as a TxDefaultProfile on connector 0', async () => {
    await profiledCharger('LM-A');
    // LM-B accepts defaults but rejects every session limit.
    await profiledCharger('LM-B', (p) =>
      p.csChargingProfiles.chargingProfilePurpose === 'TxProfile' ? 'Rejected' : 'Accepted',
    );
    for (const ocppId of ['LM-A', 'LM-B']) {
      const list = await eventually(
        async () => received.get(ocppId)!,
        (l) => l.length > 0,
      );
      expect(list[0]).toMatchObject({
        connectorId: 0,
        csChargingProfiles: { chargingProfilePurpose: 'TxDefaultProfile', chargingSchedule: { chargingRateUnit: 'A' } },
      });
      expect(limitOf(list[0]!)).toBe(6);
      expect(profileProblems16(list[0]!)).toEqual([]);
    }
  });

  it('a session gets a TxProfile for its transaction, and the API shows the limit the charger accepted', async () => {
    txA = (await startTransaction(clients[0]!, 1, 'LM-TAG')).transactionId;
    const [tx] = await eventually(
      async () => txProfiles('LM-A'),
      (l) => l.length > 0,
    );
    expect(tx!.connectorId).toBe(1);
    expect(tx!.csChargingProfiles.transactionId).toBe(txA);
    expect(limitOf(tx!)).toBe(20);
    expect(profileProblems16(tx!)).toEqual([]);
    const a = await eventually(
      () => l1Of('LM-A'),
      (x) => x?.profileStatus === 'ACCEPTED',
    );
    expect(a).toMatchObject({ limitA: 20, targetA: 20, reason: 'FAIR_SHARE', flagged: false });
    // A new session at LM-B would start at its default before its own limit arrives: that default went
    // down to 0 (nothing left on the circuit) before LM-A was allowed 20 A.
    const lowered = arrivals.findIndex((p) => p.ocppId === 'LM-B' && p.purpose === 'TxDefaultProfile' && p.limit === 0);
    const raised = arrivals.findIndex((p) => p.ocppId === 'LM-A' && p.purpose === 'TxProfile' && p.limit === 20);
    expect(lowered).toBeGreaterThanOrEqual(0);
    expect(lowered).toBeLessThan(raised);
    // What the charger accepted is listed with its other profiles.
    const shown = await eventually(
      () => profilesShown('LM-A'),
      (l) => l.some((p) => p.purpose === 'TX_PROFILE'),
    );
    expect(shown.map((p) => [p.purpose, p.connectorId])).toEqual([
      ['TX_DEFAULT_PROFILE', 0],
      ['TX_PROFILE', 1],
    ]);
    expect(shown[1]).toMatchObject({ transactionId: String(txA), chargingSchedule: { chargingRateUnit: 'A' } });
  });

  it(
    'a second session halves the share; a charger that keeps rejecting is flagged and counted at what its default allows',
    { timeout: 40_000 },
    async () => {
      txB = (await startTransaction(clients[1]!, 1, 'LM-TAG')).transactionId;
      const flagged = await eventually(
        () => l1Of('LM-B'),
        (x) => x?.reason === 'REJECTED_FALLBACK',
        25_000, // rejections in a session's first 10 s are retried without counting
      );
      expect(flagged).toMatchObject({ profileStatus: 'REJECTED', limitA: null, flagged: true });
      expect(txProfiles('LM-B').length).toBeGreaterThanOrEqual(2); // retried before giving up
      // A went down to 10 A while B looked steerable, then back to 20: B's default is 0 (the circuit
      // was full when it was set), so B cannot draw without a limit it accepts.
      const a = await eventually(
        () => l1Of('LM-A'),
        (x) => x?.limitA === 20,
        25_000,
      );
      expect(a?.reason).toBe('FAIR_SHARE');
      expect(txProfiles('LM-A').map(limitOf)).toEqual([20, 10, 20]);
    },
  );

  it('a car that draws clearly less keeps what it draws plus headroom; the same reading again sends nothing', async () => {
    await settle();
    await clients[0]!.call('MeterValues', currents(txA, 5));
    const a = await eventually(
      () => l1Of('LM-A'),
      (x) => x?.limitA === 7,
    );
    expect(a).toMatchObject({ reason: 'CAR_DRAWS_LESS', measuredA: 5 });
    const sent = txProfiles('LM-A').length;
    await clients[0]!.call('MeterValues', currents(txA, 5.2));
    await new Promise((r) => setTimeout(r, 600));
    await server.app.services.loadBalancer.idle();
    expect(txProfiles('LM-A')).toHaveLength(sent);
  });

  it('a car that wants more again gets its share back', async () => {
    await settle();
    await clients[0]!.call('MeterValues', currents(txA, 6.9));
    const a = await eventually(
      () => l1Of('LM-A'),
      (x) => x?.limitA === 20,
    );
    expect(a?.reason).toBe('FAIR_SHARE');
  });

  it('offline counts at what it may still draw (profiles outlive the connection); after a reconnect every limit is sent again', async () => {
    await clients[0]!.close({ force: true });
    const off = await eventually(
      () => l1Of('LM-A'),
      (x) => x?.reason === 'OFFLINE_FALLBACK',
    );
    expect(off?.targetA).toBe(20);
    const before = received.get('LM-A')!.length;
    // A reconnect without a reboot (OCPP-J 1.6 §5.4): no BootNotification.
    const again = await connectCharger(server.ocppUrl, 'LM-A', { strictMode: true });
    clients.push(again);
    answer(again, 'SetChargingProfile', ({ params }) => {
      received.get('LM-A')!.push(params);
      arrivals.push({
        ocppId: 'LM-A',
        purpose: params.csChargingProfiles.chargingProfilePurpose,
        limit: limitOf(params),
      });
      return { status: 'Accepted' };
    });
    const list = await eventually(
      async () => received.get('LM-A')!.slice(before),
      (l) => l.some((p) => p.csChargingProfiles.chargingProfilePurpose === 'TxProfile'),
    );
    expect(list.map((p) => p.csChargingProfiles.chargingProfilePurpose)).toContain('TxDefaultProfile');
    await clients[1]!.call('StopTransaction', {
      transactionId: txB,
      meterStop: 2000,
      timestamp: new Date().toISOString(),
    });
    const b = await eventually(
      () => l1Of('LM-B'),
      (x) => x?.reason === 'IDLE',
    );
    expect(b?.targetA).toBe(0); // A takes the whole circuit: nothing left to start with at B
    expect((await l1Of('LM-A'))?.limitA).toBe(20);
  });

  it('a session that ends takes its TxProfile with it; what is left of the circuit becomes the start limit', async () => {
    await clients[clients.length - 1]!.call('StopTransaction', {
      transactionId: txA,
      meterStop: 4000,
      timestamp: new Date().toISOString(),
    });
    const shown = await eventually(
      () => profilesShown('LM-A'),
      (l) => !l.some((p) => p.purpose === 'TX_PROFILE'),
    );
    expect(shown.map((p) => p.purpose)).toEqual(['TX_DEFAULT_PROFILE']);
    // Nobody charges: each idle charger may start at its fallback (6 + 6 <= 20).
    const idle = await eventually(allocations, (l) => l.filter((x) => x.phase === 'L1').every((x) => x.targetA === 6));
    expect(idle.filter((x) => x.phase === 'L1').map((x) => x.reason)).toEqual(['IDLE', 'IDLE']);
  });
});
