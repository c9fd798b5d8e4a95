// The OCPP 2.0.1 K01 rules a CSMS must keep when it sends SetChargingProfile, checked before
// anything is sent (pure: the caller reads the installed profiles and the EVSE's transaction).
// Rule ids are OCPP 2.0.1 Part 2, use case K01; each problem names the rule it breaks.
import type { FieldProblem } from '../errors.js';

export interface ScheduleFacts {
  startSchedule?: string;
  chargingSchedulePeriod: { startPeriod: number }[];
}

export interface ProfileFacts {
  chargingProfileId: number;
  stackLevel: number;
  chargingProfilePurpose: string;
  chargingProfileKind: string;
  transactionId?: number | string;
  validFrom?: string;
  validTo?: string;
  chargingSchedule: ScheduleFacts;
}

/** A profile the charger accepted and still holds, where it is installed. */
export interface InstalledProfile {
  connectorId: number;
  profile: ProfileFacts;
}

/**
 * Version-neutral schedule rules (1.6 §7.13 says the same of startPeriod): the first period starts
 * at 0 (K01.FR.31) and periods follow in increasing order of startPeriod (K01.FR.35).
 */
export function scheduleProblems(schedule: ScheduleFacts): FieldProblem[] {
  const periods = schedule.chargingSchedulePeriod;
  const problems: FieldProblem[] = [];
  if (!periods.length) problems.push({ field: 'chargingSchedulePeriod', message: 'needs at least one period' });
  else if (periods[0]!.startPeriod !== 0)
    problems.push({
      field: 'chargingSchedulePeriod',
      message: `K01.FR.31: the first period must start at 0, not ${periods[0]!.startPeriod}`,
    });
  if (periods.some((p, i) => i > 0 && p.startPeriod <= periods[i - 1]!.startPeriod))
    problems.push({
      field: 'chargingSchedulePeriod',
      message: 'K01.FR.35: periods must be in increasing order of startPeriod',
    });
  return problems;
}

const time = (iso: string | undefined, fallback: number) => (iso ? Date.parse(iso) : fallback);

/** Validity periods overlap; an absent bound is open (valid from now on, or forever). */
function overlaps(a: ProfileFacts, b: ProfileFacts): boolean {
  return (
    time(a.validFrom, -Infinity) < time(b.validTo, Infinity) && time(b.validFrom, -Infinity) < time(a.validTo, Infinity)
  );
}

/**
 * The 2.0.1 rules beyond the schedule's shape, for a profile to be set on `connectorId` (the EVSE;
 * 0 is the station). `transactionId` of a TxProfile is the station's own id of the transaction
 * running on that EVSE (null when none is). Unlike 1.6, where a profile with the same purpose and
 * stack level replaces the installed one, 2.0.1 stations reject it: refused here, with the rule.
 */
export function k01Problems(input: {
  connectorId: number;
  profile: ProfileFacts;
  runningTransactionId: string | null;
  installed: InstalledProfile[];
}): FieldProblem[] {
  const { profile, connectorId } = input;
  const problems: FieldProblem[] = [...scheduleProblems(profile.chargingSchedule)];
  const add = (field: string, message: string) => problems.push({ field, message });
  const kind = profile.chargingProfileKind;
  const purpose = profile.chargingProfilePurpose;
  if ((kind === 'Absolute' || kind === 'Recurring') && !profile.chargingSchedule.startSchedule)
    add('startSchedule', `K01.FR.40: an ${kind.toUpperCase()} profile needs startSchedule`);
  if (kind === 'Relative' && profile.chargingSchedule.startSchedule)
    add('startSchedule', 'K01.FR.41: a RELATIVE profile has no startSchedule');
  if (purpose === 'ChargePointMaxProfile' && kind === 'Relative')
    add('kind', 'K01.FR.38: a CHARGE_POINT_MAX_PROFILE cannot be RELATIVE');
  if (purpose === 'TxProfile') {
    if (input.runningTransactionId === null)
      add('purpose', `K01.FR.03/K01.FR.09: a TX_PROFILE needs a transaction running on EVSE ${connectorId}`);
    else if (profile.transactionId !== undefined && String(profile.transactionId) !== input.runningTransactionId)
      add(
        'transactionId',
        `K01.FR.09: transaction ${profile.transactionId} is not the one running on EVSE ${connectorId} (${input.runningTransactionId})`,
      );
  }
  for (const other of input.installed) {
    const p = other.profile;
    // K01.FR.05: the same id replaces the installed profile.
    if (p.chargingProfileId === profile.chargingProfileId) continue;
    if (p.chargingProfilePurpose !== purpose || p.stackLevel !== profile.stackLevel) continue;
    if (purpose === 'TxProfile') {
      if (input.runningTransactionId !== null && String(p.transactionId) === input.runningTransactionId)
        add(
          'stackLevel',
          `K01.FR.39: profile ${p.chargingProfileId} already has stack level ${p.stackLevel} for this transaction`,
        );
    } else if (other.connectorId === connectorId && overlaps(p, profile))
      add(
        'stackLevel',
        `K01.FR.06: profile ${p.chargingProfileId} already has purpose ${purpose} and stack level ${p.stackLevel} on EVSE ${connectorId} for an overlapping validity period; clear it first or use another stack level`,
      );
  }
  return problems;
}
