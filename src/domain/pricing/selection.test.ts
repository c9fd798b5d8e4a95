import { describe, expect, it } from 'vitest';
import { selectTariff, type TariffCandidate } from './selection.js';

const c = (
  level: TariffCandidate['level'],
  tariffId: string,
  extra: Partial<TariffCandidate> = {},
): TariffCandidate => ({
  level,
  tariffId,
  priority: 0,
  validFrom: null,
  validUntil: null,
  ...extra,
});
const at = new Date('2025-03-04T08:00:00Z');

describe('which tariff applies', () => {
  it('prefers connector, then charger, then site, then id tag group, then the tenant default', () => {
    const all = [
      c('TENANT_DEFAULT', 'd'),
      c('ID_TAG_GROUP', 'g'),
      c('SITE', 's'),
      c('CHARGER', 'ch'),
      c('CONNECTOR', 'co'),
    ];
    expect(selectTariff(all, at)?.tariffId).toBe('co');
    expect(selectTariff(all.slice(0, 4), at)?.tariffId).toBe('ch');
    expect(selectTariff(all.slice(0, 3), at)?.tariffId).toBe('s');
    expect(selectTariff(all.slice(0, 2), at)?.tariffId).toBe('g');
    expect(selectTariff(all.slice(0, 1), at)?.tariffId).toBe('d');
    expect(selectTariff([], at)).toBeNull();
  });

  it('lets a higher priority beat a more specific level', () => {
    expect(selectTariff([c('CHARGER', 'ch'), c('ID_TAG_GROUP', 'members', { priority: 10 })], at)?.tariffId).toBe(
      'members',
    );
  });

  it('skips a tariff outside its validity window and falls back to the next', () => {
    const expired = c('CHARGER', 'old', { validUntil: new Date('2025-03-01T00:00:00Z') });
    const future = c('SITE', 'new', { validFrom: new Date('2025-04-01T00:00:00Z') });
    expect(selectTariff([expired, future, c('TENANT_DEFAULT', 'd')], at)?.tariffId).toBe('d');
    const startsNow = c('CHARGER', 'now', { validFrom: at, validUntil: new Date('2025-04-01T00:00:00Z') });
    expect(selectTariff([startsNow, c('TENANT_DEFAULT', 'd')], at)?.tariffId).toBe('now');
  });
});
