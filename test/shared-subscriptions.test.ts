import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';
import type { Subscription } from './kit/subscribe.js';
import { createTenant, createUser, type TestTenant } from './kit/tenant.js';
import { until } from './kit/wait.js';

// Identical subscriptions (document, variables, tenant, role, owner) share one execution per event
// (src/http/shared-subscriptions.ts); anything else must never see another's results.
const METER_VALUES = 'subscription { meterValues { charger { ocppId } session { id } values { value } } }';

let server: TestServer;
const open: { close(): Promise<unknown> }[] = [];

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  for (const o of open.reverse()) await o.close().catch(() => {});
  await server?.stop();
});

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  if (!line) throw new Error(`${name} not in /metrics`);
  return Number(line.split(' ')[1]);
}

async function subscribeAs(token: string): Promise<Subscription<any>> {
  const sub = await server.subscribe(METER_VALUES, {}, token);
  open.push(sub);
  return sub;
}

async function charger(tenant: TestTenant, ocppId: string): Promise<TestCharger> {
  await registerCharger(tenant.admin, ocppId);
  const cp = await bootedCharger(server.ocppUrl, ocppId, { slug: tenant.slug });
  open.push({ close: () => cp.close({ force: true }) });
  return cp;
}

function meterValue(cp: TestCharger, value: string, transactionId?: number) {
  return cp.call('MeterValues', {
    connectorId: 1,
    transactionId,
    meterValue: [
      {
        timestamp: new Date().toISOString(),
        sampledValue: [{ value, measurand: 'Energy.Active.Import.Register', unit: 'Wh' }],
      },
    ],
  });
}

const valuesIn = (events: any[]) => events.map((e) => String(e.meterValues.values[0].value));

async function valuesUntil(sub: Subscription<any>, last: string): Promise<string[]> {
  const seen: string[] = [];
  while (seen.at(-1) !== last) seen.push(...valuesIn([await sub.next()]));
  return seen;
}

describe('identical subscriptions share one execution', () => {
  let A: TestTenant;
  let B: TestTenant;

  beforeAll(async () => {
    A = await createTenant(server, 'share-a');
    B = await createTenant(server, 'share-b');
  });

  it("executes once per event for a tenant's identical subscriptions and never shows them another tenant's", async () => {
    const secondAdminOfA = await createUser(server, A.admin, 'TENANT_ADMIN', 'second-admin@share-a.test');
    const a1 = await subscribeAs(A.admin.token!);
    const a2 = await subscribeAs(secondAdminOfA.token!);
    const b = await subscribeAs(B.admin.token!); // same document, other tenant
    expect(await metric('chargeql_subscription_shared_executions')).toBe(2); // A's group and B's
    const aCharger = await charger(A, 'SHARE-A-1');
    const bCharger = await charger(B, 'SHARE-B-1');
    const executed = await metric('chargeql_subscription_executions_total');
    const delivered = await metric('chargeql_subscription_deliveries_total');

    await meterValue(aCharger, '111');
    const [first, second] = [await a1.next(), await a2.next()];
    expect(first).toEqual(second);
    expect(first.meterValues.charger.ocppId).toBe('SHARE-A-1');
    await meterValue(bCharger, '222');
    expect(valuesIn([await b.next()])).toEqual(['222']);
    // Events reach a group in order: had B's event leaked into A's group, it would come before this one.
    await meterValue(aCharger, '333');
    expect(valuesIn([await a1.next(), ...a1.pending()])).toEqual(['333']);
    expect(valuesIn([await a2.next(), ...a2.pending()])).toEqual(['333']);
    expect(b.pending()).toEqual([]);

    // Three events: two executed for A's group (each sent to two sockets), one for B's.
    expect((await metric('chargeql_subscription_executions_total')) - executed).toBe(3);
    expect((await metric('chargeql_subscription_deliveries_total')) - delivered).toBe(5);

    // One subscriber leaving leaves the others subscribed; the last one out ends the group.
    await a2.close();
    await meterValue(aCharger, '444');
    expect(valuesIn([await a1.next()])).toEqual(['444']);
    await a1.close();
    await b.close();
    await until(async () => (await metric('chargeql_subscription_shared_executions')) === 0, {
      what: 'the groups to end with their last subscriber',
    });
    expect(await metric('chargeql_graphql_subscriptions')).toBe(0);
  });

  it('never shares between a driver and staff, or between two drivers, with the same document', async () => {
    const staff = await subscribeAs(A.admin.token!);
    const drivers = [];
    for (const name of ['d1', 'd2']) {
      const user = await createUser(server, A.admin, 'DRIVER', `${name}@share-a.test`);
      await A.admin
        .request('mutation($input: CreateIdTagInput!) { createIdTag(input: $input) { id } }', {
          input: { value: `TAG-${name}`, userId: user.userId },
        })
        .then((r) => r.expectNoErrors());
      drivers.push({ tag: `TAG-${name}`, sub: await subscribeAs(user.token!) });
    }
    expect(await metric('chargeql_subscription_shared_executions')).toBe(3);

    const cp = await charger(A, 'SHARE-A-2');
    const transactionOf = async (connectorId: number, idTag: string) =>
      (
        (await cp.call('StartTransaction', {
          connectorId,
          idTag,
          meterStart: 0,
          timestamp: new Date().toISOString(),
        })) as {
          transactionId: number;
        }
      ).transactionId;
    const [t1, t2] = [await transactionOf(1, drivers[0]!.tag), await transactionOf(2, drivers[1]!.tag)];

    await meterValue(cp, '1001', t1);
    await meterValue(cp, '2002', t2);
    await meterValue(cp, '3003'); // no session: nobody's
    expect(await valuesUntil(staff, '3003')).toEqual(['1001', '2002', '3003']);
    // A closing event for each driver: whatever reached them before it was sent before it.
    await meterValue(cp, '1004', t1);
    await meterValue(cp, '2004', t2);
    expect(await valuesUntil(drivers[0]!.sub, '1004')).toEqual(['1001', '1004']);
    expect(await valuesUntil(drivers[1]!.sub, '2004')).toEqual(['2002', '2004']);
  });
});

describe('with GRAPHQL_SHARED_SUBSCRIPTIONS=false', () => {
  it('executes once per subscriber (the baseline bench:fanout compares against)', async () => {
    const alone = await startServer({ GRAPHQL_SHARED_SUBSCRIPTIONS: 'false' });
    try {
      const subs = [await alone.subscribe(METER_VALUES), await alone.subscribe(METER_VALUES)];
      await registerCharger(alone.admin, 'ALONE-1');
      const cp = await bootedCharger(alone.ocppUrl, 'ALONE-1');
      try {
        const read = async (name: string) =>
          Number((await (await fetch(`${alone.url}/metrics`)).text()).match(new RegExp(`^${name} (\\d+)`, 'm'))![1]);
        await meterValue(cp, '555');
        for (const sub of subs) expect(valuesIn([await sub.next()])).toEqual(['555']);
        expect(await read('chargeql_subscription_shared_executions')).toBe(0);
        expect(await read('chargeql_subscription_executions_total')).toBe(2);
        expect(await read('chargeql_subscription_deliveries_total')).toBe(2);
      } finally {
        await cp.close({ force: true });
        for (const sub of subs) await sub.close();
      }
    } finally {
      await alone.stop();
    }
  });
});
