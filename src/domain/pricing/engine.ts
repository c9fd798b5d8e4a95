import type { Cost, CostLine, CostLineType, CostUnit } from './cost.model.js';
import { minorDigits } from './currency.js';
import { divRound, formatMinor, formatRatio, normalizeDec, parseDec, pow10, toMinor, toSafeNumber } from './decimal.js';
import { restrictionsMatch } from './restrictions.js';
import {
  baseElement,
  roundingOf,
  type ComponentType,
  type Dimension,
  type PriceComponent,
  type PricingTariff,
  type RoundingMode,
} from './tariff.model.js';
import { buildTimeline, liveTimeline, type LiveCurve, type SessionFacts, type Timeline } from './timeline.js';

// Per dimension: what one base unit is (mWh, ms) and how a price unit converts to it.
const DIMENSIONS: Record<Dimension, { line: CostLineType; unit: CostUnit; perPriceUnit: bigint }> = {
  ENERGY: { line: 'ENERGY', unit: 'KWH', perPriceUnit: 1_000_000n }, // mWh per kWh
  TIME: { line: 'TIME', unit: 'HOUR', perPriceUnit: 3_600_000n }, // ms per hour
  PARKING_TIME: { line: 'IDLE', unit: 'MINUTE', perPriceUnit: 60_000n }, // ms per minute
};

interface Accrual {
  dimension: Dimension;
  element: number;
  component: PriceComponent;
  quantity: bigint; // mWh or ms
  lastTo: number;
}

/**
 * Prices a session. Rules, in order:
 * 1. No energy delivered: nothing is charged (a failed start is not a sale), not even fees or minimum.
 * 2. Each stretch of the session is priced per dimension (ENERGY and TIME while charging, PARKING_TIME
 *    while idle past the grace period) by the first tariff element whose restrictions hold, then the
 *    flat prices. The session fee (FLAT) comes from the first element that holds at the start.
 * 3. Step size (OCPI 2.2.1): the total of each dimension is rounded to the step of the element that
 *    priced it last, UP/DOWN per the tariff's rounding mode (EXACT: as measured); the difference goes
 *    to that last line.
 * 4. Each line's amount is quantity x unit price, exact, rounded half-up to minor units once.
 * 5. Net = sum of lines, raised to the minimum or cut to the maximum price (a line says so).
 * 6. Tax = net x rate, rounded half-up; total (gross) = net + tax.
 */
export function computeCost(tariff: PricingTariff, facts: SessionFacts, final: boolean): Cost {
  return costOf(tariff, buildTimeline(facts, tariff), facts.endAt, final);
}

/** The live cost from a curve kept per session (a tariff without restrictions): the same as computeCost's. */
export function computeLiveCost(
  tariff: PricingTariff,
  curve: LiveCurve,
  facts: Pick<SessionFacts, 'timeZone' | 'powerType'>,
): Cost {
  return costOf(tariff, liveTimeline(curve, tariff, facts), new Date(curve.lastT), false);
}

/** Whether live pricing can keep an O(1) curve: restrictions need every reading as a cut. */
export const pricesLive = (tariff: PricingTariff) => !tariff.elements.some((e) => e.restrictions);

function costOf(tariff: PricingTariff, timeline: Timeline, endAt: Date, final: boolean): Cost {
  const digits = minorDigits(tariff.currency);
  const breakdown = timeline.energyMwh === 0n ? [] : priceLines(tariff, timeline, digits);
  let net = breakdown.reduce((sum, line) => sum + BigInt(line.amountMinor), 0n);
  if (breakdown.length) {
    const adjustment = priceLimitLine(tariff, net, digits);
    if (adjustment) {
      breakdown.push(adjustment);
      net += BigInt(adjustment.amountMinor);
    }
  }
  const rate = parseDec(tariff.taxRatePercent);
  const tax = divRound(net * rate.units, 100n * pow10(rate.scale));
  return {
    tariffId: tariff.id,
    currency: tariff.currency,
    netMinor: toSafeNumber(net),
    taxMinor: toSafeNumber(tax),
    totalMinor: toSafeNumber(net + tax),
    taxRatePercent: normalizeDec(tariff.taxRatePercent),
    breakdown,
    energyWh: toSafeNumber(timeline.energyMwh / 1000n),
    chargingSeconds: Math.round(timeline.chargingMs / 1000),
    idleSeconds: Math.round(timeline.idleMs / 1000),
    final,
    asOf: endAt.toISOString(),
  };
}

function priceLines(tariff: PricingTariff, timeline: Timeline, digits: number): CostLine[] {
  const elements = [...tariff.elements, baseElement(tariff)];
  const baseIndex = tariff.elements.length;
  const pick = (type: ComponentType, at: Timeline['intervals'][number]['at']) => {
    for (let i = 0; i < elements.length; i++) {
      const component = elements[i]!.components.find((c) => c.type === type);
      if (component && restrictionsMatch(elements[i]!.restrictions, at)) return { element: i, component };
    }
    return null;
  };

  const lines: CostLine[] = [];
  const flat = timeline.intervals[0] && pick('FLAT', timeline.intervals[0].at);
  if (flat) {
    const amount = toMinor(flat.component.price, digits);
    lines.push(line('SESSION_FEE', '1', 'SESSION', flat.component.price, amount, flat.element, baseIndex));
  }

  const accruals = new Map<string, Accrual>();
  for (const interval of timeline.intervals) {
    const measured: [Dimension, bigint][] = interval.charging
      ? [
          ['ENERGY', interval.mwh],
          ['TIME', BigInt(interval.to - interval.from)],
        ]
      : interval.billableIdle
        ? [['PARKING_TIME', BigInt(interval.to - interval.from)]]
        : [];
    for (const [dimension, quantity] of measured) {
      const priced = quantity > 0n ? pick(dimension, interval.at) : null;
      if (!priced) continue;
      const key = `${dimension}:${priced.element}`;
      const accrual = accruals.get(key) ?? { dimension, ...priced, quantity: 0n, lastTo: 0 };
      accrual.quantity += quantity;
      accrual.lastTo = interval.to;
      accruals.set(key, accrual);
    }
  }
  for (const dimension of Object.keys(DIMENSIONS) as Dimension[]) {
    const group = [...accruals.values()].filter((a) => a.dimension === dimension);
    roundToStep(group, roundingOf(tariff, dimension));
  }
  for (const a of accruals.values()) {
    if (a.quantity <= 0n) continue;
    const { line: type, unit, perPriceUnit } = DIMENSIONS[a.dimension];
    const price = parseDec(a.component.price);
    const amount = divRound(price.units * pow10(digits) * a.quantity, pow10(price.scale) * perPriceUnit);
    lines.push(
      line(type, formatRatio(a.quantity, perPriceUnit, 6), unit, a.component.price, amount, a.element, baseIndex),
    );
  }
  // The flat prices are defaults: a zero one is not worth a line. An element's zero price is news ("free at night").
  return lines.filter((l) => l.element !== null || parseDec(l.unitPrice).units !== 0n);
}

/** OCPI 2.2.1 step_size: round the dimension's total with the step of the element that priced it last. */
function roundToStep(group: Accrual[], mode: RoundingMode): void {
  if (!group.length || mode === 'EXACT') return;
  group.sort((a, b) => a.lastTo - b.lastTo);
  const last = group.at(-1)!;
  const step = BigInt(Math.max(1, last.component.stepSize ?? 1)) * 1000n; // Wh -> mWh, s -> ms
  const total = group.reduce((sum, a) => sum + a.quantity, 0n);
  const rounded = divRound(total, step, mode) * step;
  let delta = rounded - total;
  // Rounding down can take more than the last line holds: take the rest from the lines before it.
  for (let i = group.length - 1; i >= 0 && delta !== 0n; i--) {
    const a = group[i]!;
    const next = a.quantity + delta;
    a.quantity = next < 0n ? 0n : next;
    delta = next < 0n ? next : 0n;
  }
}

function priceLimitLine(tariff: PricingTariff, net: bigint, digits: number): CostLine | null {
  const min = tariff.minPrice != null ? toMinor(tariff.minPrice, digits) : null;
  const max = tariff.maxPrice != null ? toMinor(tariff.maxPrice, digits) : null;
  const adjust = min != null && net < min ? min - net : max != null && net > max ? max - net : 0n;
  if (adjust === 0n) return null;
  const type = adjust > 0n ? 'MIN_PRICE' : 'MAX_PRICE';
  return line(type, '1', 'SESSION', formatMinor(adjust, digits), adjust, null, 0);
}

function line(
  type: CostLineType,
  quantity: string,
  unit: CostUnit,
  unitPrice: string,
  amount: bigint,
  element: number | null,
  baseIndex: number,
): CostLine {
  return {
    type,
    quantity,
    unit,
    unitPrice: normalizeDec(unitPrice),
    amountMinor: toSafeNumber(amount),
    element: element === null || element === baseIndex ? null : element,
  };
}
