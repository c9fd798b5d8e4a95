// What load management asks of a charger, version-neutral, in OCPP 1.6's spelling (a 2.0.1 station gets it mapped).
// Pure. The profiles are built to pass the smart-charging rules chargers enforce (OCPP 2.0.1 K01
// and their OCPP 1.6 §3.13 / §5.16 counterparts), the ones peers' trackers show as rejections:
// 1. Absolute with a startSchedule (K01.FR.40), a minute in the past so a charger whose clock lags
//    does not wait for it; one open-ended period (no duration).
// 2. The first period starts at 0 (K01.FR.31; 1.6 §7.13 "first period at 0").
// 3. A TxProfile names the running transaction and a real connector/EVSE (K01.FR.03/16; 1.6 §3.13.3);
//    the charger's default (TxDefaultProfile) goes to connector 0, i.e. every connector.
// 4. One fixed id per connector and purpose, one fixed stack level: a new limit replaces the last
//    (1.6 §3.13.2, K01.FR.05) instead of piling up, and never collides on stack level with itself.
// 5. Amperes per phase with one decimal (1.6 §7.13), never negative; numberPhases 1 or 3.

export type LimitPurpose = 'SESSION' | 'DEFAULT';

export interface ChargingLimit {
  purpose: LimitPurpose;
  /** 0 for DEFAULT (the whole charger); the connector (1.6) or EVSE (2.0.1) for SESSION. */
  connectorId: number;
  /** The transaction the SESSION limit is for: 1.6 integer, 2.0.1 the station's string. */
  transactionId?: number | string | null;
  limitA: number;
  phases: 1 | 3;
}

/** Our profiles' ids and stack level; setChargingProfile users should stay clear of this range. */
export const PROFILE_ID_BASE = 160_000;
export const PROFILE_STACK_LEVEL = 1;
const CLOCK_SKEW_MS = 60_000;

export function profileIdOf(limit: Pick<ChargingLimit, 'purpose' | 'connectorId'>): number {
  return PROFILE_ID_BASE + (limit.purpose === 'DEFAULT' ? 0 : 1000) + limit.connectorId;
}

function schedule(limit: ChargingLimit, now: Date) {
  return {
    startSchedule: new Date(now.getTime() - CLOCK_SKEW_MS).toISOString(),
    chargingRateUnit: 'A',
    chargingSchedulePeriod: [{ startPeriod: 0, limit: tenths(limit.limitA), numberPhases: limit.phases }],
  };
}

/** OCPP 1.6 SetChargingProfile.req. */
export function setChargingProfile16(limit: ChargingLimit, now: Date): Record<string, unknown> {
  const tx = limit.purpose === 'SESSION';
  return {
    connectorId: tx ? limit.connectorId : 0,
    csChargingProfiles: {
      chargingProfileId: profileIdOf(limit),
      // A 2.0.1 station's own (string) id stays as it is: ocpp/v201/commands.ts spells the rest for 2.0.1.
      ...(tx
        ? { transactionId: typeof limit.transactionId === 'string' ? limit.transactionId : Number(limit.transactionId) }
        : {}),
      stackLevel: PROFILE_STACK_LEVEL,
      chargingProfilePurpose: tx ? 'TxProfile' : 'TxDefaultProfile',
      chargingProfileKind: 'Absolute',
      chargingSchedule: schedule(limit, now),
    },
  };
}

/**
 * The rules above as a checker of a 1.6 request: what a strict charger would reject, in words.
 * The builder's output must pass it (unit test); it also guards profiles built elsewhere.
 */
export function profileProblems16(req: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const p = req.csChargingProfiles as Record<string, any> | undefined;
  if (!p) return ['csChargingProfiles missing'];
  const s = p.chargingSchedule as Record<string, any> | undefined;
  const periods = (s?.chargingSchedulePeriod ?? []) as { startPeriod: number; limit: number; numberPhases?: number }[];
  if (p.chargingProfileKind === 'Absolute' && !s?.startSchedule)
    problems.push('Absolute profile without startSchedule');
  if (p.chargingProfileKind === 'Relative' && s?.startSchedule) problems.push('Relative profile with a startSchedule');
  if (!periods.length) problems.push('no chargingSchedulePeriod');
  else if (periods[0]!.startPeriod !== 0) problems.push('first period does not start at 0');
  for (let i = 1; i < periods.length; i++)
    if (periods[i]!.startPeriod <= periods[i - 1]!.startPeriod) problems.push('periods not in increasing order');
  for (const period of periods) {
    if (!(period.limit >= 0)) problems.push('negative limit');
    if (Math.round(period.limit * 10) !== period.limit * 10) problems.push('limit with more than one decimal');
    if (period.numberPhases !== undefined && ![1, 2, 3].includes(period.numberPhases))
      problems.push('numberPhases not 1-3');
  }
  if (p.chargingProfilePurpose === 'TxProfile') {
    if (!(Number(req.connectorId) > 0)) problems.push('TxProfile on connector 0');
    if (p.transactionId === undefined) problems.push('TxProfile without transactionId');
  } else if (p.transactionId !== undefined) problems.push(`${p.chargingProfilePurpose} with a transactionId`);
  if (p.chargingProfilePurpose === 'ChargePointMaxProfile' && Number(req.connectorId) !== 0)
    problems.push('ChargePointMaxProfile not on connector 0');
  return problems;
}

const tenths = (a: number) => Math.max(0, Math.floor(a * 10 + 1e-6) / 10);
