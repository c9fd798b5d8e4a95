// Charging profiles as a strict charge point keeps them (OCPP 1.6 §3.13, §5.16): one limit per
// purpose, the transaction's TxProfile above the TxDefaultProfile, ChargePointMaxProfile over both.
// Only the first period counts (the server's load management sends one open-ended period).
import { NOMINAL_VOLTAGE, PHASES } from './meter.js';

export interface ProfileLimits {
  /** Amperes per phase; undefined = no profile of that purpose. */
  chargePointMaxA?: number;
  txDefaultA?: number;
  txA?: number;
}

export interface ChargingProfile {
  chargingProfilePurpose?: string;
  chargingProfileKind?: string;
  transactionId?: number | string;
  chargingSchedule?: {
    startSchedule?: string;
    chargingRateUnit?: string;
    chargingSchedulePeriod?: { startPeriod: number; limit: number; numberPhases?: number }[];
  };
}

/** Why a strict charger refuses the profile, or null. The mistakes peers' trackers show chargers rejecting. */
export function profileProblem(
  profile: ChargingProfile,
  at: { connectorId: number; transactionId: number | string | null | undefined },
): string | null {
  const periods = profile.chargingSchedule?.chargingSchedulePeriod ?? [];
  if (!periods.length || periods[0]!.startPeriod !== 0) return 'the first period must start at 0';
  if (profile.chargingProfileKind === 'Absolute' && !profile.chargingSchedule?.startSchedule)
    return 'an Absolute profile needs a startSchedule';
  if (profile.chargingProfilePurpose === 'TxProfile') {
    if (at.connectorId === 0) return 'a TxProfile needs a connector';
    if (at.transactionId == null) return 'a TxProfile needs a running transaction';
    if (profile.transactionId !== undefined && profile.transactionId !== at.transactionId)
      return 'the TxProfile names another transaction';
  }
  return null;
}

/** The first period's limit in A per phase (a W limit is spread over its phases at 230 V). */
export function limitAOf(profile: ChargingProfile): number | null {
  const period = profile.chargingSchedule?.chargingSchedulePeriod?.[0];
  if (!period) return null;
  if (profile.chargingSchedule?.chargingRateUnit === 'A') return period.limit;
  return period.limit / (NOMINAL_VOLTAGE * (period.numberPhases ?? PHASES));
}

export function applyLimit(limits: ProfileLimits, profile: ChargingProfile): void {
  const a = limitAOf(profile);
  if (a === null) return;
  if (profile.chargingProfilePurpose === 'TxProfile') limits.txA = a;
  else if (profile.chargingProfilePurpose === 'ChargePointMaxProfile') limits.chargePointMaxA = a;
  else limits.txDefaultA = a;
}

/** What the connector may draw per phase now: TxProfile during a transaction, else the default; capped by the max. */
export function effectiveLimitA(limits: ProfileLimits, charging: boolean): number {
  const tx = charging ? (limits.txA ?? limits.txDefaultA) : limits.txDefaultA;
  return Math.min(tx ?? Infinity, limits.chargePointMaxA ?? Infinity);
}

export function clearLimits(limits: ProfileLimits, purpose?: string): boolean {
  const before = JSON.stringify(limits);
  if (!purpose || purpose === 'TxProfile') delete limits.txA;
  if (!purpose || purpose === 'TxDefaultProfile') delete limits.txDefaultA;
  if (!purpose || purpose === 'ChargePointMaxProfile') delete limits.chargePointMaxA;
  return JSON.stringify(limits) !== before;
}
