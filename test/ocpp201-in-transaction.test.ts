import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESERVE_NOW } from './commands-kit.js';
import { registerCharger } from './kit/charger.js';
import { anIdTag } from './kit/ocpp.js';
import { bootedStation, type RawStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';

// What a hand-written 2.0.1 station's transactions meet: a reservation its Started event uses
// (OCPP 2.0.1 H01) and a Reset while it charges (TC_B_21 OnIdle, TC_B_22 Immediate,
// TC_B_26/TC_B_27 of one EVSE).
let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const now = () => new Date().toISOString();
const RESET = 'mutation($input: ResetInput!) { reset(input: $input) { status accepted } }';

const started = (station: RawStation, transactionId: string, extra: Record<string, unknown> = {}) =>
  station.call('TransactionEvent', {
    eventType: 'Started',
    timestamp: now(),
    triggerReason: 'Authorized',
    seqNo: 0,
    transactionInfo: { transactionId, chargingState: 'Charging' },
    evse: { id: 1, connectorId: 1 },
    idToken: { idToken: 'RFID-TX', type: 'ISO14443' },
    ...extra,
  });

async function sessionsOf(ocppId: string): Promise<any[]> {
  const { charger } = (
    await server.admin.request(
      `{ charger(ocppId: "${ocppId}") { sessions(first: 5) { edges { node { transactionId status stopReason } } } } }`,
    )
  ).expectNoErrors();
  return charger.sessions.edges.map((e: any) => e.node);
}

describe('OCPP 2.0.1 transactions meeting reservations and resets', () => {
  beforeAll(() => anIdTag(server, 'RFID-TX'));

  it('a Started event carrying the reservationId uses the reservation (H01)', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-H07');
    const station = await bootedStation(`${server.ocppUrl}/V201-H07`);
    station.handle('ReserveNow', () => ({ status: 'Accepted' }));
    try {
      const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
      const { reserveNow } = (
        await server.admin.request(RESERVE_NOW, { input: { chargerId, connectorId: 1, idTag: 'RFID-TX', expiresAt } })
      ).expectNoErrors();
      expect(reserveNow.status).toBe('ACTIVE');
      await started(station, 'TX-H07', { reservationId: reserveNow.reservationId });
      const { node } = (
        await server.admin.request('query($id: ID!) { node(id: $id) { ... on Reservation { status } } }', {
          id: reserveNow.id,
        })
      ).expectNoErrors();
      expect(node.status).toBe('USED');
      expect(await sessionsOf('V201-H07')).toEqual([{ transactionId: 'TX-H07', status: 'ACTIVE', stopReason: null }]);
    } finally {
      await station.close();
    }
  });

  it('a Reset while a transaction runs: OnIdle is Scheduled (TC_B_21), Immediate ends it by the station’s word (TC_B_22)', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-B21');
    const station = await bootedStation(`${server.ocppUrl}/V201-B21`);
    // A station with a transaction running waits for it on OnIdle and answers Scheduled (B11, B12).
    station.handle('Reset', (p: any) => ({ status: p.type === 'OnIdle' ? 'Scheduled' : 'Accepted' }));
    try {
      await station.call('StatusNotification', {
        timestamp: now(),
        connectorStatus: 'Occupied',
        evseId: 1,
        connectorId: 1,
      });
      await started(station, 'TX-B21');
      const reset = async (input: Record<string, unknown>) =>
        (await server.admin.request(RESET, { input: { chargerId, ...input } })).expectNoErrors().reset;
      expect(await reset({ type: 'SOFT' })).toEqual({ status: 'Scheduled', accepted: true });
      expect(await reset({ type: 'SOFT', evseId: 1 })).toEqual({ status: 'Scheduled', accepted: true });
      // The session goes on: only the station's own Ended event ends it.
      expect(await sessionsOf('V201-B21')).toEqual([{ transactionId: 'TX-B21', status: 'ACTIVE', stopReason: null }]);

      expect(await reset({ type: 'HARD', evseId: 1 })).toEqual({ status: 'Accepted', accepted: true });
      expect(await reset({ type: 'HARD' })).toEqual({ status: 'Accepted', accepted: true });
      expect(station.received.filter((r) => r.action === 'Reset').map((r) => r.payload)).toEqual([
        { type: 'OnIdle' },
        { type: 'OnIdle', evseId: 1 },
        { type: 'Immediate', evseId: 1 },
        { type: 'Immediate' },
      ]);
      await station.call('TransactionEvent', {
        eventType: 'Ended',
        timestamp: now(),
        triggerReason: 'ResetCommand',
        seqNo: 1,
        transactionInfo: { transactionId: 'TX-B21', stoppedReason: 'ImmediateReset' },
      });
      expect(await sessionsOf('V201-B21')).toEqual([
        { transactionId: 'TX-B21', status: 'COMPLETED', stopReason: 'IMMEDIATE_RESET' },
      ]);
    } finally {
      await station.close();
    }
  });
});
