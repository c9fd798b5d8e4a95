import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSession, aUser, dbId, type SessionRow } from './kit/builders.js';
import { registerCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';

// Filters a user of the reference platforms has on sessions: tariff, energy and cost ranges, stop
// reason, id tag, plug type and city, combined with each other, the older ones and a driver's Scope.
let server: TestServer;
const s: Record<string, SessionRow> = {};
const ids: Record<string, string> = {};
const g = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
const cost = (totalMinor: number, currency = 'EUR') => ({ totalMinor, currency });

beforeAll(async () => {
  server = await startServer();
  const db = server.app.database.db;
  const gql = async (query: string, variables?: Record<string, unknown>) =>
    (await server.admin.request(query, variables)).expectNoErrors();
  const site = async (name: string, city: string) =>
    (await gql(`mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }`, { i: { name, address: { city } } }))
      .createSite.id;
  ids.harbour = await site('Harbour', 'Hamburg');
  ids.hill = await site('Hill', 'Munich');
  ids.a = await registerCharger(server.admin, 'FILT-A', { siteId: ids.harbour });
  ids.b = await registerCharger(server.admin, 'FILT-B', { siteId: ids.hill });
  for (const [chargerId, plugType] of [
    [ids.a, 'CCS_2'],
    [ids.b, 'TYPE_2'],
  ])
    await gql(`mutation($i: UpdateConnectorInput!) { updateConnector(input: $i) { id } }`, {
      i: { chargerId, connectorId: 1, plugType },
    });
  ids.tariff = (
    await gql(
      `mutation { createTariff(input: { name: "Standard", currency: "EUR", energyPricePerKwh: "0.40" }) { id } }`,
    )
  ).createTariff.id;
  const tariffId = dbId(ids.tariff);
  const [a, b] = [dbId(ids.a), dbId(ids.b)];
  const day = (h: number) => new Date(Date.UTC(2025, 3, 1, h));
  s.card1 = await aSession(db, {
    chargerId: a,
    idTag: 'CARD-1',
    tariffId,
    cost: cost(480),
    stopReason: 'EVDisconnected',
    startedAt: day(8),
    meterStartWh: 0,
    meterStopWh: 12_000,
  });
  s.noTariff = await aSession(db, {
    chargerId: a,
    idTag: 'CARD-2',
    stopReason: 'Local',
    startedAt: day(10),
    meterStartWh: 0,
    meterStopWh: 3000,
  });
  s.hill = await aSession(db, {
    chargerId: b,
    idTag: 'card-1',
    tariffId,
    cost: cost(1200),
    stopReason: 'Remote',
    startedAt: day(12),
    meterStartWh: 0,
    meterStopWh: 30_000,
  });
  s.yen = await aSession(db, {
    chargerId: b,
    idTag: 'CARD-3',
    tariffId,
    cost: cost(1500, 'JPY'), // JPY has no minor unit: 1500 yen
    stopReason: 'Remote',
    startedAt: day(14),
    meterStartWh: 0,
    meterStopWh: 5000,
  });
  const driver = await aUser(db, { email: 'filter-driver@example.com', role: 'DRIVER' });
  await gql(`mutation($i: CreateIdTagInput!) { createIdTag(input: $i) { id } }`, {
    i: { value: 'Card-1', userId: g('User', driver.id) },
  });
});
afterAll(() => server?.stop());

const SESSIONS = `query($f: SessionFilter) { sessions(filter: $f, first: 50) { totalCount edges { node { id } } } }`;
const idOf = (key: string) => g('Session', s[key]!.id);
async function matching(f: Record<string, unknown>, client = server.admin): Promise<string[]> {
  const { sessions } = (await client.request(SESSIONS, { f })).expectNoErrors();
  const names = Object.keys(s).filter((k) =>
    sessions.edges.some((e: { node: { id: string } }) => e.node.id === idOf(k)),
  );
  expect(sessions.totalCount).toBe(names.length);
  return names.sort();
}

describe('session filters', () => {
  it('by tariff, energy range and cost range (in the currency of each session)', async () => {
    expect(await matching({ tariffId: ids.tariff })).toEqual(['card1', 'hill', 'yen']);
    expect(await matching({ tariffId: g('Tariff', '00000000-0000-0000-0000-000000000001') })).toEqual([]);
    expect(await matching({ minEnergyWh: 10_000 })).toEqual(['card1', 'hill']);
    expect(await matching({ minEnergyWh: 5000, maxEnergyWh: 12_000 })).toEqual(['card1', 'yen']);
    expect(await matching({ minCost: '4.80', maxCost: 4.8 })).toEqual(['card1']); // inclusive, string or number
    expect(await matching({ minCost: '5' })).toEqual(['hill', 'yen']); // 12.00 EUR, 1500 JPY
    expect(await matching({ maxCost: '1000' })).toEqual(['card1', 'hill']); // a session without a cost never matches
  });

  it('by stop reason (an enum, matched to the stored word), id tag, plug type and city, case-insensitive where people type', async () => {
    expect(await matching({ stopReason: ['REMOTE', 'EV_DISCONNECTED'] })).toEqual(['card1', 'hill', 'yen']);
    expect(await matching({ idTag: 'card-1' })).toEqual(['card1', 'hill']);
    expect(await matching({ plugType: ['CCS_2'] })).toEqual(['card1', 'noTariff']);
    expect(await matching({ plugType: ['TYPE_2', 'CCS_2'] })).toEqual(['card1', 'hill', 'noTariff', 'yen']);
    expect(await matching({ city: ' hamburg ' })).toEqual(['card1', 'noTariff']);
    expect(await matching({ city: 'Berlin' })).toEqual([]);
  });

  it('combined with each other and with the older filters', async () => {
    expect(await matching({ city: 'Munich', tariffId: ids.tariff, minCost: '10', stopReason: ['REMOTE'] })).toEqual([
      'hill',
      'yen',
    ]);
    expect(
      await matching({
        idTag: 'CARD-1',
        plugType: ['TYPE_2'],
        siteId: ids.hill,
        status: ['COMPLETED'],
        startedAfter: '2025-04-01T11:00:00Z',
        maxEnergyWh: 30_000,
      }),
    ).toEqual(['hill']);
  });

  it("inside a driver's Scope: only their own sessions match", async () => {
    const driver = await server.anonymous.signIn('filter-driver@example.com', 'user-password-1');
    expect(await matching({}, driver)).toEqual(['card1', 'hill']); // sessions with the driver's tag
    expect(await matching({ city: 'Munich' }, driver)).toEqual(['hill']);
    expect(await matching({ idTag: 'CARD-3' }, driver)).toEqual([]);
  });

  it('refuses ranges upside down', async () => {
    (await server.admin.request(SESSIONS, { f: { minEnergyWh: 10, maxEnergyWh: 5 } })).expectError('BAD_USER_INPUT');
    (await server.admin.request(SESSIONS, { f: { minCost: '10', maxCost: '9.99' } })).expectError('BAD_USER_INPUT');
  });
});
