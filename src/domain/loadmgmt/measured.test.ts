import { describe, expect, it } from 'vitest';
import type { MeterValueData } from '../../events/events.js';
import { highest, phaseCurrentsOf, toGridPhases } from './measured.js';

const v = (measurand: string, value: number, phase: string | null = null, unit = 'A'): MeterValueData => ({
  timestamp: new Date(0),
  measurand,
  value,
  raw: String(value),
  unit,
  phase,
  context: null,
  location: null,
});

describe('measured current', () => {
  it('reads Current.Import per phase and ignores other measurands', () => {
    const c = phaseCurrentsOf([
      v('Current.Import', 6.2, 'L1'),
      v('Current.Import', 6.1, 'L2-N'),
      v('Voltage', 230, 'L1-N', 'V'),
    ]);
    expect(c).toEqual([6.2, 6.1, null]);
    expect(highest(c)).toBe(6.2);
  });

  it('a value without a phase stands for every phase; none at all is null', () => {
    expect(phaseCurrentsOf([v('Current.Import', 10)])).toEqual([10, 10, 10]);
    expect(phaseCurrentsOf([v('Power.Active.Import', 7000, null, 'W')])).toBeNull();
  });

  it('maps a rotated charger onto the grid: STR puts its L1 on L2', () => {
    expect(toGridPhases([16, null, null], 'STR')).toEqual([null, 16, null]);
    expect(toGridPhases([1, 2, 3], 'RST')).toEqual([1, 2, 3]);
  });
});
