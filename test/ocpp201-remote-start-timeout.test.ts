import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../src/db/schema/index.js';
import { eventually, REMOTE_START, sessionById } from './commands-kit.js';
import { registerCharger } from './kit/charger.js';
import { anIdTag, rowsOf } from './kit/ocpp.js';
import { bootedStation, type RawStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';

// OCPP 2.0.1 TC_F_04 (remote start first, the cable never plugged in) from a hand-written station:
// the station's own TxCtrlr.EVConnectionTimeOut decides when a remote start that never started
// fails, and a Started event echoing its remoteStartId after that is still the caller's session.
let server: TestServer;
// The default remote-start timeout (60 s) stays: only the station's own variable can make it short.
beforeAll(async () => (server = await startServer({ OCPP_SWEEP_INTERVAL_MS: '100' })));
afterAll(() => server?.stop());

const now = () => new Date().toISOString();

async function withStation(ocppId: string, run: (s: RawStation, chargerId: string) => Promise<void>) {
  const chargerId = await registerCharger(server.admin, ocppId);
  const station = await bootedStation(`${server.ocppUrl}/${ocppId}`);
  station.handle('RequestStartTransaction', () => ({ status: 'Accepted' }));
  try {
    await run(station, chargerId);
  } finally {
    await station.close();
  }
}

/** The station reports how long it waits for the cable after an authorization (B07 NotifyReport). */
async function reportEvConnectionTimeOut(station: RawStation, seconds: number) {
  await station.call('NotifyReport', {
    requestId: 1,
    generatedAt: now(),
    seqNo: 0,
    tbc: false,
    reportData: [
      {
        component: { name: 'TxCtrlr' },
        variable: { name: 'EVConnectionTimeOut' },
        variableAttribute: [{ type: 'Actual', value: String(seconds), mutability: 'ReadWrite' }],
        variableCharacteristics: { dataType: 'integer', unit: 's', supportsMonitoring: false },
      },
    ],
  });
}

async function remoteStart(station: RawStation, chargerId: string, idTag: string) {
  await anIdTag(server, idTag);
  const { remoteStart } = (
    await server.admin.request(REMOTE_START, { input: { chargerId, connectorId: 1, idTag } })
  ).expectNoErrors();
  expect(remoteStart.session.status).toBe('PENDING');
  const asked = station.received.find((r) => r.action === 'RequestStartTransaction')!.payload;
  return { session: remoteStart.session, remoteStartId: asked.remoteStartId as number };
}

const started = (transactionId: string, remoteStartId: number) => ({
  eventType: 'Started',
  timestamp: now(),
  triggerReason: 'RemoteStart',
  seqNo: 0,
  transactionInfo: { transactionId, remoteStartId, chargingState: 'Idle' },
  evse: { id: 1, connectorId: 1 },
});

describe('OCPP 2.0.1 remote start and the cable plug-in timeout (TC_F_04)', () => {
  it('the station ends the transaction itself (EVConnectTimeout, Timeout): the caller’s session completes, the connector is free', async () => {
    await withStation('V201-F04-END', async (station, chargerId) => {
      const { session, remoteStartId } = await remoteStart(station, chargerId, 'RFID-F04-A');
      await station.call('TransactionEvent', started('TX-F04-A', remoteStartId));
      await station.call('TransactionEvent', {
        eventType: 'Ended',
        timestamp: now(),
        triggerReason: 'EVConnectTimeout',
        seqNo: 1,
        transactionInfo: { transactionId: 'TX-F04-A', stoppedReason: 'Timeout', chargingState: 'Idle' },
      });
      expect(await sessionById(server.admin, session.id)).toMatchObject({
        status: 'COMPLETED',
        transactionId: 'TX-F04-A',
        stopReason: 'TIMEOUT',
      });
      expect(await rowsOf(server, sessions, 'V201-F04-END')).toHaveLength(1);
      // The connector is free for the next attempt.
      const again = await server.admin.request(REMOTE_START, {
        input: { chargerId, connectorId: 1, idTag: 'RFID-F04-A' },
      });
      expect(again.expectNoErrors().remoteStart.session.status).toBe('PENDING');
    });
  });

  it('the station sends nothing: the session fails after the station’s EVConnectionTimeOut, not our 60 s default', async () => {
    await withStation('V201-F04-QUIET', async (station, chargerId) => {
      await reportEvConnectionTimeOut(station, 1);
      const { session } = await remoteStart(station, chargerId, 'RFID-F04-B');
      const failed = await eventually(
        () => sessionById(server.admin, session.id),
        (s) => s.status !== 'PENDING',
        30_000,
      );
      expect(failed).toMatchObject({ status: 'FAILED', stopReason: 'NO_START_TRANSACTION', transactionId: null });
    });
  });

  it('a Started event echoing the remoteStartId after our sweep failed the session adopts it: no second session', async () => {
    await withStation('V201-F04-LATE', async (station, chargerId) => {
      await reportEvConnectionTimeOut(station, 1);
      const { session, remoteStartId } = await remoteStart(station, chargerId, 'RFID-F04-C');
      await eventually(
        () => sessionById(server.admin, session.id),
        (s) => s.status === 'FAILED',
        30_000,
      );
      // The station waited longer than it said (or its clock runs slow): the driver plugged in.
      await station.call('TransactionEvent', started('TX-F04-C', remoteStartId));
      expect(await sessionById(server.admin, session.id)).toMatchObject({
        status: 'ACTIVE',
        transactionId: 'TX-F04-C',
        idTag: 'RFID-F04-C',
        connectorId: 1,
        stopReason: null,
      });
      const rows = await rowsOf(server, sessions, 'V201-F04-LATE');
      expect(rows.map((r) => [r.status, r.stoppedAt, r.stationTransactionId])).toEqual([['ACTIVE', null, 'TX-F04-C']]);
    });
  });
});
