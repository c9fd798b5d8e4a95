import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aSession, dbId } from './kit/builders.js';
import { bootedCharger, connectCharger, registerCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const CREATE = `mutation($input: CreateChargerInput!) { createCharger(input: $input) { id ocppId } }`;
const UPDATE = `mutation($input: UpdateChargerInput!) { updateCharger(input: $input) { name maxPowerW registrationStatus site { name } } }`;
const fieldsOf = (err: { extensions?: Record<string, unknown> }) =>
  (err.extensions!.fields as { field: string }[]).map((f) => f.field);

describe('createCharger validation', () => {
  it('names each bad field at once', async () => {
    const err = (
      await server.admin.request(CREATE, { input: { ocppId: 'has space', password: 'short', name: 'x'.repeat(201) } })
    ).expectError('BAD_USER_INPUT');
    expect(fieldsOf(err)).toEqual(['ocppId', 'password', 'name']);
  });

  it('accepts the OCPP identity charset up to 48 characters, and nothing longer', async () => {
    (await server.admin.request(CREATE, { input: { ocppId: 'A-z_0.9:*'.padEnd(48, 'x') } })).expectNoErrors();
    (await server.admin.request(CREATE, { input: { ocppId: 'y'.repeat(49) } })).expectError('BAD_USER_INPUT');
    (await server.admin.request(CREATE, { input: { ocppId: 'slash/no' } })).expectError('BAD_USER_INPUT');
  });

  it('refuses a duplicate ocppId with CONFLICT and an unknown site with NOT_FOUND', async () => {
    await registerCharger(server.admin, 'DUP-1');
    (await server.admin.request(CREATE, { input: { ocppId: 'DUP-1' } })).expectError('CONFLICT');
    const siteId = Buffer.from('Site:00000000-0000-4000-8000-000000000000').toString('base64url');
    (await server.admin.request(CREATE, { input: { ocppId: 'NEW-1', siteId } })).expectError('NOT_FOUND');
    (await server.admin.request(CREATE, { input: { ocppId: 'NEW-1', siteId: 'not-an-id' } })).expectError('NOT_FOUND');
  });
});

describe('updateCharger', () => {
  it('changes the given fields and keeps the others', async () => {
    const { createSite } = (
      await server.admin.request(`mutation { createSite(input: { name: "Yard" }) { id } }`)
    ).expectNoErrors();
    const id = await registerCharger(server.admin, 'UPD-1', { name: 'Before' });
    const first = (
      await server.admin.request(UPDATE, { input: { id, siteId: createSite.id, maxPowerW: 22_000 } })
    ).expectNoErrors();
    expect(first.updateCharger).toEqual({
      name: 'Before',
      maxPowerW: 22_000,
      registrationStatus: 'ACCEPTED',
      site: { name: 'Yard' },
    });
    const second = (
      await server.admin.request(UPDATE, { input: { id, name: null, siteId: null, registrationStatus: 'PENDING' } })
    ).expectNoErrors();
    expect(second.updateCharger).toEqual({ name: null, maxPowerW: 22_000, registrationStatus: 'PENDING', site: null });
  });

  it('validates power and the tariff reference', async () => {
    const id = await registerCharger(server.admin, 'UPD-2');
    expect(
      fieldsOf(
        (await server.admin.request(UPDATE, { input: { id, maxPowerW: -5, password: 'x' } })).expectError(
          'BAD_USER_INPUT',
        ),
      ),
    ).toEqual(['password', 'maxPowerW']);
    const tariffId = Buffer.from('Tariff:00000000-0000-4000-8000-000000000000').toString('base64url');
    (await server.admin.request(UPDATE, { input: { id, tariffId } })).expectError('NOT_FOUND');
  });

  it("sets a connector's plug and rating before the charger ever reported it", async () => {
    const id = await registerCharger(server.admin, 'CONN-1');
    const res = await server.admin.request(
      `mutation($input: UpdateConnectorInput!) { updateConnector(input: $input) { connectorId plugType maxPowerW powerType status } }`,
      {
        input: { chargerId: id, connectorId: 2, plugType: 'CCS_2', maxPowerW: 150_000, powerType: 'DC' },
      },
    );
    expect(res.expectNoErrors().updateConnector).toEqual({
      connectorId: 2,
      plugType: 'CCS_2',
      maxPowerW: 150_000,
      powerType: 'DC',
      status: 'UNKNOWN',
    });
    (
      await server.admin.request(
        `mutation($input: UpdateConnectorInput!) { updateConnector(input: $input) { connectorId } }`,
        { input: { chargerId: id, connectorId: 0 } },
      )
    ).expectError('BAD_USER_INPUT');
  });
});

describe('deleteCharger', () => {
  it('closes the socket, refuses the charger from then on, and keeps its sessions', async () => {
    const id = await registerCharger(server.admin, 'DEL-1');
    const session = await aSession(server.app.database.db, { chargerId: dbId(id) });
    const charger = await bootedCharger(server.ocppUrl, 'DEL-1');
    const closed = new Promise<{ code: number }>((resolve) => charger.once('close', resolve));

    expect(
      (await server.admin.request(`mutation($id: ID!) { deleteCharger(input: { id: $id }) }`, { id })).expectNoErrors(),
    ).toEqual({ deleteCharger: id });
    expect((await closed).code).toBe(1000);
    await expect(connectCharger(server.ocppUrl, 'DEL-1')).rejects.toThrow(/Not Found/); // HTTP 404 at the handshake

    const sessionId = Buffer.from(`Session:${session.id}`).toString('base64url');
    const data = (
      await server.admin.request(
        `query($id: ID!, $s: ID!) { charger(id: $id) { id } session(id: $s) { charger { ocppId deletedAt } } chargers { edges { node { ocppId } } } }`,
        { id, s: sessionId },
      )
    ).expectNoErrors();
    expect(data.charger).toBeNull();
    expect(data.session.charger.ocppId).toBe('DEL-1');
    expect(data.session.charger.deletedAt).not.toBeNull();
    expect(data.chargers.edges.map((e: { node: { ocppId: string } }) => e.node.ocppId)).not.toContain('DEL-1');

    // The identity is free again for a new charger.
    await registerCharger(server.admin, 'DEL-1');
    (await server.admin.request(`mutation($id: ID!) { deleteCharger(input: { id: $id }) }`, { id })).expectError(
      'NOT_FOUND',
    );
  });
});
