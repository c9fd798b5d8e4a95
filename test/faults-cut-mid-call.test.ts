import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { anIdTag } from './kit/ocpp.js';
import { proxiedDatabase, type ProxiedDatabase } from './kit/proxied-database.js';
import { startServerOn, type TestServer } from './kit/server.js';
import { until } from './kit/wait.js';

// A handler's second statement is cut off after its first did its part (the readings spooled, the
// session inserted): the outage path then answers the charger, and must neither keep the same readings
// twice nor leave the charger and PostgreSQL with different transaction ids. The statement is held
// by a row lock this test owns, so the cut lands exactly there. Needs PostgreSQL (TEST_DATABASE_URL).
const pg = process.env.TEST_DATABASE_URL;
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 5, 10, minutes)).toISOString();
const reading = (minutes: number, wh: number) => ({
  timestamp: at(minutes),
  sampledValue: [{ value: String(wh), measurand: 'Energy.Active.Import.Register', unit: 'Wh' }],
});

describe.skipIf(!pg)('a database cut in the middle of a charger call', () => {
  let db: ProxiedDatabase;
  let server: TestServer;
  let cp: TestCharger;
  let locker: postgres.Sql;
  beforeAll(async () => {
    db = await proxiedDatabase();
    server = await startServerOn({ kind: 'postgres', url: db.viaProxy, poolSize: 10 });
    locker = postgres(db.url, { max: 1, onnotice: () => {} });
    await anIdTag(server, 'MID-TAG');
    await registerCharger(server.admin, 'MID-1');
    cp = await bootedCharger(server.ocppUrl, 'MID-1');
    expect(await cp.call('Authorize', { idTag: 'MID-TAG' })).toEqual({ idTagInfo: { status: 'Accepted' } });
  }, 90_000);
  afterAll(async () => {
    db?.proxy.cut(); // statements waiting for a muted answer fail instead of holding the pool
    db?.proxy.restore();
    await cp?.close({ force: true }).catch(() => {});
    await locker?.end();
    await server?.stop();
    await db?.drop();
  });

  /** The node's backends waiting for a lock on a statement like `pattern`. */
  const waiting = async (pattern: string) =>
    (
      await db.direct<{ pid: number }[]>`select pid from pg_stat_activity
        where wait_event_type = 'Lock' and query like ${pattern} and pid <> pg_backend_pid()`
    ).map((r) => r.pid);

  /**
   * Runs `call` while `lock` (a row lock) is held, until a node statement like `pattern` waits for it;
   * `cutOff` then ends that statement for the node, the lock goes, and `released` runs before the answer is awaited.
   */
  async function cutMidCall<T>(opts: {
    lock: string;
    pattern: string;
    call: () => Promise<T>;
    cutOff: (pids: number[]) => Promise<void>;
    released?: () => Promise<void>;
  }): Promise<T> {
    const held = await locker.reserve();
    try {
      await held`begin`;
      await held.unsafe(opts.lock);
      const answer = opts.call();
      let pids: number[] = [];
      await until(async () => (pids = await waiting(opts.pattern)).length > 0, { what: opts.pattern });
      await opts.cutOff(pids);
      await held`commit`;
      await opts.released?.();
      return await answer;
    } finally {
      held.release();
    }
  }

  const sessions = () =>
    db.direct<{ transaction_id: number; status: string; readings: number }[]>`
      select s.transaction_id, s.status,
             (select count(*)::int from meter_values m where m.session_id = s.id) as readings
      from sessions s join chargers c on c.id = s.charger_id where c.ocpp_id = 'MID-1' order by s.started_at`;
  const readingsAt = async (timestamp: string) => {
    const [row] = await db.direct<{ n: number }[]>`
      select count(*)::int as n from meter_values m join chargers c on c.id = m.charger_id
      where c.ocpp_id = 'MID-1' and m.timestamp = ${timestamp}`;
    return row!.n;
  };
  const backAndWritten = async () => {
    db.proxy.restore();
    await server.app.flush();
  };

  let transactionId: number;

  it('keeps MeterValues readings once when the session register update is cut off', async () => {
    ({ transactionId } = (await cp.call('StartTransaction', {
      connectorId: 1,
      idTag: 'MID-TAG',
      meterStart: 1000,
      timestamp: at(0),
    })) as { transactionId: number });
    const answer = await cutMidCall({
      lock: `select 1 from sessions where transaction_id = ${transactionId} for no key update`,
      pattern: '%last_meter_wh%',
      call: () => cp.call('MeterValues', { connectorId: 1, transactionId, meterValue: [reading(1, 1500)] }),
      cutOff: async () => db.proxy.cut(),
    });
    expect(answer).toEqual({});
    await backAndWritten();
    expect(await readingsAt(at(1))).toBe(1);
  }, 60_000);

  it('keeps StopTransaction readings once when the stop itself is cut off', async () => {
    const answer = await cutMidCall({
      lock: `select 1 from sessions where transaction_id = ${transactionId} for no key update`,
      pattern: `%<> 'COMPLETED'%`,
      call: () =>
        cp.call('StopTransaction', {
          transactionId,
          meterStop: 2000,
          timestamp: at(2),
          idTag: 'MID-TAG',
          transactionData: [reading(2, 2000)],
        }),
      cutOff: async (pids) => {
        db.proxy.cut();
        // The node's stop statement ends here, unapplied: the stop is written by the replay.
        for (const pid of pids) await db.direct`select pg_terminate_backend(${pid})`;
      },
    });
    expect(answer).toEqual({ idTagInfo: { status: 'Accepted' } });
    await backAndWritten();
    expect(await readingsAt(at(2))).toBe(1);
    expect(await sessions()).toEqual([{ transaction_id: transactionId, status: 'COMPLETED', readings: 2 }]);
  }, 60_000);

  it('gives the session the transaction id the charger was answered with when its insert committed unheard', async () => {
    const start = { connectorId: 1, idTag: 'MID-TAG', meterStart: 3000, timestamp: at(10) };
    // The insert waits for the charger's row (its foreign key), commits once the lock goes, and its
    // answer is lost: the node hears only that the connection died, and answers from its reserved ids.
    const answer = (await cutMidCall({
      lock: `select 1 from chargers where ocpp_id = 'MID-1' for update`,
      pattern: '%insert into "sessions"%',
      call: () => cp.call('StartTransaction', start),
      cutOff: async () => db.proxy.muteAnswers(),
      released: async () => {
        await until(
          async () =>
            (await db.direct<{ n: number }[]>`select count(*)::int as n from sessions where started_at = ${at(10)}`)[0]!
              .n > 0,
          { what: 'the unheard insert to commit' },
        );
        db.proxy.cut();
      },
    })) as { transactionId: number; idTagInfo: { status: string } };
    expect(answer.idTagInfo.status).toBe('Accepted');
    await backAndWritten();

    // The charger goes on with the id it was given.
    await cp.call('MeterValues', {
      connectorId: 1,
      transactionId: answer.transactionId,
      meterValue: [reading(11, 3500)],
    });
    expect(
      await cp.call('StopTransaction', { transactionId: answer.transactionId, meterStop: 4000, timestamp: at(12) }),
    ).toEqual({});
    await server.app.flush();
    const [, second] = await sessions();
    expect(second).toEqual({ transaction_id: answer.transactionId, status: 'COMPLETED', readings: 1 });
    const [unknown] = await db.direct<{ n: number }[]>`select count(*)::int as n from charger_events
      where type = 'UnknownTransactionStop'`;
    expect(unknown!.n).toBe(0);
  }, 60_000);
});
