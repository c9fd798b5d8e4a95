import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { anIdTag, callError } from './kit/ocpp.js';
import { proxiedDatabase, type ProxiedDatabase } from './kit/proxied-database.js';
import { startServerOn, type TestServer } from './kit/server.js';
import { until } from './kit/wait.js';

// A PostgreSQL outage longer than the spool holds (SPOOL_MAX_BYTES): data CALLs are refused with
// InternalError (the charger keeps its data and sends it again), Heartbeat is still answered, and
// everything that was answered reaches PostgreSQL once it is back. Needs PostgreSQL (CI sets
// TEST_DATABASE_URL): PGlite has no connection to cut.
const pg = process.env.TEST_DATABASE_URL;
const at = (seconds: number) => new Date(Date.UTC(2026, 11, 5, 11, 0, seconds)).toISOString();
const reading = (n: number) => ({
  timestamp: at(n),
  sampledValue: [{ value: String(n), measurand: 'Energy.Active.Import.Register', unit: 'Wh' }],
});

describe.skipIf(!pg)('a full spool', () => {
  let db: ProxiedDatabase;
  let server: TestServer;
  let cp: TestCharger;
  beforeAll(async () => {
    db = await proxiedDatabase();
    server = await startServerOn({ kind: 'postgres', url: db.viaProxy, poolSize: 10 }, { SPOOL_MAX_BYTES: '8192' });
  }, 90_000);
  afterAll(async () => {
    db?.proxy.restore();
    await cp?.close({ force: true }).catch(() => {});
    await server?.stop();
    await db?.drop();
  });

  it('refuses data CALLs, answers Heartbeat, and loses nothing it answered', async () => {
    await anIdTag(server, 'FULL-TAG');
    await registerCharger(server.admin, 'FULL-1');
    cp = await bootedCharger(server.ocppUrl, 'FULL-1');
    const { transactionId } = (await cp.call('StartTransaction', {
      connectorId: 1,
      idTag: 'FULL-TAG',
      meterStart: 0,
      timestamp: at(0),
    })) as { transactionId: number };
    await server.app.flush();

    db.proxy.cut();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503); // the node knows: the outage path from here
    let answered = 0;
    let refused = '';
    for (let n = 1; n <= 500 && !refused; n++) {
      await cp.call('MeterValues', { connectorId: 1, transactionId, meterValue: [reading(n)] }).then(
        () => (answered = n),
        (err: { rpcErrorCode?: string }) => (refused = err.rpcErrorCode ?? String(err)),
      );
    }
    expect(refused).toBe('InternalError');
    expect(answered).toBeGreaterThan(0);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(Number(/^chargeql_spool_pending_bytes (\d+)/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(8192);
    expect(await cp.call('Heartbeat', {})).toHaveProperty('currentTime');
    expect(
      await callError(cp.call('StatusNotification', { connectorId: 2, status: 'Faulted', errorCode: 'GroundFailure' })),
    ).toBe('InternalError');
    expect(
      await callError(cp.call('MeterValues', { connectorId: 1, transactionId, meterValue: [reading(answered + 1)] })),
    ).toBe('InternalError');

    db.proxy.restore();
    const readings = async () =>
      (
        await db.direct<{ raw: string }[]>`select m.raw from meter_values m where m.transaction_id = ${transactionId}
          order by m.timestamp`
      ).map((r) => Number(r.raw));
    await until(async () => (await readings()).length >= answered, { what: 'the backlog', timeoutMs: 30_000 });
    await server.app.flush();
    // Every answered reading, once; none of the refused ones.
    expect(await readings()).toEqual(Array.from({ length: answered }, (_, i) => i + 1));
    // Still connected, and served as before.
    expect(
      await cp.call('MeterValues', { connectorId: 1, transactionId, meterValue: [reading(answered + 2)] }),
    ).toEqual({});
  }, 90_000);
});
