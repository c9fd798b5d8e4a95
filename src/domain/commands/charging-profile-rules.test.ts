import { describe, expect, it } from 'vitest';
import { k01Problems, scheduleProblems, type ProfileFacts } from './charging-profile-rules.js';

const profile = (over: Partial<ProfileFacts> = {}): ProfileFacts => ({
  chargingProfileId: 1,
  stackLevel: 0,
  chargingProfilePurpose: 'TxDefaultProfile',
  chargingProfileKind: 'Relative',
  chargingSchedule: { chargingSchedulePeriod: [{ startPeriod: 0 }] },
  ...over,
});
const rules = (p: ProfileFacts, opts: { running?: string | null; installed?: [number, ProfileFacts][] } = {}) =>
  k01Problems({
    connectorId: 1,
    profile: p,
    runningTransactionId: opts.running ?? null,
    installed: (opts.installed ?? []).map(([connectorId, profile]) => ({ connectorId, profile })),
  }).map((x) => x.message.split(':')[0]);

describe('K01 rules', () => {
  it('a schedule starts at 0 and counts up', () => {
    expect(scheduleProblems({ chargingSchedulePeriod: [{ startPeriod: 0 }, { startPeriod: 60 }] })).toEqual([]);
    expect(scheduleProblems({ chargingSchedulePeriod: [{ startPeriod: 5 }] })[0]!.message).toMatch(/^K01.FR.31/);
    expect(
      scheduleProblems({ chargingSchedulePeriod: [{ startPeriod: 0 }, { startPeriod: 60 }, { startPeriod: 60 }] })[0]!
        .message,
    ).toMatch(/^K01.FR.35/);
  });

  it('Absolute and Recurring need startSchedule; Relative has none', () => {
    expect(rules(profile({ chargingProfileKind: 'Absolute' }))).toEqual(['K01.FR.40']);
    const at = { startSchedule: '2026-12-05T00:00:00Z', chargingSchedulePeriod: [{ startPeriod: 0 }] };
    expect(rules(profile({ chargingProfileKind: 'Absolute', chargingSchedule: at }))).toEqual([]);
    expect(rules(profile({ chargingProfileKind: 'Relative', chargingSchedule: at }))).toEqual(['K01.FR.41']);
  });

  it('a station maximum is never Relative', () => {
    expect(rules(profile({ chargingProfilePurpose: 'ChargePointMaxProfile' }))).toEqual(['K01.FR.38']);
  });

  it('a TxProfile needs the transaction running on its EVSE', () => {
    const tx = profile({ chargingProfilePurpose: 'TxProfile' });
    expect(rules(tx)).toEqual(['K01.FR.03/K01.FR.09']);
    expect(rules(tx, { running: 'TX-1' })).toEqual([]);
    expect(rules({ ...tx, transactionId: 'TX-0' }, { running: 'TX-1' })).toEqual(['K01.FR.09']);
  });

  it('the same purpose and stack level on the same EVSE with overlapping validity is refused; the same id replaces', () => {
    const other = profile({ chargingProfileId: 2 });
    expect(rules(profile(), { installed: [[1, other]] })).toEqual(['K01.FR.06']);
    expect(rules(profile(), { installed: [[1, profile()]] })).toEqual([]); // K01.FR.05
    expect(rules(profile(), { installed: [[2, other]] })).toEqual([]); // another EVSE
    expect(rules(profile(), { installed: [[1, { ...other, stackLevel: 1 }]] })).toEqual([]);
    const january = { validFrom: '2027-01-01T00:00:00Z', validTo: '2027-02-01T00:00:00Z' };
    const march = { validFrom: '2027-03-01T00:00:00Z', validTo: '2027-04-01T00:00:00Z' };
    expect(rules(profile(march), { installed: [[1, { ...other, ...january }]] })).toEqual([]);
    expect(rules(profile({ validFrom: march.validFrom }), { installed: [[1, other]] })).toEqual(['K01.FR.06']);
  });

  it('two TxProfiles of one transaction may not share a stack level', () => {
    const tx = (id: number, transactionId: string) =>
      profile({ chargingProfileId: id, chargingProfilePurpose: 'TxProfile', transactionId });
    expect(rules(tx(1, 'TX-1'), { running: 'TX-1', installed: [[1, tx(2, 'TX-1')]] })).toEqual(['K01.FR.39']);
    expect(rules(tx(1, 'TX-1'), { running: 'TX-1', installed: [[1, tx(2, 'TX-0')]] })).toEqual([]);
  });
});
