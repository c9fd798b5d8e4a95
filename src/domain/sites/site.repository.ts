import { count, eq, ilike, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { inScope, pageInScope } from '../../db/scoped.js';
import { chargers, sites } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';
import { likePattern } from '../search.js';

export type SiteRow = typeof sites.$inferSelect;
export type SiteValues = Partial<Omit<typeof sites.$inferInsert, 'id' | 'tenantId' | 'createdAt' | 'deletedAt'>>;

export interface SiteFilter {
  search?: string | null;
}

export type SiteOrderField = 'NAME' | 'CREATED_AT';

/** Queries on sites, scoped by tenant. Deleted sites are hidden unless a caller asks for them. */
export function createSiteRepository(db: Db) {
  const live = isNull(sites.deletedAt);
  return {
    async byIds(scope: Scope, ids: readonly string[], opts: { includeDeleted?: boolean } = {}): Promise<SiteRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(sites)
        .where(inScope(scope, sites, opts.includeDeleted ? undefined : live, inArray(sites.id, [...ids])));
    },

    list(
      scope: Scope,
      filter: SiteFilter,
      order: { field: SiteOrderField; direction: 'asc' | 'desc' },
      page: PageArgs,
    ): Promise<Page<SiteRow>> {
      const pattern = filter.search ? likePattern(filter.search) : null;
      const column = order.field === 'NAME' ? sites.name : sites.createdAt;
      return pageInScope<SiteRow>(db, scope, {
        table: sites,
        where: [
          live,
          pattern
            ? or(ilike(sites.name, pattern), ilike(sites.city, pattern), ilike(sites.street, pattern))
            : undefined,
        ],
        sort: { column, direction: order.direction },
        page,
      });
    },

    async insert(scope: Scope, values: SiteValues & { name: string }): Promise<SiteRow> {
      const [row] = await db
        .insert(sites)
        .values({ ...values, tenantId: scope.tenantId })
        .returning();
      return row!;
    },

    async update(scope: Scope, id: string, values: SiteValues): Promise<SiteRow | null> {
      const [row] = await db
        .update(sites)
        .set({ ...values, updatedAt: new Date() })
        .where(inScope(scope, sites, live, eq(sites.id, id)))
        .returning();
      return row ?? null;
    },

    async softDelete(scope: Scope, id: string): Promise<boolean> {
      const rows = await db
        .update(sites)
        .set({ deletedAt: new Date() })
        .where(inScope(scope, sites, live, eq(sites.id, id)))
        .returning({ id: sites.id });
      return rows.length > 0;
    },

    async liveChargerCount(scope: Scope, siteId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(chargers)
        .where(inScope(scope, chargers, eq(chargers.siteId, siteId), isNull(chargers.deletedAt)));
      return row?.n ?? 0;
    },
  };
}

export type SiteRepository = ReturnType<typeof createSiteRepository>;
