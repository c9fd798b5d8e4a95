import { describe, expect, it } from 'vitest';
import { InputChecker, InvalidInputError } from '../errors.js';
import { checkOpeningHours, isOpenAt, type OpeningHours } from './opening-hours.js';

const weekdays9to18: OpeningHours = {
  twentyFourSeven: false,
  weekly: (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const).map((dayOfWeek) => ({
    dayOfWeek,
    from: '09:00',
    to: '18:00',
  })),
  exceptions: [{ date: '2026-12-24', periods: [{ from: '09:00', to: '12:00' }] }],
};

function problems(hours: OpeningHours): string[] {
  try {
    const checker = new InputChecker();
    checkOpeningHours(checker, hours);
    checker.throwIfAny();
    return [];
  } catch (err) {
    return (err as InvalidInputError).problems.map((p) => `${p.field}: ${p.message}`);
  }
}

describe('isOpenAt', () => {
  it('follows the weekly periods in the site time zone, end exclusive', () => {
    // Thursday 2026-12-03: 08:00 UTC is 09:00 in Berlin.
    expect(isOpenAt(weekdays9to18, 'Europe/Berlin', new Date('2026-12-03T08:00:00Z'))).toBe(true);
    expect(isOpenAt(weekdays9to18, 'Europe/Berlin', new Date('2026-12-03T07:59:00Z'))).toBe(false);
    expect(isOpenAt(weekdays9to18, 'Europe/Berlin', new Date('2026-12-03T17:00:00Z'))).toBe(false);
    // Saturday.
    expect(isOpenAt(weekdays9to18, 'Europe/Berlin', new Date('2026-12-05T10:00:00Z'))).toBe(false);
  });

  it('lets an exception decide alone, even against 24/7', () => {
    expect(isOpenAt(weekdays9to18, 'UTC', new Date('2026-12-24T13:00:00Z'))).toBe(false);
    expect(isOpenAt(weekdays9to18, 'UTC', new Date('2026-12-24T11:00:00Z'))).toBe(true);
    const allDayButXmas: OpeningHours = {
      twentyFourSeven: true,
      weekly: [],
      exceptions: [{ date: '2026-12-25', periods: [] }],
    };
    expect(isOpenAt(allDayButXmas, 'UTC', new Date('2026-12-25T12:00:00Z'))).toBe(false);
    expect(isOpenAt(allDayButXmas, 'UTC', new Date('2026-12-26T03:00:00Z'))).toBe(true);
  });

  it('treats 24:00 as the end of the day', () => {
    const lateNight: OpeningHours = {
      twentyFourSeven: false,
      weekly: [{ dayOfWeek: 'FRIDAY', from: '22:00', to: '24:00' }],
      exceptions: [],
    };
    expect(isOpenAt(lateNight, 'UTC', new Date('2026-12-04T23:59:30Z'))).toBe(true);
    expect(isOpenAt(lateNight, 'UTC', new Date('2026-12-05T00:00:00Z'))).toBe(false);
  });
});

describe('checkOpeningHours', () => {
  it('accepts a well-formed week', () => {
    expect(problems(weekdays9to18)).toEqual([]);
  });

  it('names every problem with its path', () => {
    const bad: OpeningHours = {
      twentyFourSeven: false,
      weekly: [
        { dayOfWeek: 'MONDAY', from: '9:00', to: '18:00' },
        { dayOfWeek: 'TUESDAY', from: '22:00', to: '06:00' },
        { dayOfWeek: 'WEDNESDAY', from: '08:00', to: '12:00' },
        { dayOfWeek: 'WEDNESDAY', from: '11:00', to: '14:00' },
      ],
      exceptions: [
        { date: '2026-02-30', periods: [] },
        { date: '2026-12-24', periods: [] },
        { date: '2026-12-24', periods: [{ from: '10:00', to: '25:00' }] },
      ],
    };
    expect(problems(bad)).toEqual([
      'openingHours.weekly[0].from: must be a time HH:MM from 00:00 to 23:59',
      'openingHours.weekly[1].to: must be later than from (a period never crosses midnight: split it at 24:00)',
      'openingHours.weekly: periods 08:00-12:00 and 11:00-14:00 overlap',
      'openingHours.exceptions[0].date: must be a date YYYY-MM-DD',
      'openingHours.exceptions[2].date: 2026-12-24 is given twice',
      'openingHours.exceptions[2].periods[0].to: must be a time HH:MM from 00:01 to 24:00',
    ]);
  });
});
