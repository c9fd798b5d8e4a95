import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocppMessages } from '../src/db/schema/index.js';
import { bootedCharger, registerCharger } from './kit/charger.js';
import { chargerRow, demoTenantId } from './kit/ocpp.js';
import { startServer, type TestServer } from './kit/server.js';

const LIST = `query($first: Int, $after: String, $filter: OcppMessageFilter) {
  ocppMessages(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id charger { id ocppId } direction messageType action uniqueId payload timestamp } }
    pageInfo { hasNextPage endCursor }
  }
}`;

let server: TestServer;
let chargerA: string;
let chargerB: string;
beforeAll(async () => {
  server = await startServer({ OCPP_MESSAGE_RETENTION_COUNT: '1000' });
  chargerA = await registerCharger(server.admin, 'LOG-A');
  chargerB = await registerCharger(server.admin, 'LOG-B');
  const a = await bootedCharger(server.ocppUrl, 'LOG-A');
  await a.call('Heartbeat', {});
  await a.call('TeleportCar', {}).catch(() => {});
  await a.close();
  const b = await bootedCharger(server.ocppUrl, 'LOG-B');
  await b.close();
  await server.app.flush();
});
afterAll(() => server?.stop());

describe('the OCPP message log', () => {
  it('holds every frame in and out, newest first, with its charger', async () => {
    const { ocppMessages: log } = (
      await server.admin.request(LIST, { filter: { chargerId: chargerA } })
    ).expectNoErrors();
    expect(log.totalCount).toBe(6);
    expect(log.edges.map((e: any) => [e.node.direction, e.node.messageType, e.node.action])).toEqual([
      ['OUT', 'CALLERROR', 'TeleportCar'],
      ['IN', 'CALL', 'TeleportCar'],
      ['OUT', 'CALLRESULT', 'Heartbeat'],
      ['IN', 'CALL', 'Heartbeat'],
      ['OUT', 'CALLRESULT', 'BootNotification'],
      ['IN', 'CALL', 'BootNotification'],
    ]);
    const [error, call] = log.edges.map((e: any) => e.node);
    expect(error).toMatchObject({
      charger: { id: chargerA, ocppId: 'LOG-A' },
      uniqueId: call.uniqueId,
      payload: { errorCode: 'NotImplemented' },
    });
    expect(log.edges.at(-1).node.payload).toMatchObject({ chargePointVendor: 'ChargeQL' });
  });

  it('filters by action, direction and time, and pages with stable cursors', async () => {
    const boots = (
      await server.admin.request(LIST, { filter: { action: 'BootNotification', direction: 'IN' } })
    ).expectNoErrors().ocppMessages;
    expect(boots.edges.map((e: any) => e.node.charger.id)).toEqual([chargerB, chargerA]);

    const future = (
      await server.admin.request(LIST, { filter: { since: new Date(Date.now() + 60_000).toISOString() } })
    ).expectNoErrors().ocppMessages;
    expect(future.totalCount).toBe(0);
    const past = (
      await server.admin.request(LIST, { filter: { until: new Date(Date.now() + 60_000).toISOString() } })
    ).expectNoErrors().ocppMessages;
    expect(past.totalCount).toBe(8);

    const first = (await server.admin.request(LIST, { first: 3 })).expectNoErrors().ocppMessages;
    const second = (await server.admin.request(LIST, { first: 10, after: first.pageInfo.endCursor })).expectNoErrors()
      .ocppMessages;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e: any) => e.node.id)).toEqual(past.edges.map((e: any) => e.node.id));
  });

  it('counts the frames per tenant, and the count survives retention', async () => {
    const stats = async () =>
      (await server.admin.request('{ tenant { stats { ocppMessageCount } } }')).expectNoErrors().tenant.stats
        .ocppMessageCount;
    expect(await stats()).toBe(8);
    const tenantId = await demoTenantId(server);
    const charger = await chargerRow(server, 'LOG-B');
    // A frame from long ago (older than OCPP_MESSAGE_RETENTION_DAYS) and a filler beyond the count.
    await server.app.database.db.insert(ocppMessages).values({
      tenantId,
      chargerId: charger!.id,
      direction: 'IN',
      messageType: 'CALL',
      action: 'Heartbeat',
      uniqueId: 'ancient',
      payload: {},
      timestamp: new Date('2020-01-01T00:00:00Z'),
    });
    await server.app.database.db.insert(ocppMessages).values(
      Array.from({ length: 1000 }, (_, i) => ({
        tenantId,
        chargerId: charger!.id,
        direction: 'IN',
        messageType: 'CALL',
        action: 'Heartbeat',
        uniqueId: `fill-${i}`,
        payload: {},
      })),
    );
    expect(await server.app.pruneMessageLog()).toBe(1 + 8);
    const left = (await server.admin.request(LIST, { first: 1 })).expectNoErrors().ocppMessages;
    expect(left.totalCount).toBe(1000);
    expect(await stats()).toBe(8);
  });
});

describe('the OCPP message log, for odd frames', () => {
  let odd: TestServer;
  afterAll(() => odd?.stop());

  it('logs what ocpp-rpc refuses as the charger sent it, once each, and the replies to it', async () => {
    odd = await startServer();
    const chargerId = await registerCharger(odd.admin, 'LOG-ODD');
    const client = await bootedCharger(odd.ocppUrl, 'LOG-ODD');
    client.handle('Reset', async () => ({ status: 'Accepted' }));
    try {
      client.sendRaw('{not json'); // counted as INVALID, not logged; answered with a CALLERROR
      client.sendRaw('[2,"odd-action",42,{}]'); // a CALL whose action is not a string
      client.sendRaw('[3,"nobody-asked",{}]'); // a CALLRESULT for no CALL of ours
      const reset = (
        await odd.admin.request('mutation($input: ResetInput!) { reset(input: $input) { status } }', {
          input: { chargerId, type: 'SOFT' },
        })
      ).expectNoErrors();
      expect(reset.reset.status).toBe('Accepted');
      await client.call('Heartbeat', {});
    } finally {
      await client.close();
    }
    await odd.app.flush();
    const { ocppMessages: log } = (await odd.admin.request(LIST, { filter: { chargerId } })).expectNoErrors();
    expect(
      log.edges
        .map((e: any) => [e.node.direction, e.node.messageType, e.node.action, e.node.uniqueId])
        .reverse()
        .slice(2),
    ).toEqual([
      ['OUT', 'CALLERROR', null, '-1'],
      ['IN', 'CALL', null, 'odd-action'],
      ['OUT', 'CALLERROR', null, 'odd-action'],
      ['IN', 'CALLRESULT', null, 'nobody-asked'],
      ['OUT', 'CALL', 'Reset', expect.any(String)],
      ['IN', 'CALLRESULT', 'Reset', expect.any(String)],
      ['IN', 'CALL', 'Heartbeat', expect.any(String)],
      ['OUT', 'CALLRESULT', 'Heartbeat', expect.any(String)],
    ]);
    const reset = log.edges.find((e: any) => e.node.action === 'Reset' && e.node.direction === 'OUT').node;
    expect(reset.payload).toEqual({ type: 'Soft' });
  });
});

describe('the OCPP message log, live', () => {
  let live: TestServer;
  afterAll(() => live?.stop());

  it('gives a frame the same id in the ocppMessages subscription as in the query, so a client can merge them', async () => {
    live = await startServer();
    const chargerId = await registerCharger(live.admin, 'LOG-LIVE');
    const FRAME = 'id direction messageType action uniqueId';
    const sub = await live.subscribe(`subscription($id: ID) { ocppMessages(chargerId: $id) { ${FRAME} } }`, {
      id: chargerId,
    });
    try {
      const charger = await bootedCharger(live.ocppUrl, 'LOG-LIVE');
      await charger.call('Heartbeat', {});
      await charger.close();
      const streamed = [];
      for (let i = 0; i < 4; i++) streamed.push((await sub.next()).ocppMessages);
      await live.app.flush();
      const { ocppMessages: log } = (await live.admin.request(LIST, { filter: { chargerId } })).expectNoErrors();
      const logged = log.edges.map((e: any) => e.node);
      expect(logged).toHaveLength(4);
      const byFrame = (list: any[]) =>
        Object.fromEntries(list.map((m) => [`${m.direction} ${m.messageType} ${m.action} ${m.uniqueId}`, m.id]));
      expect(byFrame(streamed)).toEqual(byFrame(logged));
      expect(new Set(logged.map((m: any) => m.id)).size).toBe(4);
    } finally {
      await sub.close();
    }
  });
});
