/** Where a tariff was attached; earlier is more specific. */
export const TARIFF_LEVELS = ['CONNECTOR', 'CHARGER', 'SITE', 'ID_TAG_GROUP', 'TENANT_DEFAULT'] as const;
export type TariffLevel = (typeof TARIFF_LEVELS)[number];

export interface TariffCandidate {
  level: TariffLevel;
  tariffId: string;
  priority: number;
  validFrom: Date | null;
  validUntil: Date | null;
}

/**
 * Which tariff prices a session starting at `at`: among the tariffs attached to its connector,
 * charger, site, the driver's id tag group and the tenant default, those valid at `at`
 * (validFrom inclusive, validUntil exclusive; deleted tariffs are never candidates) compete:
 * the highest priority wins, then the most specific level. With equal priorities this is
 * connector, then charger, then site, then group, then the tenant default (API.md precedence);
 * a higher priority lets, say, a members' group tariff beat every location tariff.
 */
export function selectTariff<C extends TariffCandidate>(candidates: C[], at: Date): C | null {
  const t = at.getTime();
  const valid = candidates.filter(
    (c) => (!c.validFrom || c.validFrom.getTime() <= t) && (!c.validUntil || t < c.validUntil.getTime()),
  );
  valid.sort((a, b) => b.priority - a.priority || TARIFF_LEVELS.indexOf(a.level) - TARIFF_LEVELS.indexOf(b.level));
  return valid[0] ?? null;
}
