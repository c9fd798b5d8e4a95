import { describe, expect, it } from 'vitest';
import { parseOcppTime } from './time.js';

describe('parseOcppTime', () => {
  it('reads RFC 3339 times as they are', () => {
    expect(parseOcppTime('2024-05-01T10:00:00Z')).toEqual({ date: new Date('2024-05-01T10:00:00Z'), quirk: null });
    expect(parseOcppTime('2024-05-01T10:00:00.123+02:00')).toEqual({
      date: new Date('2024-05-01T08:00:00.123Z'),
      quirk: null,
    });
  });

  it('reads an hour-only offset such as +03 and flags it', () => {
    expect(parseOcppTime('2024-05-01T10:00:00+03')).toEqual({
      date: new Date('2024-05-01T07:00:00Z'),
      quirk: 'shortOffset',
    });
    expect(parseOcppTime('2024-05-01T10:00:00-0130')).toEqual({
      date: new Date('2024-05-01T11:30:00Z'),
      quirk: 'shortOffset',
    });
  });

  it('treats a time without a zone as UTC and flags it', () => {
    expect(parseOcppTime('2024-05-01T10:00:00')).toEqual({ date: new Date('2024-05-01T10:00:00Z'), quirk: 'zoneless' });
  });

  it('accepts a space instead of T and flags it', () => {
    expect(parseOcppTime('2024-05-01 10:00:00Z')).toEqual({
      date: new Date('2024-05-01T10:00:00Z'),
      quirk: 'spaceSeparator',
    });
  });

  it('falls back to now for text that is no time at all', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(parseOcppTime('yesterday', () => now)).toEqual({ date: now, quirk: 'unparsable' });
    expect(parseOcppTime('2024-13-45T99:00:00Z', () => now)).toEqual({ date: now, quirk: 'unparsable' });
  });
});
