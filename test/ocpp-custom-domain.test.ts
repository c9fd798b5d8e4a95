import { RPCClient } from 'ocpp-rpc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPayload, registerCharger } from './kit/charger.js';
import { handshakeStatus } from './kit/ocpp.js';
import { startServer, type TestServer } from './kit/server.js';
import { createTenant, type TestTenant } from './kit/tenant.js';

const UPDATE_TENANT = 'mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { customDomain ocppUrl } }';

let server: TestServer;
let acme: TestTenant;
beforeAll(async () => {
  server = await startServer({ OCPP_PUBLIC_URL: 'wss://cpms.example/ocpp' });
  acme = await createTenant(server, 'acme');
});
afterAll(() => server?.stop());

describe('custom domains', () => {
  it('are unique across tenants, whatever their case', async () => {
    const { updateTenant } = (
      await acme.admin.request(UPDATE_TENANT, { input: { customDomain: 'Charge.Acme.test' } })
    ).expectNoErrors();
    expect(updateTenant).toEqual({ customDomain: 'charge.acme.test', ocppUrl: 'wss://charge.acme.test/ocpp' });
    const taken = (
      await server.admin.request(UPDATE_TENANT, { input: { customDomain: 'CHARGE.acme.test' } })
    ).expectError('CONFLICT');
    expect(taken.extensions?.field).toBe('customDomain');
    const created = await server.admin.request(
      'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }',
      {
        input: {
          name: 'Copycat',
          slug: 'copycat',
          adminEmail: 'admin@copycat.test',
          adminPassword: 'tenant-password-1',
          customDomain: 'charge.acme.test',
        },
      },
    );
    created.expectError('CONFLICT');
  });

  it("routes a charger connecting with the domain as Host to its tenant's /ocpp/{id}", async () => {
    await registerCharger(acme.admin, 'CD-ACME-1');
    await registerCharger(server.admin, 'CD-DEMO-1');
    const host = { host: 'charge.acme.test' };
    // A port or a trailing dot in the Host header names the same domain.
    expect(await handshakeStatus(`${server.ocppUrl}/CD-ACME-1`, ['ocpp1.6'], { host: 'charge.acme.test:443' })).toBe(
      101,
    );
    // Another tenant's charger on acme's domain is unknown there, as under acme's slug.
    expect(await handshakeStatus(`${server.ocppUrl}/CD-DEMO-1`, ['ocpp1.6'], host)).toBe(404);

    const charger = new RPCClient({
      endpoint: server.ocppUrl,
      identity: 'CD-ACME-1',
      protocols: ['ocpp1.6'],
      reconnect: false,
      wsOpts: { headers: host },
    } as never);
    try {
      await charger.connect();
      expect(await charger.call('BootNotification', bootPayload({ chargePointVendor: 'Acme' }))).toMatchObject({
        status: 'Accepted',
      });
      const { chargers } = (
        await acme.admin.request(
          '{ chargers(filter: { search: "CD-ACME" }) { edges { node { ocppId vendor online } } } }',
        )
      ).expectNoErrors();
      expect(chargers.edges.map((e: any) => e.node)).toEqual([{ ocppId: 'CD-ACME-1', vendor: 'Acme', online: true }]);
    } finally {
      await charger.close({ force: true });
    }
  });

  it('registers a newcomer on the domain in that tenant when it accepts unknown chargers', async () => {
    (await acme.admin.request(UPDATE_TENANT, { input: { acceptUnknownChargers: true } })).expectNoErrors();
    expect(await handshakeStatus(`${server.ocppUrl}/CD-NEW-1`, ['ocpp1.6'], { host: 'charge.acme.test' })).toBe(101);
    const { charger } = (
      await acme.admin.request('{ charger(ocppId: "CD-NEW-1") { ocppId registrationStatus } }')
    ).expectNoErrors();
    expect(charger).toEqual({ ocppId: 'CD-NEW-1', registrationStatus: 'PENDING' });
  });

  it('follows a domain change at once', async () => {
    (await acme.admin.request(UPDATE_TENANT, { input: { customDomain: 'ev.acme.test' } })).expectNoErrors();
    expect(await handshakeStatus(`${server.ocppUrl}/CD-DEMO-1`, ['ocpp1.6'], { host: 'ev.acme.test' })).toBe(404);
    // The old domain names no tenant any more: the demo tenant may take it.
    (await server.admin.request(UPDATE_TENANT, { input: { customDomain: 'charge.acme.test' } })).expectNoErrors();
    expect(await handshakeStatus(`${server.ocppUrl}/CD-DEMO-1`, ['ocpp1.6'], { host: 'charge.acme.test' })).toBe(101);
    expect(await handshakeStatus(`${server.ocppUrl}/CD-ACME-1`, ['ocpp1.6'], { host: 'charge.acme.test' })).toBe(404);
  });
});
