import { and, eq, exists, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs, SortKey } from '../../db/paginate.js';
import { pageInScope } from '../../db/scoped.js';
import { chargers, connectors, sites } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';
import { likePattern } from '../search.js';
import type { ChargerRow } from './charger.repository.js';

export interface NearPoint {
  latitude: number;
  longitude: number;
  radiusMeters: number;
}

export interface ChargerFilter {
  siteId?: string | null;
  /** Chargers with any connector in one of these statuses (SCREAMING_CASE). */
  status?: string[] | null;
  online?: boolean | null;
  search?: string | null;
  plugType?: string[] | null;
  minPowerW?: number | null;
  maxPowerW?: number | null;
  registrationStatus?: string | null;
  near?: NearPoint | null;
  /** Chargers whose customProperties contain this JSON object. */
  customProperties?: Record<string, unknown> | null;
  /** The charger with a connector of this eMI3 EVSE id (any case, with or without the * separators). */
  evseId?: string | null;
}

export type ChargerOrderField = 'CREATED_AT' | 'OCPP_ID' | 'NAME' | 'LAST_SEEN_AT' | 'DISTANCE';
export interface ChargerOrder {
  field: ChargerOrderField;
  direction: 'asc' | 'desc';
}

/** A listed charger; `__sort` is its distance in metres when ordered by DISTANCE. */
export type ListedCharger = ChargerRow & { __sort?: number };

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle (haversine) distance from the charger's site to a point; NULL without coordinates. */
function siteDistance(point: NearPoint): SQL<number> {
  const { latitude: lat, longitude: lon } = point;
  return sql<number>`(select ${2 * EARTH_RADIUS_M}::float8 * asin(least(1, sqrt(
      power(sin(radians(s.latitude - ${lat}::float8) / 2), 2)
      + cos(radians(${lat}::float8)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - ${lon}::float8) / 2), 2))))
    from ${sites} s where s.id = ${chargers.siteId} and s.latitude is not null and s.longitude is not null)`;
}

function conditions(db: Db, f: ChargerFilter): (SQL | undefined)[] {
  const where: (SQL | undefined)[] = [isNull(chargers.deletedAt)];
  const connectorWhere = (cond: SQL | undefined) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(connectors)
        .where(and(eq(connectors.chargerId, chargers.id), cond)),
    );
  if (f.siteId) where.push(eq(chargers.siteId, f.siteId));
  if (f.online != null) where.push(eq(chargers.online, f.online));
  if (f.registrationStatus) where.push(eq(chargers.registrationStatus, f.registrationStatus));
  if (f.search) {
    const p = likePattern(f.search);
    where.push(
      or(ilike(chargers.ocppId, p), ilike(chargers.name, p), ilike(chargers.vendor, p), ilike(chargers.model, p)),
    );
  }
  if (f.status?.length) where.push(connectorWhere(inArray(connectors.status, f.status)));
  if (f.plugType?.length) where.push(connectorWhere(inArray(connectors.plugType, f.plugType)));
  if (f.minPowerW != null || f.maxPowerW != null) {
    // A charger matches when one of its connectors, or the charger itself, is rated within the range.
    const inRange = (col: typeof connectors.maxPowerW | typeof chargers.maxPowerW) =>
      and(
        f.minPowerW != null ? gte(col, f.minPowerW) : undefined,
        f.maxPowerW != null ? lte(col, f.maxPowerW) : undefined,
      );
    where.push(or(connectorWhere(inRange(connectors.maxPowerW)), inRange(chargers.maxPowerW)));
  }
  if (f.customProperties) where.push(sql`${chargers.customProperties} @> ${JSON.stringify(f.customProperties)}::jsonb`);
  if (f.evseId)
    where.push(
      connectorWhere(sql`replace(${connectors.evseId}, '*', '') = ${f.evseId.replaceAll('*', '').toUpperCase()}`),
    );
  if (f.near) where.push(sql`${siteDistance(f.near)} <= ${f.near.radiusMeters}::float8`);
  return where;
}

function sortKey(order: ChargerOrder, near: NearPoint | null | undefined): SortKey {
  const { direction } = order;
  switch (order.field) {
    case 'DISTANCE':
      return { column: siteDistance(near!), direction, nullable: true };
    case 'OCPP_ID':
      return { column: chargers.ocppId, direction };
    case 'NAME':
      return { column: chargers.name, direction, nullable: true };
    case 'LAST_SEEN_AT':
      return { column: chargers.lastSeenAt, direction, nullable: true };
    default:
      return { column: chargers.createdAt, direction };
  }
}

export function createChargerListRepository(db: Db) {
  return {
    list(scope: Scope, filter: ChargerFilter, order: ChargerOrder, page: PageArgs): Promise<Page<ListedCharger>> {
      return pageInScope<ListedCharger>(db, scope, {
        table: chargers,
        where: conditions(db, filter),
        sort: sortKey(order, filter.near),
        page,
      });
    },
  };
}

export type ChargerListRepository = ReturnType<typeof createChargerListRepository>;
