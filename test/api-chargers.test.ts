import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';

let server: TestServer;
let live: TestCharger;
const ids: Record<string, string> = {};

const site = async (name: string, location?: { latitude: number; longitude: number }) =>
  (
    await server.admin.request(`mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }`, {
      input: { name, location },
    })
  ).expectNoErrors().createSite.id as string;

const connector = (chargerId: string, connectorId: number, plugType: string, maxPowerW: number) =>
  server.admin.request(
    `mutation($input: UpdateConnectorInput!) { updateConnector(input: $input) { connectorId plugType maxPowerW status } }`,
    {
      input: { chargerId, connectorId, plugType, maxPowerW },
    },
  );

const ocppIdsOf = (data: { chargers: { edges: { node: { ocppId: string } }[] } }) =>
  data.chargers.edges.map((e) => e.node.ocppId);
const list = async (vars: { f?: unknown; o?: unknown }) =>
  ocppIdsOf(
    (
      await server.admin.request(
        `query($f: ChargerFilter, $o: ChargerOrder) { chargers(filter: $f, orderBy: $o) { edges { node { ocppId } } } }`,
        vars,
      )
    ).expectNoErrors(),
  );

beforeAll(async () => {
  server = await startServer();
  // Munich, Augsburg (~57 km away), Berlin (~500 km away).
  const munich = await site('Munich', { latitude: 48.137, longitude: 11.575 });
  const augsburg = await site('Augsburg', { latitude: 48.3705, longitude: 10.8978 });
  const berlin = await site('Berlin', { latitude: 52.52, longitude: 13.405 });
  ids.munich = munich;
  ids['MUC-1'] = await registerCharger(server.admin, 'MUC-1', { siteId: munich, name: 'Alpha' });
  ids['AUG-1'] = await registerCharger(server.admin, 'AUG-1', { siteId: augsburg, name: 'Bravo' });
  ids['BER-1'] = await registerCharger(server.admin, 'BER-1', { siteId: berlin });
  (await connector(ids['MUC-1'], 1, 'TYPE_2', 22_000)).expectNoErrors();
  (await connector(ids['AUG-1'], 1, 'CCS_2', 150_000)).expectNoErrors();
  (await connector(ids['BER-1'], 1, 'CCS_2', 50_000)).expectNoErrors();
  live = await bootedCharger(server.ocppUrl, 'AUG-1'); // vendor ChargeQL, model TestBox
  await live.call('StatusNotification', { connectorId: 1, status: 'Faulted', errorCode: 'GroundFailure' });
});
afterAll(async () => {
  await live?.close({ force: true });
  await server?.stop();
});

describe('chargers list', () => {
  it('filters by site, online, status, search, plug type and power', async () => {
    expect(await list({ f: { siteId: ids.munich } })).toEqual(['MUC-1']);
    expect(await list({ f: { online: true } })).toEqual(['AUG-1']);
    expect(await list({ f: { status: ['FAULTED'] } })).toEqual(['AUG-1']);
    expect(await list({ f: { search: 'testbox' } })).toEqual(['AUG-1']); // model, reported at boot
    expect(await list({ f: { search: 'alph' } })).toEqual(['MUC-1']);
    expect(await list({ f: { search: '%' } })).toEqual([]); // taken literally
    expect((await list({ f: { plugType: ['CCS_2'] } })).sort()).toEqual(['AUG-1', 'BER-1']);
    expect(await list({ f: { minPowerW: 40_000, maxPowerW: 100_000 } })).toEqual(['BER-1']);
  });

  it('finds chargers near a point, nearest first, with their distance', async () => {
    const { chargers } = (
      await server.admin.request(
        `query($f: ChargerFilter) { chargers(filter: $f) { edges { node { ocppId distanceMeters } } } }`,
        {
          f: { near: { latitude: 48.14, longitude: 11.58, radiusMeters: 100_000 } },
        },
      )
    ).expectNoErrors();
    expect(chargers.edges.map((e: { node: { ocppId: string } }) => e.node.ocppId)).toEqual(['MUC-1', 'AUG-1']);
    expect(chargers.edges[0].node.distanceMeters).toBeLessThan(1000);
    expect(chargers.edges[1].node.distanceMeters).toBeGreaterThan(50_000);
    expect(
      await list({
        f: { near: { latitude: 48.14, longitude: 11.58, radiusMeters: 1e6 } },
        o: { field: 'DISTANCE', direction: 'DESC' },
      }),
    ).toEqual(['BER-1', 'AUG-1', 'MUC-1']);
  });

  it('pages with stable cursors and counts all matches', async () => {
    const query = `query($after: String) { chargers(first: 2, after: $after, orderBy: { field: OCPP_ID }) { totalCount edges { node { ocppId } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await server.admin.request(query)).expectNoErrors().chargers;
    expect(first.totalCount).toBe(3);
    expect(ocppIdsOf({ chargers: first })).toEqual(['AUG-1', 'BER-1']);
    await registerCharger(server.admin, 'AAA-NEW'); // sorts before the cursor: must not shift the next page
    const second = (await server.admin.request(query, { after: first.pageInfo.endCursor })).expectNoErrors().chargers;
    expect(ocppIdsOf({ chargers: second })).toEqual(['MUC-1']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    (await server.admin.request(query, { after: 'garbage' })).expectError('BAD_USER_INPUT');
  });

  it('orders by a nullable field with the NULLs last, across pages', async () => {
    const query = `query($after: String) { chargers(first: 1, after: $after, orderBy: { field: NAME }) { edges { node { ocppId } } pageInfo { endCursor hasNextPage } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await server.admin.request(query, { after })).expectNoErrors().chargers;
      seen.push(...ocppIdsOf({ chargers: page }));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.slice(0, 2)).toEqual(['MUC-1', 'AUG-1']);
    expect(seen.slice(2).sort()).toEqual(['AAA-NEW', 'BER-1']);
  });

  it('refuses a page size over 500 and explains bad list arguments', async () => {
    // The hardening rules refuse oversized pages before any resolver runs (issue 7).
    (await server.admin.request(`{ chargers(first: 100000) { edges { node { id } } } }`)).expectError('BAD_USER_INPUT');
    (await server.admin.request(`{ chargers(first: 500) { edges { node { id } } } }`)).expectNoErrors();
    const err = (
      await server.admin.request(
        `{ chargers(orderBy: { field: DISTANCE }, filter: { near: { latitude: 100, longitude: 0, radiusMeters: -1 } }) { totalCount } }`,
      )
    ).expectError('BAD_USER_INPUT');
    expect((err.extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'filter.near.latitude',
      'filter.near.radiusMeters',
    ]);
    (await server.admin.request(`{ chargers(orderBy: { field: DISTANCE }) { totalCount } }`)).expectError(
      'BAD_USER_INPUT',
    );
  });
});
