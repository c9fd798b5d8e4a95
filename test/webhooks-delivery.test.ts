import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { webhookEndpoints } from '../src/db/schema/index.js';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { startReceiver, verified, type Receiver, type Respond } from './kit/receiver.js';
import { startServer, type TestServer } from './kit/server.js';
import { dbId } from './kit/builders.js';
import { until } from './kit/wait.js';

// Retries every second (Standard Webhooks' schedule takes a day): the receiver is really down
// across several attempts, and the test takes seconds.
const FAST = {
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_POLL_INTERVAL_MS: '200',
  WEBHOOK_RETRY_SCHEDULE: Array(30).fill('1').join(','),
  WEBHOOK_TIMEOUT_MS: '1000',
};
const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id } } }`;

let server: TestServer;
const chargers: TestCharger[] = [];
const receivers: Receiver[] = [];

beforeAll(async () => {
  server = await startServer(FAST);
}, 60_000);

afterAll(async () => {
  for (const c of chargers) await c.close({ force: true }).catch(() => {});
  await server?.stop();
  for (const r of receivers) await r.close();
});

async function receiverWithEndpoint(eventTypes: string[], respond?: Respond, on = server) {
  const receiver = await startReceiver({ respond });
  receivers.push(receiver);
  const { createWebhookEndpoint } = (
    await on.admin.request(CREATE, { input: { url: receiver.url(), eventTypes } })
  ).expectNoErrors();
  return {
    receiver,
    secret: createWebhookEndpoint.secret as string,
    endpointId: createWebhookEndpoint.endpoint.id as string,
  };
}

/** A booted charger whose connector statuses are the events under test. */
async function charger(ocppId: string, on = server): Promise<TestCharger> {
  await registerCharger(on.admin, ocppId);
  const c = await bootedCharger(on.ocppUrl, ocppId);
  chargers.push(c);
  return c;
}

const STATUSES = ['Preparing', 'Charging', 'SuspendedEV', 'Charging', 'Finishing', 'Available'];
async function statusRun(c: TestCharger, statuses = STATUSES): Promise<void> {
  for (const status of statuses) await c.call('StatusNotification', { connectorId: 1, status, errorCode: 'NoError' });
}

async function deliveries(endpointId: string, on = server): Promise<any[]> {
  const { webhookDeliveries } = (
    await on.admin.request(
      `query($f: WebhookDeliveryFilter) { webhookDeliveries(first: 200, filter: $f) { totalCount edges { node {
        id eventId eventType status attempts lastStatusCode lastError nextAttemptAt payload } } } }`,
      { f: { endpointId } },
    )
  ).expectNoErrors();
  return webhookDeliveries.edges.map((e: { node: unknown }) => e.node);
}

async function endpoint(id: string, on = server): Promise<any> {
  const { node } = (
    await on.admin.request(
      `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { enabled disabledReason
        health { state pending failingSince lastStatusCode } } } }`,
      { id },
    )
  ).expectNoErrors();
  return node;
}

const statusesIn = (received: { json: any }[]) => received.map((r) => r.json.data.status);
// A charger coming online also reports connector 0 (the charger itself); the tests follow connector 1.
const connector1 = (r: { json: any }) => r.json?.data?.connectorId === 1;
const ofConnector1 = (list: any[]) => list.filter((d) => d.payload.data.connectorId === 1);

describe('delivery', () => {
  it('retries after 500s with the same webhook-id, then delivers', async () => {
    let calls = 0;
    const { receiver, secret, endpointId } = await receiverWithEndpoint(['connector.status_changed'], (r) =>
      connector1(r) && ++calls <= 2 ? 500 : 200,
    );
    const c = await charger('WH-RETRY-1');
    await statusRun(c, ['Preparing']);
    const got = await receiver.waitFor(3, connector1);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(verified(secret, got[2]!)).toMatchObject({
      type: 'connector.status_changed',
      data: { status: 'PREPARING' },
    });
    await until(async () => ofConnector1(await deliveries(endpointId))[0]?.status === 'DELIVERED');
    expect(ofConnector1(await deliveries(endpointId))[0]).toMatchObject({
      attempts: 3,
      lastStatusCode: 200,
      nextAttemptAt: null,
    });
  });

  it('loses nothing while the receiver is down, and keeps each charger in order', async () => {
    const { receiver, secret, endpointId } = await receiverWithEndpoint(['connector.status_changed']);
    await receiver.down();
    const a = await charger('WH-DOWN-A');
    const b = await charger('WH-DOWN-B');
    await Promise.all([statusRun(a), statusRun(b)]);
    // Down across several attempts: the first status of each charger has been refused at least 3 times.
    await until(async () => (await deliveries(endpointId)).some((d) => d.attempts >= 3), { timeoutMs: 20_000 });
    const all = await deliveries(endpointId);
    const whileDown = ofConnector1(all);
    expect(whileDown).toHaveLength(12);
    expect(whileDown.every((d) => d.status === 'PENDING')).toBe(true);
    expect(all.find((d) => d.attempts >= 3).lastError).toMatch(/ECONNREFUSED/);

    await receiver.up();
    const got = await receiver.waitFor(12, connector1, 30_000);
    got.forEach((r) => verified(secret, r));
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(12);
    const ofCharger = (ocppId: string) => got.filter((r) => r.json.data.charger.ocppId === ocppId);
    const upper = STATUSES.map((s) => s.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase());
    expect(statusesIn(ofCharger('WH-DOWN-A'))).toEqual(upper);
    expect(statusesIn(ofCharger('WH-DOWN-B'))).toEqual(upper);
    await until(async () => (await deliveries(endpointId)).every((d) => d.status === 'DELIVERED'));
  }, 60_000);

  it('disables the endpoint on 410 Gone and sends nothing more', async () => {
    const { receiver, endpointId } = await receiverWithEndpoint(['connector.status_changed'], () => 410);
    const c = await charger('WH-GONE-1');
    await statusRun(c, ['Preparing']);
    await receiver.waitFor(1);
    await until(async () => (await endpoint(endpointId)).enabled === false);
    const first = receiver.received.length;
    expect(await endpoint(endpointId)).toMatchObject({
      disabledReason: 'The receiver answered 410 Gone',
      health: { state: 'DISABLED', lastStatusCode: 410 },
    });
    expect((await deliveries(endpointId)).find((d) => d.status === 'FAILED')).toMatchObject({ attempts: 1 });
    await statusRun(c, ['Charging']);
    await server.app.flushWebhooks();
    await new Promise((r) => setTimeout(r, 1000));
    expect(receiver.received).toHaveLength(first);
    // A disabled endpoint is not sent events, nor are they kept for it.
    expect((await deliveries(endpointId)).map((d) => d.payload.data.status)).not.toContain('CHARGING');
  });

  it('times out a hanging receiver without holding up another endpoint or the charger', async () => {
    const hanging = await receiverWithEndpoint(['connector.status_changed'], () => new Promise<number>(() => {}));
    const healthy = await receiverWithEndpoint(['connector.status_changed']);
    const c = await charger('WH-SLOW-1');
    await statusRun(c);
    // The healthy endpoint gets all six while the hanging one still holds its first.
    const got = await healthy.receiver.waitFor(6, connector1);
    expect(statusesIn(got)).toHaveLength(6);
    expect(await c.call('Heartbeat', {})).toHaveProperty('currentTime');
    await until(async () =>
      (await deliveries(hanging.endpointId)).some((d) => /timeout after 1000 ms/.test(d.lastError ?? '')),
    );
    // Its first status (connector 0 online, or connector 1 PREPARING) is retried; nothing after it jumped the queue.
    expect(hanging.receiver.received.filter(connector1).every((r) => r.json.data.status === 'PREPARING')).toBe(true);
    (
      await server.admin.request(
        'mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { enabled } }',
        { i: { id: hanging.endpointId, enabled: false } },
      )
    ).expectNoErrors();
  });

  it('redelivers a delivered event on request, with the same webhook-id', async () => {
    const { receiver, endpointId } = await receiverWithEndpoint(['connector.status_changed']);
    const c = await charger('WH-REDELIVER-1');
    await statusRun(c, ['Preparing']);
    const [first] = await receiver.waitFor(1, connector1);
    await until(async () => ofConnector1(await deliveries(endpointId))[0]?.status === 'DELIVERED');
    const [delivery] = ofConnector1(await deliveries(endpointId));
    const { redeliverWebhook } = (
      await server.admin.request('mutation($i: RedeliverWebhookInput!) { redeliverWebhook(input: $i) { id status } }', {
        i: { deliveryId: delivery.id },
      })
    ).expectNoErrors();
    expect(redeliverWebhook).toEqual({ id: delivery.id, status: 'PENDING' });
    const [, again] = await receiver.waitFor(2, connector1);
    expect(again!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    await until(async () => ofConnector1(await deliveries(endpointId))[0]?.attempts === 2);
  });
});

describe('an endpoint failing for long enough', () => {
  let quick: TestServer;
  beforeAll(async () => {
    quick = await startServer({ ...FAST, WEBHOOK_DISABLE_AFTER_SECONDS: '2' });
  }, 60_000);
  afterAll(() => quick?.stop());

  it('is disabled and shows why', async () => {
    const { receiver, endpointId } = await receiverWithEndpoint(['connector.status_changed'], () => 503, quick);
    const c = await charger('WH-DAYS-1', quick);
    await statusRun(c, ['Preparing']);
    await receiver.waitFor(2);
    await until(async () => (await endpoint(endpointId, quick)).enabled === false, { timeoutMs: 15_000 });
    const shown = await endpoint(endpointId, quick);
    expect(shown.disabledReason).toMatch(/^Failing since .* without a successful delivery$/);
    expect(shown.health).toMatchObject({ state: 'DISABLED', lastStatusCode: 503 });
    expect(shown.health.failingSince).not.toBeNull();
  });
});

describe('SSRF guard at delivery', () => {
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startServer({ WEBHOOK_POLL_INTERVAL_MS: '200' });
  }, 60_000);
  afterAll(() => strict?.stop());

  it('refuses to connect when the name now resolves to a private address', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    // Saved while the name pointed elsewhere (a public address at save time is simulated by writing the row).
    const { createWebhookEndpoint } = (
      await strict.admin.request(CREATE, { input: { url: 'https://hooks.invalid/hook' } })
    ).expectNoErrors();
    const endpointId = createWebhookEndpoint.endpoint.id;
    const port = new URL(receiver.url()).port;
    await strict.app.database.db
      .update(webhookEndpoints)
      .set({ url: `https://localhost:${port}/hook` })
      .where(eq(webhookEndpoints.id, dbId(endpointId)));
    (
      await strict.admin.request('mutation($i: SendTestWebhookInput!) { sendTestWebhook(input: $i) { id } }', {
        i: { endpointId },
      })
    ).expectNoErrors();
    // The claim counts the attempt before its outcome is written: wait for the outcome.
    await until(async () => (await deliveries(endpointId, strict))[0]?.lastError != null);
    const [d] = await deliveries(endpointId, strict);
    expect(d.lastError).toMatch(/^refused: localhost resolves to .*loopback, private/);
    expect(d.lastStatusCode).toBeNull();
    expect(receiver.received).toHaveLength(0);
  });
});
