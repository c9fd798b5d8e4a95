import { RPCClient } from 'ocpp-rpc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPayload, registerCharger, type TestCharger } from './kit/charger.js';
import { anIdTag, basicAuth, handshakeStatus } from './kit/ocpp.js';
import { proxiedDatabase, type ProxiedDatabase } from './kit/proxied-database.js';
import { startServerOn, type TestServer } from './kit/server.js';
import { eventually } from './kit/wait.js';

// Chargers drop and reconnect during a real outage. PostgreSQL is cut by a proxy this test owns; a
// known charger reconnects (through its tenant's custom domain, with its password), boots and sends
// meter values, all answered from the node's handshake cache and the spool, all in PostgreSQL afterwards.
// Needs PostgreSQL (CI sets TEST_DATABASE_URL): PGlite has no connection to cut.
const pg = process.env.TEST_DATABASE_URL;
const REFRESH_MS = 300;
const HOST = { host: 'charge.demo.test' };
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 5, 9, minutes)).toISOString();
const reading = (minutes: number, wh: number) => ({
  timestamp: at(minutes),
  sampledValue: [{ value: String(wh), measurand: 'Energy.Active.Import.Register', unit: 'Wh' }],
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!pg)('a charger reconnecting during a PostgreSQL outage', () => {
  let db: ProxiedDatabase;
  let server: TestServer;
  const clients: TestCharger[] = [];
  beforeAll(async () => {
    db = await proxiedDatabase();
    server = await startServerOn(
      { kind: 'postgres', url: db.viaProxy, poolSize: 10 },
      { OCPP_HANDSHAKE_CACHE_REFRESH_MS: String(REFRESH_MS) },
    );
  }, 90_000);
  afterAll(async () => {
    db?.proxy.restore();
    await Promise.all(clients.map((c) => c.close({ force: true }).catch(() => {})));
    await server?.stop();
    await db?.drop();
  });

  /** A charger of the demo tenant reaching the node through the tenant's custom domain, with its password. */
  async function connect(identity: string, password: string): Promise<TestCharger> {
    const client = new RPCClient({
      endpoint: server.ocppUrl,
      identity,
      password,
      protocols: ['ocpp1.6'],
      reconnect: false,
      callTimeoutMs: 10_000,
      wsOpts: { headers: HOST },
    } as never) as TestCharger;
    clients.push(client);
    await client.connect();
    return client;
  }
  const handshake = (identity: string, password: string) =>
    handshakeStatus(`${server.ocppUrl}/${identity}`, ['ocpp1.6'], { ...HOST, ...basicAuth(identity, password) });

  it('lets a known charger reconnect, boot and send meter values; refuses what it would refuse anyway', async () => {
    (
      await server.admin.request('mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { id } }', {
        input: { customDomain: 'charge.demo.test' },
      })
    ).expectNoErrors();
    await anIdTag(server, 'RECONNECT-TAG');
    await registerCharger(server.admin, 'RECONNECT-1', { password: 'first-password-1' });
    const rotatedId = await registerCharger(server.admin, 'ROTATED-1', { password: 'old-password-1' });

    let cp = await connect('RECONNECT-1', 'first-password-1');
    expect(await cp.call('BootNotification', bootPayload())).toMatchObject({ status: 'Accepted' });
    const { transactionId } = (await cp.call('StartTransaction', {
      connectorId: 1,
      idTag: 'RECONNECT-TAG',
      meterStart: 1000,
      timestamp: at(0),
    })) as { transactionId: number };
    await cp.call('MeterValues', { connectorId: 1, transactionId, meterValue: [reading(1, 1100)] });

    // ROTATED-1 is in the node's cache with its old password; then the operator rotates it. Once a
    // refresh ran, the old password is refused even with the database cut.
    expect(await handshake('ROTATED-1', 'old-password-1')).toBe(101);
    (
      await server.admin.request('mutation($input: UpdateChargerInput!) { updateCharger(input: $input) { id } }', {
        input: { id: rotatedId, password: 'new-password-1' },
      })
    ).expectNoErrors();
    await sleep(REFRESH_MS * 4); // at least two refreshes: no handshake here, it would refresh the entry itself

    db.proxy.cut();
    await cp.close({ force: true });
    cp = await connect('RECONNECT-1', 'first-password-1');
    expect(await cp.call('BootNotification', bootPayload({ firmwareVersion: '2.0-outage' }))).toMatchObject({
      status: 'Accepted',
      interval: expect.any(Number),
    });
    expect(await cp.call('StatusNotification', { connectorId: 1, status: 'Charging', errorCode: 'NoError' })).toEqual(
      {},
    );
    for (let minute = 2; minute <= 4; minute++)
      expect(
        await cp.call('MeterValues', {
          connectorId: 1,
          transactionId,
          meterValue: [reading(minute, 1000 + minute * 100)],
        }),
      ).toEqual({});

    // Refused as with the database up: a wrong password, a password rotated before the outage, an unknown id.
    expect(await handshake('RECONNECT-1', 'wrong-password-1')).toBe(401);
    expect(await handshake('ROTATED-1', 'old-password-1')).toBe(401);
    expect(await handshake('ROTATED-1', 'new-password-1')).toBe(101);
    expect(await handshake('NEVER-REGISTERED', 'any-password-1')).toBe(404);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503); // it was an outage all along

    db.proxy.restore();
    const stored = () =>
      db.direct<{ wh: number }[]>`
        select (m.value)::int as wh from meter_values m join chargers c on c.id = m.charger_id
        where c.ocpp_id = 'RECONNECT-1' and m.transaction_id = ${transactionId} order by m.timestamp`;
    expect(await eventually(stored, (rows) => rows.length === 4, 30_000)).toEqual([
      { wh: 1100 },
      { wh: 1200 },
      { wh: 1300 },
      { wh: 1400 },
    ]);
    const charger = () =>
      db.direct<{ firmware_version: string; online: boolean; status: string }[]>`
        select c.firmware_version, c.online, k.status from chargers c
        join connectors k on k.charger_id = c.id and k.connector_id = 1 where c.ocpp_id = 'RECONNECT-1'`;
    expect(await eventually(charger, ([row]) => row?.firmware_version === '2.0-outage', 30_000)).toEqual([
      { firmware_version: '2.0-outage', online: true, status: 'CHARGING' },
    ]);
    // Still connected, still answered, now through the usual path.
    expect(await cp.call('Heartbeat', {})).toHaveProperty('currentTime');
  }, 90_000);
});
