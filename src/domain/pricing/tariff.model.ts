/**
 * The tariff as the pricing engine sees it: OCPI 2.2 tariff elements (which Wirelane follows),
 * plus flat prices that act as a last, unrestricted element. This shape is also the snapshot
 * locked onto a session at start, so it holds only JSON values: decimals are strings, net of tax.
 */
export type RoundingMode = 'UP' | 'DOWN' | 'EXACT';
export type Dimension = 'ENERGY' | 'TIME' | 'PARKING_TIME';
export type ComponentType = 'FLAT' | Dimension;
export type PowerType = 'AC' | 'DC';
export const DAYS_OF_WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

export interface PriceComponent {
  type: ComponentType;
  /** Net price: per kWh (ENERGY), per hour (TIME), per minute (PARKING_TIME, like idleFeePerMinute), per session (FLAT). */
  price: string;
  /** Billing block: Wh for ENERGY, seconds for TIME and PARKING_TIME (OCPI step_size). Default 1. */
  stepSize?: number;
}

/**
 * OCPI 2.2 TariffRestrictions. Times and dates are local to the charger's site. Start bounds are
 * inclusive, end bounds exclusive; an endTime before startTime wraps past midnight (22:00-06:00).
 */
export interface Restrictions {
  startTime?: string; // HH:MM
  endTime?: string;
  startDate?: string; // YYYY-MM-DD
  endDate?: string;
  dayOfWeek?: DayOfWeek[];
  minKwh?: string; // energy charged so far in the session
  maxKwh?: string;
  minDurationSeconds?: number; // time since the session started
  maxDurationSeconds?: number;
  powerType?: PowerType;
}

export interface TariffElement {
  components: PriceComponent[];
  restrictions?: Restrictions | null;
}

export interface PricingTariff {
  id: string;
  name: string;
  currency: string;
  /** Tried in order before the flat prices below; the first that matches prices a dimension. */
  elements: TariffElement[];
  sessionFee: string;
  energyPricePerKwh: string;
  timePricePerHour: string;
  idleFeePerMinute: string;
  /** Idle minutes not billed, counted from the moment charging ended. */
  idleGraceMinutes: number;
  minPrice: string | null;
  maxPrice: string | null;
  taxRatePercent: string;
  energyStepWh: number;
  timeStepSeconds: number;
  idleStepSeconds: number;
  energyRounding: RoundingMode;
  /** Applies to charging time and idle time. */
  timeRounding: RoundingMode;
}

/** The flat prices as one unrestricted element, tried after the tariff's own elements. */
export function baseElement(t: PricingTariff): TariffElement {
  return {
    components: [
      { type: 'FLAT', price: t.sessionFee },
      { type: 'ENERGY', price: t.energyPricePerKwh, stepSize: t.energyStepWh },
      { type: 'TIME', price: t.timePricePerHour, stepSize: t.timeStepSeconds },
      { type: 'PARKING_TIME', price: t.idleFeePerMinute, stepSize: t.idleStepSeconds },
    ],
  };
}

export function roundingOf(t: PricingTariff, dimension: Dimension): RoundingMode {
  return dimension === 'ENERGY' ? t.energyRounding : t.timeRounding;
}
