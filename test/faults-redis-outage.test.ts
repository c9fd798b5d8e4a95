import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { redisAvailable, startCluster, TEST_REDIS_URL } from './kit/cluster.js';
import type { TestServer } from './kit/server.js';
import { startTcpProxy, type TcpProxy } from './kit/tcp-proxy.js';

// Redis cut by a proxy this test owns, between it and both nodes. Nodes share a database, so this
// needs PostgreSQL (PGlite lives inside one process) as well as Redis.
const runnable = Boolean(process.env.TEST_DATABASE_URL) && (await redisAvailable());
const TTL_SECONDS = 2;

async function eventually<T>(attempt: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt().catch((err) => err as T);
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(!runnable)('a Redis outage under two nodes', () => {
  let proxy: TcpProxy;
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  let a: TestServer;
  let b: TestServer;
  const chargers: TestCharger[] = [];
  beforeAll(async () => {
    const { hostname, port } = new URL(TEST_REDIS_URL);
    proxy = await startTcpProxy({ host: hostname, port: Number(port || 6379) });
    cluster = await startCluster(2, {
      REDIS_URL: proxy.via(TEST_REDIS_URL),
      PRESENCE_TTL_SECONDS: String(TTL_SECONDS),
      OCPP_COMMAND_TIMEOUT_MS: '20000',
    });
    [a, b] = cluster.nodes as [TestServer, TestServer];
  }, 90_000);
  afterAll(async () => {
    proxy?.restore();
    for (const c of chargers) await c.close({ force: true }).catch(() => {});
    await cluster?.stop();
    await proxy?.close();
  });

  const reset = (node: TestServer, chargerId: string) =>
    node.admin.request('mutation($id: ID!) { reset(input: { chargerId: $id, type: SOFT }) { status } }', {
      id: chargerId,
    });
  const online = async (node: TestServer, chargerId: string) =>
    (await node.admin.request('query($id: ID!) { charger(id: $id) { online } }', { id: chargerId })).expectNoErrors()
      .charger.online as boolean;

  it('serves each node its own chargers, fails cross-node commands with a code, and heals', async () => {
    const onA = await registerCharger(a.admin, 'REDIS-OUT-A');
    const onB = await registerCharger(b.admin, 'REDIS-OUT-B');
    for (const [node, ocppId] of [
      [a, 'REDIS-OUT-A'],
      [b, 'REDIS-OUT-B'],
    ] as const) {
      const cp = await bootedCharger(node.ocppUrl, ocppId);
      cp.handle('Reset', async () => ({ status: 'Accepted' }));
      chargers.push(cp);
    }
    const [cpA, cpB] = chargers as [TestCharger, TestCharger];
    // Before: node B reaches A's charger through Redis.
    expect((await reset(b, onA)).expectNoErrors().reset.status).toBe('Accepted');
    const sub = await b.subscribe('subscription($id: ID) { chargerStatus(chargerId: $id) { connectorId status } }', {
      id: onA,
    });

    proxy.cut();
    for (const cp of [cpA, cpB]) {
      expect(await cp.call('Heartbeat', {})).toHaveProperty('currentTime');
      expect(await cp.call('StatusNotification', { connectorId: 1, status: 'Charging', errorCode: 'NoError' })).toEqual(
        {},
      );
    }
    // Each node's own charger takes commands; the other node's gives a clear code at once.
    expect((await reset(a, onA)).expectNoErrors().reset.status).toBe('Accepted');
    expect((await reset(b, onB)).expectNoErrors().reset.status).toBe('Accepted');
    (await reset(b, onA)).expectError('CLUSTER_UNAVAILABLE');
    (await reset(a, onB)).expectError('CLUSTER_UNAVAILABLE');
    // Presence keys expire meanwhile (TTL 2 s): nobody is swept offline for it.
    await new Promise((r) => setTimeout(r, TTL_SECONDS * 1500));
    expect(await online(b, onA)).toBe(true);

    proxy.restore();
    // Presence heals: B reaches A's charger again.
    const healed = await eventually(
      () => reset(b, onA),
      (r) => !r.errors,
    );
    expect(healed.expectNoErrors().reset.status).toBe('Accepted');
    // The subscription heals: a status on node A reaches the subscriber on node B again.
    let seen: { connectorId: number; status: string } | undefined;
    const received = (async () => {
      for (;;) {
        const next = (await sub.next()).chargerStatus as { connectorId: number; status: string };
        if (next.connectorId === 2) return (seen = next);
      }
    })();
    await eventually(
      () => cpA.call('StatusNotification', { connectorId: 2, status: 'Finishing', errorCode: 'NoError' }),
      () => seen !== undefined,
    );
    expect(await received).toEqual({ connectorId: 2, status: 'FINISHING' });
    await sub.close();
    // After more than a TTL with Redis back, both chargers are still online (each node's sweep judged again).
    await new Promise((r) => setTimeout(r, TTL_SECONDS * 1500));
    expect([await online(a, onA), await online(a, onB)]).toEqual([true, true]);
  }, 120_000);
});
