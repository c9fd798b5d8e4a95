import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisAvailable, startCluster } from './kit/cluster.js';
import { bootedCharger, registerCharger } from './kit/charger.js';
import { newBootedCharger } from './kit/ocpp.js';
import { ADMIN, startServer, type TestServer } from './kit/server.js';

describe('a charger flooding the node with CALLs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ OCPP_RATE_LIMIT_PER_SECOND: '2', OCPP_RATE_LIMIT_BURST: '5' });
  });
  afterAll(() => server?.stop());

  it('gets a CALLERROR for the excess at once, while other chargers are served; later it is served again', async () => {
    const flooderId = await registerCharger(server.admin, 'LIMIT-FLOOD');
    const flooder = await bootedCharger(server.ocppUrl, 'LIMIT-FLOOD');
    const neighbour = await newBootedCharger(server, 'LIMIT-NEAR');
    try {
      const answers = await Promise.all(
        Array.from({ length: 30 }, () =>
          flooder.call('Heartbeat', {}).then(
            () => 'answered',
            (err: { rpcErrorCode?: string; details?: { retryAfterSeconds?: number } }) =>
              `${err.rpcErrorCode}:${err.details?.retryAfterSeconds}`,
          ),
        ),
      );
      const refused = answers.filter((a) => a === 'GenericError:1');
      expect(refused.length).toBeGreaterThanOrEqual(20); // burst 5 (the boot took one) + 2/s while they arrive
      expect(answers.length - refused.length).toBe(answers.filter((a) => a === 'answered').length);
      // The flood does not load the disk and the database instead: of the refused CALLs only the first
      // is logged (with its CALLERROR), the rest are counted.
      await server.app.flush();
      const { ocppMessages: log } = (
        await server.admin.request(
          `query($filter: OcppMessageFilter) { ocppMessages(first: 100, filter: $filter) {
            edges { node { direction messageType action } } } }`,
          { filter: { chargerId: flooderId } },
        )
      ).expectNoErrors();
      const kinds = (log.edges as { node: { direction: string; messageType: string; action: string } }[]).map(
        (e) => `${e.node.direction} ${e.node.messageType} ${e.node.action}`,
      );
      // The client sends one CALL at a time, in order: a run of refusals starts after an answered one.
      const runs = answers.filter((a, i) => a !== 'answered' && answers[i - 1] !== a).length;
      expect(runs).toBeLessThan(refused.length);
      expect(kinds.filter((k) => k === 'IN CALL Heartbeat').length).toBe(answers.length - refused.length + runs);
      expect(kinds.filter((k) => k === 'OUT CALLERROR Heartbeat').length).toBe(runs);
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      expect(metrics).toContain(`chargeql_ocpp_calls_rate_limited_total ${refused.length}`);
      expect(await neighbour.call('Heartbeat', {})).toHaveProperty('currentTime');
      await new Promise((r) => setTimeout(r, 1100));
      expect(await flooder.call('Heartbeat', {})).toHaveProperty('currentTime');
    } finally {
      await Promise.all([flooder.close({ force: true }), neighbour.close({ force: true })]);
    }
  });
});

// Nodes share a database, so this needs PostgreSQL (PGlite lives inside one process).
const runnable = Boolean(process.env.TEST_DATABASE_URL) && (await redisAvailable());

describe.skipIf(!runnable)('limits shared by two nodes through Redis', () => {
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    cluster = await startCluster(2, {
      GRAPHQL_RATE_LIMIT_PER_SECOND: '0.01',
      GRAPHQL_RATE_LIMIT_BURST: '8',
      LOGIN_MAX_FAILURES: '3',
    });
    [a, b] = cluster.nodes as [TestServer, TestServer];
  });
  afterAll(() => cluster?.stop());

  const status = (node: TestServer, token: string) =>
    fetch(`${node.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    }).then((r) => r.status);

  it('counts one token against one budget, whichever node it asks', async () => {
    const token = a.admin.token!;
    const onA = [];
    for (let i = 0; i < 5; i++) onA.push(await status(a, token));
    const onB = [];
    for (let i = 0; i < 5; i++) onB.push(await status(b, token));
    // 8 in all: each node alone would have let all 10 through.
    expect(onA).toEqual([200, 200, 200, 200, 200]);
    expect(onB).toEqual([200, 200, 200, 429, 429]);
  });

  it('counts failed logins for one email across nodes', async () => {
    const login = (node: TestServer, password: string) =>
      node.anonymous.request('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
        e: ADMIN.email,
        p: password,
      });
    (await login(a, 'wrong-1')).expectError('UNAUTHENTICATED');
    (await login(b, 'wrong-2')).expectError('UNAUTHENTICATED');
    (await login(a, 'wrong-3')).expectError('UNAUTHENTICATED');
    // Node B saw one failure itself; the cluster saw three: even the right password waits now.
    (await login(b, ADMIN.password)).expectError('RATE_LIMITED');
  });
});
