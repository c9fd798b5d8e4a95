import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCharger } from './kit/charger.js';
import type { GqlClient } from './kit/gql.js';
import { startNodeProcess, type NodeProcess } from './kit/node-process.js';
import { anIdTag } from './kit/ocpp.js';
import { proxiedDatabase, type ProxiedDatabase } from './kit/proxied-database.js';
import { bootedStation, CallError, type RawStation } from './kit/raw-station.js';
import { startServerOn, type TestServer } from './kit/server.js';
import { until } from './kit/wait.js';

// OCPP 2.0.1 through a PostgreSQL outage (a proxy this test owns cuts it): a raw station's
// TransactionEvents are answered while the database is cut, and once it is back the sessions,
// meter values, prices and charge detail records are what the same messages give without an
// outage. Needs PostgreSQL (CI sets TEST_DATABASE_URL): PGlite has no connection to cut.
const pg = process.env.TEST_DATABASE_URL;
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 5, 9, minutes)).toISOString();
const register = (minutes: number, wh: number, context = 'Sample.Periodic') => ({
  timestamp: at(minutes),
  sampledValue: [{ value: wh, context, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }],
});
const TOKEN = { idToken: 'OUT201-TAG', type: 'ISO14443' };

function txEvent(
  eventType: 'Started' | 'Updated' | 'Ended',
  transactionId: string,
  seqNo: number,
  minutes: number,
  wh: number,
  extra: Record<string, unknown> = {},
) {
  const context = { Started: 'Transaction.Begin', Updated: 'Sample.Periodic', Ended: 'Transaction.End' }[eventType];
  const { transactionInfo, ...rest } = extra as { transactionInfo?: object };
  return {
    eventType,
    timestamp: at(minutes),
    triggerReason:
      eventType === 'Started' ? 'Authorized' : eventType === 'Ended' ? 'StopAuthorized' : 'MeterValuePeriodic',
    seqNo,
    transactionInfo: { transactionId, ...transactionInfo },
    evse: { id: 1, connectorId: 1 },
    meterValue: [register(minutes, wh, context)],
    ...rest,
  };
}

/** The first transaction's Started (sent before the cut in the outage run). */
const FIRST_START = txEvent('Started', 'TX-A', 0, 0, 1000, {
  idToken: TOKEN,
  transactionInfo: { chargingState: 'Charging' },
});

/** What a station sends during a session and the next one; each [action, payload]. */
const DURING: [string, object][] = [
  ['Heartbeat', {}],
  ['StatusNotification', { timestamp: at(1), connectorStatus: 'Faulted', evseId: 2, connectorId: 1 }],
  ['Authorize', { idToken: { idToken: 'out201-tag', type: 'ISO14443' } }],
  ['Authorize', { idToken: { idToken: '', type: 'NoAuthorization' } }],
  ['MeterValues', { evseId: 0, meterValue: [register(1, 55_000, 'Sample.Clock')] }],
  ['TransactionEvent', txEvent('Updated', 'TX-A', 1, 1, 1500)],
  ['TransactionEvent', txEvent('Updated', 'TX-A', 1, 1, 1500)], // a retry: the same seqNo again
  ['TransactionEvent', txEvent('Updated', 'TX-A', 2, 2, 1800)],
  [
    'TransactionEvent',
    txEvent('Ended', 'TX-A', 3, 3, 2000, {
      idToken: TOKEN,
      transactionInfo: { stoppedReason: 'Local', chargingState: 'EVConnected' },
    }),
  ],
  ['TransactionEvent', txEvent('Started', 'TX-B', 0, 4, 2000, { idToken: TOKEN })],
  ['TransactionEvent', txEvent('Updated', 'TX-B', 1, 5, 2600)],
  ['TransactionEvent', txEvent('Updated', 'TX-B', 2, 6, 3100)],
  ['TransactionEvent', txEvent('Ended', 'TX-B', 3, 7, 3500, { transactionInfo: { stoppedReason: 'EVDisconnected' } })],
];

const answersOf = async (station: RawStation) => {
  const answers: unknown[] = [];
  for (const [action, payload] of DURING) {
    const answer = await station.call(action, payload);
    answers.push(action === 'Heartbeat' ? Object.keys(answer) : answer);
  }
  return answers;
};

/** Everything a station's messages left in the database, without ids, for comparing two stations. */
async function stored(sql: postgres.Sql, ocppId: string) {
  const sessions = await sql`
    select s.station_transaction_id, s.connector_id, s.id_tag, s.status, s.started_at, s.stopped_at,
      s.meter_start_wh::int, s.meter_stop_wh::int, s.last_meter_wh::int, s.last_seq_no, s.stop_reason, s.flags,
      r.total_minor as cdr_total_minor, r.data -> 'cost' -> 'lines' as cdr_lines,
      (select count(*)::int from meter_values m where m.session_id = s.id) as linked_values
    from sessions s join chargers c on c.id = s.charger_id
    left join charge_detail_records r on r.session_id = s.id
    where c.ocpp_id = ${ocppId} order by s.started_at`;
  const values = await sql`
    select m.connector_id, m.timestamp, m.measurand, m.value, m.context, s.station_transaction_id
    from meter_values m join chargers c on c.id = m.charger_id left join sessions s on s.id = m.session_id
    where c.ocpp_id = ${ocppId} order by m.timestamp, m.connector_id`;
  const events = await sql`
    select e.transaction_id, e.seq_no, e.event_type, e.session_id is not null as applied
    from transaction_events e join chargers c on c.id = e.charger_id
    where c.ocpp_id = ${ocppId} order by e.transaction_id, e.seq_no`;
  const connectors = await sql`
    select k.connector_id, k.status from connectors k join chargers c on c.id = k.charger_id
    where c.ocpp_id = ${ocppId} order by k.connector_id`;
  const evseConnectors = await sql`
    select k.evse_id, k.connector_id, k.status from evse_connectors k join chargers c on c.id = k.charger_id
    where c.ocpp_id = ${ocppId} order by k.evse_id, k.connector_id`;
  return { sessions, values, events, connectors, evseConnectors };
}

async function assignTariff(admin: GqlClient, chargerIds: string[]) {
  const tariff = (
    await admin.request('mutation($input: CreateTariffInput!) { createTariff(input: $input) { id } }', {
      input: { name: 'AC', currency: 'EUR', sessionFee: '1.00', energyPricePerKwh: '0.40', taxRatePercent: '0' },
    })
  ).expectNoErrors().createTariff.id;
  for (const chargerId of chargerIds)
    (
      await admin.request('mutation($input: AssignTariffInput!) { assignTariff(input: $input) { id } }', {
        input: { tariffId: tariff, chargerId },
      })
    ).expectNoErrors();
}

const completedWithCdrs = (sql: postgres.Sql, ocppId: string, n: number) => async () => {
  const [row] = await sql<{ done: number }[]>`
    select count(r.id)::int as done from sessions s join chargers c on c.id = s.charger_id
    join charge_detail_records r on r.session_id = s.id where c.ocpp_id = ${ocppId} and s.status = 'COMPLETED'`;
  return row!.done === n;
};

describe.skipIf(!pg)('OCPP 2.0.1 through a PostgreSQL outage', () => {
  let db: ProxiedDatabase;
  let server: TestServer;
  const stations: RawStation[] = [];
  beforeAll(async () => {
    db = await proxiedDatabase();
    server = await startServerOn({ kind: 'postgres', url: db.viaProxy, poolSize: 10 });
  }, 90_000);
  afterAll(async () => {
    db?.proxy.restore();
    await Promise.all(stations.map((s) => s.close().catch(() => {})));
    await server?.stop();
    await db?.drop();
  });

  it('answers Started/Updated/Ended and the rest while it is cut; afterwards the rows are those of no outage', async () => {
    await anIdTag(server, 'OUT201-TAG');
    const ids = [await registerCharger(server.admin, 'OUT201-REF'), await registerCharger(server.admin, 'OUT201-1')];
    await assignTariff(server.admin, ids);

    // The same messages with the database up: what the outage run must end up as.
    const reference = await bootedStation(`${server.ocppUrl}/OUT201-REF`);
    stations.push(reference);
    const firstAnswer = await reference.call('TransactionEvent', FIRST_START);
    const expectedAnswers = await answersOf(reference);
    await until(completedWithCdrs(db.direct, 'OUT201-REF', 2), { what: 'reference CDRs', timeoutMs: 30_000 });

    const station = await bootedStation(`${server.ocppUrl}/OUT201-1`);
    stations.push(station);
    expect(await station.call('TransactionEvent', FIRST_START)).toEqual(firstAnswer);
    db.proxy.cut();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    // Every answer comes while the database is still cut: none of them waited for it.
    expect(await answersOf(station)).toEqual(expectedAnswers);
    // A token this node never saw has no answer it could stand by: the station retries later.
    const unknown = await station
      .call(
        'TransactionEvent',
        txEvent('Started', 'TX-C', 0, 8, 3500, { idToken: { idToken: 'NEVER', type: 'ISO14443' } }),
      )
      .catch((err: CallError) => err.errorCode);
    expect(unknown).toBe('InternalError');
    expect(await db.direct`select count(*)::int as n from transaction_events`.then((r) => r[0]!.n)).toBe(1 + 8);

    db.proxy.restore();
    await until(completedWithCdrs(db.direct, 'OUT201-1', 2), { what: 'CDRs after the outage', timeoutMs: 30_000 });
    await server.app.flush();
    const expected = await stored(db.direct, 'OUT201-REF');
    expect(expected.sessions).toHaveLength(2);
    expect(expected.sessions.map((s) => s.cdr_total_minor)).toEqual([140, 160]);
    expect(expected.values).toHaveLength(9); // 4 + 4 in the transactions, 1 outside
    expect(expected.events).toHaveLength(8);
    expect(expected.events.every((e) => e.applied)).toBe(true);
    expect(expected.evseConnectors.map((k) => [k.evse_id, k.connector_id, k.status])).toEqual([
      [1, 1, 'PREPARING'],
      [2, 1, 'FAULTED'],
    ]);
    expect(await stored(db.direct, 'OUT201-1')).toEqual(expected);
  }, 120_000);
});

describe.skipIf(!pg)('OCPP 2.0.1: a node killed with SIGKILL during a PostgreSQL outage', () => {
  let db: ProxiedDatabase;
  let node: NodeProcess;
  beforeAll(async () => {
    db = await proxiedDatabase();
    node = await startNodeProcess({ DATABASE_URL: db.viaProxy });
  }, 90_000);
  afterAll(async () => {
    db?.proxy.restore();
    await node?.stop();
    await db?.drop();
  });

  it('replays on restart every event it answered during the outage, applied once', async () => {
    const admin = await node.signIn();
    await assignTariff(admin, [await registerCharger(admin, 'KILL201-1')]);
    await db.direct`insert into id_tags (tenant_id, value, status)
      select tenant_id, 'OUT201-TAG', 'ACCEPTED' from chargers where ocpp_id = 'KILL201-1'`;
    const station = await bootedStation(`${node.ocppUrl}/KILL201-1`);
    // The token's verdict is cached by the Started before the cut.
    await station.call('TransactionEvent', FIRST_START);
    db.proxy.cut();
    const acked: string[] = [];
    for (const [action, payload] of DURING) {
      await station.call(action, payload);
      if (action === 'TransactionEvent') {
        const e = payload as { transactionInfo: { transactionId: string }; seqNo: number };
        acked.push(`${e.transactionInfo.transactionId}/${e.seqNo}`);
      }
    }
    await node.kill('SIGKILL');
    await station.close().catch(() => {});
    db.proxy.restore();
    await node.restart();
    expect(node.output()).toMatch(/spool: replaying records/);

    await until(completedWithCdrs(db.direct, 'KILL201-1', 2), { what: 'CDRs after the restart', timeoutMs: 30_000 });
    const after = await stored(db.direct, 'KILL201-1');
    expect(after.events.map((e) => `${e.transaction_id}/${e.seq_no}`)).toEqual(
      ['TX-A/0', ...[...new Set(acked)].sort()].sort(),
    );
    await until(async () => (await stored(db.direct, 'KILL201-1')).events.every((e) => e.applied), {
      what: 'every event applied',
      timeoutMs: 30_000,
    });
    const final = await stored(db.direct, 'KILL201-1');
    expect(
      final.sessions.map((s) => [
        s.station_transaction_id,
        s.status,
        s.meter_start_wh,
        s.meter_stop_wh,
        s.linked_values,
      ]),
    ).toEqual([
      ['TX-A', 'COMPLETED', 1000, 2000, 4],
      ['TX-B', 'COMPLETED', 2000, 3500, 4],
    ]);
    expect(final.sessions.map((s) => s.cdr_total_minor)).toEqual([140, 160]);
    expect(final.values).toHaveLength(9);
  }, 180_000);
});
