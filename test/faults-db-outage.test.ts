import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { anIdTag, callError } from './kit/ocpp.js';
import { proxiedDatabase, type ProxiedDatabase } from './kit/proxied-database.js';
import { startServerOn, type TestServer } from './kit/server.js';

// PostgreSQL cut by a proxy this test owns: the charger is answered throughout (the database stays
// cut until every answer is in, so none of them waited for it), and everything reaches PostgreSQL
// once it is back. Needs PostgreSQL (CI sets TEST_DATABASE_URL): PGlite has no connection to cut.
const pg = process.env.TEST_DATABASE_URL;
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 5, 9, minutes)).toISOString();
const reading = (minutes: number, wh: number) => ({
  timestamp: at(minutes),
  sampledValue: [{ value: String(wh), measurand: 'Energy.Active.Import.Register', unit: 'Wh' }],
});

describe.skipIf(!pg)('a PostgreSQL outage', () => {
  let db: ProxiedDatabase;
  let server: TestServer;
  let cp: TestCharger;
  beforeAll(async () => {
    db = await proxiedDatabase();
    server = await startServerOn({ kind: 'postgres', url: db.viaProxy, poolSize: 10 });
  }, 90_000);
  afterAll(async () => {
    db?.proxy.restore();
    await cp?.close({ force: true }).catch(() => {});
    await server?.stop();
    await db?.drop();
  });

  it('answers the charger from the spool and writes it all once the database is back', async () => {
    await anIdTag(server, 'OUTAGE-TAG');
    await registerCharger(server.admin, 'OUTAGE-1');
    cp = await bootedCharger(server.ocppUrl, 'OUTAGE-1');
    expect(await cp.call('Authorize', { idTag: 'OUTAGE-TAG' })).toEqual({ idTagInfo: { status: 'Accepted' } });
    const before = (await cp.call('StartTransaction', {
      connectorId: 1,
      idTag: 'OUTAGE-TAG',
      meterStart: 1000,
      timestamp: at(0),
    })) as { transactionId: number };

    db.proxy.cut();
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const query = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.admin.token}` },
      body: JSON.stringify({ query: '{ chargers(first: 1) { totalCount } }' }),
    });
    expect(query.status).toBe(503);
    expect(((await query.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'SERVICE_UNAVAILABLE',
    );

    // Every call a charger makes during a session, answered while the database is cut.
    expect(await cp.call('Heartbeat', {})).toHaveProperty('currentTime');
    expect(
      await cp.call('StatusNotification', { connectorId: 2, status: 'Faulted', errorCode: 'GroundFailure' }),
    ).toEqual({});
    expect(
      await cp.call('MeterValues', {
        connectorId: 1,
        transactionId: before.transactionId,
        meterValue: [reading(1, 1500)],
      }),
    ).toEqual({});
    expect(
      await cp.call('StopTransaction', {
        transactionId: before.transactionId,
        meterStop: 2000,
        timestamp: at(2),
        idTag: 'OUTAGE-TAG',
      }),
    ).toEqual({ idTagInfo: { status: 'Accepted' } });
    expect(await cp.call('Authorize', { idTag: 'outage-tag' })).toEqual({ idTagInfo: { status: 'Accepted' } });
    const during = (await cp.call('StartTransaction', {
      connectorId: 1,
      idTag: 'OUTAGE-TAG',
      meterStart: 2000,
      timestamp: at(3),
    })) as { transactionId: number; idTagInfo: { status: string } };
    expect(during.idTagInfo.status).toBe('Accepted');
    // From the block reserved at start, so lower than the one just taken from the sequence: unique all the same.
    expect(during.transactionId).toBeGreaterThan(0);
    expect(during.transactionId).not.toBe(before.transactionId);
    // A retried StartTransaction gets the same id (OCPP 1.6 §4.8), outage or not.
    expect(
      await cp.call('StartTransaction', { connectorId: 1, idTag: 'OUTAGE-TAG', meterStart: 2000, timestamp: at(3) }),
    ).toMatchObject({ transactionId: during.transactionId });
    await cp.call('MeterValues', {
      connectorId: 1,
      transactionId: during.transactionId,
      meterValue: [reading(4, 2600)],
    });
    await cp.call('StopTransaction', {
      transactionId: during.transactionId,
      meterStop: 3000,
      timestamp: at(5),
      transactionData: [reading(5, 3000)],
    });
    // A tag this node never saw has no answer it could stand by: the charger retries later.
    expect(await callError(cp.call('Authorize', { idTag: 'NEVER-SEEN' }))).toBe('InternalError');
    // A CALL that needs the database is refused at once, not after a timeout.
    expect(await callError(cp.call('DataTransfer', { vendorId: 'x' }))).toBe('InternalError');

    db.proxy.restore();
    const sessions = async () =>
      db.direct<{ transaction_id: number; status: string; meter_stop_wh: number; readings: number; linked: number }[]>`
        select s.transaction_id, s.status, s.meter_stop_wh::int as meter_stop_wh,
               (select count(*)::int from meter_values m where m.transaction_id = s.transaction_id) as readings,
               (select count(*)::int from meter_values m where m.session_id = s.id) as linked
        from sessions s join chargers c on c.id = s.charger_id where c.ocpp_id = 'OUTAGE-1' order by s.started_at`;
    const deadline = Date.now() + 30_000;
    let rows = await sessions();
    while (!(rows.length === 2 && rows.every((r) => r.status === 'COMPLETED')) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      rows = await sessions();
    }
    expect(rows).toEqual([
      { transaction_id: before.transactionId, status: 'COMPLETED', meter_stop_wh: 2000, readings: 1, linked: 1 },
      { transaction_id: during.transactionId, status: 'COMPLETED', meter_stop_wh: 3000, readings: 2, linked: 2 },
    ]);
    const [connector] = await db.direct<{ status: string; error_code: string }[]>`
      select k.status, k.error_code from connectors k join chargers c on c.id = k.charger_id
      where c.ocpp_id = 'OUTAGE-1' and k.connector_id = 2`;
    expect(connector).toEqual({ status: 'FAULTED', error_code: 'GroundFailure' });
    await server.app.flush();
    const [frames] = await db.direct<{ n: number }[]>`
      select count(*)::int as n from ocpp_messages m join chargers c on c.id = m.charger_id
      where c.ocpp_id = 'OUTAGE-1' and m.direction = 'IN' and m.message_type = 'CALL'`;
    expect(frames!.n).toBe(14); // Boot, Authorize, Start + the 11 CALLs of the outage
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  }, 90_000);
});
