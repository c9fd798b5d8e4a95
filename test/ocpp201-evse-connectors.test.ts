import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chargers } from '../src/db/schema/index.js';
import { registerCharger } from './kit/charger.js';
import { bootedStation, RawStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';

// OCPP 2.0.1 G01: an EVSE with several connectors (a Type 2 socket and a CCS cable on EVSE 1), each
// with its own status, driven by a hand-written station over a real socket.
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server?.stop());

const chargerQuery = (ocppId: string, fields: string) =>
  server.admin.request(`{ charger(ocppId: "${ocppId}") { ${fields} } }`).then((r) => r.expectNoErrors().charger);

const status = (evseId: number, connectorId: number, connectorStatus: string) => ({
  timestamp: new Date().toISOString(),
  connectorStatus,
  evseId,
  connectorId,
});

const EVSES = 'evses { evseId status connectors { connectorId status } }';

const STATUS_EVENTS = `subscription($chargerId: ID) { chargerStatus(chargerId: $chargerId) {
  connectorId evseId evseConnectorId evseConnectorStatus status
  connector { connectorId status }
  evse { evseId status connectors { connectorId status } }
} }`;

describe('an EVSE with several connectors (OCPP 2.0.1)', () => {
  it('each connector keeps its own status; the EVSE shows what it can do as a whole', async () => {
    const id = await registerCharger(server.admin, 'V201-TWIN');
    const sub = await server.subscribe(STATUS_EVENTS, { chargerId: id });
    const station = await bootedStation(`${server.ocppUrl}/V201-TWIN`);
    try {
      await station.call('StatusNotification', status(1, 1, 'Available'));
      await station.call('StatusNotification', status(1, 2, 'Available'));
      await station.call('StatusNotification', status(2, 1, 'Available'));
      expect((await chargerQuery('V201-TWIN', EVSES)).evses).toEqual([
        {
          evseId: 1,
          status: 'AVAILABLE',
          connectors: [
            { connectorId: 1, status: 'AVAILABLE' },
            { connectorId: 2, status: 'AVAILABLE' },
          ],
        },
        { evseId: 2, status: 'AVAILABLE', connectors: [{ connectorId: 1, status: 'AVAILABLE' }] },
      ]);

      // A car on the CCS (connector 2): the Type 2 socket of the same EVSE becomes Unavailable (one
      // vehicle at a time). The later report must not make the whole EVSE read Unavailable.
      await station.call('StatusNotification', status(1, 2, 'Occupied'));
      await station.call('StatusNotification', status(1, 1, 'Unavailable'));
      const { evses, connectors } = await chargerQuery('V201-TWIN', `${EVSES} connectors { connectorId status }`);
      expect(evses[0]).toEqual({
        evseId: 1,
        status: 'PREPARING',
        connectors: [
          { connectorId: 1, status: 'UNAVAILABLE' },
          { connectorId: 2, status: 'PREPARING' },
        ],
      });
      expect(connectors).toEqual([
        { connectorId: 1, status: 'PREPARING' },
        { connectorId: 2, status: 'AVAILABLE' },
      ]);

      // The subscription names the EVSE and the connector, with both statuses.
      const events: any[] = [];
      while (events.at(-1)?.evseConnectorStatus !== 'UNAVAILABLE') events.push((await sub.next(10_000)).chargerStatus);
      const [occupied, unavailable] = events.slice(-2);
      expect(occupied).toMatchObject({
        connectorId: 1,
        evseId: 1,
        evseConnectorId: 2,
        evseConnectorStatus: 'PREPARING',
        status: 'PREPARING',
        connector: { connectorId: 1, status: 'PREPARING' },
      });
      expect(unavailable).toEqual({
        connectorId: 1,
        evseId: 1,
        evseConnectorId: 1,
        evseConnectorStatus: 'UNAVAILABLE',
        status: 'PREPARING',
        connector: { connectorId: 1, status: 'PREPARING' },
        evse: evses[0],
      });

      // The history keeps which connector reported.
      const history = await chargerQuery(
        'V201-TWIN',
        'statusHistory(first: 2) { edges { node { connectorId evseConnectorId status } } }',
      );
      expect(history.statusHistory.edges.map((e: any) => e.node)).toEqual([
        { connectorId: 1, evseConnectorId: 1, status: 'UNAVAILABLE' },
        { connectorId: 1, evseConnectorId: 2, status: 'PREPARING' },
      ]);

      // Both free again: the EVSE is available.
      await station.call('StatusNotification', status(1, 2, 'Available'));
      await station.call('StatusNotification', status(1, 1, 'Available'));
      expect((await chargerQuery('V201-TWIN', EVSES)).evses[0].status).toBe('AVAILABLE');
    } finally {
      await station.close();
      await sub.close();
    }
  });

  it('a transaction names its EVSE and connector; the charging state shows on that connector', async () => {
    await registerCharger(server.admin, 'V201-TWIN-TX');
    const station = await bootedStation(`${server.ocppUrl}/V201-TWIN-TX`);
    try {
      await station.call('StatusNotification', status(1, 1, 'Available'));
      await station.call('StatusNotification', status(1, 2, 'Available'));
      await station.call('TransactionEvent', {
        eventType: 'Started',
        timestamp: new Date().toISOString(),
        triggerReason: 'CablePluggedIn',
        seqNo: 0,
        transactionInfo: { transactionId: 'twin-tx-1', chargingState: 'Charging' },
        evse: { id: 1, connectorId: 2 },
        idToken: { idToken: 'NOAUTH', type: 'NoAuthorization' },
      });
      const { evses, sessions } = await chargerQuery(
        'V201-TWIN-TX',
        `${EVSES} sessions(first: 5) { edges { node { transactionId connectorId evseId evseConnectorId status } } }`,
      );
      expect(evses[0]).toEqual({
        evseId: 1,
        status: 'CHARGING',
        connectors: [
          { connectorId: 1, status: 'AVAILABLE' },
          { connectorId: 2, status: 'CHARGING' },
        ],
      });
      expect(sessions.edges.map((e: any) => e.node)).toEqual([
        { transactionId: 'twin-tx-1', connectorId: 1, evseId: 1, evseConnectorId: 2, status: 'ACTIVE' },
      ]);
    } finally {
      await station.close();
    }
  });

  it('a 1.6 charger keeps one EVSE per connector, holding it as connector 1', async () => {
    await registerCharger(server.admin, 'V16-TWIN');
    const station = await RawStation.connect(`${server.ocppUrl}/V16-TWIN`, { protocols: ['ocpp1.6'] });
    try {
      await station.call('BootNotification', { chargePointVendor: 'Old', chargePointModel: 'One' });
      await station.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Charging' });
      await station.call('StatusNotification', { connectorId: 2, errorCode: 'GroundFailure', status: 'Faulted' });
      const { evses } = await chargerQuery(
        'V16-TWIN',
        'evses { evseId status connectors { connectorId status errorCode } }',
      );
      expect(evses).toEqual([
        { evseId: 1, status: 'CHARGING', connectors: [{ connectorId: 1, status: 'CHARGING', errorCode: 'NO_ERROR' }] },
        {
          evseId: 2,
          status: 'FAULTED',
          connectors: [{ connectorId: 1, status: 'FAULTED', errorCode: 'GROUND_FAILURE' }],
        },
      ]);
    } finally {
      await station.close();
    }
  });
});

const CHANGE_AVAILABILITY = `mutation($input: ChangeAvailabilityInput!) { changeAvailability(input: $input) { status } }`;
const RESET = `mutation($input: ResetInput!) { reset(input: $input) { status } }`;

describe('ChangeAvailability and Reset at EVSE and connector level', () => {
  it('2.0.1: the station, one EVSE, one connector of an EVSE; unknown EVSEs and connectors are refused unsent', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-TWIN-CMD');
    const station = await bootedStation(`${server.ocppUrl}/V201-TWIN-CMD`);
    station.handle('ChangeAvailability', () => ({ status: 'Accepted' }));
    station.handle('Reset', () => ({ status: 'Accepted' }));
    const sent = (action: string) => station.received.filter((c) => c.action === action).map((c) => c.payload);
    try {
      await station.call('StatusNotification', status(1, 1, 'Available'));
      await station.call('StatusNotification', status(1, 2, 'Available'));
      await station.call('StatusNotification', status(2, 1, 'Available'));
      const change = (input: Record<string, unknown>) =>
        server.admin.request(CHANGE_AVAILABILITY, { input: { chargerId, type: 'INOPERATIVE', ...input } });

      for (const input of [{ connectorId: 0 }, { connectorId: 2 }, { connectorId: 1, evseConnectorId: 2 }])
        expect((await change(input)).expectNoErrors().changeAvailability.status).toBe('Accepted');
      expect(sent('ChangeAvailability')).toEqual([
        { operationalStatus: 'Inoperative' },
        { operationalStatus: 'Inoperative', evse: { id: 2 } },
        { operationalStatus: 'Inoperative', evse: { id: 1, connectorId: 2 } },
      ]);
      expect((await change({ connectorId: 1, evseConnectorId: 3 })).expectError('BAD_USER_INPUT').message).toMatch(
        /no connector 3/,
      );
      expect((await change({ connectorId: 0, evseConnectorId: 1 })).expectError('BAD_USER_INPUT').message).toMatch(
        /connectorId/,
      );

      const reset = (input: Record<string, unknown>) =>
        server.admin.request(RESET, { input: { chargerId, type: 'SOFT', ...input } });
      expect((await reset({ evseId: 2 })).expectNoErrors().reset.status).toBe('Accepted');
      expect((await reset({ type: 'HARD' })).expectNoErrors().reset.status).toBe('Accepted');
      expect((await reset({ evseId: 3 })).expectError('BAD_USER_INPUT').message).toMatch(/no EVSE 3/);
      expect(sent('Reset')).toEqual([{ type: 'OnIdle', evseId: 2 }, { type: 'Immediate' }]);
      expect(sent('ChangeAvailability')).toHaveLength(3);
    } finally {
      await station.close();
    }
  });

  it('1.6: a connector is its EVSE’s connector 1; a Reset of one EVSE cannot be carried', async () => {
    const chargerId = await registerCharger(server.admin, 'V16-TWIN-CMD');
    const station = await RawStation.connect(`${server.ocppUrl}/V16-TWIN-CMD`, { protocols: ['ocpp1.6'] });
    station.handle('ChangeAvailability', () => ({ status: 'Accepted' }));
    station.handle('Reset', () => ({ status: 'Accepted' }));
    try {
      await station.call('BootNotification', { chargePointVendor: 'Old', chargePointModel: 'One' });
      await station.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available' });
      const change = (evseConnectorId: number) =>
        server.admin.request(CHANGE_AVAILABILITY, {
          input: { chargerId, connectorId: 1, evseConnectorId, type: 'INOPERATIVE' },
        });
      expect((await change(1)).expectNoErrors().changeAvailability.status).toBe('Accepted');
      expect((await change(2)).expectError('BAD_USER_INPUT').message).toMatch(/no connector 2/);
      (await server.admin.request(RESET, { input: { chargerId, type: 'SOFT', evseId: 1 } })).expectError(
        'NOT_SUPPORTED_BY_PROTOCOL',
      );
      expect(station.received.map((c) => [c.action, c.payload])).toEqual([
        ['ChangeAvailability', { connectorId: 1, type: 'Inoperative' }],
      ]);
    } finally {
      await station.close();
    }
  });
});

const SET_PROFILE = 'mutation($input: SetChargingProfileInput!) { setChargingProfile(input: $input) { status } }';
const ABSOLUTE_WITHOUT_START = {
  chargingProfileId: 20,
  stackLevel: 1,
  purpose: 'TX_DEFAULT_PROFILE',
  kind: 'ABSOLUTE',
  chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }] },
};

describe('K01 checks follow the version the charger is connected with now', () => {
  // The stored ocppVersion is the last connection's, written in a batch after the connect: here it is
  // made stale by hand, as if the charger had just switched.
  async function staleVersion(ocppId: string, connectedWith: string, stored: string): Promise<void> {
    await expect
      .poll(() => chargerQuery(ocppId, 'ocppVersion'), { timeout: 10_000 })
      .toEqual({ ocppVersion: connectedWith });
    await server.app.database.db.update(chargers).set({ ocppVersion: stored }).where(eq(chargers.ocppId, ocppId));
  }

  it('a 2.0.1 station stored as 1.6 still gets the K01 rules; a 1.6 charger stored as 2.0.1 does not', async () => {
    const newId = await registerCharger(server.admin, 'V201-NOW');
    const station = await bootedStation(`${server.ocppUrl}/V201-NOW`);
    station.handle('SetChargingProfile', () => ({ status: 'Accepted' }));
    const oldId = await registerCharger(server.admin, 'V16-NOW');
    const old = await RawStation.connect(`${server.ocppUrl}/V16-NOW`, { protocols: ['ocpp1.6'] });
    old.handle('SetChargingProfile', () => ({ status: 'Accepted' }));
    try {
      await station.call('StatusNotification', status(1, 1, 'Available'));
      await old.call('BootNotification', { chargePointVendor: 'Old', chargePointModel: 'One' });
      await old.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available' });
      await staleVersion('V201-NOW', '2.0.1', '1.6');
      await staleVersion('V16-NOW', '1.6', '2.0.1');
      const set = (chargerId: string) =>
        server.admin.request(SET_PROFILE, { input: { chargerId, connectorId: 1, profile: ABSOLUTE_WITHOUT_START } });

      expect((await set(newId)).expectError('BAD_USER_INPUT').message).toMatch(/K01\.FR\.40/);
      expect(station.received.filter((r) => r.action === 'SetChargingProfile')).toEqual([]);

      // OCPP 1.6 has no such rule (startSchedule is optional): sent as 1.6.
      expect((await set(oldId)).expectNoErrors().setChargingProfile.status).toBe('Accepted');
      expect(old.received.map((r) => r.action)).toEqual(['SetChargingProfile']);
      expect(old.received[0]!.payload).toMatchObject({ connectorId: 1, csChargingProfiles: { chargingProfileId: 20 } });
    } finally {
      await station.close();
      await old.close();
    }
  });
});
