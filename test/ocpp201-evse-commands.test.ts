import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCharger } from './kit/charger.js';
import { bootedStation, RawStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';
import { eventually } from './kit/wait.js';

// Commands that name one connector of an EVSE with several (a Type 2 socket and a CCS cable on
// EVSE 1), driven by a hand-written 2.0.1 station over a real socket: UnlockConnector (OCA TC_F_06),
// TriggerMessage StatusNotification (TC_F_23), and ChangeAvailability answered Scheduled while that
// connector is in use (TC_G_17), then back to Operative (TC_G_04, TC_G_06, TC_G_08).
let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const status = (evseId: number, connectorId: number, connectorStatus: string) => ({
  timestamp: new Date().toISOString(),
  connectorStatus,
  evseId,
  connectorId,
});

const chargerQuery = (ocppId: string, fields: string) =>
  server.admin.request(`{ charger(ocppId: "${ocppId}") { ${fields} } }`).then((r) => r.expectNoErrors().charger);

const sentTo = (station: RawStation, action: string) =>
  station.received.filter((c) => c.action === action).map((c) => c.payload);

const UNLOCK = 'mutation($input: ConnectorInput!) { unlockConnector(input: $input) { status accepted } }';
const TRIGGER = 'mutation($input: TriggerMessageInput!) { triggerMessage(input: $input) { status } }';
const CHANGE = 'mutation($input: ChangeAvailabilityInput!) { changeAvailability(input: $input) { status } }';

/** A registered, booted 2.0.1 station whose EVSE 1 holds two connectors and EVSE 2 one. */
async function twinStation(ocppId: string): Promise<{ chargerId: string; station: RawStation }> {
  const chargerId = await registerCharger(server.admin, ocppId);
  const station = await bootedStation(`${server.ocppUrl}/${ocppId}`);
  await station.call('StatusNotification', status(1, 1, 'Available'));
  await station.call('StatusNotification', status(1, 2, 'Available'));
  await station.call('StatusNotification', status(2, 1, 'Available'));
  return { chargerId, station };
}

describe('UnlockConnector and TriggerMessage name one connector of an EVSE', () => {
  it('2.0.1: connector 2 of EVSE 1 is unlocked (TC_F_06) and asked for its status, which then shows (TC_F_23, TC_F_24)', async () => {
    const { chargerId, station } = await twinStation('V201-PAIR-F');
    station.handle('UnlockConnector', () => ({ status: 'Unlocked' }));
    // F06: the station answers, then sends the StatusNotification asked for, of the connector asked for.
    let reportAs = 'Available';
    station.handle('TriggerMessage', (p: any) => {
      if (p.requestedMessage === 'StatusNotification')
        setImmediate(() =>
          station.call('StatusNotification', status(p.evse.id, p.evse.connectorId, reportAs)).catch(() => {}),
        );
      return { status: 'Accepted' };
    });
    const history = async () =>
      (
        await chargerQuery(
          'V201-PAIR-F',
          'statusHistory(first: 1) { edges { node { connectorId evseConnectorId status } } }',
        )
      ).statusHistory.edges[0].node;
    try {
      const unlock = (input: Record<string, unknown>) =>
        server.admin.request(UNLOCK, { input: { chargerId, connectorId: 1, ...input } });
      expect((await unlock({ evseConnectorId: 2 })).expectNoErrors().unlockConnector).toEqual({
        status: 'Unlocked',
        accepted: true,
      });
      expect((await unlock({})).expectNoErrors().unlockConnector.status).toBe('Unlocked');
      (await unlock({ evseConnectorId: 0 })).expectError('BAD_USER_INPUT');
      expect(sentTo(station, 'UnlockConnector')).toEqual([
        { evseId: 1, connectorId: 2 },
        { evseId: 1, connectorId: 1 },
      ]);

      const trigger = (input: Record<string, unknown>) =>
        server.admin.request(TRIGGER, { input: { chargerId, message: 'STATUS_NOTIFICATION', ...input } });
      // TC_F_23: the triggered report (Available) of connector 2 arrives, after EVSE 2's own last one.
      expect((await trigger({ connectorId: 1, evseConnectorId: 2 })).expectNoErrors().triggerMessage.status).toBe(
        'Accepted',
      );
      await eventually(history, (h) => h.evseConnectorId === 2);
      expect(await history()).toEqual({ connectorId: 1, evseConnectorId: 2, status: 'AVAILABLE' });
      // TC_F_24: the same with a car on that connector.
      reportAs = 'Occupied';
      expect((await trigger({ connectorId: 1, evseConnectorId: 2 })).expectNoErrors().triggerMessage.status).toBe(
        'Accepted',
      );
      const evses = await eventually(
        () => chargerQuery('V201-PAIR-F', 'evses { evseId connectors { connectorId status } }'),
        (c) => c.evses[0].connectors[1].status === 'PREPARING',
      );
      expect(evses.evses[0].connectors).toEqual([
        { connectorId: 1, status: 'AVAILABLE' },
        { connectorId: 2, status: 'PREPARING' },
      ]);
      expect((await trigger({ connectorId: 2 })).expectNoErrors().triggerMessage.status).toBe('Accepted');
      // Refused before anything is sent: a connector the EVSE does not have, or no EVSE to hold it.
      expect((await trigger({ connectorId: 1, evseConnectorId: 3 })).expectError('BAD_USER_INPUT').message).toMatch(
        /no connector 3/,
      );
      (await trigger({ evseConnectorId: 2 })).expectError('BAD_USER_INPUT');
      expect(sentTo(station, 'TriggerMessage')).toEqual([
        { requestedMessage: 'StatusNotification', evse: { id: 1, connectorId: 2 } },
        { requestedMessage: 'StatusNotification', evse: { id: 1, connectorId: 2 } },
        { requestedMessage: 'StatusNotification', evse: { id: 2, connectorId: 1 } },
      ]);
    } finally {
      await station.close();
    }
  });

  it('1.6: connector 1 of an EVSE is the connector itself; another cannot be carried', async () => {
    const chargerId = await registerCharger(server.admin, 'V16-PAIR-F');
    const station = await RawStation.connect(`${server.ocppUrl}/V16-PAIR-F`, { protocols: ['ocpp1.6'] });
    station.handle('UnlockConnector', () => ({ status: 'Unlocked' }));
    station.handle('TriggerMessage', () => ({ status: 'Accepted' }));
    try {
      await station.call('BootNotification', { chargePointVendor: 'Old', chargePointModel: 'One' });
      await station.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available' });
      const unlock = (evseConnectorId: number) =>
        server.admin.request(UNLOCK, { input: { chargerId, connectorId: 1, evseConnectorId } });
      (await unlock(2)).expectError('NOT_SUPPORTED_BY_PROTOCOL');
      expect((await unlock(1)).expectNoErrors().unlockConnector.status).toBe('Unlocked');
      const trigger = (message: string, evseConnectorId: number) =>
        server.admin.request(TRIGGER, { input: { chargerId, message, connectorId: 1, evseConnectorId } });
      // Still the 1.6 name on the wire (2.0.1's LogStatusNotification is 1.6's DiagnosticsStatusNotification).
      expect((await trigger('LOG_STATUS_NOTIFICATION', 1)).expectNoErrors().triggerMessage.status).toBe('Accepted');
      expect((await trigger('STATUS_NOTIFICATION', 2)).expectError('BAD_USER_INPUT').message).toMatch(/no connector 2/);
      expect(station.received.map((c) => [c.action, c.payload])).toEqual([
        ['UnlockConnector', { connectorId: 1 }],
        ['TriggerMessage', { requestedMessage: 'DiagnosticsStatusNotification', connectorId: 1 }],
      ]);
    } finally {
      await station.close();
    }
  });
});

const MARKS = `connectors { connectorId scheduledAvailability }
  evses { evseId connectors { connectorId status scheduledAvailability } }`;

describe('ChangeAvailability answered Scheduled, and back to Operative', () => {
  it('one connector of several keeps its own mark until its status shows the change (TC_G_17); Operative again (TC_G_08)', async () => {
    const { chargerId, station } = await twinStation('V201-PAIR-G');
    let answer = 'Scheduled';
    station.handle('ChangeAvailability', () => ({ status: answer }));
    const marks = () => chargerQuery('V201-PAIR-G', MARKS);
    const change = async (input: Record<string, unknown>) =>
      (await server.admin.request(CHANGE, { input: { chargerId, ...input } })).expectNoErrors().changeAvailability
        .status;
    try {
      // A car charges on the CCS (connector 2): the station makes it Inoperative once that ends.
      await station.call('StatusNotification', status(1, 2, 'Occupied'));
      expect(await change({ connectorId: 1, evseConnectorId: 2, type: 'INOPERATIVE' })).toBe('Scheduled');
      expect(await marks()).toEqual({
        connectors: [
          { connectorId: 1, scheduledAvailability: null },
          { connectorId: 2, scheduledAvailability: null },
        ],
        evses: [
          {
            evseId: 1,
            connectors: [
              { connectorId: 1, status: 'AVAILABLE', scheduledAvailability: null },
              { connectorId: 2, status: 'PREPARING', scheduledAvailability: 'INOPERATIVE' },
            ],
          },
          { evseId: 2, connectors: [{ connectorId: 1, status: 'AVAILABLE', scheduledAvailability: null }] },
        ],
      });

      // The other connector going Unavailable is not this one's change; this one's Unavailable is.
      await station.call('StatusNotification', status(1, 1, 'Unavailable'));
      expect((await marks()).evses[0].connectors[1].scheduledAvailability).toBe('INOPERATIVE');
      await station.call('StatusNotification', status(1, 2, 'Unavailable'));
      const applied = await eventually(marks, (m) => m.evses[0].connectors[1].scheduledAvailability === null);
      expect(applied.evses[0].connectors[1]).toEqual({
        connectorId: 2,
        status: 'UNAVAILABLE',
        scheduledAvailability: null,
      });

      // TC_G_08: back to Operative, that connector alone; Accepted leaves no mark.
      answer = 'Accepted';
      expect(await change({ connectorId: 1, evseConnectorId: 2, type: 'OPERATIVE' })).toBe('Accepted');
      await station.call('StatusNotification', status(1, 2, 'Available'));
      expect((await marks()).evses[0].connectors[1]).toEqual({
        connectorId: 2,
        status: 'AVAILABLE',
        scheduledAvailability: null,
      });

      // An Accepted answer clears a mark still waiting on that connector.
      answer = 'Scheduled';
      expect(await change({ connectorId: 1, evseConnectorId: 1, type: 'OPERATIVE' })).toBe('Scheduled');
      expect((await marks()).evses[0].connectors[0].scheduledAvailability).toBe('OPERATIVE');
      answer = 'Accepted';
      expect(await change({ connectorId: 1, evseConnectorId: 1, type: 'OPERATIVE' })).toBe('Accepted');
      expect((await marks()).evses[0].connectors[0].scheduledAvailability).toBeNull();

      expect(sentTo(station, 'ChangeAvailability')).toEqual([
        { operationalStatus: 'Inoperative', evse: { id: 1, connectorId: 2 } },
        { operationalStatus: 'Operative', evse: { id: 1, connectorId: 2 } },
        { operationalStatus: 'Operative', evse: { id: 1, connectorId: 1 } },
        { operationalStatus: 'Operative', evse: { id: 1, connectorId: 1 } },
      ]);
    } finally {
      await station.close();
    }
  });

  it('a whole EVSE (TC_G_11, TC_G_04) and the station (TC_G_06): the EVSE’s mark shows on its connectors', async () => {
    const { chargerId, station } = await twinStation('V201-PAIR-E');
    let answer = 'Scheduled';
    station.handle('ChangeAvailability', () => ({ status: answer }));
    const marks = () => chargerQuery('V201-PAIR-E', MARKS);
    const change = async (input: Record<string, unknown>) =>
      (await server.admin.request(CHANGE, { input: { chargerId, ...input } })).expectNoErrors().changeAvailability
        .status;
    try {
      await station.call('StatusNotification', status(2, 1, 'Occupied'));
      expect(await change({ connectorId: 2, type: 'INOPERATIVE' })).toBe('Scheduled');
      const waiting = await marks();
      expect(waiting.connectors[1]).toEqual({ connectorId: 2, scheduledAvailability: 'INOPERATIVE' });
      expect(waiting.evses[1].connectors).toEqual([
        { connectorId: 1, status: 'PREPARING', scheduledAvailability: 'INOPERATIVE' },
      ]);
      await station.call('StatusNotification', status(2, 1, 'Unavailable'));
      await eventually(marks, (m) => m.connectors[1].scheduledAvailability === null);
      expect((await marks()).evses[1].connectors[0].scheduledAvailability).toBeNull();

      // TC_G_04 and TC_G_06: Inoperative to Operative, the EVSE and then the whole station.
      answer = 'Accepted';
      expect(await change({ connectorId: 2, type: 'OPERATIVE' })).toBe('Accepted');
      expect(await change({ connectorId: 0, type: 'INOPERATIVE' })).toBe('Accepted');
      expect(await change({ connectorId: 0, type: 'OPERATIVE' })).toBe('Accepted');
      expect(sentTo(station, 'ChangeAvailability')).toEqual([
        { operationalStatus: 'Inoperative', evse: { id: 2 } },
        { operationalStatus: 'Operative', evse: { id: 2 } },
        { operationalStatus: 'Inoperative' },
        { operationalStatus: 'Operative' },
      ]);
    } finally {
      await station.close();
    }
  });
});
