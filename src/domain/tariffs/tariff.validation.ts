import { InputChecker } from '../errors.js';
import { CURRENCY_PATTERN, minorDigits } from '../pricing/currency.js';
import { compareDec, fitsMinor, isDecimal, normalizeDec, parseDec } from '../pricing/decimal.js';
import { CLOCK_PATTERN, DATE_PATTERN } from '../pricing/local-time.js';
import { DAYS_OF_WEEK, type PriceComponent, type Restrictions, type TariffElement } from '../pricing/tariff.model.js';
import type { TariffFields } from './tariff.fields.js';

const ROUNDING = ['UP', 'DOWN', 'EXACT'];
const COMPONENT_TYPES = ['FLAT', 'ENERGY', 'TIME', 'PARKING_TIME'];

// numeric(14, 6): at most 8 integer digits and 6 decimals.
const isUnitPrice = (v: string) =>
  isDecimal(v) && parseDec(v).units >= 0n && parseDec(v).scale <= 6 && compareDec(v, '100000000') < 0;
const isCount = (v: number, min: number) => Number.isInteger(v) && v >= min && v <= 2_000_000_000;

/** Checks a whole tariff and reports every problem at once; returns it with decimals normalised. */
export function checkTariff(f: TariffFields): TariffFields {
  const c = new InputChecker();
  const digits = CURRENCY_PATTERN.test(f.currency) ? minorDigits(f.currency) : 2;
  const isAmount = (v: string | null) =>
    v == null || (isDecimal(v) && parseDec(v).units >= 0n && fitsMinor(v, digits) && compareDec(v, '10000000') < 0);
  c.check(f.name.trim().length > 0 && f.name.length <= 200, 'name', 'must be 1-200 characters')
    .check(CURRENCY_PATTERN.test(f.currency), 'currency', 'must be an ISO 4217 code such as EUR')
    .check(isAmount(f.sessionFee), 'sessionFee', `must be a non-negative amount with at most ${digits} decimals`)
    .check(isAmount(f.minPrice), 'minPrice', `must be a non-negative amount with at most ${digits} decimals`)
    .check(isAmount(f.maxPrice), 'maxPrice', `must be a non-negative amount with at most ${digits} decimals`);
  for (const key of ['energyPricePerKwh', 'timePricePerHour', 'idleFeePerMinute'] as const) {
    c.check(isUnitPrice(f[key]), key, 'must be a non-negative decimal with at most 6 decimals');
  }
  c.check(
    isDecimal(f.taxRatePercent) &&
      compareDec(f.taxRatePercent, '0') >= 0 &&
      compareDec(f.taxRatePercent, '100') <= 0 &&
      parseDec(f.taxRatePercent).scale <= 3,
    'taxRatePercent',
    'must be a percentage from 0 to 100 with at most 3 decimals',
  );
  c.check(isCount(f.idleGraceMinutes, 0), 'idleGraceMinutes', 'must be a whole number of minutes, 0 or more')
    .check(isCount(f.energyStepWh, 1), 'energyStepWh', 'must be a whole number, 1 or more')
    .check(isCount(f.timeStepSeconds, 1), 'timeStepSeconds', 'must be a whole number, 1 or more')
    .check(isCount(f.idleStepSeconds, 1), 'idleStepSeconds', 'must be a whole number, 1 or more')
    .check(ROUNDING.includes(f.energyRounding), 'energyRounding', 'must be UP, DOWN or EXACT')
    .check(ROUNDING.includes(f.timeRounding), 'timeRounding', 'must be UP, DOWN or EXACT')
    .check(Number.isInteger(f.priority), 'priority', 'must be a whole number')
    .check(
      f.idTagGroups.every((g) => g.trim().length > 0 && g.length <= 100),
      'idTagGroups',
      'names must be 1-100 characters',
    );
  const ok = (v: string | null) => v != null && isAmount(v);
  c.check(
    !(ok(f.minPrice) && ok(f.maxPrice)) || compareDec(f.minPrice!, f.maxPrice!) <= 0,
    'maxPrice',
    'must not be below minPrice',
  ).check(!f.validFrom || !f.validUntil || f.validFrom < f.validUntil, 'validUntil', 'must be after validFrom');
  f.elements.forEach((e, i) => checkElement(c, e, `elements[${i}]`, digits));
  c.throwIfAny();
  return normalized(f);
}

function checkElement(c: InputChecker, e: TariffElement, at: string, digits: number): void {
  c.check(e.components.length > 0, `${at}.components`, 'needs at least one price component');
  const types = e.components.map((p) => p.type);
  c.check(new Set(types).size === types.length, `${at}.components`, 'has one component per type at most');
  e.components.forEach((p, j) => checkComponent(c, p, `${at}.components[${j}]`, digits));
  const r = e.restrictions;
  if (!r) return;
  const where = `${at}.restrictions`;
  for (const key of ['startTime', 'endTime'] as const)
    c.check(!r[key] || CLOCK_PATTERN.test(r[key]), `${where}.${key}`, 'must be HH:MM');
  for (const key of ['startDate', 'endDate'] as const)
    c.check(!r[key] || DATE_PATTERN.test(r[key]), `${where}.${key}`, 'must be YYYY-MM-DD');
  for (const key of ['minKwh', 'maxKwh'] as const)
    c.check(r[key] == null || isUnitPrice(r[key]), `${where}.${key}`, 'must be a non-negative decimal');
  for (const key of ['minDurationSeconds', 'maxDurationSeconds'] as const)
    c.check(r[key] == null || isCount(r[key], 0), `${where}.${key}`, 'must be a whole number, 0 or more');
  c.check(!r.startTime || r.startTime !== r.endTime, `${where}.endTime`, 'must differ from startTime')
    .check(
      !r.startDate || !r.endDate || r.startDate < r.endDate,
      `${where}.endDate`,
      'must be after startDate (it is exclusive)',
    )
    .check(
      r.minKwh == null ||
        r.maxKwh == null ||
        !isDecimal(r.minKwh) ||
        !isDecimal(r.maxKwh) ||
        compareDec(r.minKwh, r.maxKwh) < 0,
      `${where}.maxKwh`,
      'must be above minKwh',
    )
    .check(
      r.minDurationSeconds == null || r.maxDurationSeconds == null || r.minDurationSeconds < r.maxDurationSeconds,
      `${where}.maxDurationSeconds`,
      'must be above minDurationSeconds',
    )
    .check(
      (r.dayOfWeek ?? []).every((d) => (DAYS_OF_WEEK as readonly string[]).includes(d)),
      `${where}.dayOfWeek`,
      'must be MONDAY to SUNDAY',
    )
    .check(!r.powerType || r.powerType === 'AC' || r.powerType === 'DC', `${where}.powerType`, 'must be AC or DC');
}

function checkComponent(c: InputChecker, p: PriceComponent, at: string, digits: number): void {
  c.check(COMPONENT_TYPES.includes(p.type), `${at}.type`, 'must be FLAT, ENERGY, TIME or PARKING_TIME')
    .check(
      isUnitPrice(p.price) && (p.type !== 'FLAT' || fitsMinor(p.price, digits)),
      `${at}.price`,
      'must be a non-negative decimal (a FLAT fee in whole minor units)',
    )
    .check(p.stepSize == null || isCount(p.stepSize, 1), `${at}.stepSize`, 'must be a whole number, 1 or more');
}

function normalized(f: TariffFields): TariffFields {
  const dec = (v: string | null) => (v == null ? null : normalizeDec(v));
  return {
    ...f,
    name: f.name.trim(),
    energyPricePerKwh: dec(f.energyPricePerKwh)!,
    timePricePerHour: dec(f.timePricePerHour)!,
    idleFeePerMinute: dec(f.idleFeePerMinute)!,
    taxRatePercent: dec(f.taxRatePercent)!,
    idTagGroups: [...new Set(f.idTagGroups.map((g) => g.trim()))],
    elements: f.elements.map((e) => ({
      components: e.components.map((p) => ({
        type: p.type,
        price: normalizeDec(p.price),
        ...(p.stepSize != null ? { stepSize: p.stepSize } : {}),
      })),
      restrictions: e.restrictions ? compact(e.restrictions) : null,
    })),
  };
}

/** Drops unset restriction fields so the stored JSON says only what applies. */
function compact(r: Restrictions): Restrictions | null {
  const entries = Object.entries(r).filter(([, v]) => v != null && !(Array.isArray(v) && v.length === 0));
  const out = Object.fromEntries(
    entries.map(([k, v]) => [k, k === 'minKwh' || k === 'maxKwh' ? normalizeDec(v as string) : v]),
  );
  return entries.length ? (out as Restrictions) : null;
}
