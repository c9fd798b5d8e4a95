import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meterValues, sessions as sessionRows, transactionEvents } from '../src/db/schema/index.js';
import { registerCharger } from './kit/charger.js';
import { anIdTag, rowsOf } from './kit/ocpp.js';
import { bootedStation, type RawStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';
import type { Subscription } from './kit/subscribe.js';

// OCPP 2.0.1 blocks C (authorization), E (transactions) and J (meter values) from a hand-written
// station: the same sessions, pricing and CDRs as 1.6.
let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const START = Date.parse('2025-03-04T08:00:00Z');
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();
const METER_START = 1_000_000;

const register = (wh: number, context = 'Sample.Periodic', minutes = 0) => ({
  timestamp: at(minutes),
  sampledValue: [{ value: wh, context, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }],
});

function txEvent(
  eventType: 'Started' | 'Updated' | 'Ended',
  transactionId: string,
  seqNo: number,
  minutes: number,
  extra: Record<string, unknown> = {},
) {
  return {
    eventType,
    timestamp: at(minutes),
    triggerReason:
      eventType === 'Started' ? 'Authorized' : eventType === 'Ended' ? 'EVCommunicationLost' : 'MeterValuePeriodic',
    seqNo,
    transactionInfo: { transactionId, ...((extra.transactionInfo as object) ?? {}) },
    ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'transactionInfo')),
  };
}

const SESSION =
  'id transactionId connectorId idTag status startedAt stoppedAt meterStartWh meterStopWh energyWh stopReason';
async function sessionsOf(ocppId: string): Promise<any[]> {
  const { charger } = (
    await server.admin.request(
      `{ charger(ocppId: "${ocppId}") { sessions(first: 10) { edges { node { ${SESSION} } } } } }`,
    )
  ).expectNoErrors();
  return charger.sessions.edges.map((e: any) => e.node);
}

async function withStation(ocppId: string, run: (s: RawStation) => Promise<void>) {
  await registerCharger(server.admin, ocppId);
  const station = await bootedStation(`${server.ocppUrl}/${ocppId}`);
  try {
    await run(station);
  } finally {
    await station.close();
  }
}

describe('OCPP 2.0.1 authorization (C)', () => {
  it('Authorize takes every IdToken type; idTokenInfo carries the status, expiry and groupIdToken', async () => {
    await anIdTag(server, 'RFID-C1', { parentIdTag: 'FLEET-7', expiresAt: new Date('2030-01-01T00:00:00Z') });
    await anIdTag(server, 'RFID-BLOCKED', { status: 'BLOCKED' });
    await withStation('V201-AUTHZ', async (station) => {
      const auth = (idToken: string, type: string) => station.call('Authorize', { idToken: { idToken, type } });
      expect(await auth('rfid-c1', 'ISO14443')).toEqual({
        idTokenInfo: {
          status: 'Accepted',
          cacheExpiryDateTime: '2030-01-01T00:00:00.000Z',
          groupIdToken: { idToken: 'FLEET-7', type: 'Central' },
        },
      });
      for (const type of ['ISO15693', 'eMAID', 'Central', 'KeyCode', 'Local'])
        expect((await auth('RFID-C1', type)).idTokenInfo.status).toBe('Accepted');
      expect(await auth('RFID-BLOCKED', 'ISO14443')).toEqual({ idTokenInfo: { status: 'Blocked' } });
      expect(await auth('NOBODY', 'ISO14443')).toEqual({ idTokenInfo: { status: 'Invalid' } });
      // A free-vend station: no token to look up.
      expect(await auth('', 'NoAuthorization')).toEqual({ idTokenInfo: { status: 'Accepted' } });
    });
  });

  it('an expired token is answered Expired, in Authorize and in a Started event (TC_C_07)', async () => {
    await anIdTag(server, 'RFID-OLD', { expiresAt: new Date('2025-01-01T00:00:00Z') });
    await anIdTag(server, 'RFID-MARKED', { status: 'EXPIRED' });
    await withStation('V201-EXPIRED', async (station) => {
      const auth = (idToken: string) => station.call('Authorize', { idToken: { idToken, type: 'ISO14443' } });
      expect((await auth('RFID-OLD')).idTokenInfo.status).toBe('Expired');
      expect((await auth('RFID-MARKED')).idTokenInfo.status).toBe('Expired');
      const answer = await station.call(
        'TransactionEvent',
        txEvent('Started', 'TX-EXPIRED', 0, 0, { evse: { id: 1 }, idToken: { idToken: 'RFID-OLD', type: 'ISO14443' } }),
      );
      expect(answer.idTokenInfo.status).toBe('Expired');
    });
  });
});

describe('OCPP 2.0.1 transactions (E) and meter values (J)', () => {
  it('Started/Updated/Ended make one session with the station’s transactionId, priced like 1.6, with a CDR', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-TX');
    const tariff = (
      await server.admin.request('mutation($input: CreateTariffInput!) { createTariff(input: $input) { id } }', {
        input: { name: 'AC', currency: 'EUR', sessionFee: '1.00', energyPricePerKwh: '0.40', taxRatePercent: '0' },
      })
    ).expectNoErrors().createTariff.id;
    (
      await server.admin.request('mutation($input: AssignTariffInput!) { assignTariff(input: $input) { id } }', {
        input: { tariffId: tariff, chargerId },
      })
    ).expectNoErrors();
    await anIdTag(server, 'RFID-E1');
    const sub: Subscription<any> = await server.subscribe(
      'subscription($chargerId: ID) { sessionUpdated(chargerId: $chargerId) { status transactionId cost { final total { amount } } } }',
      { chargerId },
    );
    const station = await bootedStation(`${server.ocppUrl}/V201-TX`);
    try {
      const started = await station.call(
        'TransactionEvent',
        txEvent('Started', 'TX-E-1', 0, 0, {
          evse: { id: 1, connectorId: 1 },
          idToken: { idToken: 'RFID-E1', type: 'ISO14443' },
          meterValue: [register(METER_START, 'Transaction.Begin')],
          transactionInfo: { chargingState: 'Charging' },
        }),
      );
      expect(started).toEqual({ idTokenInfo: { status: 'Accepted' } });
      // kWh and a unit multiplier (7.4 x 10^3 W) are normalised to Wh and W, like 1.6 values.
      await station.call(
        'TransactionEvent',
        txEvent('Updated', 'TX-E-1', 1, 30, {
          meterValue: [
            {
              timestamp: at(30),
              sampledValue: [
                { value: 1002.5, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'kWh' } },
                { value: 7.4, measurand: 'Power.Active.Import', unitOfMeasure: { unit: 'W', multiplier: 3 } },
              ],
            },
          ],
        }),
      );
      const [live] = await sessionsOf('V201-TX');
      expect(live).toMatchObject({ transactionId: 'TX-E-1', connectorId: 1, idTag: 'RFID-E1', status: 'ACTIVE' });
      expect(live.energyWh).toBe(2500);
      const { charger } = (
        await server.admin.request(`{ charger(ocppId: "V201-TX") { evses { connectors { status } } } }`)
      ).expectNoErrors();
      expect(charger.evses).toEqual([{ connectors: [{ status: 'CHARGING' }] }]);

      await station.call(
        'TransactionEvent',
        txEvent('Ended', 'TX-E-1', 2, 60, {
          meterValue: [register(METER_START + 10_000, 'Transaction.End', 60)],
          transactionInfo: { stoppedReason: 'EVDisconnected' },
        }),
      );
      const [done] = await sessionsOf('V201-TX');
      expect(done).toMatchObject({
        transactionId: 'TX-E-1',
        status: 'COMPLETED',
        startedAt: at(0),
        stoppedAt: at(60),
        meterStartWh: METER_START,
        meterStopWh: METER_START + 10_000,
        energyWh: 10_000,
        stopReason: 'EV_DISCONNECTED',
      });
      for (;;) {
        const { sessionUpdated } = await sub.next(10_000);
        if (!sessionUpdated.cost?.final) continue;
        expect(sessionUpdated).toMatchObject({ status: 'COMPLETED', transactionId: 'TX-E-1' });
        expect(sessionUpdated.cost.total.amount).toBe('5.00'); // 1.00 + 10 kWh x 0.40
        break;
      }
      const { node } = (
        await server.admin.request(
          'query($id: ID!) { node(id: $id) { ... on Session { chargeDetailRecord { cost { total { amount } } } } } }',
          { id: done.id },
        )
      ).expectNoErrors();
      expect(node.chargeDetailRecord.cost.total.amount).toBe('5.00');
    } finally {
      await sub.close();
      await station.close();
    }
  });

  it('a retried event (same seqNo) changes nothing; out-of-order and offline events apply; a missing seqNo is recorded', async () => {
    await anIdTag(server, 'RFID-E2');
    await withStation('V201-OOO', async (station) => {
      // The offline queue arrives Ended first (seqNo 3), then Started (0) twice; seqNo 1 and 2 were lost.
      const ended = txEvent('Ended', 'TX-OOO', 3, 45, {
        offline: true,
        meterValue: [register(5_000, 'Transaction.End', 45)],
        transactionInfo: { stoppedReason: 'Local' },
      });
      const startedEvt = txEvent('Started', 'TX-OOO', 0, 0, {
        offline: true,
        evse: { id: 2 },
        idToken: { idToken: 'RFID-E2', type: 'ISO14443' },
        meterValue: [register(1_000, 'Transaction.Begin', 0)],
      });
      expect(await station.call('TransactionEvent', ended)).toEqual({});
      expect(await station.call('TransactionEvent', startedEvt)).toEqual({ idTokenInfo: { status: 'Accepted' } });
      expect(await station.call('TransactionEvent', startedEvt)).toEqual({ idTokenInfo: { status: 'Accepted' } });
      // An Updated that arrives after the end only adds its meter values.
      await station.call('TransactionEvent', txEvent('Updated', 'TX-OOO', 4, 50, { meterValue: [register(9_999)] }));

      const sessions = await sessionsOf('V201-OOO');
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({
        transactionId: 'TX-OOO',
        connectorId: 2,
        idTag: 'RFID-E2',
        status: 'COMPLETED',
        startedAt: at(0),
        stoppedAt: at(45),
        meterStartWh: 1_000,
        meterStopWh: 5_000,
        energyWh: 4_000,
        stopReason: 'LOCAL',
      });
      await server.app.flush(); // an event's mark that it was applied travels with its meter rows
      const events = await rowsOf(server, transactionEvents, 'V201-OOO', transactionEvents.seqNo);
      expect(events.map((e) => [e.seqNo, e.eventType, e.offline, e.sessionId !== null])).toEqual([
        [0, 'Started', true, true],
        [3, 'Ended', true, true],
        [4, 'Updated', false, true],
      ]);
      const { charger } = (
        await server.admin.request(
          '{ charger(ocppId: "V201-OOO") { events(type: "TransactionEventsMissing") { payload } } }',
        )
      ).expectNoErrors();
      // Missing when it ended: its Started (where it began was unknown). The Started that came
      // later shows where: 1 and 2 are missing.
      expect(charger.events).toEqual([
        { payload: { transactionId: 'TX-OOO', missing: [], missingCount: 0, startedUnseen: true } },
      ]);
      const [row] = await rowsOf(server, sessionRows, 'V201-OOO');
      expect(row.flags).toEqual({ missingSeqNos: { ranges: [{ from: 1, to: 2 }], count: 2 } });
      expect(row.lastSeqNo).toBe(4);
    });
  });

  it('MeterValues outside a transaction are kept per EVSE; a blocked token in a Started event is answered Blocked', async () => {
    await anIdTag(server, 'RFID-E3', { status: 'BLOCKED' });
    await withStation('V201-METER', async (station) => {
      await station.call('MeterValues', { evseId: 0, meterValue: [register(123_456, 'Sample.Clock')] });
      const answer = await station.call(
        'TransactionEvent',
        txEvent('Started', 'TX-BLOCKED', 0, 0, { evse: { id: 1 }, idToken: { idToken: 'RFID-E3', type: 'ISO14443' } }),
      );
      expect(answer).toEqual({ idTokenInfo: { status: 'Blocked' } });
      const [session] = await sessionsOf('V201-METER');
      expect(session).toMatchObject({ transactionId: 'TX-BLOCKED', status: 'ACTIVE', idTag: 'RFID-E3' });
    });
    await server.app.flush();
    const values = await rowsOf(server, meterValues, 'V201-METER');
    expect(values.map((v) => [v.connectorId, v.value, v.context])).toEqual([[0, 123_456, 'Sample.Clock']]);
  });
});

describe('OCPP 2.0.1 seqNo (E01.FR.07)', () => {
  const missingEvents = async (ocppId: string) =>
    (
      await server.admin.request(
        `{ charger(ocppId: "${ocppId}") { events(type: "TransactionEventsMissing") { payload } } }`,
      )
    )
      .expectNoErrors()
      .charger.events.map((e: any) => e.payload);

  it('an Ended event at seqNo 2^31-1 is answered and ends the session; the gap is one run, a late event shrinks it', async () => {
    const LAST = 2 ** 31 - 1;
    await withStation('V201-SEQ-MAX', async (station) => {
      await station.call('TransactionEvent', txEvent('Started', 'TX-MAX', 57, 0, { evse: { id: 1 } }));
      await station.call('TransactionEvent', txEvent('Updated', 'TX-MAX', 58, 10, { meterValue: [register(500)] }));
      expect(await station.call('TransactionEvent', txEvent('Ended', 'TX-MAX', LAST, 20))).toEqual({});
      const [session] = await sessionsOf('V201-SEQ-MAX');
      expect(session).toMatchObject({ transactionId: 'TX-MAX', status: 'COMPLETED', stoppedAt: at(20) });
      expect(await missingEvents('V201-SEQ-MAX')).toEqual([
        { transactionId: 'TX-MAX', missing: [{ from: 59, to: LAST - 1 }], missingCount: LAST - 59 },
      ]);
      // An offline queue delivers seqNo 59 after the end: the run starts one later.
      await station.call('TransactionEvent', txEvent('Updated', 'TX-MAX', 59, 15, { offline: true }));
      const [row] = await rowsOf(server, sessionRows, 'V201-SEQ-MAX');
      expect(row.flags).toEqual({ missingSeqNos: { ranges: [{ from: 60, to: LAST - 1 }], count: LAST - 60 } });
      expect(row.lastSeqNo).toBe(LAST);
      // Still answering.
      expect(await station.call('Heartbeat', {})).toEqual({ currentTime: expect.any(String) });
    });
  });

  it('a register of 2.4e209 Wh (found by the fuzzer) is answered and kept as sent; the session ends on its sane readings', async () => {
    await withStation('V201-HUGE-REGISTER', async (station) => {
      await station.call(
        'TransactionEvent',
        txEvent('Started', 'TX-HUGE', 0, 0, { meterValue: [register(METER_START)] }),
      );
      const huge = 2.3926496016393047e209;
      const ended = txEvent('Ended', 'TX-HUGE', 1, 20, { meterValue: [register(huge, 'Transaction.End', 20)] });
      expect(await station.call('TransactionEvent', ended)).toEqual({});
      const [session] = await sessionsOf('V201-HUGE-REGISTER');
      expect(session).toMatchObject({ status: 'COMPLETED', meterStartWh: METER_START, stoppedAt: at(20) });
      await server.app.flush();
      const kept = await rowsOf(server, meterValues, 'V201-HUGE-REGISTER');
      expect(kept.map((r) => r.value)).toContain(huge);
    });
  });

  it('seqNo restarting at 0 for each transaction (TC_E_53) or one counter across them: every event applied, no gap', async () => {
    await withStation('V201-SEQ-RUN', async (station) => {
      const transaction = async (transactionId: string, first: number, minutes: number) => {
        const evse = { evse: { id: 1 } };
        await station.call('TransactionEvent', txEvent('Started', transactionId, first, minutes, evse));
        await station.call('TransactionEvent', txEvent('Updated', transactionId, first + 1, minutes + 1));
        await station.call('TransactionEvent', txEvent('Ended', transactionId, first + 2, minutes + 2));
      };
      await transaction('TX-RUN-1', 0, 0);
      await transaction('TX-RUN-2', 0, 10); // restarts at 0: not a retry of TX-RUN-1's events
      await transaction('TX-RUN-3', 3, 20); // continues where TX-RUN-2 left off: 0-2 are not missing
      const sessions = await sessionsOf('V201-SEQ-RUN');
      expect(sessions.map((s) => [s.transactionId, s.status]).sort()).toEqual([
        ['TX-RUN-1', 'COMPLETED'],
        ['TX-RUN-2', 'COMPLETED'],
        ['TX-RUN-3', 'COMPLETED'],
      ]);
      expect(await missingEvents('V201-SEQ-RUN')).toEqual([]);
      const rows = await rowsOf(server, sessionRows, 'V201-SEQ-RUN');
      expect(rows.map((r) => r.flags)).toEqual([{}, {}, {}]);
    });
  });
});
