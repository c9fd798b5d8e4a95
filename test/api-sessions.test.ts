import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.js';
import { aSession, aUser, dbId, someMeterValues, type SessionRow } from './kit/builders.js';
import { registerCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';

let server: TestServer;
let db: Db;
const g = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
const s: Record<string, SessionRow> = {};
const ids: Record<string, string> = {};
const at = (iso: string) => new Date(`2025-03-04T${iso}Z`);

beforeAll(async () => {
  server = await startServer();
  db = server.app.database.db;
  ids.site = (
    await server.admin.request(`mutation { createSite(input: { name: "Depot" }) { id } }`)
  ).expectNoErrors().createSite.id;
  ids.a = await registerCharger(server.admin, 'SESS-A', { siteId: ids.site });
  ids.b = await registerCharger(server.admin, 'SESS-B');
  const driver = await aUser(db, { email: 'driver@example.com', role: 'DRIVER' });
  ids.driver = driver.id;
  s.done = await aSession(db, {
    chargerId: dbId(ids.a),
    userId: driver.id,
    idTag: 'DRIVER-TAG',
    startedAt: at('08:00:00'),
    stoppedAt: at('09:30:00'),
    meterStartWh: 1000,
    meterStopWh: 11_500,
  });
  s.live = await aSession(db, {
    chargerId: dbId(ids.b),
    status: 'ACTIVE',
    idTag: 'OTHER',
    startedAt: at('10:00:00'),
    stoppedAt: null,
    meterStopWh: null,
    meterStartWh: 5000,
    lastMeterWh: 5800,
  });
  s.fresh = await aSession(db, {
    chargerId: dbId(ids.a),
    connectorId: 2,
    status: 'ACTIVE',
    idTag: 'OTHER',
    startedAt: at('11:00:00'),
    stoppedAt: null,
    meterStartWh: 2000,
    meterStopWh: null,
  });
  s.pending = await aSession(db, {
    chargerId: dbId(ids.b),
    connectorId: 2,
    status: 'PENDING',
    idTag: 'OTHER',
    startedAt: null,
    stoppedAt: null,
    meterStartWh: null,
    meterStopWh: null,
    transactionId: null,
  });
  await someMeterValues(db, s.fresh, {
    count: 5,
    measurands: {
      'Energy.Active.Import.Register': { start: 2000, step: 250, unit: 'Wh' },
      'Power.Active.Import': { start: 7000, step: 100, unit: 'W' },
    },
  });
});
afterAll(() => server?.stop());

const SESSIONS = `query($f: SessionFilter, $o: SessionOrder, $first: Int, $after: String) {
  sessions(filter: $f, orderBy: $o, first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const listIds = async (f: unknown, o?: unknown) =>
  (await server.admin.request(SESSIONS, { f, o }))
    .expectNoErrors()
    .sessions.edges.map((e: { node: { id: string } }) => e.node.id);
const idOf = (key: string) => g('Session', s[key]!.id);

describe('sessions list', () => {
  it('filters by charger, site, user, id tag, status and time', async () => {
    expect(await listIds({ chargerId: ids.b })).toEqual([idOf('pending'), idOf('live')]);
    expect((await listIds({ siteId: ids.site })).sort()).toEqual([idOf('done'), idOf('fresh')].sort());
    expect(await listIds({ userId: g('User', ids.driver!) })).toEqual([idOf('done')]);
    expect(await listIds({ idTag: 'driver-tag' })).toEqual([idOf('done')]); // case-insensitive, like OCPP
    expect((await listIds({ status: ['ACTIVE'] })).sort()).toEqual([idOf('live'), idOf('fresh')].sort());
    expect(await listIds({ startedAfter: '2025-03-04T09:00:00Z', startedBefore: '2025-03-04T10:30:00Z' })).toEqual([
      idOf('live'),
    ]);
    expect(await listIds({ stoppedAfter: '2025-03-04T09:00:00Z', stoppedBefore: '2025-03-04T10:00:00Z' })).toEqual([
      idOf('done'),
    ]);
    expect(await listIds({ chargerId: 'not-a-charger' })).toEqual([]);
    (
      await server.admin.request(SESSIONS, {
        f: { startedAfter: '2025-03-05T00:00:00Z', startedBefore: '2025-03-04T00:00:00Z' },
      })
    ).expectError('BAD_USER_INPUT');
  });

  it('orders by start time with sessions not yet started last, page by page', async () => {
    const o = { field: 'STARTED_AT', direction: 'ASC' };
    const first = (await server.admin.request(SESSIONS, { o, first: 3 })).expectNoErrors().sessions;
    expect(first.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      idOf('done'),
      idOf('live'),
      idOf('fresh'),
    ]);
    expect(first.totalCount).toBe(4);
    const rest = (
      await server.admin.request(SESSIONS, { o, first: 3, after: first.pageInfo.endCursor })
    ).expectNoErrors().sessions;
    expect(rest.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([idOf('pending')]);
  });
});

describe('one session', () => {
  const ONE = `query($id: ID!) { session(id: $id) { transactionId status energyWh durationSeconds charger { ocppId } user { email } } }`;

  it('computes energy from meterStart/meterStop, or from the latest register while active', async () => {
    const done = (await server.admin.request(ONE, { id: idOf('done') })).expectNoErrors().session;
    expect(done).toMatchObject({
      status: 'COMPLETED',
      energyWh: 10_500,
      durationSeconds: 5400,
      charger: { ocppId: 'SESS-A' },
      user: { email: 'driver@example.com' },
    });
    const live = (await server.admin.request(ONE, { id: idOf('live') })).expectNoErrors().session;
    expect(live.energyWh).toBe(800); // from the session's latest register
    expect(live.durationSeconds).toBeGreaterThan(0);
    const fresh = (await server.admin.request(ONE, { id: idOf('fresh') })).expectNoErrors().session;
    expect(fresh.energyWh).toBe(1000); // from the newest Energy.Active.Import.Register meter value (3000 - 2000)
    const pending = (await server.admin.request(ONE, { id: idOf('pending') })).expectNoErrors().session;
    expect(pending).toMatchObject({ energyWh: null, durationSeconds: null, transactionId: null, user: null });
  });

  it('pages its meter values, filtered by measurand and time', async () => {
    const query = `query($id: ID!, $after: String, $filter: MeterValueFilter) { session(id: $id) {
      meterValues(first: 2, after: $after, filter: $filter) { totalCount edges { node { timestamp measurand value unit } } pageInfo { hasNextPage endCursor } } } }`;
    const filter = {
      measurand: ['ENERGY_ACTIVE_IMPORT_REGISTER'],
      since: '2025-03-04T11:01:00Z',
      until: '2025-03-04T11:04:00Z',
    };
    const page1 = (await server.admin.request(query, { id: idOf('fresh'), filter })).expectNoErrors().session
      .meterValues;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e: any) => e.node.value)).toEqual([2250, 2500]);
    const page2 = (
      await server.admin.request(query, { id: idOf('fresh'), filter, after: page1.pageInfo.endCursor })
    ).expectNoErrors().session.meterValues;
    expect(page2.edges.map((e: any) => [e.node.timestamp, e.node.value])).toEqual([['2025-03-04T11:03:00.000Z', 2750]]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('shows the latest value per measurand for dashboards', async () => {
    const { session } = (
      await server.admin.request(
        `query($id: ID!) { session(id: $id) { latestMeterValues { measurand value unit timestamp } } }`,
        { id: idOf('fresh') },
      )
    ).expectNoErrors();
    expect(session.latestMeterValues).toEqual([
      { measurand: 'ENERGY_ACTIVE_IMPORT_REGISTER', value: 3000, unit: 'Wh', timestamp: '2025-03-04T11:04:00.000Z' },
      { measurand: 'POWER_ACTIVE_IMPORT', value: 7400, unit: 'W', timestamp: '2025-03-04T11:04:00.000Z' },
    ]);
  });

  it('is found by node(id), and a driver sees only their own sessions', async () => {
    const { node } = (
      await server.admin.request(`query($id: ID!) { node(id: $id) { ... on Session { status } } }`, {
        id: idOf('live'),
      })
    ).expectNoErrors();
    expect(node).toEqual({ status: 'ACTIVE' });
    const driver = await server.anonymous.signIn('driver@example.com', 'user-password-1');
    const { sessions } = (await driver.request(`{ sessions { totalCount edges { node { id } } } }`)).expectNoErrors();
    expect(sessions).toEqual({ totalCount: 1, edges: [{ node: { id: idOf('done') } }] });
    expect((await driver.request(ONE, { id: idOf('live') })).expectNoErrors().session).toBeNull();
  });
});
