import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { testDatabase } from './kit/database.js';
import { startNodeProcess, type NodeProcess } from './kit/node-process.js';
import { startReceiver, verified, type Receiver } from './kit/receiver.js';
import { until } from './kit/wait.js';

// Two real node processes on one database deliver one outbox. One is killed with SIGKILL while it
// has deliveries in flight; the other finishes the backlog once the dead node's leases run out.
// What this shows: at-least-once with the same webhook-id. A delivery the dead node had already
// posted reaches the receiver a second time, with the same webhook-id (the receiver cannot tell
// whether its answer arrived); every other event arrives exactly once, and each charger's in order.
const pg = process.env.TEST_DATABASE_URL;
const CHARGERS = 6; // six ordering keys: at most four in flight per node (WEBHOOK_CONCURRENCY_PER_ENDPOINT)
const STATUSES = ['Preparing', 'Charging', 'SuspendedEV', 'Charging', 'SuspendedEVSE', 'Charging'];
const SENT = [...STATUSES, ...STATUSES, 'Finishing', 'Available'];
const NODE_ENV = {
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_POLL_INTERVAL_MS: '200',
  // The held requests below must not time out; the lease must exceed the timeout.
  WEBHOOK_TIMEOUT_MS: '8000',
  WEBHOOK_LEASE_SECONDS: '10',
};

interface OutboxRow {
  event_id: string;
  status: string;
  claimed_by: string | null;
  attempts: number;
}

describe.skipIf(!pg)('webhooks when a node is killed with a backlog', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let killed: NodeProcess;
  let survivor: NodeProcess;
  let sql: postgres.Sql;
  let receiver: Receiver;
  const chargers: TestCharger[] = [];
  // The receiver answers 200 after a moment, or, while `hold` is set, not before it is lifted.
  let hold: Promise<void> | null = null;
  let lift = () => {};
  let held = 0;

  beforeAll(async () => {
    db = await testDatabase();
    const url = (db.config as { url: string }).url;
    killed = await startNodeProcess({ DATABASE_URL: url, ...NODE_ENV });
    survivor = await startNodeProcess({ DATABASE_URL: url, ...NODE_ENV });
    sql = postgres(url, { max: 1, onnotice: () => {} });
    receiver = await startReceiver({
      respond: async () => {
        if (hold) {
          held++;
          await hold;
          held--;
        }
        await new Promise((r) => setTimeout(r, 100));
        return 200;
      },
    });
  }, 150_000);

  afterAll(async () => {
    lift();
    for (const c of chargers) await c.close({ force: true }).catch(() => {});
    await killed?.stop();
    await survivor?.stop();
    await receiver?.close();
    await sql?.end();
    await db?.drop();
  });

  const nodeIdOf = (node: NodeProcess) => /\(node ([0-9a-f-]{36})\)/.exec(node.output())![1]!;
  const outbox = () =>
    sql<OutboxRow[]>`select event_id, status, claimed_by, attempts from webhook_deliveries order by seq`;

  it('the other node delivers all of it; only what the dead node had in flight arrives twice', async () => {
    const admin = await survivor.signIn();
    const { createWebhookEndpoint } = (
      await admin.request(
        `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
        { input: { url: receiver.url(), eventTypes: ['connector.status_changed'] } },
      )
    ).expectNoErrors();
    // Half the chargers on each node: each node records its own chargers' events into the shared outbox.
    for (let i = 0; i < CHARGERS; i++) {
      await registerCharger(admin, `WH-KILL-${i}`);
      chargers.push(await bootedCharger((i % 2 ? killed : survivor).ocppUrl, `WH-KILL-${i}`));
    }
    await Promise.all(
      chargers.map(async (c) => {
        for (const status of SENT) await c.call('StatusNotification', { connectorId: 1, status, errorCode: 'NoError' });
      }),
    );
    const connector1 = sql`(payload -> 'data' ->> 'connectorId') = '1'`;
    await until(
      async () =>
        (await sql`select count(*)::int as n from webhook_deliveries where ${connector1}`)[0]!.n ===
        CHARGERS * SENT.length,
      { what: 'every status is in the outbox', timeoutMs: 60_000 },
    );

    // The backlog is recorded and partly delivered. Hold the receiver's answers: each node's
    // attempts now stay in flight, until every resource's oldest pending delivery has been posted.
    hold = new Promise((resolve) => (lift = resolve));
    const inFlight = async () => (await outbox()).filter((r) => r.status === 'PENDING' && r.attempts > 0);
    await until(
      async () => {
        const flying = await inFlight();
        return flying.length === CHARGERS && held === CHARGERS;
      },
      { what: 'all six resources have a delivery posted and held', timeoutMs: 60_000 },
    );
    const backlog = (await outbox()).filter((r) => r.status === 'PENDING').length;
    expect(backlog).toBeGreaterThan(CHARGERS); // more than what is in flight: a backlog behind it
    const killedId = nodeIdOf(killed);
    const onKilled = (await inFlight()).filter((r) => r.claimed_by === killedId).map((r) => r.event_id);
    expect(onKilled.length).toBeGreaterThan(0);
    expect((await inFlight()).every((r) => [killedId, nodeIdOf(survivor)].includes(r.claimed_by!))).toBe(true);

    await killed.kill('SIGKILL');
    lift();
    hold = null;

    // The survivor finishes its own, the backlog, and (after the lease) what the dead node held.
    await until(async () => (await outbox()).every((r) => r.status === 'DELIVERED'), {
      what: 'the survivor delivered everything',
      timeoutMs: 90_000,
    });
    const rows = await outbox();
    const byId = new Map<string, number>();
    for (const r of receiver.received) {
      verified(createWebhookEndpoint.secret, r);
      const id = String(r.headers['webhook-id']);
      byId.set(id, (byId.get(id) ?? 0) + 1);
    }
    // Every event reached the receiver; twice exactly those the dead node had posted, never others.
    expect(rows.every((r) => (byId.get(r.event_id) ?? 0) >= 1)).toBe(true);
    const twice = [...byId].filter(([, n]) => n > 1).map(([id]) => id);
    expect(twice.sort()).toEqual([...onKilled].sort());
    expect([...byId.values()].every((n) => n <= 2)).toBe(true);
    // Each of them finally delivered by the survivor, with the dead node's attempt counted.
    for (const id of onKilled)
      expect(rows.find((r) => r.event_id === id)).toMatchObject({ claimed_by: nodeIdOf(survivor), attempts: 2 });

    // Per charger, the first arrival of each event is in the order the charger sent them.
    const firstArrivals = new Map<string, { charger: { ocppId: string }; status: string }>();
    for (const r of receiver.received)
      if (r.json.data.connectorId === 1 && !firstArrivals.has(r.headers['webhook-id'] as string))
        firstArrivals.set(r.headers['webhook-id'] as string, r.json.data);
    const upper = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
    for (let i = 0; i < CHARGERS; i++) {
      const seen = [...firstArrivals.values()].filter((d) => d.charger.ocppId === `WH-KILL-${i}`);
      expect(seen.map((d) => d.status)).toEqual(SENT.map(upper));
    }
  }, 180_000);
});
