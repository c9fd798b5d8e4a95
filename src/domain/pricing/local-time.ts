import { DAYS_OF_WEEK, type DayOfWeek } from './tariff.model.js';

/** Wall-clock facts at an instant in a time zone: what time-of-day and weekday rules look at. */
export interface LocalTime {
  date: string; // YYYY-MM-DD
  minuteOfDay: number;
  dayOfWeek: DayOfWeek;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallClock(ms: number, timeZone: string) {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return { y: +parts.year!, mo: +parts.month!, d: +parts.day!, h: +parts.hour!, mi: +parts.minute!, s: +parts.second! };
}

/** Local wall-clock minus UTC, in ms, at an instant. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - (ms - (((ms % 1000) + 1000) % 1000));
}

// UTC offsets change only on quarter-hour boundaries (true of every zone in the tz database), so one
// lookup per quarter hour serves every instant in it; Intl formatting is the slow part of pricing.
const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

function cachedOffset(ms: number, timeZone: string): number {
  const bucket = Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR;
  const key = `${timeZone}@${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 100_000) offsets.clear();
    offset = offsetAt(bucket, timeZone);
    offsets.set(key, offset);
  }
  return offset;
}

export function localTime(ms: number, timeZone: string): LocalTime {
  const wall = new Date(ms + cachedOffset(ms, timeZone));
  return {
    date: wall.toISOString().slice(0, 10),
    minuteOfDay: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
    dayOfWeek: DAYS_OF_WEEK[(wall.getUTCDay() + 6) % 7]!,
  };
}

/**
 * The instant a local wall-clock time happens in a zone. Around a DST change the answer for a
 * time that does not exist lands within the hour of the jump, which is fine for cutting a timeline.
 */
export function zonedInstant(date: string, minuteOfDay: number, timeZone: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, mo - 1, d, 0, minuteOfDay);
  const first = guess - offsetAt(guess, timeZone);
  const second = guess - offsetAt(first, timeZone);
  return second;
}

/** Local dates from the day before `fromMs` to the day after `toMs` (inclusive), for boundary search. */
export function localDatesAround(fromMs: number, toMs: number, timeZone: string): string[] {
  const first = localTime(fromMs, timeZone).date;
  const last = localTime(toMs, timeZone).date;
  const dates: string[] = [];
  const day = new Date(`${first}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  const end = new Date(`${last}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  for (; day <= end; day.setUTCDate(day.getUTCDate() + 1)) dates.push(day.toISOString().slice(0, 10));
  return dates;
}

/** "22:30" -> 1350. */
export function parseClock(text: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!m) throw new Error(`Not a time of day (HH:MM): ${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
