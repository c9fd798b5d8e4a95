import { describe, expect, it } from 'vitest';
import { toStatusEnum } from './status.js';

describe('toStatusEnum', () => {
  it('maps OCPP 1.6 statuses to SCREAMING_CASE', () => {
    expect(toStatusEnum('Available')).toBe('AVAILABLE');
    expect(toStatusEnum('SuspendedEV')).toBe('SUSPENDED_EV');
    expect(toStatusEnum('SuspendedEVSE')).toBe('SUSPENDED_EVSE');
    expect(toStatusEnum('Charging')).toBe('CHARGING');
  });
});
