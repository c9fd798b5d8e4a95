import { describe, expect, it } from 'vitest';
import { computeCost, computeLiveCost } from './engine.js';
import type { PricingTariff } from './tariff.model.js';
import { extendCurve, startCurve, type EnergyReading, type SessionFacts } from './timeline.js';

const aTariff = (overrides: Partial<PricingTariff> = {}): PricingTariff => ({
  id: 't1',
  name: 'Test',
  currency: 'EUR',
  elements: [],
  sessionFee: '0',
  energyPricePerKwh: '0.40',
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
  ...overrides,
});

const at = (iso: string) => new Date(iso);
const minutes = (start: string, m: number) => new Date(at(start).getTime() + m * 60_000);

/** A session from `start` with readings given as [minutes after start, Wh since start]; stops at the last one. */
function aSession(start: string, readings: [number, number][], overrides: Partial<SessionFacts> = {}): SessionFacts {
  const list: EnergyReading[] = readings.map(([m, wh]) => ({ at: minutes(start, m), wh: 100_000 + wh }));
  return {
    startedAt: at(start),
    endAt: list.at(-1)?.at ?? at(start),
    meterStartWh: 100_000,
    readings: list,
    powerType: 'AC',
    timeZone: 'UTC',
    ...overrides,
  };
}

const lines = (cost: ReturnType<typeof computeCost>) =>
  cost.breakdown.map((l) => `${l.type} ${l.quantity} ${l.unit} x ${l.unitPrice} = ${l.amountMinor}`);

describe('a session crossing a day/night boundary', () => {
  // Night energy 22:00-06:00 at 0.30, day 0.40. Berlin is UTC+1 in January: 21:00 local is 20:00Z.
  const tariff = aTariff({
    elements: [
      { components: [{ type: 'ENERGY', price: '0.30' }], restrictions: { startTime: '22:00', endTime: '06:00' } },
    ],
  });
  // 21:00 to 23:00 local at a steady 11 kW; readings at 21:30 and 22:30 straddle the boundary.
  const facts = aSession(
    '2025-01-15T20:00:00Z',
    [
      [30, 5500],
      [90, 16500],
      [120, 22000],
    ],
    { timeZone: 'Europe/Berlin' },
  );

  it('bills energy before 22:00 local at the day price and after it at the night price', () => {
    const cost = computeCost(tariff, facts, true);
    expect(lines(cost)).toEqual(['ENERGY 11 KWH x 0.4 = 440', 'ENERGY 11 KWH x 0.3 = 330']);
    expect(cost.breakdown.map((l) => l.element)).toEqual([null, 0]);
    expect(cost.netMinor).toBe(770);
  });

  it("reads the clock in the site's time zone, not UTC", () => {
    // The same instants read in UTC are 20:00-22:00: all before the night price starts.
    expect(lines(computeCost(tariff, { ...facts, timeZone: 'UTC' }, true))).toEqual(['ENERGY 22 KWH x 0.4 = 880']);
  });

  it('follows summer time: 21:00 local in July is 19:00Z', () => {
    const summer = aSession(
      '2025-07-15T19:00:00Z',
      [
        [60, 11000],
        [120, 22000],
      ],
      { timeZone: 'Europe/Berlin' },
    );
    expect(lines(computeCost(tariff, summer, true))).toEqual([
      'ENERGY 11 KWH x 0.4 = 440',
      'ENERGY 11 KWH x 0.3 = 330',
    ]);
  });
});

describe('idle fee after a grace period', () => {
  // Charges for 60 min, then sits full for 40 min: 15 min free, 25 min at 0.10/min.
  const tariff = aTariff({ idleFeePerMinute: '0.10', idleGraceMinutes: 15 });
  const facts = aSession('2025-03-04T08:00:00Z', [
    [30, 5000],
    [60, 10000],
    [80, 10000],
    [100, 10000],
  ]);

  it('bills idle minutes only past the grace period, counted from the last energy increase', () => {
    const cost = computeCost(tariff, facts, true);
    expect(lines(cost)).toEqual(['ENERGY 10 KWH x 0.4 = 400', 'IDLE 25 MINUTE x 0.1 = 250']);
    expect(cost).toMatchObject({ chargingSeconds: 3600, idleSeconds: 2400, netMinor: 650 });
  });

  it('charges no idle fee within the grace period', () => {
    const short = aSession('2025-03-04T08:00:00Z', [
      [60, 10000],
      [75, 10000],
    ]);
    expect(lines(computeCost(tariff, short, true))).toEqual(['ENERGY 10 KWH x 0.4 = 400']);
  });

  it('treats a pause followed by more energy as charging time, not idle', () => {
    const paused = aSession('2025-03-04T08:00:00Z', [
      [30, 5000],
      [60, 5000],
      [90, 10000],
    ]);
    const cost = computeCost(aTariff({ idleFeePerMinute: '0.10', timePricePerHour: '1.20' }), paused, true);
    expect(lines(cost)).toEqual(['ENERGY 10 KWH x 0.4 = 400', 'TIME 1.5 HOUR x 1.2 = 180']);
  });

  it('charges parking only after four hours when an element says min_duration', () => {
    const parkingAfterFourHours = aTariff({
      elements: [
        { components: [{ type: 'PARKING_TIME', price: '0.05' }], restrictions: { minDurationSeconds: 4 * 3600 } },
      ],
    });
    // Full after 3 h, leaves at 5 h: only the last hour is billed.
    const long = aSession('2025-03-04T08:00:00Z', [
      [180, 30000],
      [300, 30000],
    ]);
    expect(lines(computeCost(parkingAfterFourHours, long, true))).toEqual([
      'ENERGY 30 KWH x 0.4 = 1200',
      'IDLE 60 MINUTE x 0.05 = 300',
    ]);
  });
});

describe('minimum and maximum price', () => {
  it('raises a small session to the minimum price, with a line that says so', () => {
    const cost = computeCost(aTariff({ minPrice: '2.00' }), aSession('2025-03-04T08:00:00Z', [[10, 1000]]), true);
    expect(lines(cost)).toEqual(['ENERGY 1 KWH x 0.4 = 40', 'MIN_PRICE 1 SESSION x 1.6 = 160']);
    expect(cost.netMinor).toBe(200);
  });

  it('caps a large session at the maximum price', () => {
    const cost = computeCost(aTariff({ maxPrice: '10.00' }), aSession('2025-03-04T08:00:00Z', [[120, 50000]]), true);
    expect(lines(cost)).toEqual(['ENERGY 50 KWH x 0.4 = 2000', 'MAX_PRICE 1 SESSION x -10 = -1000']);
    expect(cost.netMinor).toBe(1000);
  });

  it('applies limits to the net amount, before tax', () => {
    const cost = computeCost(
      aTariff({ maxPrice: '10.00', taxRatePercent: '19' }),
      aSession('2025-03-04T08:00:00Z', [[120, 50000]]),
      true,
    );
    expect(cost).toMatchObject({ netMinor: 1000, taxMinor: 190, totalMinor: 1190 });
  });
});

describe('tax', () => {
  it('adds tax on the net total and reports net, tax and gross', () => {
    // Wirelane's example: 1.00 fee + 23.456 kWh at 0.3277 net, 19 %.
    const tariff = aTariff({ sessionFee: '0.84', energyPricePerKwh: '0.3277', taxRatePercent: '19' });
    const cost = computeCost(tariff, aSession('2025-03-04T08:00:00Z', [[100, 23456]]), true);
    // 23.456 x 0.3277 = 7.6865312 -> 7.69; net 8.53; tax 1.6207 -> 1.62; gross 10.15.
    expect(lines(cost)).toEqual(['SESSION_FEE 1 SESSION x 0.84 = 84', 'ENERGY 23.456 KWH x 0.3277 = 769']);
    expect(cost).toMatchObject({ netMinor: 853, taxMinor: 162, totalMinor: 1015, taxRatePercent: '19' });
  });

  it('rounds a half minor unit of tax up', () => {
    // 0.50 net at 19 % = 0.095 -> 0.10.
    const cost = computeCost(
      aTariff({ energyPricePerKwh: '0.50', taxRatePercent: '19' }),
      aSession('2025-03-04T08:00:00Z', [[5, 1000]]),
      true,
    );
    expect(cost).toMatchObject({ netMinor: 50, taxMinor: 10, totalMinor: 60 });
  });

  it('uses the currency minor unit: yen have none', () => {
    const cost = computeCost(
      aTariff({ currency: 'JPY', energyPricePerKwh: '45', taxRatePercent: '10' }),
      aSession('2025-03-04T08:00:00Z', [[60, 12345]]),
      true,
    );
    // 12.345 x 45 = 555.525 -> 556; tax 55.6 -> 56.
    expect(cost).toMatchObject({ netMinor: 556, taxMinor: 56, totalMinor: 612 });
  });
});

describe('step size and rounding', () => {
  const hourly = (mode: 'UP' | 'DOWN' | 'EXACT') =>
    aTariff({ energyPricePerKwh: '0', timePricePerHour: '6.00', timeStepSeconds: 900, timeRounding: mode });
  const sixtyOneMinutes = aSession('2025-03-04T08:00:00Z', [[61, 10000]]);

  it('UP bills every started 15-minute block', () => {
    expect(lines(computeCost(hourly('UP'), sixtyOneMinutes, true))).toEqual(['TIME 1.25 HOUR x 6 = 750']);
  });

  it('DOWN drops the unfinished block', () => {
    expect(lines(computeCost(hourly('DOWN'), sixtyOneMinutes, true))).toEqual(['TIME 1 HOUR x 6 = 600']);
  });

  it('EXACT bills as measured', () => {
    expect(lines(computeCost(hourly('EXACT'), sixtyOneMinutes, true))).toEqual(['TIME 1.016667 HOUR x 6 = 610']);
  });

  it('rounds energy to whole kWh steps', () => {
    const tariff = aTariff({ energyStepWh: 1000, energyRounding: 'UP' });
    expect(lines(computeCost(tariff, aSession('2025-03-04T08:00:00Z', [[60, 12345]]), true))).toEqual([
      'ENERGY 13 KWH x 0.4 = 520',
    ]);
  });

  it('rounds only the last line of a dimension split by a restriction (OCPI 2.2.1)', () => {
    const tariff = aTariff({
      energyStepWh: 1000,
      energyRounding: 'UP',
      elements: [
        {
          components: [{ type: 'ENERGY', price: '0.30', stepSize: 1000 }],
          restrictions: { startTime: '22:00', endTime: '06:00' },
        },
      ],
    });
    // 5.5 kWh by day, 5.3 kWh at night: 10.8 kWh -> 11 kWh, the extra 0.2 on the night line.
    const facts = aSession('2025-01-15T21:00:00Z', [
      [60, 5500],
      [120, 10800],
    ]);
    expect(lines(computeCost(tariff, facts, true))).toEqual([
      'ENERGY 5.5 KWH x 0.4 = 220',
      'ENERGY 5.5 KWH x 0.3 = 165',
    ]);
  });

  it('rounds each line amount half-up from the exact quantity', () => {
    // 0.125 kWh x 0.20 = 0.025 -> 0.03
    const cost = computeCost(
      aTariff({ energyPricePerKwh: '0.20' }),
      aSession('2025-03-04T08:00:00Z', [[1, 125]]),
      true,
    );
    expect(cost.netMinor).toBe(3);
  });
});

describe('a session with no energy', () => {
  it('costs nothing: no session fee, no idle fee, no minimum price', () => {
    const tariff = aTariff({ sessionFee: '1.00', idleFeePerMinute: '0.10', minPrice: '2.00', taxRatePercent: '19' });
    const cost = computeCost(tariff, aSession('2025-03-04T08:00:00Z', [[30, 0]]), true);
    expect(cost).toMatchObject({
      breakdown: [],
      netMinor: 0,
      taxMinor: 0,
      totalMinor: 0,
      energyWh: 0,
      chargingSeconds: 0,
      idleSeconds: 1800,
    });
  });
});

describe('AC and DC restrictions', () => {
  const tariff = aTariff({
    energyPricePerKwh: '0.39',
    elements: [{ components: [{ type: 'ENERGY', price: '0.59' }], restrictions: { powerType: 'DC' } }],
  });
  const facts = aSession('2025-03-04T08:00:00Z', [[30, 40000]]);

  it('bills a DC session at the DC price', () => {
    expect(lines(computeCost(tariff, { ...facts, powerType: 'DC' }, true))).toEqual(['ENERGY 40 KWH x 0.59 = 2360']);
  });

  it('bills an AC session at the flat price', () => {
    expect(lines(computeCost(tariff, facts, true))).toEqual(['ENERGY 40 KWH x 0.39 = 1560']);
  });
});

describe('more restrictions', () => {
  it('prices the first 10 kWh differently (max_kwh), splitting between readings', () => {
    const tariff = aTariff({
      elements: [{ components: [{ type: 'ENERGY', price: '0.50' }], restrictions: { maxKwh: '10' } }],
    });
    const cost = computeCost(tariff, aSession('2025-03-04T08:00:00Z', [[60, 15000]]), true);
    expect(lines(cost)).toEqual(['ENERGY 10 KWH x 0.5 = 500', 'ENERGY 5 KWH x 0.4 = 200']);
  });

  it('applies a weekend price by day of week, on the local date', () => {
    const tariff = aTariff({
      elements: [
        { components: [{ type: 'ENERGY', price: '0.25' }], restrictions: { dayOfWeek: ['SATURDAY', 'SUNDAY'] } },
      ],
    });
    // Friday 23:00 to Saturday 01:00 in Berlin (22:00Z-00:00Z): half at the weekend price.
    const facts = aSession(
      '2025-03-07T22:00:00Z',
      [
        [60, 10000],
        [120, 20000],
      ],
      { timeZone: 'Europe/Berlin' },
    );
    expect(lines(computeCost(tariff, facts, true))).toEqual([
      'ENERGY 10 KWH x 0.4 = 400',
      'ENERGY 10 KWH x 0.25 = 250',
    ]);
  });

  it('takes the session fee from the first element that holds at the start', () => {
    const tariff = aTariff({
      sessionFee: '1.00',
      elements: [
        {
          components: [{ type: 'FLAT', price: '0.50' }],
          restrictions: { startDate: '2025-03-01', endDate: '2025-04-01' },
        },
      ],
    });
    const march = computeCost(tariff, aSession('2025-03-04T08:00:00Z', [[30, 1000]]), true);
    const may = computeCost(tariff, aSession('2025-05-04T08:00:00Z', [[30, 1000]]), true);
    expect(march.breakdown[0]).toMatchObject({ type: 'SESSION_FEE', amountMinor: 50, element: 0 });
    expect(may.breakdown[0]).toMatchObject({ type: 'SESSION_FEE', amountMinor: 100, element: null });
  });

  it('ignores a register that goes backwards and readings outside the session', () => {
    const facts = aSession('2025-03-04T08:00:00Z', [
      [-5, 99999],
      [30, 5000],
      [40, 4000],
      [60, 6000],
    ]);
    expect(computeCost(aTariff(), facts, true)).toMatchObject({ energyWh: 6000, netMinor: 240 });
  });
});

describe('a tariff without restrictions', () => {
  // Priced in one interval per stretch (charging, idle) instead of one per reading: the same figures
  // as the same prices given as an element that always holds, which still cuts at every reading.
  const prices = {
    sessionFee: '0.50',
    energyPricePerKwh: '0.39',
    timePricePerHour: '1.20',
    idleFeePerMinute: '0.10',
    idleGraceMinutes: 5,
    taxRatePercent: '19',
  };
  const flat = aTariff(prices);
  const cutAtEveryReading = aTariff({
    ...prices,
    elements: [
      {
        components: [
          { type: 'FLAT', price: prices.sessionFee },
          { type: 'ENERGY', price: prices.energyPricePerKwh },
          { type: 'TIME', price: prices.timePricePerHour },
          { type: 'PARKING_TIME', price: prices.idleFeePerMinute },
        ],
        restrictions: { minDurationSeconds: 0 },
      },
    ],
  });
  const figures = (cost: ReturnType<typeof computeCost>) => ({
    ...cost,
    breakdown: cost.breakdown.map(({ element: _element, ...line }) => line),
  });

  it('costs the same as when cut at every reading, for uneven readings, pauses, idle and rounding', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 200; n++) {
      const readings: [number, number][] = [];
      let wh = 0;
      for (let m = 0; m < 120; m += 0.1 + random() * 3) {
        wh += random() < 0.2 ? 0 : Math.round(random() * 400);
        readings.push([m, wh]);
      }
      readings.push([readings.at(-1)![0] + random() * 30, wh]); // idle to the end
      if (random() < 0.3) readings.push([-3, 50]); // before the start: ignored
      if (random() < 0.3) readings.push([random() * 100, Math.round(random() * wh)]); // a register going back
      if (random() < 0.3) readings.push([0, Math.round(random() * 100)]); // at the start itself
      const rounding = { energyStepWh: 1 + Math.floor(random() * 500), timeRounding: 'UP' as const };
      const inOrder = aSession('2025-03-04T08:00:00Z', readings);
      const lastMinute = Math.max(...readings.map(([m]) => m)) - (random() < 0.2 ? 10 : 0); // readings after the end: ignored
      const facts = { ...inOrder, endAt: minutes('2025-03-04T08:00:00Z', lastMinute) };
      if (random() < 0.3) facts.readings = [...facts.readings].sort(() => random() - 0.5);
      for (const final of [false, true])
        expect(figures(computeCost({ ...flat, ...rounding }, facts, final))).toEqual(
          figures(computeCost({ ...cutAtEveryReading, ...rounding }, facts, final)),
        );
    }
  });

  it('costs the same whatever order the readings come in', () => {
    const readings: [number, number][] = [
      [5, 300],
      [10, 900],
      [15, 900],
      [20, 1500],
      [40, 1500],
    ];
    const facts = aSession('2025-03-04T08:00:00Z', readings);
    const shuffled = { ...facts, readings: [3, 0, 4, 1, 2].map((i) => facts.readings[i]!) };
    expect(computeCost(flat, shuffled, true)).toEqual(computeCost(flat, facts, true));
  });
});

describe('live pricing from a kept curve', () => {
  // Live pricing extends a curve per session as readings arrive (O(1) each) instead of rebuilding it from
  // every reading: its cost must be computeCost's, after every arrival, whatever the order they arrive in.
  it('costs what the full computation costs after every reading, in order or not', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const start = '2025-03-04T08:00:00Z';
    let compared = 0;
    for (let n = 0; n < 200; n++) {
      const tariff = aTariff({
        sessionFee: random() < 0.5 ? '0.50' : '0',
        timePricePerHour: '1.20',
        idleFeePerMinute: '0.10',
        idleGraceMinutes: Math.floor(random() * 10),
        energyStepWh: 1 + Math.floor(random() * 500),
        timeRounding: random() < 0.5 ? 'UP' : 'DOWN',
        minPrice: random() < 0.2 ? '2.00' : null,
      });
      const stream: [number, number][] = [];
      let wh = 0;
      for (let m = 0; m < 90; m += 0.1 + random() * 3) {
        wh += random() < 0.2 ? 0 : Math.round(random() * 400);
        stream.push([m, wh]);
        const r = random();
        if (r < 0.05)
          stream.push([-3, 50]); // before the start
        else if (r < 0.1)
          stream.push([0, Math.round(random() * 100)]); // at the start itself
        else if (r < 0.15)
          stream.push([random() * m, Math.round(random() * wh)]); // late, or a register going back
        else if (r < 0.2)
          stream.push([m, wh + Math.round(random() * 50)]); // the same instant again
        else if (r < 0.25) stream.push([m, wh]); // a duplicate
      }
      for (let i = 0; i < 10; i++) stream.push([stream.at(-1)![0] + random() * 10, wh]); // idle
      if (random() < 0.3) stream.sort(() => random() - 0.5); // a charger replaying its queue out of order
      const all = aSession(start, stream).readings;
      let curve = startCurve(at(start), 100_000);
      for (let i = 0; i < all.length; i++) {
        const arrived = all.slice(0, i + 1);
        if (!extendCurve(curve, all[i]!)) {
          // Out of order: the service prices this run in full and folds the curve again in time order.
          curve = startCurve(at(start), 100_000);
          for (const r of [...arrived].sort((a, b) => a.at.getTime() - b.at.getTime())) extendCurve(curve, r);
        }
        const latest = Math.max(at(start).getTime(), ...arrived.map((r) => r.at.getTime()));
        const facts = { ...aSession(start, []), readings: arrived, endAt: new Date(latest) };
        expect(computeLiveCost(tariff, curve, facts)).toEqual(computeCost(tariff, facts, false));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
