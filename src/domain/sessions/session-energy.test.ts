import { describe, expect, it } from 'vitest';
import { sessionDurationSeconds, sessionEnergyWh, type SessionMeters } from './session-energy.js';

const base: SessionMeters = {
  status: 'ACTIVE',
  startedAt: new Date('2025-03-04T08:00:00Z'),
  stoppedAt: null,
  meterStartWh: 1000,
  meterStopWh: null,
  lastMeterWh: null,
};

describe('session energy', () => {
  it('is meterStop - meterStart once stopped', () => {
    expect(sessionEnergyWh({ ...base, status: 'COMPLETED', meterStopWh: 3500, lastMeterWh: 3400 })).toBe(2500);
  });

  it('uses the latest register while active, from the row or else from the meter values', () => {
    expect(sessionEnergyWh({ ...base, lastMeterWh: 1800 })).toBe(800);
    expect(sessionEnergyWh(base, 1250)).toBe(250);
    expect(sessionEnergyWh(base)).toBe(0);
  });

  it('is unknown without a start reading, and never negative', () => {
    expect(sessionEnergyWh({ ...base, meterStartWh: null })).toBeNull();
    expect(sessionEnergyWh({ ...base, status: 'COMPLETED', meterStopWh: 900 })).toBe(0);
    expect(sessionEnergyWh({ ...base, status: 'FAILED' })).toBeNull();
  });
});

describe('session duration', () => {
  it('runs to the stop, or to now while active', () => {
    expect(sessionDurationSeconds({ ...base, stoppedAt: new Date('2025-03-04T09:30:00Z') })).toBe(5400);
    expect(sessionDurationSeconds(base, new Date('2025-03-04T08:01:00Z'))).toBe(60);
    expect(sessionDurationSeconds({ ...base, status: 'PENDING', startedAt: null })).toBeNull();
  });
});
