import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './kit/server.js';
import { createTenant } from './kit/tenant.js';

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const CREATE = `mutation($input: CreateSiteInput!) { createSite(input: $input) { id name public publicName externalId parent { id } } }`;
const UPDATE = 'mutation($input: UpdateSiteInput!) { updateSite(input: $input) { id parent { id } } }';
const LIST = `query($filter: SiteFilter) { sites(filter: $filter, first: 50) { edges { node { name } } } }`;

const create = async (input: Record<string, unknown>) =>
  (await server.admin.request(CREATE, { input })).expectNoErrors().createSite;
const names = async (filter: Record<string, unknown>) =>
  (await server.admin.request(LIST, { filter }))
    .expectNoErrors()
    .sites.edges.map((e: any) => e.node.name)
    .sort();

describe('site hierarchy and public details', () => {
  it('nests sites, lists children or the whole subtree, and filters by public and externalId', async () => {
    const campus = await create({ name: 'Campus', public: true, publicName: 'Campus P+R', externalId: 'ERP-1' });
    const garage = await create({ name: 'Garage', parentId: campus.id });
    const level = await create({ name: 'Garage L2', parentId: garage.id, externalId: 'ERP-3' });
    await create({ name: 'Elsewhere' });
    expect(campus).toMatchObject({ public: true, publicName: 'Campus P+R', externalId: 'ERP-1', parent: null });
    expect(level.parent).toEqual({ id: garage.id });

    const { site } = (
      await server.admin.request(`query($id: ID!) { site(id: $id) { children { name children { name } } } }`, {
        id: campus.id,
      })
    ).expectNoErrors();
    expect(site.children).toEqual([{ name: 'Garage', children: [{ name: 'Garage L2' }] }]);

    expect(await names({ parentId: campus.id })).toEqual(['Garage']);
    expect(await names({ parentId: campus.id, includeSubSites: true })).toEqual(['Garage', 'Garage L2']);
    expect(await names({ public: true })).toEqual(['Campus']);
    expect(await names({ externalId: 'ERP-3' })).toEqual(['Garage L2']);
  });

  it('refuses a loop, and a parent of another tenant is NOT_FOUND', async () => {
    const top = await create({ name: 'Top' });
    const middle = await create({ name: 'Middle', parentId: top.id });
    const bottom = await create({ name: 'Bottom', parentId: middle.id });
    (await server.admin.request(UPDATE, { input: { id: top.id, parentId: bottom.id } })).expectError('BAD_USER_INPUT');
    (await server.admin.request(UPDATE, { input: { id: top.id, parentId: top.id } })).expectError('BAD_USER_INPUT');
    // Moving a site to the top level.
    const moved = (await server.admin.request(UPDATE, { input: { id: bottom.id, parentId: null } })).expectNoErrors();
    expect(moved.updateSite.parent).toBeNull();

    const other = await createTenant(server, 'sites-other');
    (await other.admin.request(CREATE, { input: { name: 'Intruder', parentId: top.id } })).expectError('NOT_FOUND');
  });
});
