import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './kit/server.js';
import { createTenant } from './kit/tenant.js';

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const HOURS = 'openingHours { twentyFourSeven weekly { dayOfWeek from to } exceptions { date periods { from to } } }';
const CREATE = `mutation($input: CreateSiteInput!) { createSite(input: $input) { id name parkingType customProperties openNow ${HOURS} } }`;
const UPDATE = `mutation($input: UpdateSiteInput!) { updateSite(input: $input) { id parkingType customProperties ${HOURS} } }`;
const LIST = `query($filter: SiteFilter) { sites(filter: $filter, first: 50) { edges { node { name } } } }`;

const create = async (input: Record<string, unknown>) =>
  (await server.admin.request(CREATE, { input })).expectNoErrors().createSite;
const names = async (filter: Record<string, unknown>) =>
  (await server.admin.request(LIST, { filter }))
    .expectNoErrors()
    .sites.edges.map((e: any) => e.node.name)
    .sort();

const WORKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
const officeHours = {
  weekly: WORKDAYS.map((dayOfWeek) => ({ dayOfWeek, from: '08:00', to: '18:00' })),
  exceptions: [{ date: '2026-12-24', periods: [{ from: '08:00', to: '12:00' }] }],
};

describe('opening hours, parking type and custom properties on sites', () => {
  it('stores them, shows them back, and filters by parking type, custom properties and open at an instant', async () => {
    const office = await create({
      name: 'Office',
      timezone: 'Europe/Berlin',
      parkingType: 'PARKING_GARAGE',
      customProperties: { region: 'north', costCenter: 'K-17' },
      openingHours: officeHours,
    });
    expect(office).toMatchObject({
      parkingType: 'PARKING_GARAGE',
      customProperties: { region: 'north', costCenter: 'K-17' },
      openingHours: { twentyFourSeven: false, exceptions: officeHours.exceptions },
    });
    expect(office.openingHours.weekly).toHaveLength(5);
    expect(typeof office.openNow).toBe('boolean');
    const motorway = await create({
      name: 'Motorway',
      parkingType: 'ALONG_MOTORWAY',
      customProperties: { region: 'south' },
      openingHours: { twentyFourSeven: true, exceptions: [{ date: '2026-12-25', periods: [] }] },
    });
    expect(motorway.openNow).toBe(true);
    await create({ name: 'Unstated', parkingType: 'ON_STREET', customProperties: { region: 'north' } });

    expect(await names({ parkingType: ['PARKING_GARAGE', 'ON_STREET'] })).toEqual(['Office', 'Unstated']);
    expect(await names({ customProperties: { region: 'north' } })).toEqual(['Office', 'Unstated']);
    expect(await names({ customProperties: { region: 'north', costCenter: 'K-17' } })).toEqual(['Office']);

    // Thursday 2026-12-03 09:30 in Berlin (08:30 UTC): both open; 19:30 Berlin: only the motorway.
    expect(await names({ openAt: '2026-12-03T08:30:00Z' })).toEqual(['Motorway', 'Office']);
    expect(await names({ openAt: '2026-12-03T18:30:00Z' })).toEqual(['Motorway']);
    expect(await names({ openAt: '2026-12-03T18:30:00Z', openNow: false })).toEqual(['Office']);
    // Saturday: the office is closed; Christmas Eve afternoon (an exception) too; the motorway on
    // Christmas Day (a Friday the office keeps its weekly hours).
    expect(await names({ openAt: '2026-12-05T10:00:00Z' })).toEqual(['Motorway']);
    expect(await names({ openAt: '2026-12-24T08:30:00Z' })).toEqual(['Motorway', 'Office']);
    expect(await names({ openAt: '2026-12-24T12:30:00Z' })).toEqual(['Motorway']);
    expect(await names({ openAt: '2026-12-25T12:00:00Z', openNow: false })).toEqual(['Motorway']);
    // Sites without stated hours match neither open nor closed; `openNow` alone asks about now.
    expect(await names({ openNow: true })).toContain('Motorway');
    expect(await names({ openNow: false })).not.toContain('Unstated');
  });

  it('updates and clears them; a period past midnight or a bad date is refused with its path', async () => {
    const site = await create({ name: 'Depot', openingHours: officeHours, customProperties: { a: 1 } });
    const bad = (
      await server.admin.request(UPDATE, {
        input: {
          id: site.id,
          openingHours: {
            weekly: [{ dayOfWeek: 'MONDAY', from: '22:00', to: '06:00' }],
            exceptions: [{ date: '2026-13-01', periods: [] }],
          },
        },
      })
    ).expectError('BAD_USER_INPUT');
    expect(bad.message).toContain('openingHours.weekly[0].to: must be later than from');
    expect(bad.message).toContain('openingHours.exceptions[0].date: must be a date YYYY-MM-DD');

    const notObject = (
      await server.admin.request(UPDATE, { input: { id: site.id, customProperties: [1, 2] } })
    ).expectError('BAD_USER_INPUT');
    expect(notObject.message).toContain('customProperties: must be a JSON object');

    const cleared = (
      await server.admin.request(UPDATE, {
        input: { id: site.id, openingHours: null, customProperties: null, parkingType: 'ON_DRIVEWAY' },
      })
    ).expectNoErrors().updateSite;
    expect(cleared).toMatchObject({ openingHours: null, customProperties: null, parkingType: 'ON_DRIVEWAY' });
  });

  it('never matches another tenant by custom properties', async () => {
    await create({ name: 'Mine', customProperties: { shared: 'yes' } });
    const other = await createTenant(server, 'site-details-other');
    const { sites } = (
      await other.admin.request(LIST, { filter: { customProperties: { shared: 'yes' } } })
    ).expectNoErrors();
    expect(sites.edges).toEqual([]);
  });
});
