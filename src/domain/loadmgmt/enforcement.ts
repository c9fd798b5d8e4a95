// Which limits to send after a recomputation, and in what order. Pure.
// 1. Only connectors with a running session get a session limit (TxProfile); idle ones live under
//    their charger's default (TxDefaultProfile), sent at boot or reconnect.
// 2. Hysteresis: a limit within HYSTERESIS_A of what was last sent is not sent again — unless the
//    last send did not take (rejected, offline, failed), the session is new, or the charger asked
//    for everything again (boot, reconnect).
// 3. Safety first: if keeping the old limits of the skipped connectors would overload a circuit
//    phase, every decrease is sent regardless of hysteresis.
// 4. Decreases go out before increases, and increases only once every decrease was accepted, so
//    what the chargers accepted never adds up to more than a circuit carries, not even in between.
// 5. A charger that rejected our limits MAX_REJECTIONS times for a session is flagged and left alone
//    (the allocator counts it at what it may draw) until its next session.
// 6. A charger's default (TxDefaultProfile on connector 0) is what a new session there may draw before
//    its own limit arrives: the lowest start limit of its idle connectors. At a charging connector it
//    is only ever lowered (to the session's limit), never raised: when the session ends, no more than
//    the allocator counted can start there. Sent when it changes, or when the charger asks for all again.
import { capacityOf, phaseLoads, type CircuitInput, type Phase } from './allocator.js';

export const HYSTERESIS_A = 0.5;
export const MAX_REJECTIONS = 2;

export interface SendState {
  sessionId: string | null;
  sentA: number | null;
  acceptedA: number | null;
  profileStatus: string | null;
  rejections: number;
  flagged: boolean;
}

export interface PlanEntry {
  key: string;
  circuitId: string;
  gridPhases: Phase[];
  sessionId: string | null;
  targetA: number;
  /** What the charger may draw now: the accepted session limit, else its default. */
  inForceA: number;
  /** Send state of this session (null for a new session). */
  prev: SendState | null;
  forced: boolean;
}

export interface SendPlan {
  decreases: string[];
  increases: string[];
}

export function planSends(circuits: readonly CircuitInput[], entries: readonly PlanEntry[]): SendPlan {
  const wanted = new Set<string>();
  const smallDecreases: PlanEntry[] = [];
  for (const e of entries) {
    if (!e.sessionId) continue;
    const p = e.prev;
    if (p?.flagged) continue;
    const untaken = !p || p.sentA == null || p.profileStatus !== 'ACCEPTED';
    const retryable = !p || p.profileStatus !== 'REJECTED' || p.rejections < MAX_REJECTIONS;
    if (e.forced || (untaken && retryable) || Math.abs(e.targetA - (p?.sentA ?? 0)) >= HYSTERESIS_A) wanted.add(e.key);
    else if (e.targetA < (p?.sentA ?? 0)) smallDecreases.push(e);
  }
  if (smallDecreases.length && overloadedIfKept(circuits, entries, wanted))
    for (const e of smallDecreases) wanted.add(e.key);
  const decreases: string[] = [];
  const increases: string[] = [];
  for (const e of entries) if (wanted.has(e.key)) (e.targetA < e.inForceA ? decreases : increases).push(e.key);
  return { decreases, increases };
}

/** Would the circuit tree be overloaded with the sent limits and the old ones where nothing is sent? */
function overloadedIfKept(
  circuits: readonly CircuitInput[],
  entries: readonly PlanEntry[],
  sent: Set<string>,
): boolean {
  const loads = phaseLoads(
    circuits,
    entries.map((e) => ({
      circuitId: e.circuitId,
      gridPhases: e.gridPhases,
      limitA: !e.sessionId || sent.has(e.key) ? e.targetA : Math.max(e.targetA, e.inForceA),
    })),
  );
  return circuits.some((c) => {
    const load = loads.get(c.id)!;
    return (['L1', 'L2', 'L3'] as const).some((p) => load[p] > capacityOf(c) + 1e-6);
  });
}

export interface DefaultConnector {
  charging: boolean;
  /** The connector's allocated limit: its start limit when idle, its session's limit when charging. */
  limitA: number;
}

/** Rule 6: the default a charger should hold, given its connectors and the default it accepted (null = unknown). */
export function defaultTarget(
  connectors: readonly DefaultConnector[],
  inForceA: number | null,
  fallbackA: number,
): number {
  let target = Infinity;
  for (const c of connectors)
    target = Math.min(target, c.charging ? Math.min(inForceA ?? fallbackA, c.limitA) : c.limitA);
  return Number.isFinite(target) ? target : (inForceA ?? fallbackA);
}

export interface DefaultEntry {
  chargerId: string;
  targetA: number;
  inForceA: number | null;
  forced: boolean;
}

/** Which defaults to send: changed, unknown or asked for again; a lower or unknown one is a decrease. */
export function planDefaults(entries: readonly DefaultEntry[]): SendPlan {
  const decreases: string[] = [];
  const increases: string[] = [];
  for (const e of entries) {
    // After a boot or reconnect the charger may hold no default at all: resending it is a decrease.
    if (e.inForceA == null || e.forced || e.targetA < e.inForceA - 1e-9) decreases.push(e.chargerId);
    else if (e.targetA > e.inForceA + 1e-9) increases.push(e.chargerId);
  }
  return { decreases, increases };
}
