import { describe, expect, it } from 'vitest';
import { profileProblems16, setChargingProfile16 } from './charging-limit.js';

const now = new Date('2026-12-05T10:00:00.000Z');

describe('charging limits as OCPP profiles', () => {
  it('a session limit is a 1.6 TxProfile for the transaction: Absolute, started a minute ago, first period at 0', () => {
    const req = setChargingProfile16(
      { purpose: 'SESSION', connectorId: 2, transactionId: 77, limitA: 6.375, phases: 3 },
      now,
    );
    expect(req).toEqual({
      connectorId: 2,
      csChargingProfiles: {
        chargingProfileId: 161_002,
        transactionId: 77,
        stackLevel: 1,
        chargingProfilePurpose: 'TxProfile',
        chargingProfileKind: 'Absolute',
        chargingSchedule: {
          startSchedule: '2026-12-05T09:59:00.000Z',
          chargingRateUnit: 'A',
          chargingSchedulePeriod: [{ startPeriod: 0, limit: 6.3, numberPhases: 3 }],
        },
      },
    });
    expect(profileProblems16(req)).toEqual([]);
  });

  it('the fallback is a TxDefaultProfile on connector 0 without a transaction', () => {
    const req = setChargingProfile16({ purpose: 'DEFAULT', connectorId: 0, limitA: 6, phases: 1 }, now);
    expect(req).toMatchObject({
      connectorId: 0,
      csChargingProfiles: { chargingProfileId: 160_000, chargingProfilePurpose: 'TxDefaultProfile' },
    });
    expect((req.csChargingProfiles as Record<string, unknown>).transactionId).toBeUndefined();
    expect(profileProblems16(req)).toEqual([]);
  });

  it("a 2.0.1 station's transaction id stays its own string (the 2.0.1 mapping spells the rest)", () => {
    const req = setChargingProfile16(
      { purpose: 'SESSION', connectorId: 1, transactionId: 'tx-abc', limitA: 10, phases: 3 },
      now,
    );
    expect(req).toMatchObject({
      connectorId: 1,
      csChargingProfiles: { chargingProfileId: 161_001, transactionId: 'tx-abc' },
    });
  });

  it('names what a strict charger would reject', () => {
    const bad = {
      connectorId: 0,
      csChargingProfiles: {
        chargingProfileId: 1,
        stackLevel: 0,
        chargingProfilePurpose: 'TxProfile',
        chargingProfileKind: 'Absolute',
        chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 60, limit: 6.25 }] },
      },
    };
    expect(profileProblems16(bad)).toEqual([
      'Absolute profile without startSchedule',
      'first period does not start at 0',
      'limit with more than one decimal',
      'TxProfile on connector 0',
      'TxProfile without transactionId',
    ]);
  });
});
