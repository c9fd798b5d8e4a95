// From what a site's tables say (and what this node measured) to the allocator's input, and from
// its output to the rows to store and the plan entries to send. Pure.
import type { AllocationRow, AllocationWrite, SiteState } from './allocation.repository.js';
import type { AllocationResult, CircuitInput, ConnectorInput, Strategy } from './allocator.js';
import type { PhaseCurrents } from './measured.js';
import { highest, toGridPhases } from './measured.js';
import type { PlanEntry, SendState } from './enforcement.js';
import type { AttachmentRow } from './circuit.repository.js';
import type { ChargerRow } from '../chargers/charger.repository.js';

export interface Measurement {
  /** Per grid phase. */
  grid: PhaseCurrents;
  at: Date;
}

export interface SiteConnector {
  key: string;
  chargerId: string;
  connectorId: number;
  attachment: AttachmentRow;
  charger: ChargerRow;
  /** Connected now (this node's socket, or another node's as written in the table). */
  online: boolean;
  session: SiteState['activeSessions'][number] | null;
  /** The stored row, when it belongs to the same session (or both have none). */
  row: AllocationRow | null;
  /** The default (TxDefaultProfile) the charger accepted, in A; null = none known. */
  defaultA: number | null;
  measured: Measurement | null;
}

/** A car needs a moment to follow a new limit: what it drew before that says nothing about what it wants now. */
export const SETTLE_MS = 1_500;

export function settled(m: { at: Date } | null, acceptedAt: Date | null): boolean {
  return !!m && (!acceptedAt || m.at.getTime() >= acceptedAt.getTime() + SETTLE_MS);
}

export const connectorKey = (chargerId: string, connectorId: number) => `${chargerId}:${connectorId}`;

/** Every steered connector of the site: a charger attached whole expands to the connectors it reported (1 if none yet). */
export function siteConnectors(
  state: SiteState,
  memory: (key: string) => { charger: PhaseCurrents; at: Date } | null,
  connectedHere: (charger: ChargerRow) => boolean,
): SiteConnector[] {
  const sessions = new Map(state.activeSessions.map((s) => [connectorKey(s.chargerId, s.connectorId), s]));
  const rows = new Map(state.rows.map((r) => [connectorKey(r.chargerId, r.connectorId), r]));
  const defaults = new Map<string, number>();
  for (const r of state.rows) if (r.defaultA != null) defaults.set(r.chargerId, r.defaultA);
  const out = new Map<string, SiteConnector>();
  for (const a of state.attachments) {
    const ids = a.connectorId != null ? [a.connectorId] : (state.connectorIds.get(a.chargerId) ?? [1]);
    for (const connectorId of ids) {
      const key = connectorKey(a.chargerId, connectorId);
      if (out.has(key)) continue;
      const session = sessions.get(key) ?? null;
      const stored = rows.get(key) ?? null;
      const row = stored && stored.sessionId === (session?.id ?? null) ? stored : null;
      const seen = session ? memory(key) : null;
      const measured = seen
        ? { grid: toGridPhases(seen.charger, a.phaseRotation), at: seen.at }
        : storedMeasurement(row);
      out.set(key, {
        key,
        chargerId: a.chargerId,
        connectorId,
        attachment: a,
        charger: a.charger,
        online: a.charger.online || connectedHere(a.charger),
        session,
        row,
        defaultA: defaults.get(a.chargerId) ?? null,
        measured,
      });
    }
  }
  return [...out.values()];
}

function storedMeasurement(row: AllocationRow | null): Measurement | null {
  if (!row?.measuredAt) return null;
  return { grid: [row.measuredL1, row.measuredL2, row.measuredL3], at: row.measuredAt };
}

export function circuitInputs(state: SiteState): CircuitInput[] {
  return state.circuits.map((c) => ({
    id: c.id,
    parentId: c.parentId,
    maxCurrentA: c.maxCurrentA,
    maxPowerW: c.maxPowerW,
    phases: c.phases === 1 ? 1 : 3,
    strategy: c.strategy as Strategy,
    minCurrentA: c.minCurrentA,
    reserveA: c.reserveA,
  }));
}

/** How the charger names the running transaction: the station's id (2.0.1) or ours (1.6). */
export function transactionOf(c: SiteConnector): number | string | null {
  return c.session?.stationTransactionId ?? c.session?.transactionId ?? null;
}

/** What the charger may draw at this connector now, by the profiles it accepted (null = unknown). */
export function inForceA(c: SiteConnector): number | null {
  return (c.session ? c.row?.acceptedA : null) ?? c.defaultA;
}

/** A session ranks at the higher of its charger's priority on the circuit and its id tag's. */
export function priorityOf(c: SiteConnector): number {
  return Math.max(c.attachment.priority, c.session?.idTagPriority ?? -Infinity);
}

export function connectorInput(c: SiteConnector): ConnectorInput {
  const a = c.attachment;
  const state = !c.online ? 'OFFLINE' : !c.session ? 'IDLE' : c.row?.flagged ? 'REJECTING' : 'CHARGING';
  const fresh = settled(c.measured, c.row?.acceptedAt ?? null);
  return {
    key: c.key,
    circuitId: a.circuitId,
    phases: a.phases === 1 ? 1 : 3,
    phaseRotation: a.phaseRotation,
    priority: priorityOf(c),
    arrivalMs: c.session?.startedAt?.getTime() ?? 0,
    state,
    maxCurrentA: a.maxCurrentA,
    fallbackLimitA: a.fallbackLimitA,
    measuredA: fresh ? highest(c.measured!.grid) : null,
    currentLimitA: c.row?.acceptedA ?? null,
    // No reading since its last limit yet: a car that drew less keeps its cap rather than being handed a
    // full share for a moment (and taking it from the others) until its next reading.
    keepCapA: !fresh && c.row?.reason === 'CAR_DRAWS_LESS' ? c.row.acceptedA : null,
    fixedA: inForceA(c),
  };
}

export function sendStateOf(row: AllocationRow | null): SendState | null {
  return row && { ...row };
}

export function planEntry(
  c: SiteConnector,
  result: AllocationResult['connectors'][number],
  forced: boolean,
): PlanEntry {
  return {
    key: c.key,
    circuitId: c.attachment.circuitId,
    gridPhases: result.gridPhases,
    sessionId: c.online && transactionOf(c) != null ? c.session!.id : null,
    targetA: result.limitA,
    inForceA: inForceA(c) ?? c.attachment.fallbackLimitA,
    prev: sendStateOf(c.row),
    forced,
  };
}

/** The row to store: the new target, and the send state of this session (reset for a new one). */
export function rowOf(c: SiteConnector, result: AllocationResult['connectors'][number]): AllocationWrite {
  const r = c.row;
  return {
    circuitId: c.attachment.circuitId,
    chargerId: c.chargerId,
    connectorId: c.connectorId,
    sessionId: c.session?.id ?? null,
    transactionId: c.session?.transactionId ?? null,
    targetA: result.limitA,
    gridPhases: result.gridPhases,
    reason: result.reason,
    measuredL1: c.measured?.grid[0] ?? null,
    measuredL2: c.measured?.grid[1] ?? null,
    measuredL3: c.measured?.grid[2] ?? null,
    measuredAt: c.measured?.at ?? null,
    sentA: r?.sentA ?? null,
    sentAt: r?.sentAt ?? null,
    profileStatus: r?.profileStatus ?? null,
    acceptedA: r?.acceptedA ?? null,
    acceptedAt: r?.acceptedAt ?? null,
    rejections: r?.rejections ?? 0,
    flagged: r?.flagged ?? false,
    defaultA: c.defaultA,
  };
}
