import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFleet, type Fleet } from '../src/sim/fleet.js';
import { eventually } from './commands-kit.js';
import { startServer, type TestServer } from './kit/server.js';

// A mixed fleet of the simulator (one 1.6 charger, one 2.0.1 station, both strict), driven through
// GraphQL only: the two show up in the same lists, and their sessions, live cost and charge detail
// records look the same whatever protocol the charger speaks.
let server: TestServer;
let fleet: Fleet;
beforeAll(async () => {
  server = await startServer();
  fleet = await startFleet({
    count: 2,
    prefix: 'MIX',
    endpoint: server.ocppUrl,
    register: { graphqlUrl: `${server.url}/graphql`, token: server.admin.token! },
    protocol: 'mixed',
    meterIntervalSeconds: 1,
    auto: false,
  });
});
afterAll(async () => {
  await fleet?.stop();
  await server?.stop();
});

const SESSION = `id status transactionId connectorId idTag stopReason energyWh meterStartWh meterStopWh
  cost { currency total { amount } breakdown { type quantity } }
  meterValues(first: 50) { totalCount }
  chargeDetailRecord { cost { total { amount } } session { id } }`;

async function session(id: string) {
  const { node } = (
    await server.admin.request(`query($id: ID!) { node(id: $id) { ... on Session { ${SESSION} } } }`, { id })
  ).expectNoErrors();
  return node;
}

async function sessionsOf(ocppId: string) {
  const { charger } = (
    await server.admin.request(
      `query($o: String!) { charger(ocppId: $o) { sessions(first: 10) { edges { node { ${SESSION} } } } } }`,
      { o: ocppId },
    )
  ).expectNoErrors();
  return charger.sessions.edges.map((e: any) => e.node);
}

describe('the simulator speaking 1.6 and 2.0.1 side by side', () => {
  it('both show in the charger list, online, each with its version and one EVSE', async () => {
    await eventually(
      async () => fleet.stats.booted,
      (n) => n === 2,
    );
    const { chargers } = (
      await server.admin.request(
        '{ chargers(first: 10) { totalCount edges { node { ocppId online status ocppVersion evses { evseId connectors { connectorId status } } } } } }',
      )
    ).expectNoErrors();
    const byId = Object.fromEntries(chargers.edges.map((e: any) => [e.node.ocppId, e.node]));
    expect(byId['MIX-0001']).toMatchObject({ online: true, status: 'AVAILABLE', ocppVersion: '1.6' });
    // A 2.0.1 station reports no status of its own: read from its EVSEs.
    expect(byId['MIX-0002']).toMatchObject({ online: true, status: 'AVAILABLE', ocppVersion: '2.0.1' });
    for (const ocppId of ['MIX-0001', 'MIX-0002'])
      expect(byId[ocppId].evses).toEqual([{ evseId: 1, connectors: [{ connectorId: 1, status: 'AVAILABLE' }] }]);
  });

  it('a remote start and stop, and a driver plugging in, give the same sessions, live cost and CDRs', async () => {
    const { createTariff } = (
      await server.admin.request('mutation($input: CreateTariffInput!) { createTariff(input: $input) { id } }', {
        input: { name: 'Mixed', currency: 'EUR', sessionFee: '0.50', energyPricePerKwh: '0.40', taxRatePercent: '20' },
      })
    ).expectNoErrors();
    (
      await server.admin.request('mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { id } }', {
        input: { tariffId: createTariff.id },
      })
    ).expectNoErrors();
    (
      await server.admin.request('mutation($input: CreateIdTagInput!) { createIdTag(input: $input) { id } }', {
        input: { value: 'MIX-TAG' },
      })
    ).expectNoErrors();

    const drive = async (ocppId: string, i: number) => {
      const { charger } = (
        await server.admin.request('query($o: String!) { charger(ocppId: $o) { id } }', { o: ocppId })
      ).expectNoErrors();
      const { remoteStart } = (
        await server.admin.request(
          'mutation($input: RemoteStartInput!) { remoteStart(input: $input) { status session { id status } } }',
          { input: { chargerId: charger.id, connectorId: 1, idTag: 'MIX-TAG' } },
        )
      ).expectNoErrors();
      expect(remoteStart).toMatchObject({ status: 'Accepted', session: { status: 'PENDING' } });
      // Live: ACTIVE, then energy and a cost that grows while it charges.
      const live = await eventually(
        () => session(remoteStart.session.id),
        (s) => s.status === 'ACTIVE' && s.energyWh > 0 && Number(s.cost?.total.amount) > 0.5,
        30_000,
      );
      expect(live.chargeDetailRecord).toBeNull();
      (
        await server.admin.request('mutation($input: RemoteStopInput!) { remoteStop(input: $input) { status } }', {
          input: { sessionId: remoteStart.session.id },
        })
      ).expectNoErrors();
      const remote = await eventually(
        () => session(remoteStart.session.id),
        (s) => s.status === 'COMPLETED' && s.chargeDetailRecord !== null,
        30_000,
      );

      // A driver at the charger: Authorize, a local start, unplugging ends it.
      const cp = fleet.chargers[i]!;
      expect(await cp.plugIn(1, 'MIX-TAG')).toBe(true);
      await eventually(
        () => sessionsOf(ocppId),
        (list) => list.some((s: any) => s.status === 'ACTIVE' && s.energyWh > 0),
        30_000,
      );
      await cp.unplug(1);
      const local = await eventually(
        async () => (await sessionsOf(ocppId)).find((s: any) => s.id !== remote.id),
        (s) => s?.status === 'COMPLETED' && s.chargeDetailRecord !== null,
        30_000,
      );
      return { remote, local };
    };
    const [v16, v201] = await Promise.all([drive('MIX-0001', 0), drive('MIX-0002', 1)]);

    for (const { remote, local } of [v16, v201]) {
      expect(remote).toMatchObject({ status: 'COMPLETED', connectorId: 1, idTag: 'MIX-TAG', stopReason: 'REMOTE' });
      expect(local).toMatchObject({
        status: 'COMPLETED',
        connectorId: 1,
        idTag: 'MIX-TAG',
        stopReason: 'EV_DISCONNECTED',
      });
      for (const s of [remote, local]) {
        expect(s.energyWh).toBe(s.meterStopWh - s.meterStartWh);
        expect(s.energyWh).toBeGreaterThan(0);
        expect(s.meterValues.totalCount).toBeGreaterThan(0);
        expect(s.cost.currency).toBe('EUR');
        expect(s.cost.breakdown.map((b: any) => b.type).sort()).toEqual(['ENERGY', 'SESSION_FEE']);
        expect(s.chargeDetailRecord.cost.total.amount).toBe(s.cost.total.amount);
        expect(s.chargeDetailRecord.session.id).toBe(s.id);
      }
    }
    expect(typeof v16.remote.transactionId).toBe('string');
    expect(v16.remote.transactionId).toMatch(/^\d+$/); // ours, as 1.6 wants
    expect(v201.remote.transactionId).toMatch(/^[0-9a-f-]{36}$/); // the station's own
    // Strict both ways: the server never refused a frame of either, nor answered NotImplemented.
    expect({ errors: fleet.stats.errors, unsupported: fleet.stats.unsupported }).toEqual({ errors: 0, unsupported: 0 });
  });
});
