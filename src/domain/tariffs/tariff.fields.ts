import type { tariffs } from '../../db/schema/index.js';
import { minorDigits } from '../pricing/currency.js';
import { formatMinor, normalizeDec, toMinor, toSafeNumber } from '../pricing/decimal.js';
import type { PricingTariff, RoundingMode, TariffElement } from '../pricing/tariff.model.js';

export type TariffRow = typeof tariffs.$inferSelect;

/** A tariff as users write and read it: amounts as decimals in major units, net of tax. */
export interface TariffFields extends Omit<PricingTariff, 'id'> {
  idTagGroups: string[];
  priority: number;
  validFrom: Date | null;
  validUntil: Date | null;
}

export const TARIFF_DEFAULTS: Omit<TariffFields, 'name' | 'currency'> = {
  sessionFee: '0',
  energyPricePerKwh: '0',
  timePricePerHour: '0',
  idleFeePerMinute: '0',
  idleGraceMinutes: 0,
  minPrice: null,
  maxPrice: null,
  taxRatePercent: '0',
  energyStepWh: 1,
  timeStepSeconds: 1,
  idleStepSeconds: 1,
  energyRounding: 'EXACT',
  timeRounding: 'EXACT',
  elements: [],
  idTagGroups: [],
  priority: 0,
  validFrom: null,
  validUntil: null,
};

export function fieldsOf(row: TariffRow): TariffFields {
  const digits = minorDigits(row.currency);
  const money = (minor: number | null) => (minor == null ? null : formatMinor(minor, digits));
  return {
    name: row.name,
    currency: row.currency,
    sessionFee: money(row.sessionFeeMinor)!,
    energyPricePerKwh: normalizeDec(row.energyPricePerKwh),
    timePricePerHour: normalizeDec(row.timePricePerHour),
    idleFeePerMinute: normalizeDec(row.idleFeePerMinute),
    idleGraceMinutes: row.idleGraceMinutes,
    minPrice: money(row.minPriceMinor),
    maxPrice: money(row.maxPriceMinor),
    taxRatePercent: normalizeDec(row.taxRatePercent),
    energyStepWh: row.energyStepWh,
    timeStepSeconds: row.timeStepSeconds,
    idleStepSeconds: row.idleStepSeconds,
    energyRounding: row.energyRounding as RoundingMode,
    timeRounding: row.timeRounding as RoundingMode,
    elements: (row.elements as TariffElement[] | null) ?? [],
    idTagGroups: row.idTagGroups,
    priority: row.priority,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
  };
}

/** Column values for checked fields: fixed amounts become integer minor units. */
export function columnsOf(f: TariffFields) {
  const digits = minorDigits(f.currency);
  const minor = (amount: string | null) => (amount == null ? null : toSafeNumber(toMinor(amount, digits)));
  return {
    name: f.name,
    currency: f.currency,
    sessionFeeMinor: minor(f.sessionFee)!,
    energyPricePerKwh: f.energyPricePerKwh,
    timePricePerHour: f.timePricePerHour,
    idleFeePerMinute: f.idleFeePerMinute,
    idleGraceMinutes: f.idleGraceMinutes,
    minPriceMinor: minor(f.minPrice),
    maxPriceMinor: minor(f.maxPrice),
    taxRatePercent: f.taxRatePercent,
    energyStepWh: f.energyStepWh,
    timeStepSeconds: f.timeStepSeconds,
    idleStepSeconds: f.idleStepSeconds,
    energyRounding: f.energyRounding,
    timeRounding: f.timeRounding,
    elements: f.elements,
    idTagGroups: f.idTagGroups,
    priority: f.priority,
    validFrom: f.validFrom,
    validUntil: f.validUntil,
  };
}

/** The engine's view of a tariff: what gets locked onto a session at its start. */
export function pricingTariffOf(row: TariffRow): PricingTariff {
  const f = fieldsOf(row);
  return {
    id: row.id,
    name: f.name,
    currency: f.currency,
    elements: f.elements,
    sessionFee: f.sessionFee,
    energyPricePerKwh: f.energyPricePerKwh,
    timePricePerHour: f.timePricePerHour,
    idleFeePerMinute: f.idleFeePerMinute,
    idleGraceMinutes: f.idleGraceMinutes,
    minPrice: f.minPrice,
    maxPrice: f.maxPrice,
    taxRatePercent: f.taxRatePercent,
    energyStepWh: f.energyStepWh,
    timeStepSeconds: f.timeStepSeconds,
    idleStepSeconds: f.idleStepSeconds,
    energyRounding: f.energyRounding,
    timeRounding: f.timeRounding,
  };
}
