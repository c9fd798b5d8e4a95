import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, bootPayload, connectCharger, registerCharger } from './kit/charger.js';
import { basicAuth, callError, chargerRow, closed, handshakeStatus, setCharger } from './kit/ocpp.js';
import { startServer, type TestServer } from './kit/server.js';
import { eq } from 'drizzle-orm';
import { tenants } from '../src/db/schema/index.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ OCPP_RECONNECTS_FREE_PER_MINUTE: '5' });
  await registerCharger(server.admin, 'HS-OPEN');
  await registerCharger(server.admin, 'HS-LOCKED', { password: 'secret-password-1' });
  // A second tenant (createTenant is another feature's): its slug must not reach demo's chargers.
  await server.app.database.db.insert(tenants).values({ name: 'Other', slug: 'other', acceptUnknownChargers: true });
});
afterAll(() => server?.stop());

describe('the OCPP handshake', () => {
  it('accepts a registered charger on /ocpp/{id} and on its tenant slug, offering ocpp1.6', async () => {
    expect(await handshakeStatus(`${server.ocppUrl}/HS-OPEN`, ['ocpp1.6'])).toBe(101);
    expect(await handshakeStatus(`${server.ocppUrl}/demo/HS-OPEN`, ['ocpp2.0.1', 'ocpp1.6'])).toBe(101);
  });

  it("refuses an unknown or empty id, or one under another tenant's slug, with 404", async () => {
    expect(await handshakeStatus(`${server.ocppUrl}/NOBODY`, ['ocpp1.6'])).toBe(404);
    expect(await handshakeStatus(`${server.ocppUrl}/`, ['ocpp1.6'])).toBe(404);
    expect(await handshakeStatus(`${server.ocppUrl}/other/HS-OPEN`, ['ocpp1.6'])).toBe(404);
    expect(await handshakeStatus(`${server.ocppUrl}/nowhere/HS-OPEN`, ['ocpp1.6'])).toBe(404);
  });

  it('refuses a wrong or missing Basic-auth password with 401 and accepts the right one', async () => {
    expect(
      await handshakeStatus(`${server.ocppUrl}/HS-LOCKED`, ['ocpp1.6'], basicAuth('HS-LOCKED', 'wrong-password')),
    ).toBe(401);
    expect(await handshakeStatus(`${server.ocppUrl}/HS-LOCKED`, ['ocpp1.6'])).toBe(401);
    expect(
      await handshakeStatus(`${server.ocppUrl}/HS-LOCKED`, ['ocpp1.6'], basicAuth('HS-LOCKED', 'secret-password-1')),
    ).toBe(101);
  });

  it('refuses a client offering no supported subprotocol with 400', async () => {
    expect(await handshakeStatus(`${server.ocppUrl}/HS-OPEN`, undefined)).toBe(400);
    expect(await handshakeStatus(`${server.ocppUrl}/HS-OPEN`, ['ocpp1.5'])).toBe(400);
  });
});

describe('a reconnecting charger', () => {
  it('replaces its old socket, which is closed, and stays online', async () => {
    await registerCharger(server.admin, 'HS-TWICE');
    const first = await bootedCharger(server.ocppUrl, 'HS-TWICE');
    const firstClosed = closed(first);
    const second = await connectCharger(server.ocppUrl, 'HS-TWICE');
    try {
      expect(await firstClosed).toBe(1000);
      // Accepted once, the charger is served without booting again (OCPP-J 1.6 §5.4).
      expect(await second.call('Heartbeat', {})).toHaveProperty('currentTime');
      await server.app.flush(); // signs of life are written in batches
      const { charger } = (
        await server.admin.request('{ charger(ocppId: "HS-TWICE") { online lastMessage lastSeenAt } }')
      ).expectNoErrors();
      expect(charger).toMatchObject({ online: true, lastMessage: 'Heartbeat' });
      expect(charger.lastSeenAt).not.toBeNull();
    } finally {
      await second.close({ force: true });
    }
  });

  it('is asked to back off (429) once it reconnects too often within a minute', async () => {
    await registerCharger(server.admin, 'HS-STORM');
    for (let i = 0; i < 5; i++) expect(await handshakeStatus(`${server.ocppUrl}/HS-STORM`, ['ocpp1.6'])).toBe(101);
    expect(await handshakeStatus(`${server.ocppUrl}/HS-STORM`, ['ocpp1.6'])).toBe(429);
    expect(await handshakeStatus(`${server.ocppUrl}/HS-STORM`, ['ocpp1.6'])).toBe(429);
    // Another charger is not affected.
    expect(await handshakeStatus(`${server.ocppUrl}/HS-OPEN`, ['ocpp1.6'])).toBe(101);
  });
});

describe('unknown chargers under a tenant that accepts them as Pending', () => {
  it('registers them Pending, answers SecurityError until an operator accepts them, then Accepted', async () => {
    expect(await handshakeStatus(`${server.ocppUrl}/demo/NEWCOMER-1`, ['ocpp1.6'])).toBe(404); // off by default
    await server.app.database.db.update(tenants).set({ acceptUnknownChargers: true }).where(eq(tenants.slug, 'demo'));
    expect(await handshakeStatus(`${server.ocppUrl}/NEWCOMER-1`, ['ocpp1.6'])).toBe(404); // no slug, no tenant
    const charger = await connectCharger(server.ocppUrl, 'NEWCOMER-1', { slug: 'demo' });
    try {
      expect(await charger.call('BootNotification', bootPayload())).toMatchObject({ status: 'Pending' });
      expect(await callError(charger.call('Heartbeat', {}))).toBe('SecurityError');
      expect(await callError(charger.call('FancyAction', {}))).toBe('NotImplemented');
      const { charger: seen } = (
        await server.admin.request('{ charger(ocppId: "NEWCOMER-1") { registrationStatus online vendor } }')
      ).expectNoErrors();
      expect(seen).toEqual({ registrationStatus: 'PENDING', online: true, vendor: 'ChargeQL' });

      await setCharger(server, 'NEWCOMER-1', { registrationStatus: 'ACCEPTED' });
      expect(await charger.call('BootNotification', bootPayload())).toMatchObject({ status: 'Accepted' });
      expect(await charger.call('Heartbeat', {})).toHaveProperty('currentTime');
      expect((await chargerRow(server, 'NEWCOMER-1'))!.bootAcceptedAt).not.toBeNull();
    } finally {
      await charger.close({ force: true });
      await server.app.database.db
        .update(tenants)
        .set({ acceptUnknownChargers: false })
        .where(eq(tenants.slug, 'demo'));
    }
  });

  it('answers Rejected to a charger an operator rejected', async () => {
    await registerCharger(server.admin, 'HS-REJECTED');
    await setCharger(server, 'HS-REJECTED', { registrationStatus: 'REJECTED' });
    const charger = await connectCharger(server.ocppUrl, 'HS-REJECTED');
    try {
      expect(await charger.call('BootNotification', bootPayload())).toMatchObject({ status: 'Rejected' });
      expect(
        await callError(
          charger.call('StatusNotification', { connectorId: 1, status: 'Available', errorCode: 'NoError' }),
        ),
      ).toBe('SecurityError');
    } finally {
      await charger.close({ force: true });
    }
  });
});
