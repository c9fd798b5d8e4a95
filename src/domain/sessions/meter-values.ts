import type { MeterValueData } from '../../events/events.js';

/** One sampled value as a charger reports it, whatever the OCPP version. */
export interface SampledValueInput {
  value: string;
  measurand?: string;
  unit?: string;
  phase?: string;
  context?: string;
  location?: string;
  format?: string;
}

export interface NormalisedValue extends MeterValueData {
  format: string | null;
  rawUnit: string | null;
}

export const ENERGY_IMPORT_REGISTER = 'Energy.Active.Import.Register';

// Kilo-units are stored in their base unit (ARCHITECTURE.md: energy in Wh, power in W).
const KILO: Record<string, string> = { kWh: 'Wh', kW: 'W', kvarh: 'varh', kvar: 'var', kVA: 'VA' };
// A plain decimal, optionally signed, optionally with an exponent; nothing else is a number.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses a value string safely: "12.5" -> 12.5; "", "12,5", "0x1F", "NaN", signed data -> null
 * (the raw text is always kept). Number("") would be 0 and Number(" 1 ") 1, hence the pattern.
 */
export function parseDecimal(raw: string): number | null {
  if (!DECIMAL.test(raw)) return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/**
 * OCPP 1.6 §7.43: a sampledValue without measurand is Energy.Active.Import.Register, without unit
 * Wh (for the energy measurands that default applies to). kWh is stored as Wh, raw value kept;
 * SignedData (hex) has no number.
 */
export function normaliseSampledValue(timestamp: Date, sv: SampledValueInput): NormalisedValue {
  const measurand = sv.measurand ?? ENERGY_IMPORT_REGISTER;
  const rawUnit = sv.unit ?? (measurand.startsWith('Energy.Active') ? 'Wh' : null);
  const base = rawUnit ? KILO[rawUnit] : undefined;
  const parsed = sv.format === 'SignedData' ? null : parseDecimal(sv.value);
  const value = parsed !== null && base ? roundMilli(parsed * 1000) : parsed;
  return {
    timestamp,
    measurand,
    value,
    raw: sv.value,
    unit: base ?? rawUnit,
    phase: sv.phase ?? null,
    context: sv.context ?? null,
    location: sv.location ?? null,
    format: sv.format ?? null,
    rawUnit: sv.unit ?? null,
  };
}

// 12.345 kWh * 1000 is 12344.999999999998 in floating point.
function roundMilli(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * The total import register reading in Wh among `values`, for live session energy; null when absent
 * or past 2^53 Wh.
 */
export function energyRegisterWh(values: NormalisedValue[]): number | null {
  const totals = values.filter((v) => v.measurand === ENERGY_IMPORT_REGISTER && v.unit === 'Wh' && v.value !== null);
  // A reading without a phase is the total; a charger that reports only per-phase registers gets them summed.
  const total = totals.find((v) => v.phase === null);
  const phases = totals.filter((v) => /^L[123](-N)?$/.test(v.phase ?? ''));
  const wh = total ? total.value : phases.length ? phases.reduce((sum, v) => sum + v.value!, 0) : null;
  return wh !== null && isRegisterWh(wh) ? wh : null;
}

/**
 * Session registers are bigint Wh. 2^53 Wh (9 PWh) is no meter's reading, and a 2.0.1 station's
 * 2.4e209 (the fuzzer) failed the session's UPDATE, so the station got InternalError for its Ended
 * event (and a 1.6 reading would fail the batch of every session advanced with it). Such a reading
 * is kept as sent among the meter values but does not move the session's energy.
 */
function isRegisterWh(wh: number): boolean {
  return Math.abs(wh) <= Number.MAX_SAFE_INTEGER;
}
