import { and, count, eq, ilike, inArray, isNotNull, isNull, not, or, sql, type SQL } from 'drizzle-orm';
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
  public?: boolean | null;
  externalId?: string | null;
  /** Children of this site (and, with includeSubSites, their children, all the way down). */
  parentId?: string | null;
  includeSubSites?: boolean | null;
  parkingType?: readonly string[] | null;
  /** Sites whose customProperties contain this object (JSON containment). */
  customProperties?: Record<string, unknown> | null;
  /** Open (true) or closed (false) at `at` by their opening hours; sites without hours match neither. */
  open?: { at: Date; open: boolean } | null;
}

/**
 * Whether a site is open at an instant, in its own time zone: the SQL twin of
 * `opening-hours.ts#isOpenAt` (same rules, same order; test/api-site-details checks they agree).
 * Times compare as "HH:MM" text in the C collation, so "24:00" sorts after every real time.
 */
export function openAt(at: Date): SQL {
  const local = sql`(${at.toISOString()}::timestamptz at time zone ${sites.timezone})`;
  const date = sql`to_char(${local}, 'YYYY-MM-DD')`;
  const hhmm = sql`(to_char(${local}, 'HH24:MI') collate "C")`;
  const day = sql`to_char(${local}, 'FMDAY')`;
  const hours = sites.openingHours;
  const within = (p: SQL) => sql`((${p}->>'from') collate "C") <= ${hhmm} and ${hhmm} < ((${p}->>'to') collate "C")`;
  return sql`(case
    when exists (select 1 from jsonb_array_elements(${hours}->'exceptions') e where e->>'date' = ${date})
      then exists (select 1 from jsonb_array_elements(${hours}->'exceptions') e, jsonb_array_elements(e->'periods') p
        where e->>'date' = ${date} and ${within(sql`p`)})
    when (${hours}->>'twentyFourSeven')::boolean then true
    else exists (select 1 from jsonb_array_elements(${hours}->'weekly') p where p->>'dayOfWeek' = ${day} and ${within(sql`p`)})
  end)`;
}

/**
 * Ids of the sites below `rootId`, at any depth. No tenant condition is needed inside: parents are
 * checked to be in the tenant when set, and every caller also scopes the outer query.
 */
export function descendantsOf(rootId: string): SQL {
  return sql`(with recursive tree(id) as (
      select ${sites.id} from ${sites} where ${sites.parentId} = ${rootId}
      union select s.id from ${sites} s join tree on s.parent_id = tree.id)
    select id from tree)`;
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

    /** Live sites directly inside the given ones. */
    async childrenOf(scope: Scope, parentIds: readonly string[]): Promise<SiteRow[]> {
      if (!parentIds.length) return [];
      return db
        .select()
        .from(sites)
        .where(inScope(scope, sites, live, inArray(sites.parentId, [...parentIds])))
        .orderBy(sites.name, sites.id);
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
          filter.public != null ? eq(sites.public, filter.public) : undefined,
          filter.externalId ? eq(sites.externalId, filter.externalId) : undefined,
          filter.parentId
            ? filter.includeSubSites
              ? sql`${sites.id} in ${descendantsOf(filter.parentId)}`
              : eq(sites.parentId, filter.parentId)
            : undefined,
          filter.parkingType?.length ? inArray(sites.parkingType, [...filter.parkingType]) : undefined,
          filter.customProperties
            ? sql`${sites.customProperties} @> ${JSON.stringify(filter.customProperties)}::jsonb`
            : undefined,
          filter.open
            ? and(
                isNotNull(sites.openingHours),
                filter.open.open ? openAt(filter.open.at) : not(openAt(filter.open.at)),
              )
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

    /** Whether `id` is `ancestorId` itself or lies below it (a new parent there would close a loop). */
    async isAtOrBelow(scope: Scope, id: string, ancestorId: string): Promise<boolean> {
      if (id === ancestorId) return true;
      const rows = await db
        .select({ id: sites.id })
        .from(sites)
        .where(inScope(scope, sites, eq(sites.id, id), sql`${sites.id} in ${descendantsOf(ancestorId)}`));
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
