import type { MeterValueData } from '../../events/events.js';

export type PhaseCurrents = [number | null, number | null, number | null];

/**
 * Current.Import per phase of one MeterValues sample (OCPP 1.6 §7.31; 2.0.1 the same measurand),
 * in the charger's own phase order. A value without a phase is the current on every phase it uses;
 * line-to-neutral spellings (L1-N) count as their line. Null when the sample has no current.
 */
export function phaseCurrentsOf(values: readonly MeterValueData[]): PhaseCurrents | null {
  const out: PhaseCurrents = [null, null, null];
  let seen = false;
  for (const v of values) {
    if (v.measurand !== 'Current.Import' || v.value == null || !Number.isFinite(v.value)) continue;
    if (v.unit && v.unit !== 'A') continue;
    const line = v.phase ? Number(v.phase.match(/^L([123])(-N)?$/)?.[1]) : 0;
    if (Number.isNaN(line)) continue; // L1-L2 and N are not a line current
    seen = true;
    if (line === 0) out.fill(v.value);
    else out[line - 1] = v.value;
  }
  return seen ? out : null;
}

/** The highest of the phase currents (what a per-phase limit is compared with). */
export function highest(currents: PhaseCurrents | null): number | null {
  if (!currents) return null;
  const known = currents.filter((c): c is number => c != null);
  return known.length ? Math.max(...known) : null;
}

/** Charger phases (L1 L2 L3) onto grid phases by its rotation (OCPP 2.0.1 PhaseRotation: RST = as wired). */
export function toGridPhases(currents: PhaseCurrents, rotation: string): PhaseCurrents {
  const grid: PhaseCurrents = [null, null, null];
  const order = rotation.slice(0, 3).split('');
  currents.forEach((value, i) => {
    const gridIndex = 'RST'.indexOf(order[i] ?? 'RST'[i]!);
    grid[gridIndex < 0 ? i : gridIndex] = value;
  });
  return grid;
}
