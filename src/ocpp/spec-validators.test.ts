import { describe, expect, it } from 'vitest';
import { refusalOf } from './spec-validators.js';

const status = { connectorId: 1, status: 'Available', errorCode: 'NoError' };
const deep = (depth: number) => JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));

describe('strict validation as OCPP defines it', () => {
  it('holds integers to 32 bits, except meter registers', () => {
    expect(refusalOf('ocpp1.6', 'StatusNotification', { ...status, connectorId: 2 ** 31 - 1 })).toBeNull();
    expect(refusalOf('ocpp1.6', 'StatusNotification', { ...status, connectorId: 2 ** 31 })).toBe('FormationViolation');
    const start = { connectorId: 1, idTag: 'T', meterStart: 2 ** 40, timestamp: '2026-12-05T10:00:00Z' };
    expect(refusalOf('ocpp1.6', 'StartTransaction', start)).toBeNull();
    expect(refusalOf('ocpp1.6', 'StartTransaction', { ...start, meterStart: 2 ** 60 })).toBe('FormationViolation');
  });

  it('names a missing field OccurrenceConstraintViolation in both versions', () => {
    expect(refusalOf('ocpp1.6', 'StatusNotification', { connectorId: 1 })).toBe('OccurrenceConstraintViolation');
    expect(refusalOf('ocpp2.0.1', 'Heartbeat', { customData: {} })).toBe('OccurrenceConstraintViolation');
  });

  it('refuses JSON nested deeper than any OCPP message, even where the schema takes any value', () => {
    expect(refusalOf('ocpp2.0.1', 'DataTransfer', { vendorId: 'v', data: deep(20) })).toBeNull();
    expect(refusalOf('ocpp2.0.1', 'DataTransfer', { vendorId: 'v', data: deep(4000) })).toBe('FormatViolation');
  });
});
