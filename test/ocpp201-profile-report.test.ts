import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCharger } from './kit/charger.js';
import { bootedStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';

// OCPP 2.0.1 K09 from a hand-written station: what ReportChargingProfiles says the station holds
// becomes Charger.chargingProfiles (new ones kept, unreported ones matching the request cleared),
// and a NoProfiles answer clears what matched the request.
let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const gql = (query: string, input: Record<string, unknown>) => server.admin.request(query, { input });
const SET_PROFILE = 'mutation($input: SetChargingProfileInput!) { setChargingProfile(input: $input) { status } }';
const REQUEST =
  'mutation($input: RequestChargingProfilesInput!) { requestChargingProfiles(input: $input) { status requestId } }';
const PROFILES = `query($o: String) { charger(ocppId: $o) { chargingProfiles {
  chargingProfileId connectorId purpose stackLevel chargingSchedule { chargingRateUnit chargingSchedulePeriod { limit } } } } }`;

// K01.FR.38: a station-wide maximum cannot be Relative, so it starts now.
const profile = (chargingProfileId: number, stackLevel: number, purpose = 'TX_DEFAULT_PROFILE') => ({
  chargingProfileId,
  stackLevel,
  purpose,
  kind: purpose === 'CHARGE_POINT_MAX_PROFILE' ? 'ABSOLUTE' : 'RELATIVE',
  chargingSchedule: {
    chargingRateUnit: 'A',
    chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }],
    ...(purpose === 'CHARGE_POINT_MAX_PROFILE' ? { startSchedule: new Date().toISOString() } : {}),
  },
});
const reported = (id: number, stackLevel: number, limit: number) => ({
  id,
  stackLevel,
  chargingProfilePurpose: 'TxDefaultProfile',
  chargingProfileKind: 'Relative',
  chargingSchedule: [{ id: 1, chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit }] }],
});

async function storedProfiles(ocppId: string) {
  const { charger } = (await server.admin.request(PROFILES, { o: ocppId })).expectNoErrors();
  return [...charger.chargingProfiles].sort((a: any, b: any) => a.chargingProfileId - b.chargingProfileId);
}

describe('OCPP 2.0.1 ReportChargingProfiles and Charger.chargingProfiles', () => {
  it('a multi-part report adds the profiles the CSMS did not know and clears the matching ones not reported', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-K09R');
    const station = await bootedStation(`${server.ocppUrl}/V201-K09R`);
    try {
      station.handle('SetChargingProfile', () => ({ status: 'Accepted' }));
      station.handle('GetChargingProfiles', () => ({ status: 'Accepted' }));
      for (const [connectorId, p] of [
        [1, profile(20, 0)],
        [1, profile(21, 1)],
        [0, profile(30, 0, 'CHARGE_POINT_MAX_PROFILE')],
      ] as const)
        (await gql(SET_PROFILE, { chargerId, connectorId, profile: p })).expectNoErrors();
      expect((await storedProfiles('V201-K09R')).map((p: any) => p.chargingProfileId)).toEqual([20, 21, 30]);

      const { requestChargingProfiles } = (
        await gql(REQUEST, { chargerId, connectorId: 1, purpose: 'TX_DEFAULT_PROFILE' })
      ).expectNoErrors();
      const { requestId } = requestChargingProfiles;
      const part = { requestId, chargingLimitSource: 'CSO', evseId: 1 };
      expect(
        await station.call('ReportChargingProfiles', { ...part, tbc: true, chargingProfile: [reported(21, 1, 16)] }),
      ).toEqual({});
      // Not the last part yet: nothing is cleared before the station has said everything.
      expect((await storedProfiles('V201-K09R')).map((p: any) => p.chargingProfileId)).toEqual([20, 21, 30]);
      expect(
        await station.call('ReportChargingProfiles', { ...part, tbc: false, chargingProfile: [reported(40, 2, 7400)] }),
      ).toEqual({});

      // 20 matched the request (EVSE 1, TxDefaultProfile) but no part reported it; 30 was not asked about.
      expect(await storedProfiles('V201-K09R')).toEqual([
        expect.objectContaining({ chargingProfileId: 21, connectorId: 1, purpose: 'TX_DEFAULT_PROFILE' }),
        expect.objectContaining({ chargingProfileId: 30, connectorId: 0, purpose: 'CHARGE_POINT_MAX_PROFILE' }),
        {
          chargingProfileId: 40,
          connectorId: 1,
          purpose: 'TX_DEFAULT_PROFILE',
          stackLevel: 2,
          chargingSchedule: { chargingRateUnit: 'W', chargingSchedulePeriod: [{ limit: 7400 }] },
        },
      ]);
    } finally {
      await station.close();
    }
  });

  it('NoProfiles clears every stored profile matching the request, and only those', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-K09N');
    const station = await bootedStation(`${server.ocppUrl}/V201-K09N`);
    try {
      station.handle('SetChargingProfile', () => ({ status: 'Accepted' }));
      station.handle('GetChargingProfiles', () => ({ status: 'NoProfiles' }));
      (await gql(SET_PROFILE, { chargerId, connectorId: 1, profile: profile(50, 0) })).expectNoErrors();
      (
        await gql(SET_PROFILE, { chargerId, connectorId: 0, profile: profile(51, 0, 'CHARGE_POINT_MAX_PROFILE') })
      ).expectNoErrors();

      const { requestChargingProfiles } = (
        await gql(REQUEST, { chargerId, purpose: 'CHARGE_POINT_MAX_PROFILE' })
      ).expectNoErrors();
      expect(requestChargingProfiles.status).toBe('NoProfiles');
      expect((await storedProfiles('V201-K09N')).map((p: any) => p.chargingProfileId)).toEqual([50]);

      (await gql(REQUEST, { chargerId })).expectNoErrors();
      expect(await storedProfiles('V201-K09N')).toEqual([]);
    } finally {
      await station.close();
    }
  });
});
