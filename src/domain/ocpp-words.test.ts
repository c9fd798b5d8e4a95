import { describe, expect, it } from 'vitest';
import { COMMAND_ERROR_CODES, screamingCase } from './ocpp-words.js';
import { CONNECTOR_ERROR_CODES, DIAGNOSTICS_STATUSES, MEASURANDS, PHASES, STOP_REASONS } from './ocpp-report-words.js';

describe("OCPP's words as the API names them", () => {
  it('spells every kind of OCPP word in SCREAMING_CASE', () => {
    expect(screamingCase('EVDisconnected')).toBe('EV_DISCONNECTED');
    expect(screamingCase('SOCLimitReached')).toBe('SOC_LIMIT_REACHED');
    expect(screamingCase('Energy.Active.Import.Register')).toBe('ENERGY_ACTIVE_IMPORT_REGISTER');
    expect(screamingCase('L1-N')).toBe('L1_N');
    expect(screamingCase('CHARGER_OFFLINE')).toBe('CHARGER_OFFLINE');
  });

  it('maps a stored word to its name and back, and merges the spellings of one meaning', () => {
    expect(MEASURANDS.nameOf('SoC')).toBe('SOC');
    expect(MEASURANDS.wordOf('SOC')).toBe('SoC');
    expect(PHASES.nameOf('L3-L1')).toBe('L3_L1');
    expect(DIAGNOSTICS_STATUSES.nameOf('UploadFailure')).toBe('UPLOAD_FAILED');
    expect(COMMAND_ERROR_CODES.nameOf('FormationViolation')).toBe('FORMAT_VIOLATION');
    expect(STOP_REASONS.wordOf('EV_DISCONNECTED')).toBe('EVDisconnected');
  });

  it('reads a word no list holds as the fallback, never an error, and keeps null', () => {
    expect(MEASURANDS.nameOf('Vendor.Special')).toBe('OTHER');
    expect(CONNECTOR_ERROR_CODES.nameOf('VendorFault')).toBe('OTHER_ERROR');
    expect(STOP_REASONS.nameOrNull(null)).toBeNull();
  });
});
