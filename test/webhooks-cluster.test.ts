import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { redisAvailable, startCluster } from './kit/cluster.js';
import { startReceiver, verified, type Receiver } from './kit/receiver.js';
import type { TestServer } from './kit/server.js';

// Two nodes on one database (and Redis): both record and both deliver, from the same outbox.
const runnable = Boolean(process.env.TEST_DATABASE_URL) && (await redisAvailable());

describe.skipIf(!runnable)('webhooks on two nodes', () => {
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  let nodes: TestServer[];
  let receiver: Receiver;
  const chargers: TestCharger[] = [];

  beforeAll(async () => {
    cluster = await startCluster(2, { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_POLL_INTERVAL_MS: '100' });
    nodes = cluster.nodes;
    receiver = await startReceiver();
  }, 120_000);

  afterAll(async () => {
    for (const c of chargers) await c.close({ force: true }).catch(() => {});
    await cluster?.stop();
    await receiver?.close();
  });

  it('delivers each event exactly once, in order per charger', async () => {
    const { createWebhookEndpoint } = (
      await nodes[0]!.admin.request(
        `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
        { input: { url: receiver.url(), eventTypes: ['connector.status_changed'] } },
      )
    ).expectNoErrors();
    // Half the chargers on each node; every node's worker claims from the shared outbox.
    const statuses = ['Preparing', 'Charging', 'SuspendedEV', 'Charging', 'Finishing', 'Available'];
    for (let i = 0; i < 6; i++) {
      const node = nodes[i % 2]!;
      await registerCharger(node.admin, `WH-CL-${i}`);
      chargers.push(await bootedCharger(node.ocppUrl, `WH-CL-${i}`));
    }
    await Promise.all(
      chargers.map(async (c) => {
        for (const status of statuses)
          await c.call('StatusNotification', { connectorId: 1, status, errorCode: 'NoError' });
      }),
    );
    const connector1 = (r: { json: any }) => r.json?.data?.connectorId === 1;
    const got = await receiver.waitFor(36, connector1, 30_000);
    await new Promise((r) => setTimeout(r, 1000)); // a duplicate would show up by now
    const all = receiver.received.filter(connector1);
    expect(all).toHaveLength(36);
    expect(new Set(all.map((r) => r.headers['webhook-id'])).size).toBe(36);
    got.forEach((r) => verified(createWebhookEndpoint.secret, r));
    for (let i = 0; i < 6; i++) {
      const ofCharger = all.filter((r) => r.json.data.charger.ocppId === `WH-CL-${i}`).map((r) => r.json.data.status);
      expect(ofCharger).toEqual(['PREPARING', 'CHARGING', 'SUSPENDED_EV', 'CHARGING', 'FINISHING', 'AVAILABLE']);
    }
  }, 60_000);
});
