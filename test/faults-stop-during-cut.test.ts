import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { anIdTag } from './kit/ocpp.js';
import { proxiedDatabase, type ProxiedDatabase } from './kit/proxied-database.js';
import { bootedStation, type RawStation } from './kit/raw-station.js';
import { startServerOn, type TestServer } from './kit/server.js';
import { until } from './kit/wait.js';

// A session's end waits for its meter values to reach PostgreSQL (pricing reads them), but the answer
// must not: PostgreSQL cut while that write is in flight would hold the charger's answer for the whole
// outage. The write is held inside PostgreSQL (behind the spool mark's row lock) so the cut surely
// finds it in flight. Needs PostgreSQL (CI sets TEST_DATABASE_URL): PGlite has no connection to cut.
const pg = process.env.TEST_DATABASE_URL;
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 5, 10, minutes)).toISOString();

describe.skipIf(!pg)('a session ending as PostgreSQL is cut', () => {
  let db: ProxiedDatabase;
  let server: TestServer;
  let cp: TestCharger | undefined;
  let station: RawStation | undefined;
  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    db = await proxiedDatabase();
    server = await startServerOn({ kind: 'postgres', url: db.viaProxy, poolSize: 10 });
    await anIdTag(server, 'CUT-TAG');
  }, 90_000);
  afterAll(async () => {
    await release?.();
    db?.proxy.restore();
    await cp?.close({ force: true }).catch(() => {});
    await station?.close().catch(() => {});
    await server?.stop();
    await db?.drop();
  });

  /** Holds the spool's next write inside PostgreSQL until the returned function lets it go. */
  async function holdSpoolWrites(): Promise<() => Promise<void>> {
    const lockerDb = postgres(db.url, { max: 1, onnotice: () => {} });
    const locker = await lockerDb.reserve();
    await locker`begin`;
    await locker`select 1 from spool_marks for update`;
    let done = false;
    return async () => {
      if (done) return;
      done = true;
      await locker`commit`;
      locker.release();
      await lockerDb.end();
    };
  }

  const spoolWriteHeld = () =>
    until(
      async () => {
        const [w] = await db.direct<{ n: number }[]>`select count(*)::int as n from pg_stat_activity
          where wait_event_type = 'Lock' and query like '%spool_marks%' and pid <> pg_backend_pid()`;
        return w!.n > 0;
      },
      { what: 'a spool write held by the lock' },
    );

  const session = async (ocppId: string) => {
    const [row] = await db.direct<{ status: string; meter_stop_wh: number | null; readings: number }[]>`
      select s.status, s.meter_stop_wh::int as meter_stop_wh,
        (select count(*)::int from meter_values m where m.session_id = s.id) as readings
      from sessions s join chargers c on c.id = s.charger_id where c.ocpp_id = ${ocppId}`;
    return row;
  };

  /** Cuts PostgreSQL while the spool's write is in flight; `answer` must come before it is back. */
  async function cutWhileWriting<T>(ocppId: string, answer: Promise<T>): Promise<T> {
    await until(async () => (await session(ocppId))?.status === 'COMPLETED', { what: 'the stop to commit' });
    await spoolWriteHeld();
    db.proxy.cut();
    const answered = await answer; // before PostgreSQL is back: the charger did not wait out the outage
    await release!();
    db.proxy.restore();
    return answered;
  }

  it('answers an OCPP 1.6 StopTransaction', async () => {
    await registerCharger(server.admin, 'CUT-16');
    cp = await bootedCharger(server.ocppUrl, 'CUT-16');
    const { transactionId } = (await cp.call('StartTransaction', {
      connectorId: 1,
      idTag: 'CUT-TAG',
      meterStart: 1000,
      timestamp: at(0),
    })) as { transactionId: number };
    await server.app.flush();
    release = await holdSpoolWrites();
    const stop = cp.call('StopTransaction', {
      transactionId,
      idTag: 'CUT-TAG',
      meterStop: 2000,
      timestamp: at(2),
      transactionData: [
        { timestamp: at(2), sampledValue: [{ value: '2000', measurand: 'Energy.Active.Import.Register', unit: 'Wh' }] },
      ],
    });
    expect(await cutWhileWriting('CUT-16', stop)).toEqual({ idTagInfo: { status: 'Accepted' } });
    await until(async () => (await session('CUT-16'))?.readings === 1, { what: 'the stop reading', timeoutMs: 30_000 });
    expect(await session('CUT-16')).toEqual({ status: 'COMPLETED', meter_stop_wh: 2000, readings: 1 });
  }, 90_000);

  it('answers an OCPP 2.0.1 TransactionEvent Ended', async () => {
    await until(async () => (await fetch(`${server.url}/readyz`)).status === 200, { what: 'PostgreSQL back' });
    await registerCharger(server.admin, 'CUT-201');
    station = await bootedStation(`${server.ocppUrl}/CUT-201`);
    const event = (eventType: 'Started' | 'Ended', seqNo: number, minutes: number, wh: number) => ({
      eventType,
      timestamp: at(minutes),
      triggerReason: eventType === 'Started' ? 'Authorized' : 'StopAuthorized',
      seqNo,
      transactionInfo: { transactionId: 'TX-CUT', ...(eventType === 'Ended' ? { stoppedReason: 'Local' } : {}) },
      evse: { id: 1, connectorId: 1 },
      idToken: { idToken: 'CUT-TAG', type: 'ISO14443' },
      meterValue: [
        {
          timestamp: at(minutes),
          sampledValue: [{ value: wh, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }],
        },
      ],
    });
    await station.call('TransactionEvent', event('Started', 0, 0, 1000));
    await server.app.flush();
    release = await holdSpoolWrites();
    const ended = station.call('TransactionEvent', event('Ended', 1, 2, 2000));
    expect(await cutWhileWriting('CUT-201', ended)).toEqual({ idTokenInfo: { status: 'Accepted' } });
    await until(async () => (await session('CUT-201'))?.readings === 2, { what: 'the readings', timeoutMs: 30_000 });
    expect(await session('CUT-201')).toEqual({ status: 'COMPLETED', meter_stop_wh: 2000, readings: 2 });
  }, 90_000);
});
