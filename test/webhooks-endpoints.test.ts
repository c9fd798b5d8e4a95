import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { startReceiver, verified, type Receiver } from './kit/receiver.js';
import { startServer, type TestServer } from './kit/server.js';
import { createTenant, createUser } from './kit/tenant.js';
import { until } from './kit/wait.js';

const FIELDS = 'id url description eventTypes enabled disabledReason siteId chargerId createdAt';
const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { ${FIELDS} } } }`;

let server: TestServer;
let receiver: Receiver;
const chargers: TestCharger[] = [];

beforeAll(async () => {
  server = await startServer({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_POLL_INTERVAL_MS: '200' });
  receiver = await startReceiver();
}, 60_000);

afterAll(async () => {
  for (const c of chargers) await c.close({ force: true }).catch(() => {});
  await server?.stop();
  await receiver?.close();
});

describe('webhook endpoints', () => {
  it('creates an endpoint whose secret is shown once, and delivers a signed test event', async () => {
    const { createWebhookEndpoint } = (
      await server.admin.request(CREATE, {
        input: { url: receiver.url('/test'), description: 'ERP', eventTypes: ['session.ended'] },
      })
    ).expectNoErrors();
    const { secret, endpoint } = createWebhookEndpoint;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    expect(endpoint).toMatchObject({ url: receiver.url('/test'), eventTypes: ['session.ended'], enabled: true });
    const listed = (await server.admin.request(`{ webhookEndpoints { ${FIELDS} } }`)).expectNoErrors();
    expect(JSON.stringify(listed)).not.toContain(secret);

    const { sendTestWebhook } = (
      await server.admin.request(
        'mutation($i: SendTestWebhookInput!) { sendTestWebhook(input: $i) { id eventType status } }',
        { i: { endpointId: endpoint.id } },
      )
    ).expectNoErrors();
    expect(sendTestWebhook).toMatchObject({ eventType: 'webhook.test', status: 'PENDING' });
    const [delivery] = await receiver.waitFor(1, (r) => r.json?.type === 'webhook.test');
    expect(verified(secret, delivery!)).toMatchObject({ type: 'webhook.test', data: { endpointId: endpoint.id } });
    expect(() => verified(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, delivery!)).toThrow();

    await until(async () => (await deliveryOf(sendTestWebhook.id))?.status === 'DELIVERED');
    const log = await deliveryOf(sendTestWebhook.id);
    expect(log).toMatchObject({ attempts: 1, lastStatusCode: 200, responseExcerpt: 'ok', nextAttemptAt: null });
    expect(log.lastLatencyMs).toBeGreaterThanOrEqual(0);
    expect(log.eventId).toBe(delivery!.headers['webhook-id']);
  });

  it('pushes a charger connecting, with the charger as GraphQL shows it', async () => {
    const { createWebhookEndpoint } = (
      await server.admin.request(CREATE, {
        input: { url: receiver.url('/chargers'), eventTypes: ['charger.connected', 'charger.booted'] },
      })
    ).expectNoErrors();
    const chargerId = await registerCharger(server.admin, 'WH-CONNECT-1');
    chargers.push(await bootedCharger(server.ocppUrl, 'WH-CONNECT-1'));
    const got = await receiver.waitFor(
      2,
      (r) => r.headers['webhook-id'] !== undefined && r.json?.data?.charger?.id === chargerId,
    );
    const bodies = got.map((r) => verified(createWebhookEndpoint.secret, r));
    expect(bodies.map((b) => b.type)).toEqual(['charger.connected', 'charger.booted']);
    const query = (
      await server.admin.request('query($id: ID) { charger(id: $id) { id ocppId vendor model firmwareVersion } }', {
        id: chargerId,
      })
    ).expectNoErrors();
    expect(bodies[1].data.charger).toMatchObject(query.charger);
    expect(got.every((r) => r.url !== '/test')).toBe(true);
  });

  it('updates, rotates with an overlap (both secrets verify), and deletes returning the id', async () => {
    const { createWebhookEndpoint: created } = (
      await server.admin.request(CREATE, { input: { url: receiver.url('/rotate') } })
    ).expectNoErrors();
    const id = created.endpoint.id;
    const { updateWebhookEndpoint } = (
      await server.admin.request(
        `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { ${FIELDS} } }`,
        { i: { id, description: 'changed', eventTypes: ['session.started'], enabled: false } },
      )
    ).expectNoErrors();
    expect(updateWebhookEndpoint).toMatchObject({
      description: 'changed',
      eventTypes: ['session.started'],
      enabled: false,
      disabledReason: 'Disabled by a user',
    });
    (
      await server.admin.request(
        `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { enabled } }`,
        { i: { id, enabled: true } },
      )
    ).expectNoErrors();

    const { rotateWebhookSecret } = (
      await server.admin.request(
        'mutation($i: WebhookEndpointIdInput!) { rotateWebhookSecret(input: $i) { secret endpoint { previousSecretExpiresAt } } }',
        { i: { id } },
      )
    ).expectNoErrors();
    expect(rotateWebhookSecret.secret).not.toBe(created.secret);
    expect(new Date(rotateWebhookSecret.endpoint.previousSecretExpiresAt).getTime()).toBeGreaterThan(Date.now());
    (
      await server.admin.request('mutation($i: SendTestWebhookInput!) { sendTestWebhook(input: $i) { id } }', {
        i: { endpointId: id },
      })
    ).expectNoErrors();
    const [delivery] = await receiver.waitFor(
      1,
      (r) => r.json?.type === 'webhook.test' && r.json?.data?.endpointId === id,
    );
    expect(String(delivery!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verified(rotateWebhookSecret.secret, delivery!).type).toBe('webhook.test');
    expect(verified(created.secret, delivery!).type).toBe('webhook.test');

    const { deleteWebhookEndpoint } = (
      await server.admin.request('mutation($i: WebhookEndpointIdInput!) { deleteWebhookEndpoint(input: $i) }', {
        i: { id },
      })
    ).expectNoErrors();
    expect(deleteWebhookEndpoint).toBe(id);
    const { webhookEndpoints } = (await server.admin.request('{ webhookEndpoints { id } }')).expectNoErrors();
    expect(webhookEndpoints.map((e: { id: string }) => e.id)).not.toContain(id);
  });

  it('narrows an endpoint to one charger, and refuses a charger or site it cannot see', async () => {
    const wanted = await registerCharger(server.admin, 'WH-FILTER-1');
    await registerCharger(server.admin, 'WH-FILTER-2');
    const { createWebhookEndpoint } = (
      await server.admin.request(CREATE, {
        input: { url: receiver.url('/filtered'), eventTypes: ['charger.connected'], chargerId: wanted },
      })
    ).expectNoErrors();
    expect(createWebhookEndpoint.endpoint.chargerId).toBe(wanted);
    for (const id of ['WH-FILTER-1', 'WH-FILTER-2']) chargers.push(await bootedCharger(server.ocppUrl, id));
    await server.app.flushWebhooks(); // both connections are in the outbox now, or were never meant for it
    const { webhookDeliveries } = (
      await server.admin.request(
        'query($f: WebhookDeliveryFilter) { webhookDeliveries(first: 10, filter: $f) { edges { node { payload } } } }',
        { f: { endpointId: createWebhookEndpoint.endpoint.id } },
      )
    ).expectNoErrors();
    expect(webhookDeliveries.edges.map((e: any) => e.node.payload.data.charger.ocppId)).toEqual(['WH-FILTER-1']);

    const other = await createTenant(server, 'wh-filter');
    const foreign = await registerCharger(other.admin, 'WH-FILTER-FOREIGN');
    (await server.admin.request(CREATE, { input: { url: receiver.url(), chargerId: foreign } })).expectError(
      'NOT_FOUND',
    );
    const { createSite } = (
      await other.admin.request('mutation($i: CreateSiteInput!) { createSite(input: $i) { id } }', { i: { name: 'B' } })
    ).expectNoErrors();
    (await server.admin.request(CREATE, { input: { url: receiver.url(), siteId: createSite.id } })).expectError(
      'NOT_FOUND',
    );
  });

  it('refuses unknown event types, and lets only admins change endpoints', async () => {
    const bad = await server.admin.request(CREATE, {
      input: { url: receiver.url(), eventTypes: ['session.exploded'] },
    });
    expect(bad.expectError('BAD_USER_INPUT').message).toContain('eventTypes: unknown: session.exploded');
    const tenant = await createTenant(server, 'wh-roles');
    const operator = await createUser(server, tenant.admin, 'OPERATOR', 'op@wh-roles.test');
    (await operator.request(CREATE, { input: { url: receiver.url() } })).expectError('FORBIDDEN');
    (await operator.request('{ webhookEndpoints { id } }')).expectNoErrors();
  });
});

describe('SSRF guard (private URLs not allowed)', () => {
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startServer();
  }, 60_000);
  afterAll(() => strict?.stop());

  it.each([
    ['http://example.com/hook', 'must be an https:// URL'],
    ['https://127.0.0.1/hook', 'loopback, private'],
    ['https://localhost/hook', 'loopback, private'],
    ['https://[::1]/hook', 'loopback, private'],
    ['https://10.1.2.3/hook', 'loopback, private'],
    ['https://192.168.1.10/hook', 'loopback, private'],
    ['https://169.254.169.254/latest/meta-data', 'loopback, private'],
    ['https://[::ffff:127.0.0.1]/hook', 'loopback, private'],
    ['https://user:pw@example.com/hook', 'must not carry credentials'],
    ['not a url', 'must be an absolute URL'],
  ])('refuses %s', async (url, why) => {
    const result = await strict.admin.request(CREATE, { input: { url } });
    expect(result.expectError('BAD_USER_INPUT').message).toContain(why);
  });
});

async function deliveryOf(id: string): Promise<any> {
  const { webhookDeliveries } = (
    await server.admin.request(
      `{ webhookDeliveries(first: 100) { edges { node { id eventId status attempts lastStatusCode lastLatencyMs responseExcerpt nextAttemptAt } } } }`,
    )
  ).expectNoErrors();
  return webhookDeliveries.edges.map((e: { node: unknown }) => e.node).find((n: { id: string }) => n.id === id);
}
