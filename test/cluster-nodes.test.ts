import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCharger, bootPayload, type TestCharger } from './kit/charger.js';
import { redisAvailable, TEST_REDIS_URL } from './kit/cluster.js';
import { testDatabase } from './kit/database.js';
import { createGqlClient, type GqlClient } from './kit/gql.js';
import { assertStillRunning, runMain, waitForOutput, type Started } from './kit/process.js';
import { subscribe } from './kit/subscribe.js';
import { until } from './kit/wait.js';

// Two real server processes on one PostgreSQL and one Redis: what docker-compose.yml runs.
const runnable = Boolean(process.env.TEST_DATABASE_URL) && (await redisAvailable());

describe.skipIf(!runnable)('two server processes behave as one', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let nodeA: Started;
  let nodeB: Started;
  let ports: { a: number; b: number };
  let adminB: GqlClient;
  const chargers: TestCharger[] = [];

  beforeAll(async () => {
    db = await testDatabase();
    if (db.config.kind !== 'postgres') throw new Error('needs PostgreSQL');
    ports = { a: await freePort(), b: await freePort() };
    const env = {
      DATABASE_URL: db.config.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: `chargeql-test:${randomBytes(4).toString('hex')}:`,
      PRESENCE_TTL_SECONDS: '2',
      JWT_SECRET: 'a-secret-both-nodes-share-0123456789abcdef',
      ADMIN_PASSWORD: 'cluster-admin-pw',
      LOG_LEVEL: 'info',
    };
    nodeA = runMain({ ...env, PORT: String(ports.a) });
    await waitForOutput(nodeA, /GraphQL\s+http/);
    nodeB = runMain({ ...env, PORT: String(ports.b) });
    await waitForOutput(nodeB, /GraphQL\s+http/);
    adminB = await createGqlClient(`http://127.0.0.1:${ports.b}/graphql`).signIn(
      'admin@example.com',
      'cluster-admin-pw',
    );
  }, 240_000);

  afterAll(async () => {
    try {
      if (nodeB) assertStillRunning(nodeB); // node A is killed on purpose; B must not die by itself
    } finally {
      for (const c of chargers) await c.close({ force: true }).catch(() => {});
      for (const node of [nodeA, nodeB]) {
        if (node && node.child.exitCode === null) {
          node.child.kill('SIGTERM');
          await node.exited;
        }
      }
      await db?.drop();
    }
  });

  it('serves a charger on node A to a client of node B, and moves it to B when A dies', async () => {
    const { createCharger } = (
      await adminB.request('mutation { createCharger(input: {ocppId: "NODES-1"}) { id } }')
    ).expectNoErrors();
    const chargerId = createCharger.id as string;
    (await adminB.request('mutation { createIdTag(input: {value: "NODES-TAG"}) { id } }')).expectNoErrors();

    // The charger connects to node A and answers commands like a real one.
    const onA = await connectCharger(`ws://127.0.0.1:${ports.a}/ocpp`, 'NODES-1');
    chargers.push(onA);
    await onA.call('BootNotification', bootPayload());
    // The charger accepts the remote start; the test then sends StartTransaction itself, so the
    // PENDING session is seen before it becomes ACTIVE.
    let asked: { idTag: string; connectorId: number } | null = null;
    onA.handle('RemoteStartTransaction', async ({ params }) => {
      asked = params as { idTag: string; connectorId: number };
      return { status: 'Accepted' };
    });
    onA.handle('RemoteStopTransaction', async ({ params }) => {
      setTimeout(
        () =>
          onA.call('StopTransaction', {
            transactionId: params!.transactionId,
            meterStop: 1900,
            timestamp: new Date().toISOString(),
          }),
        20,
      );
      return { status: 'Accepted' };
    });

    // A client of node B starts a session on it (routed to A) and follows its meter values.
    const live = await subscribe(
      `ws://127.0.0.1:${ports.b}/graphql`,
      adminB.token,
      'subscription($id: ID) { meterValues(chargerId: $id) { charger { id } values { measurand value } } }',
      { id: chargerId },
    );
    const { remoteStart } = (
      await adminB.request(
        'mutation($i: RemoteStartInput!) { remoteStart(input: $i) { status session { id status } } }',
        { i: { chargerId, connectorId: 1, idTag: 'NODES-TAG' } },
      )
    ).expectNoErrors();
    expect(remoteStart).toMatchObject({ status: 'Accepted', session: { status: 'PENDING' } });
    const sessionId = remoteStart.session.id as string;
    expect(asked).toEqual({ idTag: 'NODES-TAG', connectorId: 1 });
    const { transactionId: startedTx } = (await onA.call('StartTransaction', {
      connectorId: 1,
      idTag: 'NODES-TAG',
      meterStart: 1000,
      timestamp: new Date().toISOString(),
    })) as { transactionId: number };
    await until(async () => (await sessionStatus(adminB, sessionId)) === 'ACTIVE');

    // The subscription on B is open before A sends: retry until B's subscriber is attached.
    let event: any = null;
    for (let i = 0; i < 20 && !event; i++) {
      await onA.call('MeterValues', {
        connectorId: 1,
        transactionId: startedTx,
        meterValue: [{ timestamp: new Date().toISOString(), sampledValue: [{ value: '1500' }] }],
      });
      event = await live.next(250).catch(() => null);
    }
    expect(event.meterValues).toEqual({
      charger: { id: chargerId },
      values: [{ measurand: 'ENERGY_ACTIVE_IMPORT_REGISTER', value: 1500 }],
    });
    await live.close();

    const { remoteStop } = (
      await adminB.request('mutation($i: RemoteStopInput!) { remoteStop(input: $i) { status } }', { i: { sessionId } })
    ).expectNoErrors();
    expect(remoteStop.status).toBe('Accepted');
    await until(async () => (await sessionStatus(adminB, sessionId)) === 'COMPLETED');

    // Node A dies without a goodbye: its presence expires and B shows the charger offline.
    nodeA.child.kill('SIGKILL');
    await nodeA.exited;
    await until(async () => (await online(adminB, chargerId)) === false, { timeoutMs: 15_000 });

    // The charger reconnects, to B; no new boot is needed, and commands reach it again.
    const onB = await connectCharger(`ws://127.0.0.1:${ports.b}/ocpp`, 'NODES-1');
    chargers.push(onB);
    onB.handle('Reset', async () => ({ status: 'Accepted' }));
    expect(await onB.call('Heartbeat', {})).toHaveProperty('currentTime');
    await until(async () => (await online(adminB, chargerId)) === true);
    const { reset } = (
      await adminB.request('mutation($i: ResetInput!) { reset(input: $i) { status } }', {
        i: { chargerId, type: 'SOFT' },
      })
    ).expectNoErrors();
    expect(reset.status).toBe('Accepted');
  }, 240_000);
});

async function sessionStatus(client: GqlClient, id: string): Promise<string | undefined> {
  return (await client.request('query($id: ID!) { session(id: $id) { status } }', { id })).data?.session?.status;
}

async function online(client: GqlClient, id: string): Promise<boolean | undefined> {
  return (await client.request('query($id: ID) { charger(id: $id) { online } }', { id })).data?.charger?.online;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
