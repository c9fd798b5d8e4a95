import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, bootPayload, connectCharger, registerCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';
import { subscribe } from './kit/subscribe.js';

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

describe('one port, several doors', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('serves a bundled GraphQL IDE whose assets come from this server', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<base href="/graphiql/assets/">');
    const scripts = [...html.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).not.toMatch(/^https?:/);
      expect((await fetch(`${server.url}/graphiql/assets/${src}`)).status).toBe(200);
    }
  });

  it('refuses a subscription sent over HTTP POST with a clear 400', async () => {
    const res = await server.admin.request('subscription { chargerStatus { status } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/WebSocket/);
  });

  it('closes an unauthenticated graphql-ws connection with 4401', async () => {
    await expect(
      subscribe(server.wsUrl, 'not-a-token', 'subscription { chargerStatus { status } }'),
    ).rejects.toMatchObject({ code: 4401 });
  });
});

describe('first start and login', () => {
  it('lets the first-start admin log in and see the demo tenant', async () => {
    const { viewer, tenant } = (
      await server.admin.request('{ viewer { email role } tenant { slug ocppUrl stats { chargerCount userCount } } }')
    ).expectNoErrors();
    expect(viewer).toEqual({ email: 'admin@example.com', role: 'PLATFORM_ADMIN' });
    expect(tenant.slug).toBe('demo');
    expect(tenant.ocppUrl).toMatch(/\/ocpp\/demo$/);
    expect(tenant.stats.userCount).toBe(1);
  });

  it('refuses a wrong password and a missing token with UNAUTHENTICATED', async () => {
    (
      await server.anonymous.request('mutation { login(email: "admin@example.com", password: "nope") { token } }')
    ).expectError('UNAUTHENTICATED');
    (await server.anonymous.request('{ tenant { slug } }')).expectError('UNAUTHENTICATED');
  });

  it('finds any object again by its global id with node(id)', async () => {
    const id = await registerCharger(server.admin, 'NODE-1');
    const { node } = (
      await server.admin.request('query($id: ID!) { node(id: $id) { id ... on Charger { ocppId } } }', { id })
    ).expectNoErrors();
    expect(node).toEqual({ id, ocppId: 'NODE-1' });
  });
});

describe('a charger on /ocpp', () => {
  it('answers BootNotification and shows the charger online with what it reported', async () => {
    const id = await registerCharger(server.admin, 'CP-FOUND-1');
    const status = await server.subscribe(
      `subscription($id: ID) { chargerStatus(chargerId: $id) {
        charger { id ocppId online status } connector { id connectorId status maxPowerW } connectorId status online } }`,
      { id },
    );
    const charger = await connectCharger(server.ocppUrl, 'CP-FOUND-1');
    try {
      const answer = (await charger.call('BootNotification', bootPayload({ chargePointVendor: 'ABB' }))) as Record<
        string,
        unknown
      >;
      expect(answer).toMatchObject({ status: 'Accepted', interval: 300 });
      // The events carry whole objects, read after the change they report.
      expect(await status.next()).toEqual({
        chargerStatus: {
          charger: { id, ocppId: 'CP-FOUND-1', online: true, status: 'UNKNOWN' },
          connector: null,
          connectorId: 0,
          status: 'AVAILABLE',
          online: true,
        },
      });
      await charger.call('StatusNotification', { connectorId: 1, status: 'Charging', errorCode: 'NoError' });
      expect(await status.next()).toMatchObject({
        chargerStatus: {
          charger: { id, ocppId: 'CP-FOUND-1' },
          connector: { id: expect.any(String), connectorId: 1, status: 'CHARGING', maxPowerW: null },
          connectorId: 1,
          status: 'CHARGING',
        },
      });
      const { charger: seen } = (
        await server.admin.request(
          'query($id: ID) { charger(id: $id) { online vendor lastMessage connectors { connectorId status errorCode } } }',
          { id },
        )
      ).expectNoErrors();
      expect(seen).toMatchObject({
        online: true,
        vendor: 'ABB',
        connectors: [{ connectorId: 1, status: 'CHARGING', errorCode: 'NO_ERROR' }],
      });
    } finally {
      await charger.close({ force: true });
      await status.close();
    }
  });

  it('counts OCPP frames and GraphQL operations in /metrics', async () => {
    await registerCharger(server.admin, 'CP-METRICS');
    const charger = await bootedCharger(server.ocppUrl, 'CP-METRICS');
    await charger.close();
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/chargeql_ocpp_messages_total\{direction="IN",type="CALL",action="BootNotification"\} [1-9]/);
    expect(text).toMatch(/chargeql_graphql_operations_total\{[^}]*code="none"\} [1-9]/);
    expect(text).toMatch(/process_cpu_user_seconds_total/);
    expect(text).toMatch(/chargeql_graphql_subscriptions \d+/);
    expect(text).toMatch(/chargeql_subscription_events_dropped_total 0/);
  });
});
