import { and, arrayContains, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { inScope, pageInScope, tenantRowOf } from '../../db/scoped.js';
import { chargers, connectors, idTags, sites, tariffs, tenants } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';
import type { TariffCandidate, TariffLevel } from '../pricing/selection.js';
import type { columnsOf, TariffRow } from './tariff.fields.js';

export type TariffColumns = ReturnType<typeof columnsOf>;
export type TariffCandidateRow = TariffCandidate & { row: TariffRow };

export interface TariffFilter {
  search?: string | null;
  currency?: string | null;
}

/** Queries on tariffs and on where they are attached, in the caller's Scope. */
export function createTariffRepository(db: Db) {
  const live = (scope: Scope, ...conditions: (SQL | undefined)[]) =>
    inScope(scope, tariffs, isNull(tariffs.deletedAt), ...conditions);
  return {
    async insert(scope: Scope, values: TariffColumns): Promise<TariffRow> {
      const [row] = await db
        .insert(tariffs)
        .values({ ...values, tenantId: scope.tenantId })
        .returning();
      return row!;
    },

    async update(scope: Scope, id: string, values: TariffColumns): Promise<TariffRow | null> {
      const [row] = await db
        .update(tariffs)
        .set({ ...values, updatedAt: new Date() })
        .where(live(scope, eq(tariffs.id, id)))
        .returning();
      return row ?? null;
    },

    /** Soft delete: sessions that locked this tariff keep their snapshot; no new session selects it. */
    async softDelete(scope: Scope, id: string): Promise<boolean> {
      const rows = await db
        .update(tariffs)
        .set({ deletedAt: new Date() })
        .where(live(scope, eq(tariffs.id, id)))
        .returning({ id: tariffs.id });
      return rows.length > 0;
    },

    async byIds(scope: Scope, ids: readonly string[]): Promise<TariffRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(tariffs)
        .where(live(scope, inArray(tariffs.id, [...ids])));
    },

    // `filter: null` from GraphQL is not undefined: a default parameter would not replace it (the fuzzer).
    page(scope: Scope, args: PageArgs, given?: TariffFilter | null): Promise<Page<TariffRow>> {
      const filter = given ?? {};
      return pageInScope<TariffRow>(db, scope, {
        table: tariffs,
        where: [
          isNull(tariffs.deletedAt),
          filter.search ? ilike(tariffs.name, `%${filter.search.replace(/[\\%_]/g, '\\$&')}%`) : undefined,
          filter.currency ? eq(tariffs.currency, filter.currency) : undefined,
        ],
        sort: { column: tariffs.createdAt, direction: 'asc' },
        page: args,
      });
    },

    async setOnCharger(scope: Scope, chargerId: string, tariffId: string | null): Promise<boolean> {
      const rows = await db
        .update(chargers)
        .set({ tariffId })
        .where(inScope(scope, chargers, eq(chargers.id, chargerId), isNull(chargers.deletedAt)))
        .returning({ id: chargers.id });
      return rows.length > 0;
    },

    /** The tariff attached directly to each connector (by connector row id); null where none is. */
    async connectorTariffIds(scope: Scope, ids: readonly string[]): Promise<Map<string, string | null>> {
      if (!ids.length) return new Map();
      const rows = await db
        .select({ id: connectors.id, tariffId: connectors.tariffId })
        .from(connectors)
        .where(inScope(scope, connectors, inArray(connectors.id, [...ids])));
      return new Map(rows.map((r) => [r.id, r.tariffId]));
    },

    async tenantDefault(scope: Scope): Promise<string | null> {
      const [row] = await db.select({ id: tenants.defaultTariffId }).from(tenants).where(tenantRowOf(scope));
      return row?.id ?? null;
    },

    async chargerExists(scope: Scope, chargerId: string): Promise<boolean> {
      const rows = await db
        .select({ id: chargers.id })
        .from(chargers)
        .where(inScope(scope, chargers, eq(chargers.id, chargerId), isNull(chargers.deletedAt)));
      return rows.length > 0;
    },

    async setOnSite(scope: Scope, siteId: string, tariffId: string | null): Promise<boolean> {
      const rows = await db
        .update(sites)
        .set({ tariffId })
        .where(inScope(scope, sites, eq(sites.id, siteId), isNull(sites.deletedAt)))
        .returning({ id: sites.id });
      return rows.length > 0;
    },

    /** The connector row may not exist before the charger's first StatusNotification: create it. */
    async setOnConnector(scope: Scope, chargerId: string, connectorId: number, tariffId: string | null): Promise<void> {
      await db
        .insert(connectors)
        .values({ tenantId: scope.tenantId, chargerId, connectorId, tariffId })
        .onConflictDoUpdate({ target: [connectors.chargerId, connectors.connectorId], set: { tariffId } });
    },

    async setTenantDefault(scope: Scope, tariffId: string | null): Promise<void> {
      await db.update(tenants).set({ defaultTariffId: tariffId }).where(tenantRowOf(scope));
    },

    /** Offers a tariff to an id tag group, or (tariffId null) takes the group off every tariff. */
    async setForIdTagGroup(scope: Scope, group: string, tariffId: string | null): Promise<void> {
      if (tariffId) {
        await db
          .update(tariffs)
          .set({ idTagGroups: sql`array_append(array_remove(${tariffs.idTagGroups}, ${group}), ${group})` })
          .where(live(scope, eq(tariffs.id, tariffId)));
      } else {
        await db
          .update(tariffs)
          .set({ idTagGroups: sql`array_remove(${tariffs.idTagGroups}, ${group})` })
          .where(live(scope, arrayContains(tariffs.idTagGroups, [group])));
      }
    },

    /** Every live tariff attached where this session happens, each with the level it is attached at. */
    async candidates(
      scope: Scope,
      at: { chargerId: string; connectorId: number; idTag: string | null },
    ): Promise<TariffCandidateRow[]> {
      const [place] = await db
        .select({
          connector: connectors.tariffId,
          charger: chargers.tariffId,
          site: sites.tariffId,
          tenant: tenants.defaultTariffId,
        })
        .from(chargers)
        .innerJoin(tenants, eq(tenants.id, chargers.tenantId))
        .leftJoin(connectors, and(eq(connectors.chargerId, chargers.id), eq(connectors.connectorId, at.connectorId)))
        .leftJoin(sites, and(eq(sites.id, chargers.siteId), isNull(sites.deletedAt)))
        .where(inScope(scope, chargers, eq(chargers.id, at.chargerId)));
      const group = at.idTag ? await groupOf(db, scope, at.idTag) : null;
      const levels: [TariffLevel, string | null | undefined][] = [
        ['CONNECTOR', place?.connector],
        ['CHARGER', place?.charger],
        ['SITE', place?.site],
        ['TENANT_DEFAULT', place?.tenant],
      ];
      const ids = levels.map(([, id]) => id).filter((id): id is string => !!id);
      const byGroup = group ? arrayContains(tariffs.idTagGroups, [group]) : undefined;
      if (!ids.length && !byGroup) return [];
      const rows = await db
        .select()
        .from(tariffs)
        .where(live(scope, or(ids.length ? inArray(tariffs.id, ids) : undefined, byGroup)));
      const candidate = (level: TariffLevel, row: TariffRow): TariffCandidateRow => ({
        level,
        tariffId: row.id,
        priority: row.priority,
        validFrom: row.validFrom,
        validUntil: row.validUntil,
        row,
      });
      const found = levels.flatMap(([level, id]) => rows.filter((r) => r.id === id).map((r) => candidate(level, r)));
      if (group)
        found.push(...rows.filter((r) => r.idTagGroups.includes(group)).map((r) => candidate('ID_TAG_GROUP', r)));
      return found;
    },
  };
}

async function groupOf(db: Db, scope: Scope, idTag: string): Promise<string | null> {
  const [row] = await db
    .select({ group: idTags.groupName })
    .from(idTags)
    .where(inScope(scope, idTags, sql`lower(${idTags.value}) = lower(${idTag})`, isNull(idTags.deletedAt)));
  return row?.group ?? null;
}

export type TariffRepository = ReturnType<typeof createTariffRepository>;
