import { and, arrayContains, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { paginate, type Page, type PageArgs } from '../../db/paginate.js';
import { chargers, connectors, idTags, sites, tariffs, tenants } from '../../db/schema/index.js';
import type { TariffCandidate, TariffLevel } from '../pricing/selection.js';
import type { columnsOf, TariffRow } from './tariff.fields.js';

export type TariffColumns = ReturnType<typeof columnsOf>;
export type TariffCandidateRow = TariffCandidate & { row: TariffRow };

export interface TariffFilter {
  search?: string | null;
  currency?: string | null;
}

/** Queries on tariffs and on where they are attached. Scoped by `tenantId` here, never in resolvers. */
export function createTariffRepository(db: Db) {
  const live = (tenantId: string) => and(eq(tariffs.tenantId, tenantId), isNull(tariffs.deletedAt));
  return {
    async insert(tenantId: string, values: TariffColumns): Promise<TariffRow> {
      const [row] = await db
        .insert(tariffs)
        .values({ ...values, tenantId })
        .returning();
      return row!;
    },

    async update(tenantId: string, id: string, values: TariffColumns): Promise<TariffRow | null> {
      const [row] = await db
        .update(tariffs)
        .set({ ...values, updatedAt: new Date() })
        .where(and(live(tenantId), eq(tariffs.id, id)))
        .returning();
      return row ?? null;
    },

    /** Soft delete: sessions that locked this tariff keep their snapshot; no new session selects it. */
    async softDelete(tenantId: string, id: string): Promise<boolean> {
      const rows = await db
        .update(tariffs)
        .set({ deletedAt: new Date() })
        .where(and(live(tenantId), eq(tariffs.id, id)))
        .returning({ id: tariffs.id });
      return rows.length > 0;
    },

    async byIds(tenantId: string, ids: readonly string[]): Promise<TariffRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(tariffs)
        .where(and(live(tenantId), inArray(tariffs.id, [...ids])));
    },

    page(tenantId: string, args: PageArgs, filter: TariffFilter = {}): Promise<Page<TariffRow>> {
      const where: (SQL | undefined)[] = [live(tenantId)];
      if (filter.search) where.push(ilike(tariffs.name, `%${filter.search.replace(/[\\%_]/g, '\\$&')}%`));
      if (filter.currency) where.push(eq(tariffs.currency, filter.currency));
      return paginate<TariffRow>(db, {
        table: tariffs,
        idColumn: tariffs.id,
        where: and(...where),
        sort: { column: tariffs.createdAt, direction: 'asc' },
        page: args,
      });
    },

    async setOnCharger(tenantId: string, chargerId: string, tariffId: string | null): Promise<boolean> {
      const rows = await db
        .update(chargers)
        .set({ tariffId })
        .where(and(eq(chargers.tenantId, tenantId), eq(chargers.id, chargerId), isNull(chargers.deletedAt)))
        .returning({ id: chargers.id });
      return rows.length > 0;
    },

    /** The tariff attached directly to each connector (by connector row id); null where none is. */
    async connectorTariffIds(tenantId: string, ids: readonly string[]): Promise<Map<string, string | null>> {
      if (!ids.length) return new Map();
      const rows = await db
        .select({ id: connectors.id, tariffId: connectors.tariffId })
        .from(connectors)
        .where(and(eq(connectors.tenantId, tenantId), inArray(connectors.id, [...ids])));
      return new Map(rows.map((r) => [r.id, r.tariffId]));
    },

    async tenantDefault(tenantId: string): Promise<string | null> {
      const [row] = await db.select({ id: tenants.defaultTariffId }).from(tenants).where(eq(tenants.id, tenantId));
      return row?.id ?? null;
    },

    async chargerExists(tenantId: string, chargerId: string): Promise<boolean> {
      const rows = await db
        .select({ id: chargers.id })
        .from(chargers)
        .where(and(eq(chargers.tenantId, tenantId), eq(chargers.id, chargerId), isNull(chargers.deletedAt)));
      return rows.length > 0;
    },

    async setOnSite(tenantId: string, siteId: string, tariffId: string | null): Promise<boolean> {
      const rows = await db
        .update(sites)
        .set({ tariffId })
        .where(and(eq(sites.tenantId, tenantId), eq(sites.id, siteId), isNull(sites.deletedAt)))
        .returning({ id: sites.id });
      return rows.length > 0;
    },

    /** The connector row may not exist before the charger's first StatusNotification: create it. */
    async setOnConnector(
      tenantId: string,
      chargerId: string,
      connectorId: number,
      tariffId: string | null,
    ): Promise<void> {
      await db
        .insert(connectors)
        .values({ tenantId, chargerId, connectorId, tariffId })
        .onConflictDoUpdate({ target: [connectors.chargerId, connectors.connectorId], set: { tariffId } });
    },

    async setTenantDefault(tenantId: string, tariffId: string | null): Promise<void> {
      await db.update(tenants).set({ defaultTariffId: tariffId }).where(eq(tenants.id, tenantId));
    },

    /** Offers a tariff to an id tag group, or (tariffId null) takes the group off every tariff. */
    async setForIdTagGroup(tenantId: string, group: string, tariffId: string | null): Promise<void> {
      if (tariffId) {
        await db
          .update(tariffs)
          .set({ idTagGroups: sql`array_append(array_remove(${tariffs.idTagGroups}, ${group}), ${group})` })
          .where(and(live(tenantId), eq(tariffs.id, tariffId)));
      } else {
        await db
          .update(tariffs)
          .set({ idTagGroups: sql`array_remove(${tariffs.idTagGroups}, ${group})` })
          .where(and(live(tenantId), arrayContains(tariffs.idTagGroups, [group])));
      }
    },

    /** Every live tariff attached where this session happens, each with the level it is attached at. */
    async candidates(
      tenantId: string,
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
        .where(and(eq(chargers.tenantId, tenantId), eq(chargers.id, at.chargerId)));
      const group = at.idTag ? await groupOf(db, tenantId, at.idTag) : null;
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
        .where(and(live(tenantId), or(ids.length ? inArray(tariffs.id, ids) : undefined, byGroup)));
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

async function groupOf(db: Db, tenantId: string, idTag: string): Promise<string | null> {
  const [row] = await db
    .select({ group: idTags.groupName })
    .from(idTags)
    .where(and(eq(idTags.tenantId, tenantId), sql`lower(${idTags.value}) = lower(${idTag})`, isNull(idTags.deletedAt)));
  return row?.group ?? null;
}

export type TariffRepository = ReturnType<typeof createTariffRepository>;
