import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const CREATE = `mutation($input: CreateSiteInput!) { createSite(input: $input) { id name timezone address { street city postalCode country } location { latitude longitude } } }`;

describe('sites', () => {
  it('creates, reads, updates and lists a site', async () => {
    const { createSite } = (
      await server.admin.request(CREATE, {
        input: {
          name: 'Garage P1',
          timezone: 'Europe/Berlin',
          address: { street: 'Hauptstr. 5', city: 'München', postalCode: '80331', country: 'DE' },
          location: { latitude: 48.137, longitude: 11.575 },
        },
      })
    ).expectNoErrors();
    expect(createSite).toMatchObject({
      name: 'Garage P1',
      timezone: 'Europe/Berlin',
      address: { city: 'München', country: 'DE' },
      location: { latitude: 48.137, longitude: 11.575 },
    });

    const { updateSite } = (
      await server.admin.request(
        `mutation($input: UpdateSiteInput!) { updateSite(input: $input) { name timezone location { latitude } address { city } } }`,
        {
          input: { id: createSite.id, name: 'Garage P2', location: null },
        },
      )
    ).expectNoErrors();
    // Omitted fields stay; null clears.
    expect(updateSite).toEqual({
      name: 'Garage P2',
      timezone: 'Europe/Berlin',
      location: null,
      address: { city: 'München' },
    });

    const { site, node } = (
      await server.admin.request(`query($id: ID!) { site(id: $id) { name } node(id: $id) { ... on Site { name } } }`, {
        id: createSite.id,
      })
    ).expectNoErrors();
    expect(site).toEqual({ name: 'Garage P2' });
    expect(node).toEqual({ name: 'Garage P2' });

    const { sites } = (
      await server.admin.request(`{ sites(filter: { search: "p2" }) { totalCount edges { node { id } } } }`)
    ).expectNoErrors();
    expect(sites).toEqual({ totalCount: 1, edges: [{ node: { id: createSite.id } }] });
  });

  it('names every bad field in one BAD_USER_INPUT error', async () => {
    const res = await server.admin.request(CREATE, {
      input: {
        name: ' ',
        timezone: 'Mars/Olympus',
        address: { country: 'Germany' },
        location: { latitude: 91, longitude: 200 },
      },
    });
    const error = res.expectError('BAD_USER_INPUT');
    expect((error.extensions!.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'address.country',
      'location.latitude',
      'location.longitude',
      'name',
      'timezone',
    ]);
    expect(res.errors).toHaveLength(1);
  });

  it('refuses an unknown tariff or site with NOT_FOUND', async () => {
    const tariffId = Buffer.from('Tariff:00000000-0000-4000-8000-000000000000').toString('base64url');
    (await server.admin.request(CREATE, { input: { name: 'X', tariffId } })).expectError('NOT_FOUND');
    const siteId = Buffer.from('Site:00000000-0000-4000-8000-000000000000').toString('base64url');
    (
      await server.admin.request(`mutation($input: UpdateSiteInput!) { updateSite(input: $input) { id } }`, {
        input: { id: siteId, name: 'Y' },
      })
    ).expectError('NOT_FOUND');
  });

  it('lists the chargers of a site, and deletes a site only once it has none', async () => {
    const { createSite } = (await server.admin.request(CREATE, { input: { name: 'Depot' } })).expectNoErrors();
    const chargerId = await registerCharger(server.admin, 'SITE-CP-1', { siteId: createSite.id });
    await registerCharger(server.admin, 'ELSEWHERE-CP-1');

    const { site } = (
      await server.admin.request(
        `query($id: ID!) { site(id: $id) { chargers { totalCount edges { node { ocppId site { name } } } } } }`,
        { id: createSite.id },
      )
    ).expectNoErrors();
    expect(site.chargers).toEqual({
      totalCount: 1,
      edges: [{ node: { ocppId: 'SITE-CP-1', site: { name: 'Depot' } } }],
    });

    const del = `mutation($id: ID!) { deleteSite(input: { id: $id }) }`;
    (await server.admin.request(del, { id: createSite.id })).expectError('CONFLICT');
    (
      await server.admin.request(`mutation($id: ID!) { deleteCharger(input: { id: $id }) }`, { id: chargerId })
    ).expectNoErrors();
    expect((await server.admin.request(del, { id: createSite.id })).expectNoErrors()).toEqual({
      deleteSite: createSite.id,
    });

    const after = (
      await server.admin.request(`query($id: ID!) { site(id: $id) { id } sites { edges { node { id } } } }`, {
        id: createSite.id,
      })
    ).expectNoErrors();
    expect(after.site).toBeNull();
    expect(after.sites.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(createSite.id);
  });
});
