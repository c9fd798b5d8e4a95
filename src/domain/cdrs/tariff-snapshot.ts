import type { TariffSnapshot } from '../pricing/pricing.repository.js';
import type { ChargeDetailRecordRow } from './cdr.repository.js';

/**
 * The tariff a record was priced by, as locked at the session's start, flat as GraphQL's
 * TariffSnapshot reads it (and the webhook's `tariffSnapshot`): the tariff's prices and terms
 * beside how it was chosen and where.
 */
export function tariffSnapshotOf(record: ChargeDetailRecordRow) {
  const { tariff, level, powerType, timeZone, lockedAt } = (record.data as { tariff: TariffSnapshot }).tariff;
  const { id, ...terms } = tariff;
  return {
    tariffId: id,
    ...terms,
    level,
    powerType,
    timeZone,
    lockedAt: new Date(lockedAt),
  };
}

export type TariffSnapshotData = ReturnType<typeof tariffSnapshotOf>;
