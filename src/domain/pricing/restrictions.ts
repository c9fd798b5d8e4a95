import { parseDec, pow10 } from './decimal.js';
import { parseClock } from './local-time.js';
import type { Restrictions } from './tariff.model.js';
import type { RestrictionContext } from './timeline.js';

/** OCPI 2.2 TariffRestrictions, read at the start of an interval (the timeline is cut at every bound). */
export function restrictionsMatch(r: Restrictions | null | undefined, at: RestrictionContext): boolean {
  if (!r) return true;
  if (r.powerType && r.powerType !== at.powerType) return false;
  if (r.dayOfWeek?.length && !r.dayOfWeek.includes(at.local.dayOfWeek)) return false;
  if (r.startDate && at.local.date < r.startDate) return false;
  if (r.endDate && at.local.date >= r.endDate) return false;
  if (!withinClock(r.startTime, r.endTime, at.local.minuteOfDay)) return false;
  if (r.minDurationSeconds != null && at.elapsedMs < r.minDurationSeconds * 1000) return false;
  if (r.maxDurationSeconds != null && at.elapsedMs >= r.maxDurationSeconds * 1000) return false;
  if (r.minKwh != null && at.mwhSoFar < kwhToMwh(r.minKwh)) return false;
  if (r.maxKwh != null && at.mwhSoFar >= kwhToMwh(r.maxKwh)) return false;
  return true;
}

// An end before the start wraps past midnight (OCPI: 22:00-06:00 is a night price).
function withinClock(startTime: string | undefined, endTime: string | undefined, minute: number): boolean {
  const from = startTime ? parseClock(startTime) : null;
  const to = endTime ? parseClock(endTime) : null;
  if (from == null && to == null) return true;
  if (from == null) return minute < to!;
  if (to == null) return minute >= from;
  return from <= to ? minute >= from && minute < to : minute >= from || minute < to;
}

function kwhToMwh(kwh: string): bigint {
  const { units, scale } = parseDec(kwh);
  return scale <= 6 ? units * pow10(6 - scale) : units / pow10(scale - 6);
}
