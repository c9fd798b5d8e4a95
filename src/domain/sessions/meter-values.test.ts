import { describe, expect, it } from 'vitest';
import { energyRegisterWh, normaliseSampledValue, parseDecimal } from './meter-values.js';

const at = new Date('2024-05-01T10:00:00Z');

describe('parseDecimal', () => {
  it('reads plain decimals and refuses anything else', () => {
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('1e3')).toBe(1000);
    for (const bad of ['', ' ', '12,5', '0x1F', 'NaN', 'Infinity', '1 2', 'abc', ' 1'])
      expect(parseDecimal(bad)).toBeNull();
  });
});

describe('normaliseSampledValue', () => {
  it('defaults to the energy import register in Wh (OCPP 1.6 §7.43)', () => {
    expect(normaliseSampledValue(at, { value: '1500' })).toMatchObject({
      measurand: 'Energy.Active.Import.Register',
      value: 1500,
      raw: '1500',
      unit: 'Wh',
      rawUnit: null,
    });
  });

  it('stores kWh as Wh and keeps the raw value and unit', () => {
    expect(normaliseSampledValue(at, { value: '12.345', unit: 'kWh' })).toMatchObject({
      value: 12345,
      raw: '12.345',
      unit: 'Wh',
      rawUnit: 'kWh',
    });
    expect(normaliseSampledValue(at, { value: '7.2', unit: 'kW', measurand: 'Power.Active.Import' })).toMatchObject({
      value: 7200,
      unit: 'W',
    });
  });

  it('keeps phase, context and location, and a non-number as raw text only', () => {
    expect(
      normaliseSampledValue(at, {
        value: 'n/a',
        measurand: 'Voltage',
        unit: 'V',
        phase: 'L1-N',
        context: 'Sample.Periodic',
        location: 'Outlet',
      }),
    ).toMatchObject({
      value: null,
      raw: 'n/a',
      unit: 'V',
      phase: 'L1-N',
      context: 'Sample.Periodic',
      location: 'Outlet',
    });
    expect(normaliseSampledValue(at, { value: 'a1b2', format: 'SignedData' }).value).toBeNull();
  });
});

describe('energyRegisterWh', () => {
  const v = (value: string, extra = {}) => normaliseSampledValue(at, { value, ...extra });
  it('prefers the total register, else sums the phases, else null', () => {
    expect(energyRegisterWh([v('230', { measurand: 'Voltage', unit: 'V' }), v('2', { unit: 'kWh' })])).toBe(2000);
    expect(energyRegisterWh([v('100', { phase: 'L1' }), v('200', { phase: 'L2' })])).toBe(300);
    expect(energyRegisterWh([v('16', { measurand: 'Current.Import', unit: 'A' })])).toBeNull();
    expect(energyRegisterWh([v('2.3926496016393047e+209')])).toBeNull();
    expect(energyRegisterWh([v(String(Number.MAX_SAFE_INTEGER))])).toBe(Number.MAX_SAFE_INTEGER);
  });
});
