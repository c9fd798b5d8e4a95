import { describe, expect, it } from 'vitest';
import { advance, drawW, sampledValues, startReading, type EvProfile } from './meter.js';

const ev: EvProfile = { batteryWh: 50_000, startSoc: 20, maxPowerW: 11_000 };

describe('the virtual meter', () => {
  it('raises the energy register by power x time and fills the battery', () => {
    let r = startReading(1_000, ev);
    r = advance(r, ev, 3600, 22_000);
    expect(r.powerW).toBe(11_000);
    expect(r.registerWh).toBeCloseTo(12_000, 0);
    expect(r.socPercent).toBeCloseTo(42, 0);
    expect(r.currentA).toBeCloseTo(11_000 / (230 * 3), 1);
  });

  it('never lets the register fall and stops drawing at 100 % SoC', () => {
    let r = startReading(0, { ...ev, startSoc: 95 });
    let last = r.registerWh;
    for (let i = 0; i < 200; i++) {
      r = advance(r, ev, 600, 22_000, Math.sin(i));
      expect(r.registerWh).toBeGreaterThanOrEqual(last);
      last = r.registerWh;
    }
    expect(r.socPercent).toBe(100);
    expect(advance(r, ev, 60, 22_000).powerW).toBe(0);
  });

  it('tapers above 80 % and obeys a charging profile limit', () => {
    expect(drawW(ev, 90, 22_000)).toBe(5_500);
    expect(drawW(ev, 50, 3_680)).toBe(3_680);
  });

  it('holds a current limit whatever the voltage: the current never passes it', () => {
    const r = advance(startReading(0, ev), ev, 10, 22_000, -1, 6.3);
    expect(r.voltageV).toBe(227);
    expect(r.currentA).toBeLessThanOrEqual(6.3);
    expect(r.currentA).toBeGreaterThan(6.2);
  });

  it('reports every measurand as a string with its unit', () => {
    const values = sampledValues({
      registerWh: 1234.56,
      powerW: 7000,
      currentA: 10.1,
      voltageV: 229.5,
      socPercent: 55.4,
    });
    expect(values.map((v) => [v.measurand, v.value, v.unit])).toEqual([
      ['Energy.Active.Import.Register', '1234.6', 'Wh'],
      ['Power.Active.Import', '7000', 'W'],
      ['Current.Import', '10.10', 'A'],
      ['Current.Import', '10.10', 'A'],
      ['Current.Import', '10.10', 'A'],
      ['Voltage', '229.5', 'V'],
      ['SoC', '55', 'Percent'],
    ]);
  });
});
