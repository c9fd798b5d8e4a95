import { localDatesAround, localTime, parseClock, zonedInstant, type LocalTime } from './local-time.js';
import { parseDec, pow10 } from './decimal.js';
import type { PowerType, PricingTariff, Restrictions } from './tariff.model.js';

export interface EnergyReading {
  at: Date;
  /** Energy.Active.Import.Register in Wh. */
  wh: number;
}

/** What happened in a session, as far as price is concerned. */
export interface SessionFacts {
  startedAt: Date;
  /** The stop for a final cost; the latest reading for a live one. */
  endAt: Date;
  meterStartWh: number;
  /** Register readings in any order (meter values, and the stop reading when stopped). */
  readings: EnergyReading[];
  powerType: PowerType;
  /** The site's IANA zone: time-of-day and weekday rules are read on the charger's local clock. */
  timeZone: string;
}

/** A stretch of the session in which every restriction keeps one answer. */
export interface Interval {
  from: number;
  to: number;
  mwh: bigint;
  /** Before idle started: billed as charging time. */
  charging: boolean;
  /** Idle and past the grace period: billed as parking time. */
  billableIdle: boolean;
  at: RestrictionContext;
}

export interface RestrictionContext {
  local: LocalTime;
  elapsedMs: number;
  mwhSoFar: bigint;
  powerType: PowerType;
}

export interface Timeline {
  intervals: Interval[];
  energyMwh: bigint;
  chargingMs: number;
  idleMs: number;
  idleStart: number;
}

interface Point {
  t: number;
  /** mWh since the session started: a whole number, exact as a double (2^53 mWh is 9 TWh). */
  e: number;
}

/**
 * Idle rule: the session is idle from the first reading at which the register reached its final
 * value until the session ends (the car is full or paused for good but still plugged in). A pause
 * followed by more energy is charging time, not idle. With no energy at all the whole session is idle.
 */
export function buildTimeline(facts: SessionFacts, tariff: PricingTariff): Timeline {
  const start = facts.startedAt.getTime();
  const end = Math.max(start, facts.endAt.getTime());
  const points = energyCurve(facts, start, end);
  const last = points.at(-1)!.e;
  const total = BigInt(last);
  const idleStart = last === 0 ? start : points.find((p) => p.e === last)!.t;
  const graceEnd = idleStart + tariff.idleGraceMinutes * 60_000;
  const cuts = new Set<number>([start, end, idleStart, graceEnd]);
  // Without restrictions every stretch of a kind (charging, idle, billable idle) is priced by the same
  // element, and its energy and time add up the same however it is cut: one interval per stretch
  // instead of one per reading (live pricing ran this on every meter value, over the whole session).
  // The first reading stays a cut: whether energy came before it orders the cost's lines.
  const restricted = tariff.elements.some((e) => e.restrictions);
  if (restricted) for (const p of points) cuts.add(p.t);
  else if (points[1]) cuts.add(points[1].t);
  for (const element of tariff.elements) {
    if (element.restrictions)
      for (const t of restrictionCuts(element.restrictions, points, start, end, facts.timeZone)) cuts.add(t);
  }
  return intervalsOf([...cuts], (t) => energyAt(points, t), { start, end, idleStart, graceEnd, total }, facts);
}

interface Span {
  start: number;
  end: number;
  idleStart: number;
  graceEnd: number;
  total: bigint;
}

function intervalsOf(
  cuts: number[],
  energyAt: (t: number) => bigint,
  { start, end, idleStart, graceEnd, total }: Span,
  facts: Pick<SessionFacts, 'timeZone' | 'powerType'>,
): Timeline {
  const times = cuts.filter((t) => t >= start && t <= end).sort((a, b) => a - b);
  const intervals: Interval[] = [];
  for (let i = 0; i + 1 < times.length; i++) {
    const from = times[i]!;
    const to = times[i + 1]!;
    const before = energyAt(from);
    intervals.push({
      from,
      to,
      mwh: energyAt(to) - before,
      charging: from < idleStart,
      billableIdle: from >= idleStart && from >= graceEnd,
      at: contextAt(from, facts.timeZone, from - start, before, facts.powerType),
    });
  }
  return { intervals, energyMwh: total, chargingMs: idleStart - start, idleMs: end - idleStart, idleStart };
}

/**
 * What a tariff without restrictions needs of a live session's energy curve, extended reading by
 * reading in O(1): the start point, the first reading after it, the last point and where the energy
 * first reached its final value. Live pricing rebuilt the whole curve on every meter value (16-20 %
 * of the server's CPU by the end of a 300-reading session). Readings must come in time order.
 */
export interface LiveCurve {
  readonly start: number;
  readonly meterStartWh: number;
  /** Energy (mWh) at the start: a reading at the start instant itself. */
  e0: number;
  second: { t: number; e: number } | null;
  lastT: number;
  lastE: number;
  idleStart: number;
}

export function startCurve(startedAt: Date, meterStartWh: number): LiveCurve {
  const start = startedAt.getTime();
  return { start, meterStartWh, e0: 0, second: null, lastT: start, lastE: 0, idleStart: start };
}

/** Folds one reading in, as energyCurve would; false (curve unchanged) for a reading before the last point. */
export function extendCurve(curve: LiveCurve, reading: EnergyReading): boolean {
  const t = reading.at.getTime();
  if (t < curve.start) return true; // outside the session: ignored
  if (t < curve.lastT) return false;
  const raw = Math.round(reading.wh - curve.meterStartWh) * 1000;
  const e = raw > curve.lastE ? raw : curve.lastE;
  if (e > curve.lastE) curve.idleStart = t; // the first point at the final value (so far)
  if (t === curve.lastT) {
    if (curve.second) curve.second = curve.second.t === t ? { t, e } : curve.second;
    else curve.e0 = e;
  } else if (!curve.second) curve.second = { t, e };
  curve.lastT = t;
  curve.lastE = e;
  return true;
}

/** buildTimeline for a live session (priced up to its latest reading) of a tariff without restrictions. */
export function liveTimeline(
  curve: LiveCurve,
  tariff: PricingTariff,
  facts: Pick<SessionFacts, 'timeZone' | 'powerType'>,
): Timeline {
  const { start, lastT: end, idleStart, e0, second, lastE } = curve;
  const graceEnd = idleStart + tariff.idleGraceMinutes * 60_000;
  const cuts = [start, end, idleStart, graceEnd];
  if (second) cuts.push(second.t);
  // Only these instants are cuts: before the second point the energy is e0's, from idleStart on the final.
  const energyAt = (t: number): bigint =>
    BigInt(t <= start ? e0 : t >= idleStart ? lastE : t === second?.t ? second.e : NaN);
  return intervalsOf([...new Set(cuts)], energyAt, { start, end, idleStart, graceEnd, total: BigInt(lastE) }, facts);
}

// Local time is read only when a restriction asks for it: it is the costly part of a context.
function contextAt(
  ms: number,
  timeZone: string,
  elapsedMs: number,
  mwhSoFar: bigint,
  powerType: PowerType,
): RestrictionContext {
  let local: LocalTime | undefined;
  return {
    get local() {
      return (local ??= localTime(ms, timeZone));
    },
    elapsedMs,
    mwhSoFar,
    powerType,
  };
}

// Readings outside the session are ignored; a register that goes backwards (meter swap, bad sample)
// is held at its highest value so energy never turns negative. Live pricing runs this over the whole
// session on every meter value: numbers, not BigInts (exact here), one pass, a sort only when needed.
function energyCurve(facts: SessionFacts, start: number, end: number): Point[] {
  const points: Point[] = [{ t: start, e: 0 }];
  for (const r of facts.readings) {
    const t = r.at.getTime();
    if (t < start || t > end) continue;
    if (t < points[points.length - 1]!.t) return sortedCurve(facts, start, end); // out of order
    extend(points, t, Math.round(r.wh - facts.meterStartWh) * 1000);
  }
  if (points.at(-1)!.t < end) points.push({ t: end, e: points.at(-1)!.e });
  return points;
}

function sortedCurve(facts: SessionFacts, start: number, end: number): Point[] {
  const points: Point[] = [{ t: start, e: 0 }];
  const inside = facts.readings
    .map((r) => ({ t: r.at.getTime(), e: Math.round(r.wh - facts.meterStartWh) * 1000 }))
    .filter((p) => p.t >= start && p.t <= end)
    .sort((a, b) => a.t - b.t);
  for (const p of inside) extend(points, p.t, p.e);
  if (points.at(-1)!.t < end) points.push({ t: end, e: points.at(-1)!.e });
  return points;
}

/** Adds a reading at or after the last point, holding the highest energy so far. */
function extend(points: Point[], t: number, reading: number): void {
  const last = points[points.length - 1]!;
  const e = reading > last.e ? reading : last.e;
  if (t === last.t) last.e = e;
  else points.push({ t, e });
}

/** Energy at `t`, linear between readings; floored to whole mWh so pieces always sum to the total. */
function energyAt(points: Point[], t: number): bigint {
  if (t <= points[0]!.t) return BigInt(points[0]!.e);
  if (t >= points.at(-1)!.t) return BigInt(points.at(-1)!.e);
  let lo = 0;
  let hi = points.length - 1; // invariant: points[lo].t < t <= points[hi].t
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.t < t) lo = mid;
    else hi = mid;
  }
  const a = points[lo]!;
  const b = points[hi]!;
  return BigInt(a.e) + (BigInt(b.e - a.e) * BigInt(t - a.t)) / BigInt(b.t - a.t);
}

/** The first instant the session's energy reaches `mwh`, or null if it never does. */
function timeAtEnergy(points: Point[], mwh: bigint): number | null {
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (BigInt(a.e) < mwh && mwh <= BigInt(b.e)) {
      const dt = BigInt(b.t - a.t);
      const de = BigInt(b.e - a.e);
      return a.t + Number(((mwh - BigInt(a.e)) * dt + de - 1n) / de);
    }
  }
  return null;
}

function restrictionCuts(r: Restrictions, points: Point[], start: number, end: number, timeZone: string): number[] {
  const cuts: number[] = [];
  for (const s of [r.minDurationSeconds, r.maxDurationSeconds]) if (s != null) cuts.push(start + s * 1000);
  for (const kwh of [r.minKwh, r.maxKwh]) {
    if (kwh == null) continue;
    const { units, scale } = parseDec(kwh);
    const mwh = scale <= 6 ? units * pow10(6 - scale) : units / pow10(scale - 6);
    const t = timeAtEnergy(points, mwh);
    if (t != null) cuts.push(t);
  }
  const clocks = [r.startTime, r.endTime].filter((c): c is string => !!c).map(parseClock);
  if (r.startDate || r.endDate || r.dayOfWeek?.length) clocks.push(0);
  if (clocks.length) {
    for (const date of localDatesAround(start, end, timeZone))
      for (const m of clocks) cuts.push(zonedInstant(date, m, timeZone));
  }
  return cuts;
}
