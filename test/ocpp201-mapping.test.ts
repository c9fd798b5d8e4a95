import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCharger } from './kit/charger.js';
import { bootedStation, type RawStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';

// Each existing GraphQL command, sent to a hand-written 2.0.1 station: what arrives on the wire is
// the 2.0.1 request (OCPP 2.0.1 Part 2 F05, G03-G05, C11, D01/D02, H01/H02, K05/K08, L01, N01) and the
// station's answer comes back through the same CommandResult as for 1.6.
let server: TestServer;
let station: RawStation;
let chargerId: string;
beforeAll(async () => {
  server = await startServer();
  chargerId = await registerCharger(server.admin, 'V201-MAP');
  station = await bootedStation(`${server.ocppUrl}/V201-MAP`);
  for (const action of [
    'UnlockConnector',
    'ChangeAvailability',
    'ClearCache',
    'SendLocalList',
    'GetLocalListVersion',
    'ReserveNow',
    'CancelReservation',
    'ClearChargingProfile',
    'GetCompositeSchedule',
    'UpdateFirmware',
    'GetLog',
  ])
    station.handle(action, (p: any) => ANSWERS[action]?.(p) ?? { status: 'Accepted' });
  await server.admin.request('mutation { createIdTag(input: { value: "MAP-TAG" }) { id } }');
});
afterAll(async () => {
  await station?.close();
  await server?.stop();
});

const ANSWERS: Record<string, (p: any) => Record<string, unknown>> = {
  UnlockConnector: () => ({ status: 'Unlocked' }),
  GetLocalListVersion: () => ({ versionNumber: 7 }),
  GetCompositeSchedule: (p) => ({
    status: 'Accepted',
    schedule: {
      evseId: p.evseId,
      duration: p.duration,
      scheduleStart: '2026-12-05T12:00:00.000Z',
      chargingRateUnit: 'A',
      chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }],
    },
  }),
  GetLog: () => ({ status: 'Accepted', filename: 'log-1.tgz' }),
};

/** Sends the mutation and returns what the station received for it, and the mutation's result. */
async function sent(mutation: string, input: Record<string, unknown>) {
  const before = station.received.length;
  const data = (await server.admin.request(mutation, { input: { chargerId, ...input } })).expectNoErrors();
  const got = station.received.slice(before);
  expect(got).toHaveLength(1);
  return { ...got[0]!, result: Object.values(data)[0] as any };
}

describe('the GraphQL commands on a 2.0.1 station', () => {
  it('unlockConnector and changeAvailability (station and EVSE)', async () => {
    const unlock = await sent(
      'mutation($input: ConnectorInput!) { unlockConnector(input: $input) { status accepted } }',
      { connectorId: 2 },
    );
    expect(unlock).toMatchObject({
      action: 'UnlockConnector',
      payload: { evseId: 2, connectorId: 1 },
      result: { status: 'Unlocked', accepted: true },
    });
    const CHANGE = 'mutation($input: ChangeAvailabilityInput!) { changeAvailability(input: $input) { status } }';
    expect(await sent(CHANGE, { connectorId: 0, type: 'INOPERATIVE' })).toMatchObject({
      action: 'ChangeAvailability',
      payload: { operationalStatus: 'Inoperative' },
    });
    expect((await sent(CHANGE, { connectorId: 1, type: 'OPERATIVE' })).payload).toEqual({
      operationalStatus: 'Operative',
      evse: { id: 1 },
    });
  });

  it('clearCache, sendLocalList and getLocalListVersion', async () => {
    expect(
      await sent('mutation($input: ChargerCommandInput!) { clearCache(input: $input) { status } }', {}),
    ).toMatchObject({ action: 'ClearCache', payload: {} });
    const list = await sent('mutation($input: SendLocalListInput!) { sendLocalList(input: $input) { status } }', {
      updateType: 'FULL',
    });
    expect(list.action).toBe('SendLocalList');
    expect(list.payload).toMatchObject({ updateType: 'Full', versionNumber: expect.any(Number) });
    expect(list.payload.localAuthorizationList).toContainEqual({
      idToken: { idToken: 'MAP-TAG', type: 'Central' },
      idTokenInfo: { status: 'Accepted' },
    });
    const version = await sent(
      'mutation($input: ChargerCommandInput!) { getLocalListVersion(input: $input) { listVersion } }',
      {},
    );
    expect(version).toMatchObject({ action: 'GetLocalListVersion', result: { listVersion: 7 } });
  });

  it('reserveNow on any EVSE and cancelReservation', async () => {
    const expiresAt = new Date(Date.now() + 600_000).toISOString();
    const reserve = await sent(
      'mutation($input: ReserveNowInput!) { reserveNow(input: $input) { id reservationId status } }',
      { connectorId: 0, idTag: 'MAP-TAG', expiresAt },
    );
    expect(reserve.payload).toEqual({
      id: reserve.result.reservationId,
      expiryDateTime: expiresAt,
      idToken: { idToken: 'MAP-TAG', type: 'Central' },
    });
    const before = station.received.length;
    (
      await server.admin.request(
        'mutation($input: CancelReservationInput!) { cancelReservation(input: $input) { status } }',
        { input: { id: reserve.result.id } },
      )
    ).expectNoErrors();
    expect(station.received.slice(before)).toEqual([
      { action: 'CancelReservation', payload: { reservationId: reserve.result.reservationId } },
    ]);
  });

  it('clearChargingProfile and getCompositeSchedule', async () => {
    const clear = await sent(
      'mutation($input: ClearChargingProfileInput!) { clearChargingProfile(input: $input) { status } }',
      { connectorId: 1, purpose: 'TX_DEFAULT_PROFILE', stackLevel: 2 },
    );
    expect(clear.payload).toEqual({
      chargingProfileCriteria: { evseId: 1, chargingProfilePurpose: 'TxDefaultProfile', stackLevel: 2 },
    });
    const byId = await sent(
      'mutation($input: ClearChargingProfileInput!) { clearChargingProfile(input: $input) { status } }',
      { chargingProfileId: 10 },
    );
    expect(byId.payload).toEqual({ chargingProfileId: 10 });
    const composite = await sent(
      'mutation($input: GetCompositeScheduleInput!) { getCompositeSchedule(input: $input) { status compositeSchedule { connectorId scheduleStart chargingSchedule { duration chargingRateUnit chargingSchedulePeriod { startPeriod limit } } } } }',
      { connectorId: 1, duration: 3600, chargingRateUnit: 'A' },
    );
    expect(composite.payload).toEqual({ evseId: 1, duration: 3600, chargingRateUnit: 'A' });
    // The answer reads as 1.6's, whatever the version.
    expect(composite.result).toEqual({
      status: 'Accepted',
      compositeSchedule: {
        connectorId: 1,
        scheduleStart: '2026-12-05T12:00:00.000Z',
        chargingSchedule: {
          duration: 3600,
          chargingRateUnit: 'A',
          chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }],
        },
      },
    });
  });

  it('updateFirmware and getDiagnostics (GetLog)', async () => {
    const firmware = await sent('mutation($input: UpdateFirmwareInput!) { updateFirmware(input: $input) { status } }', {
      location: 'https://example.com/fw.bin',
    });
    expect(firmware.payload).toMatchObject({
      requestId: expect.any(Number),
      firmware: { location: 'https://example.com/fw.bin', retrieveDateTime: expect.any(String) },
    });
    const log = await sent(
      'mutation($input: GetDiagnosticsInput!) { getDiagnostics(input: $input) { status fileName } }',
      {
        location: 'https://example.com/upload',
      },
    );
    expect(log.payload).toMatchObject({
      logType: 'DiagnosticsLog',
      requestId: expect.any(Number),
      log: { remoteLocation: 'https://example.com/upload' },
    });
    expect(log.result.fileName).toBe('log-1.tgz');
  });
});
