import { describe, expect, it } from 'vitest';
import { capabilitiesFromProfiles, isEvseId } from './charger-facts.js';

describe('isEvseId (eMI3)', () => {
  it('accepts ids with or without separators, in any case', () => {
    for (const id of ['DE*ABC*E123*1', 'DEABCE1231', 'de*abc*e123', 'FR*A23*E45B*78C', 'NL*EVB*E12345'])
      expect(isEvseId(id), id).toBe(true);
  });

  it('refuses what is not one', () => {
    for (const id of ['DE*ABC*123', 'DE*ABC', 'D*ABC*E1', 'DE*ABCE1', 'DE*AB*E1', 'DE-ABC-E1', '', 'DE*ABC*E'])
      expect(isEvseId(id), id).toBe(false);
  });
});

describe('capabilitiesFromProfiles (OCPP 1.6 SupportedFeatureProfiles)', () => {
  it('maps the profiles a charger announces', () => {
    expect(
      capabilitiesFromProfiles('Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging'),
    ).toEqual(['CHARGING_PROFILE_CAPABLE', 'REMOTE_START_STOP_CAPABLE', 'RESERVABLE', 'UNLOCK_CAPABLE']);
    expect(capabilitiesFromProfiles('Core')).toEqual(['REMOTE_START_STOP_CAPABLE', 'UNLOCK_CAPABLE']);
  });

  it('knows nothing when the key was never read', () => {
    expect(capabilitiesFromProfiles(null)).toBeNull();
  });
});
