import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenants } from '../src/db/schema/index.js';
import { registerCharger } from './kit/charger.js';
import { handshakeStatus } from './kit/ocpp.js';
import { startServer, type TestServer } from './kit/server.js';

// Host-style tenant URLs: wss://{slug}.chargers.test/ocpp/{id}. The Host header names the tenant.
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ OCPP_PUBLIC_URL: 'ws://{slug}.chargers.test/ocpp' });
  await registerCharger(server.admin, 'HOST-1');
  await server.app.database.db.insert(tenants).values({ name: 'Other', slug: 'other' });
});
afterAll(() => server?.stop());

describe('host-style OCPP URLs', () => {
  it('gives each tenant its own host in ocppUrl', async () => {
    const { tenant } = (await server.admin.request('{ tenant { ocppUrl } }')).expectNoErrors();
    expect(tenant.ocppUrl).toBe('ws://demo.chargers.test/ocpp');
  });

  it("accepts a charger on its own tenant's host and refuses it on another tenant's with 404", async () => {
    expect(await handshakeStatus(`${server.ocppUrl}/HOST-1`, ['ocpp1.6'], { host: 'demo.chargers.test' })).toBe(101);
    expect(await handshakeStatus(`${server.ocppUrl}/HOST-1`, ['ocpp1.6'], { host: 'other.chargers.test' })).toBe(404);
    // A host outside the pattern (an IP, a load balancer's health check) names no tenant.
    expect(await handshakeStatus(`${server.ocppUrl}/HOST-1`, ['ocpp1.6'])).toBe(101);
  });
});
