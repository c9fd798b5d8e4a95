import { describe, expect, it } from 'vitest';
import { divRound, fitsMinor, formatMinor, formatRatio, normalizeDec, toMinor } from './decimal.js';
import { localTime, zonedInstant } from './local-time.js';

describe('exact decimals', () => {
  it('rounds half away from zero, or up/down as asked', () => {
    expect([divRound(5n, 2n), divRound(-5n, 2n), divRound(4n, 3n), divRound(5n, 3n)]).toEqual([3n, -3n, 1n, 2n]);
    expect([divRound(7n, 5n, 'UP'), divRound(9n, 5n, 'DOWN'), divRound(10n, 5n, 'UP')]).toEqual([2n, 1n, 2n]);
  });

  it('converts between decimal strings and minor units without floats', () => {
    expect(toMinor('0.1', 2) + toMinor('0.2', 2)).toBe(30n); // 0.1 + 0.2 === 0.3 here
    expect(toMinor('2.345', 2)).toBe(235n);
    expect(formatMinor(1015, 2)).toBe('10.15');
    expect(formatMinor(-5, 2)).toBe('-0.05');
    expect(formatMinor(556, 0)).toBe('556');
    expect(fitsMinor('1.50', 2)).toBe(true);
    expect(fitsMinor('1.505', 2)).toBe(false);
  });

  it('formats ratios and normalises', () => {
    expect(formatRatio(70n, 60n, 6)).toBe('1.166667');
    expect(formatRatio(12_345_000n, 1_000_000n, 6)).toBe('12.345');
    expect(normalizeDec('0.390000')).toBe('0.39');
    expect(normalizeDec('19.000')).toBe('19');
  });
});

describe('local time', () => {
  it('reads wall-clock time and weekday in a zone', () => {
    expect(localTime(Date.parse('2025-03-07T23:30:00Z'), 'Europe/Berlin')).toEqual({
      date: '2025-03-08',
      minuteOfDay: 30,
      dayOfWeek: 'SATURDAY',
    });
  });

  it('finds the instant of a local time, in winter and in summer', () => {
    expect(new Date(zonedInstant('2025-01-15', 22 * 60, 'Europe/Berlin')).toISOString()).toBe(
      '2025-01-15T21:00:00.000Z',
    );
    expect(new Date(zonedInstant('2025-07-15', 22 * 60, 'Europe/Berlin')).toISOString()).toBe(
      '2025-07-15T20:00:00.000Z',
    );
    expect(new Date(zonedInstant('2025-07-15', 0, 'America/New_York')).toISOString()).toBe('2025-07-15T04:00:00.000Z');
  });
});
