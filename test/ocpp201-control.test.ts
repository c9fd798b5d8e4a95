import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../src/db/schema/index.js';
import { eventually, REMOTE_START, RESERVE_NOW, sessionById } from './commands-kit.js';
import { registerCharger } from './kit/charger.js';
import { anIdTag, rowsOf } from './kit/ocpp.js';
import { chargerEvents } from '../src/db/schema/index.js';
import { bootedStation, RawStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';

// OCPP 2.0.1 remote control beyond the basics, from a hand-written station: remoteStartId matching
// (F01), GetTransactionStatus (E14), the K01 checks before SetChargingProfile, GetChargingProfiles
// (K09), ReservationStatusUpdate (H01) and TriggerMessage with 2.0.1 names (F06).
let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const gql = (query: string, input: Record<string, unknown>) => server.admin.request(query, { input });
const now = () => new Date().toISOString();
const SET_PROFILE = 'mutation($input: SetChargingProfileInput!) { setChargingProfile(input: $input) { status } }';

async function started(station: RawStation, transactionId: string, extra: Record<string, unknown> = {}) {
  await station.call('TransactionEvent', {
    eventType: 'Started',
    timestamp: now(),
    triggerReason: 'Authorized',
    seqNo: 0,
    transactionInfo: { transactionId, chargingState: 'Charging' },
    evse: { id: 1, connectorId: 1 },
    ...extra,
  });
}

describe('OCPP 2.0.1 remote control', () => {
  it('remoteStart gives the session a remoteStartId; the TransactionEvent echoing it adopts the PENDING session', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-RSID');
    await anIdTag(server, 'RFID-RSID');
    const station = await bootedStation(`${server.ocppUrl}/V201-RSID`);
    try {
      station.handle('RequestStartTransaction', () => ({ status: 'Accepted' }));
      const { remoteStart } = (
        await gql(REMOTE_START, { chargerId, connectorId: 1, idTag: 'RFID-RSID' })
      ).expectNoErrors();
      const asked = station.received.find((r) => r.action === 'RequestStartTransaction')!.payload;
      const [row] = await rowsOf(server, sessions, 'V201-RSID');
      expect(row.remoteStartId).toBe(asked.remoteStartId);
      // Neither EVSE nor token: only the remoteStartId ties this event to the remote start (F01.FR.26).
      await station.call('TransactionEvent', {
        eventType: 'Started',
        timestamp: now(),
        triggerReason: 'RemoteStart',
        seqNo: 0,
        transactionInfo: { transactionId: 'TX-RSID', remoteStartId: asked.remoteStartId },
      });
      expect(await sessionById(server.admin, remoteStart.session.id)).toMatchObject({
        status: 'ACTIVE',
        transactionId: 'TX-RSID',
      });
      expect(await rowsOf(server, sessions, 'V201-RSID')).toHaveLength(1);
    } finally {
      await station.close();
    }
  });

  it('a remote start authorizes a transaction the cable started (F01): the same session, the token from the echo', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-F01');
    await anIdTag(server, 'RFID-F01');
    const station = await bootedStation(`${server.ocppUrl}/V201-F01`);
    try {
      station.handle('RequestStartTransaction', () => ({ status: 'Accepted' }));
      await station.call('TransactionEvent', {
        eventType: 'Started',
        timestamp: now(),
        triggerReason: 'CablePluggedIn',
        seqNo: 0,
        transactionInfo: { transactionId: 'TX-F01', chargingState: 'EVConnected' },
        evse: { id: 1, connectorId: 1 },
      });
      const { remoteStart } = (
        await gql(REMOTE_START, { chargerId, connectorId: 1, idTag: 'RFID-F01' })
      ).expectNoErrors();
      expect(remoteStart).toMatchObject({ status: 'Accepted', session: { status: 'ACTIVE', transactionId: 'TX-F01' } });
      const asked = station.received.find((r) => r.action === 'RequestStartTransaction')!.payload;
      await station.call('TransactionEvent', {
        eventType: 'Updated',
        timestamp: now(),
        triggerReason: 'RemoteStart',
        seqNo: 1,
        transactionInfo: { transactionId: 'TX-F01', remoteStartId: asked.remoteStartId, chargingState: 'Charging' },
        idToken: { idToken: 'RFID-F01', type: 'Central' },
        evse: { id: 1, connectorId: 1 },
      });
      expect(await sessionById(server.admin, remoteStart.session.id)).toMatchObject({
        status: 'ACTIVE',
        idTag: 'RFID-F01',
      });
      const rows = await rowsOf(server, sessions, 'V201-F01');
      expect(rows.map((r) => [r.remoteStartId, r.stationTransactionId])).toEqual([[asked.remoteStartId, 'TX-F01']]);
      // Once authorized, another remote start there collides as before.
      (await gql(REMOTE_START, { chargerId, connectorId: 1, idTag: 'RFID-F01' })).expectError('CONFLICT');
    } finally {
      await station.close();
    }
  });

  it('getTransactionStatus asks about one session or all; a 1.6 charger is NOT_SUPPORTED_BY_PROTOCOL', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-GTS');
    const station = await bootedStation(`${server.ocppUrl}/V201-GTS`);
    const QUERY =
      'mutation($input: GetTransactionStatusInput!) { getTransactionStatus(input: $input) { ongoing messagesInQueue } }';
    try {
      station.handle('GetTransactionStatus', (p: any) =>
        p.transactionId ? { ongoingIndicator: true, messagesInQueue: false } : { messagesInQueue: true },
      );
      await started(station, 'TX-GTS');
      const [session] = await rowsOf(server, sessions, 'V201-GTS');
      const { charger } = (
        await server.admin.request('{ charger(ocppId: "V201-GTS") { sessions { edges { node { id } } } } }')
      ).expectNoErrors();
      const sessionId = charger.sessions.edges[0].node.id;
      expect(session.stationTransactionId).toBe('TX-GTS');
      const one = (await gql(QUERY, { chargerId, sessionId })).expectNoErrors();
      expect(one.getTransactionStatus).toEqual({ ongoing: true, messagesInQueue: false });
      const all = (await gql(QUERY, { chargerId })).expectNoErrors();
      expect(all.getTransactionStatus).toEqual({ ongoing: null, messagesInQueue: true });
      expect(station.received.filter((r) => r.action === 'GetTransactionStatus').map((r) => r.payload)).toEqual([
        { transactionId: 'TX-GTS' },
        {},
      ]);
    } finally {
      await station.close();
    }
    const oldId = await registerCharger(server.admin, 'V16-GTS');
    const old = await RawStation.connect(`${server.ocppUrl}/V16-GTS`, { protocols: ['ocpp1.6'] });
    try {
      await old.call('BootNotification', { chargePointVendor: 'Old', chargePointModel: 'One' });
      (await gql(QUERY, { chargerId: oldId })).expectError('NOT_SUPPORTED_BY_PROTOCOL');
      expect(old.received).toEqual([]);
    } finally {
      await old.close();
    }
  });

  it('setChargingProfile keeps the K01 rules before sending; a TxProfile names the station’s own transaction', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-K01');
    const station = await bootedStation(`${server.ocppUrl}/V201-K01`);
    const profile = (over: Record<string, unknown> = {}, schedule: Record<string, unknown> = {}) => ({
      chargingProfileId: 10,
      stackLevel: 1,
      purpose: 'TX_DEFAULT_PROFILE',
      kind: 'RELATIVE',
      ...over,
      chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }], ...schedule },
    });
    const refused = async (input: Record<string, unknown>) =>
      (await gql(SET_PROFILE, { chargerId, connectorId: 1, ...input })).expectError('BAD_USER_INPUT').message;
    try {
      station.handle('SetChargingProfile', () => ({ status: 'Accepted' }));
      expect(await refused({ profile: profile({ purpose: 'TX_PROFILE' }) })).toMatch(/K01\.FR\.03/);
      expect(await refused({ profile: profile({ kind: 'ABSOLUTE' }) })).toMatch(/K01\.FR\.40.*startSchedule/);
      expect(
        await refused({ profile: profile({}, { chargingSchedulePeriod: [{ startPeriod: 60, limit: 16 }] }) }),
      ).toMatch(/K01\.FR\.31/);
      expect(station.received.filter((r) => r.action === 'SetChargingProfile')).toEqual([]);

      (await gql(SET_PROFILE, { chargerId, connectorId: 1, profile: profile() })).expectNoErrors();
      // Another profile with the same purpose and stack level on the EVSE: a 2.0.1 station would reject it.
      expect(await refused({ profile: profile({ chargingProfileId: 11 }) })).toMatch(/K01\.FR\.06.*profile 10/);
      (
        await gql(SET_PROFILE, {
          chargerId,
          connectorId: 1,
          profile: profile({ stackLevel: 2, chargingProfileId: 11 }),
        })
      ).expectNoErrors();

      await started(station, 'TX-K01');
      (
        await gql(SET_PROFILE, {
          chargerId,
          connectorId: 1,
          profile: profile({ chargingProfileId: 12, purpose: 'TX_PROFILE' }),
        })
      ).expectNoErrors();
      const sent = station.received.filter((r) => r.action === 'SetChargingProfile').map((r) => r.payload);
      expect(sent).toHaveLength(3);
      expect(sent[2]).toEqual({
        evseId: 1,
        chargingProfile: {
          id: 12,
          stackLevel: 1,
          chargingProfilePurpose: 'TxProfile',
          chargingProfileKind: 'Relative',
          transactionId: 'TX-K01',
          chargingSchedule: [
            { id: 12, chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }] },
          ],
        },
      });
      const { charger } = (
        await server.admin.request('{ charger(ocppId: "V201-K01") { chargingProfiles { chargingProfileId } } }')
      ).expectNoErrors();
      expect(charger.chargingProfiles.map((p: any) => p.chargingProfileId).sort()).toEqual([10, 11, 12]);
    } finally {
      await station.close();
    }
  });

  it('requestChargingProfiles sends GetChargingProfiles; the ReportChargingProfiles parts are kept', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-K09');
    const station = await bootedStation(`${server.ocppUrl}/V201-K09`);
    try {
      station.handle('GetChargingProfiles', () => ({ status: 'Accepted' }));
      const { requestChargingProfiles } = (
        await gql(
          'mutation($input: RequestChargingProfilesInput!) { requestChargingProfiles(input: $input) { status accepted requestId } }',
          { chargerId, connectorId: 1, purpose: 'CHARGE_POINT_MAX_PROFILE' },
        )
      ).expectNoErrors();
      expect(requestChargingProfiles).toMatchObject({ status: 'Accepted', accepted: true });
      const { requestId } = requestChargingProfiles;
      expect(station.received.find((r) => r.action === 'GetChargingProfiles')!.payload).toEqual({
        requestId,
        evseId: 1,
        chargingProfile: { chargingProfilePurpose: 'ChargingStationMaxProfile' },
      });
      const report = {
        requestId,
        chargingLimitSource: 'CSO',
        evseId: 1,
        tbc: false,
        chargingProfile: [
          {
            id: 7,
            stackLevel: 0,
            chargingProfilePurpose: 'ChargingStationMaxProfile',
            chargingProfileKind: 'Absolute',
            chargingSchedule: [
              {
                id: 1,
                startSchedule: now(),
                chargingRateUnit: 'W',
                chargingSchedulePeriod: [{ startPeriod: 0, limit: 11000 }],
              },
            ],
          },
        ],
      };
      expect(await station.call('ReportChargingProfiles', report)).toEqual({});
      const events = await rowsOf(server, chargerEvents, 'V201-K09');
      expect(events.find((e) => e.type === 'ReportChargingProfiles')?.payload).toEqual(report);
    } finally {
      await station.close();
    }
  });

  it('ReservationStatusUpdate ends the reservation; TriggerMessage takes 2.0.1 names and maps them for 1.6', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-H01');
    const station = await bootedStation(`${server.ocppUrl}/V201-H01`);
    const TRIGGER = 'mutation($input: TriggerMessageInput!) { triggerMessage(input: $input) { status } }';
    try {
      station.handle('ReserveNow', () => ({ status: 'Accepted' }));
      station.handle('TriggerMessage', () => ({ status: 'Accepted' }));
      const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
      const { reserveNow } = (
        await server.admin.request(RESERVE_NOW, { input: { chargerId, connectorId: 1, idTag: 'RFID-H', expiresAt } })
      ).expectNoErrors();
      expect(reserveNow.status).toBe('ACTIVE');
      await station.call('ReservationStatusUpdate', {
        reservationId: reserveNow.reservationId,
        reservationUpdateStatus: 'Expired',
      });
      const read = async () =>
        (
          await server.admin.request('query($id: ID!) { node(id: $id) { ... on Reservation { status } } }', {
            id: reserveNow.id,
          })
        ).expectNoErrors().node.status;
      await eventually(read, (s) => s === 'EXPIRED');

      (await gql(TRIGGER, { chargerId, message: 'TRANSACTION_EVENT', connectorId: 1 })).expectNoErrors();
      (await gql(TRIGGER, { chargerId, message: 'LOG_STATUS_NOTIFICATION' })).expectNoErrors();
      expect(station.received.filter((r) => r.action === 'TriggerMessage').map((r) => r.payload)).toEqual([
        { requestedMessage: 'TransactionEvent', evse: { id: 1 } },
        { requestedMessage: 'LogStatusNotification' },
      ]);
    } finally {
      await station.close();
    }
    const oldId = await registerCharger(server.admin, 'V16-TRG');
    const old = await RawStation.connect(`${server.ocppUrl}/V16-TRG`, { protocols: ['ocpp1.6'] });
    try {
      old.handle('TriggerMessage', () => ({ status: 'Accepted' }));
      await old.call('BootNotification', { chargePointVendor: 'Old', chargePointModel: 'One' });
      (await gql(TRIGGER, { chargerId: oldId, message: 'LOG_STATUS_NOTIFICATION' })).expectNoErrors();
      (await gql(TRIGGER, { chargerId: oldId, message: 'TRANSACTION_EVENT' })).expectError('NOT_SUPPORTED_BY_PROTOCOL');
      expect(old.received.map((r) => r.payload)).toEqual([{ requestedMessage: 'DiagnosticsStatusNotification' }]);
    } finally {
      await old.close();
    }
  });
});
