import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSession, aUser, dbId } from './kit/builders.js';
import { registerCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';

let server: TestServer;
const ids: Record<string, string> = {};
const at = (iso: string) => new Date(`2025-03-${iso}Z`);

beforeAll(async () => {
  server = await startServer();
  const db = server.app.database.db;
  ids.site = (
    await server.admin.request(`mutation { createSite(input: { name: "North" }) { id } }`)
  ).expectNoErrors().createSite.id;
  ids.a = await registerCharger(server.admin, 'STAT-A', { siteId: ids.site });
  ids.b = await registerCharger(server.admin, 'STAT-B');
  const user = await aUser(db, { email: 'stats-driver@example.com', role: 'DRIVER' });
  ids.user = user.id;
  ids.userGlobal = Buffer.from(`User:${user.id}`).toString('base64url');
  // 10 kWh/1 h, 5 kWh/30 min on A (one by the user); 2 kWh/15 min on B late on the 5th (Berlin: the 6th); one outside the range.
  await aSession(db, {
    chargerId: dbId(ids.a),
    userId: user.id,
    idTag: 'tag-1',
    startedAt: at('04T08:00:00'),
    stoppedAt: at('04T09:00:00'),
    meterStartWh: 0,
    meterStopWh: 10_000,
  });
  await aSession(db, {
    chargerId: dbId(ids.a),
    idTag: 'TAG-1',
    startedAt: at('05T08:00:00'),
    stoppedAt: at('05T08:30:00'),
    meterStartWh: 0,
    meterStopWh: 5000,
  });
  await aSession(db, {
    chargerId: dbId(ids.b),
    idTag: 'TAG-2',
    startedAt: at('05T23:30:00'),
    stoppedAt: at('05T23:45:00'),
    meterStartWh: 0,
    meterStopWh: 2000,
  });
  await aSession(db, {
    chargerId: dbId(ids.b),
    idTag: 'TAG-2',
    startedAt: at('20T08:00:00'),
    stoppedAt: at('20T09:00:00'),
    meterStartWh: 0,
    meterStopWh: 99_000,
  });
  // June and July 2025 (Berlin is UTC+2): with costs, across week and month boundaries.
  const priced = (chargerId: string, idTag: string, startedAt: string, wh: number, minor: number, currency = 'EUR') =>
    aSession(db, {
      chargerId: dbId(chargerId),
      userId: idTag === 'tag-1' ? user.id : null,
      idTag,
      startedAt: new Date(startedAt),
      stoppedAt: new Date(new Date(startedAt).getTime() + 600_000),
      meterStartWh: 0,
      meterStopWh: wh,
      cost: { totalMinor: minor, currency },
    });
  await priced(ids.a, 'tag-1', '2025-06-29T23:30:00Z', 4000, 200); // a Sunday in UTC, Monday in Berlin
  await priced(ids.b, 'TAG-2', '2025-06-30T10:00:00Z', 6000, 300);
  await priced(ids.b, 'TAG-3', '2025-07-15T10:00:00Z', 10_000, 500);
  await priced(ids.a, 'TAG-2', '2025-07-31T22:30:00Z', 1000, 100, 'JPY'); // August in Berlin
});
afterAll(() => server?.stop());

const STATS = `query($groupBy: StatisticsGroupBy!, $tz: String) {
  statistics(from: "2025-03-01T00:00:00Z", to: "2025-03-10T00:00:00Z", groupBy: $groupBy, timeZone: $tz) {
    charger { ocppId } site { name } user { email } idTag day sessionCount energyWh durationSeconds } }`;
const stats = async (groupBy: string, tz?: string) =>
  (await server.admin.request(STATS, { groupBy, tz })).expectNoErrors().statistics;

describe('statistics', () => {
  it('groups sessions, energy and duration by charger and by site', async () => {
    expect(await stats('CHARGER')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          charger: { ocppId: 'STAT-A' },
          sessionCount: 2,
          energyWh: 15_000,
          durationSeconds: 5400,
        }),
        expect.objectContaining({
          charger: { ocppId: 'STAT-B' },
          sessionCount: 1,
          energyWh: 2000,
          durationSeconds: 900,
        }),
      ]),
    );
    expect(await stats('SITE')).toEqual([
      expect.objectContaining({ site: { name: 'North' }, sessionCount: 2, energyWh: 15_000 }),
      expect.objectContaining({ site: null, sessionCount: 1, energyWh: 2000 }), // chargers without a site
    ]);
  });

  it('groups by user and by id tag (case-insensitive)', async () => {
    expect(await stats('USER')).toEqual([
      expect.objectContaining({ user: { email: 'stats-driver@example.com' }, sessionCount: 1 }),
      expect.objectContaining({ user: null, sessionCount: 2 }),
    ]);
    expect((await stats('ID_TAG')).map((r: any) => [r.idTag, r.sessionCount, r.energyWh])).toEqual([
      ['TAG-1', 2, 15_000],
      ['TAG-2', 1, 2000],
    ]);
  });

  it('groups by day in the asked time zone', async () => {
    expect((await stats('DAY')).map((r: any) => [r.day, r.sessionCount])).toEqual([
      ['2025-03-04', 1],
      ['2025-03-05', 2],
    ]);
    expect((await stats('DAY', 'Europe/Berlin')).map((r: any) => [r.day, r.sessionCount])).toEqual([
      ['2025-03-04', 1],
      ['2025-03-05', 1],
      ['2025-03-06', 1],
    ]);
    (await server.admin.request(STATS, { groupBy: 'DAY', tz: 'Nowhere/Else' })).expectError('BAD_USER_INPUT');
  });

  it('shows tenant totals and refuses drivers', async () => {
    const { tenant } = (
      await server.admin.request(
        `{ tenant { stats { chargerCount onlineChargerCount userCount activeSessionCount energyWh } } }`,
      )
    ).expectNoErrors();
    expect(tenant.stats).toEqual({
      chargerCount: 2,
      onlineChargerCount: 0,
      userCount: 2,
      activeSessionCount: 0,
      energyWh: 137_000,
    });
    const driver = await server.anonymous.signIn('stats-driver@example.com', 'user-password-1');
    (await driver.request(STATS, { groupBy: 'DAY' })).expectError('FORBIDDEN');
  });
});

describe('statistics by week and month, filtered, with revenue', () => {
  const PERIODS = `query($groupBy: StatisticsGroupBy!, $tz: String, $filter: StatisticsFilter) {
    statistics(from: "2025-06-01T00:00:00Z", to: "2025-08-01T00:00:00Z", groupBy: $groupBy, timeZone: $tz, filter: $filter) {
      period periodStart charger { ocppId } sessionCount energyWh revenue { amount currency } } }`;
  const periods = async (groupBy: string, tz?: string, filter?: Record<string, unknown>) =>
    (await server.admin.request(PERIODS, { groupBy, tz, filter })).expectNoErrors().statistics;
  const eur = (amount: string) => ({ amount, currency: 'EUR' });

  it('groups by month, in UTC unless a time zone is given', async () => {
    expect(await periods('MONTH')).toEqual([
      {
        period: '2025-06-01',
        periodStart: '2025-06-01T00:00:00.000Z',
        charger: null,
        sessionCount: 2,
        energyWh: 10_000,
        revenue: [eur('5.00')],
      },
      {
        period: '2025-07-01',
        periodStart: '2025-07-01T00:00:00.000Z',
        charger: null,
        sessionCount: 2,
        energyWh: 11_000,
        revenue: [eur('5.00'), { amount: '100', currency: 'JPY' }],
      },
    ]);
    expect(
      (await periods('MONTH', 'Europe/Berlin')).map((g: any) => [g.period, g.periodStart, g.sessionCount]),
    ).toEqual([
      ['2025-06-01', '2025-05-31T22:00:00.000Z', 2],
      ['2025-07-01', '2025-06-30T22:00:00.000Z', 1],
      ['2025-08-01', '2025-07-31T22:00:00.000Z', 1],
    ]);
  });

  it('groups by ISO week (from Monday) in the time zone', async () => {
    expect((await periods('WEEK')).map((g: any) => [g.period, g.sessionCount])).toEqual([
      ['2025-06-23', 1],
      ['2025-06-30', 1],
      ['2025-07-14', 1],
      ['2025-07-28', 1],
    ]);
    const berlin = await periods('WEEK', 'Europe/Berlin');
    expect(berlin[0]).toMatchObject({
      period: '2025-06-30',
      periodStart: '2025-06-29T22:00:00.000Z',
      sessionCount: 2,
      revenue: [eur('5.00')],
    });
  });

  it('narrows by chargers, sites, users and id tags, combined', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await periods('MONTH', undefined, filter)).map((g: any) => [g.period, g.sessionCount]);
    expect(await count({ chargerIds: [ids.a] })).toEqual([
      ['2025-06-01', 1],
      ['2025-07-01', 1],
    ]);
    expect(await count({ siteIds: [ids.site] })).toEqual(await count({ chargerIds: [ids.a] }));
    expect(await count({ userIds: [ids.userGlobal] })).toEqual([['2025-06-01', 1]]);
    expect(await count({ idTags: ['tag-2', 'TAG-3'] })).toEqual([
      ['2025-06-01', 1],
      ['2025-07-01', 2],
    ]);
    expect(await count({ chargerIds: [ids.b], idTags: ['tag-2'] })).toEqual([['2025-06-01', 1]]);
    expect(await count({ chargerIds: [ids.site] })).toEqual([]); // a site's id is no charger: nothing matches
    const byCharger = await periods('CHARGER', undefined, { idTags: ['TAG-2'] });
    expect(byCharger.map((g: any) => [g.charger.ocppId, g.sessionCount, g.revenue])).toEqual(
      expect.arrayContaining([
        ['STAT-A', 1, [{ amount: '100', currency: 'JPY' }]],
        ['STAT-B', 1, [eur('3.00')]],
      ]),
    );
  });
});
