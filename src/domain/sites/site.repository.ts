import { and, count, eq, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { paginate, type Page, type PageArgs } from '../../db/paginate.js';
import { chargers, sites } from '../../db/schema/index.js';
import { likePattern } from '../search.js';

export type SiteRow = typeof sites.$inferSelect;
export type SiteValues = Partial<Omit<typeof sites.$inferInsert, 'id' | 'tenantId' | 'createdAt' | 'deletedAt'>>;

export interface SiteFilter {
  search?: string | null;
}

export type SiteOrderField = 'NAME' | 'CREATED_AT';

/** Queries on sites, scoped by tenant. Deleted sites are hidden unless a caller asks for them. */
export function createSiteRepository(db: Db) {
  const live = (tenantId: string) => and(eq(sites.tenantId, tenantId), isNull(sites.deletedAt));
  return {
    async byIds(tenantId: string, ids: readonly string[], opts: { includeDeleted?: boolean } = {}): Promise<SiteRow[]> {
      if (!ids.length) return [];
      const scope = opts.includeDeleted ? eq(sites.tenantId, tenantId) : live(tenantId);
      return db
        .select()
        .from(sites)
        .where(and(scope, inArray(sites.id, [...ids])));
    },

    list(
      tenantId: string,
      filter: SiteFilter,
      order: { field: SiteOrderField; direction: 'asc' | 'desc' },
      page: PageArgs,
    ): Promise<Page<SiteRow>> {
      const conditions: (SQL | undefined)[] = [live(tenantId)];
      if (filter.search) {
        const pattern = likePattern(filter.search);
        conditions.push(or(ilike(sites.name, pattern), ilike(sites.city, pattern), ilike(sites.street, pattern)));
      }
      const column = order.field === 'NAME' ? sites.name : sites.createdAt;
      return paginate<SiteRow>(db, {
        table: sites,
        idColumn: sites.id,
        where: and(...conditions),
        sort: { column, direction: order.direction },
        page,
      });
    },

    async insert(tenantId: string, values: SiteValues & { name: string }): Promise<SiteRow> {
      const [row] = await db
        .insert(sites)
        .values({ ...values, tenantId })
        .returning();
      return row!;
    },

    async update(tenantId: string, id: string, values: SiteValues): Promise<SiteRow | null> {
      const [row] = await db
        .update(sites)
        .set({ ...values, updatedAt: new Date() })
        .where(and(live(tenantId), eq(sites.id, id)))
        .returning();
      return row ?? null;
    },

    async softDelete(tenantId: string, id: string): Promise<boolean> {
      const rows = await db
        .update(sites)
        .set({ deletedAt: new Date() })
        .where(and(live(tenantId), eq(sites.id, id)))
        .returning({ id: sites.id });
      return rows.length > 0;
    },

    async liveChargerCount(tenantId: string, siteId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(chargers)
        .where(and(eq(chargers.tenantId, tenantId), eq(chargers.siteId, siteId), isNull(chargers.deletedAt)));
      return row?.n ?? 0;
    },
  };
}

export type SiteRepository = ReturnType<typeof createSiteRepository>;
