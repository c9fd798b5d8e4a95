import { describe, expect, it } from 'vitest';
import { wireCommand } from './gateway.js';

describe('wireCommand', () => {
  const profile = { connectorId: 1, csChargingProfiles: {} };

  it('refuses a command checked for another version than the socket speaks (the charger switched meanwhile)', () => {
    expect(() => wireCommand('CP-1', 'ocpp1.6', 'SetChargingProfile', profile, { checkedFor: '2.0.1' })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/reconnected with OCPP 1\.6/) }),
    );
    expect(wireCommand('CP-1', 'ocpp1.6', 'SetChargingProfile', profile, { checkedFor: '1.6' }).payload).toEqual(
      profile,
    );
  });
});
