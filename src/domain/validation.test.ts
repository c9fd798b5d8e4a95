import { describe, expect, it } from 'vitest';
import { InputChecker, InvalidInputError } from './errors.js';
import { checkLocation, isCountryCode, isCurrencyCode, isTimeZone } from './validation.js';

describe('shared input rules', () => {
  it('names each coordinate that is out of range', () => {
    const checker = new InputChecker();
    checkLocation(checker, { latitude: 91, longitude: -181 });
    expect(() => checker.throwIfAny()).toThrow(InvalidInputError);
    try {
      checker.throwIfAny();
    } catch (err) {
      expect((err as InvalidInputError).problems.map((p) => p.field)).toEqual([
        'location.latitude',
        'location.longitude',
      ]);
    }
    const fine = new InputChecker();
    checkLocation(fine, { latitude: -90, longitude: 180 });
    expect(() => fine.throwIfAny()).not.toThrow();
  });

  it('knows time zones, countries and currencies', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isCountryCode('DE')).toBe(true);
    expect(isCountryCode('de')).toBe(false);
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('EURO')).toBe(false);
    expect(isCurrencyCode('XYZ')).toBe(false);
  });
});
