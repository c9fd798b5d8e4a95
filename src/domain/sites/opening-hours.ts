import type { InputChecker } from '../errors.js';
import { localTime } from '../pricing/local-time.js';
import { DAYS_OF_WEEK, type DayOfWeek } from '../pricing/tariff.model.js';

/** A stretch of local wall-clock time within one day: `from` inclusive, `to` exclusive ("24:00" = midnight). */
export interface TimePeriod {
  from: string;
  to: string;
}

export interface WeeklyPeriod extends TimePeriod {
  dayOfWeek: DayOfWeek;
}

/** A date whose hours differ from the week's (a holiday, an event): `periods` empty = closed all day. */
export interface OpeningException {
  date: string;
  periods: TimePeriod[];
}

/**
 * When a site is open, in the site's own time zone (shaped after OCPI 2.2 `Hours`). Rules, in order:
 * 1. an exception for the local date decides alone (a 24/7 site can close on 25 December);
 * 2. otherwise `twentyFourSeven` means open;
 * 3. otherwise open inside one of the `weekly` periods of the local weekday.
 * A period never crosses midnight: 22:00-06:00 is written as 22:00-24:00 and 00:00-06:00 of the next day.
 */
export interface OpeningHours {
  twentyFourSeven: boolean;
  weekly: WeeklyPeriod[];
  exceptions: OpeningException[];
}

const HH_MM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_WEEKLY = 70;
const MAX_EXCEPTIONS = 400;

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function checkPeriods(checker: InputChecker, periods: readonly TimePeriod[], field: string): void {
  periods.forEach((p, i) => {
    const at = `${field}[${i}]`;
    checker
      .check(HH_MM.test(p.from) && p.from !== '24:00', `${at}.from`, 'must be a time HH:MM from 00:00 to 23:59')
      .check(HH_MM.test(p.to), `${at}.to`, 'must be a time HH:MM from 00:01 to 24:00')
      .check(
        !HH_MM.test(p.from) || !HH_MM.test(p.to) || p.from < p.to,
        `${at}.to`,
        'must be later than from (a period never crosses midnight: split it at 24:00)',
      );
  });
}

function checkNoOverlap(checker: InputChecker, periods: readonly TimePeriod[], field: string): void {
  const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : 1));
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.from < sorted[i - 1]!.to)
      checker.check(
        false,
        field,
        `periods ${sorted[i - 1]!.from}-${sorted[i - 1]!.to} and ${sorted[i]!.from}-${sorted[i]!.to} overlap`,
      );
}

/** Adds every problem of `hours` to the checker, with field paths such as `openingHours.weekly[2].to`. */
export function checkOpeningHours(checker: InputChecker, hours: OpeningHours, field = 'openingHours'): void {
  checker
    .check(hours.weekly.length <= MAX_WEEKLY, `${field}.weekly`, `must have at most ${MAX_WEEKLY} periods`)
    .check(
      hours.exceptions.length <= MAX_EXCEPTIONS,
      `${field}.exceptions`,
      `must have at most ${MAX_EXCEPTIONS} dates`,
    );
  checkPeriods(checker, hours.weekly, `${field}.weekly`);
  for (const day of DAYS_OF_WEEK)
    checkNoOverlap(
      checker,
      hours.weekly.filter((p) => p.dayOfWeek === day),
      `${field}.weekly`,
    );
  const seen = new Set<string>();
  hours.exceptions.forEach((e, i) => {
    const at = `${field}.exceptions[${i}]`;
    checker
      .check(isDate(e.date), `${at}.date`, 'must be a date YYYY-MM-DD')
      .check(!seen.has(e.date), `${at}.date`, `${e.date} is given twice`);
    seen.add(e.date);
    checkPeriods(checker, e.periods, `${at}.periods`);
    checkNoOverlap(checker, e.periods, `${at}.periods`);
  });
}

const inside = (periods: readonly TimePeriod[], hhmm: string) => periods.some((p) => p.from <= hhmm && hhmm < p.to);

/** Whether the site is open at an instant, by the rules on `OpeningHours`. */
export function isOpenAt(hours: OpeningHours, timeZone: string, at: Date): boolean {
  const local = localTime(at.getTime(), timeZone);
  const hhmm = `${String(Math.floor(local.minuteOfDay / 60)).padStart(2, '0')}:${String(local.minuteOfDay % 60).padStart(2, '0')}`;
  const exception = hours.exceptions.find((e) => e.date === local.date);
  if (exception) return inside(exception.periods, hhmm);
  if (hours.twentyFourSeven) return true;
  return inside(
    hours.weekly.filter((p) => p.dayOfWeek === local.dayOfWeek),
    hhmm,
  );
}

/** The stored JSON, read back (written only through `checkOpeningHours`). */
export function openingHoursOf(stored: unknown): OpeningHours | null {
  if (!stored || typeof stored !== 'object') return null;
  const s = stored as Partial<OpeningHours>;
  return { twentyFourSeven: !!s.twentyFourSeven, weekly: s.weekly ?? [], exceptions: s.exceptions ?? [] };
}
