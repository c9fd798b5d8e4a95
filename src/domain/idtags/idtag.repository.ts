import { eq, ilike, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { ownedInScope, pageInScope } from '../../db/scoped.js';
import { idTags } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';
import { likePattern } from '../search.js';

export type IdTagRow = typeof idTags.$inferSelect;
export type IdTagValues = Partial<
  Pick<
    typeof idTags.$inferInsert,
    'value' | 'userId' | 'status' | 'expiresAt' | 'parentIdTag' | 'groupName' | 'chargingPriority'
  >
>;

export interface IdTagFilter {
  userId?: string | null;
  status?: string[] | null;
  search?: string | null;
}

/** Id tags in a scope (a driver's own only); deleted ones are kept (sessions name them) but hidden. */
export function createIdTagRepository(db: Db) {
  const live = isNull(idTags.deletedAt);
  return {
    async byIds(scope: Scope, ids: readonly string[]): Promise<IdTagRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(idTags)
        .where(ownedInScope(scope, idTags, live, inArray(idTags.id, [...ids])));
    },

    /** A live tag by its value: CiString20, compared case-insensitively (OCPP 1.6 §3.9) as the unique index is built. */
    async byValue(scope: Scope, value: string): Promise<IdTagRow | null> {
      const [row] = await db
        .select()
        .from(idTags)
        .where(ownedInScope(scope, idTags, live, sql`lower(${idTags.value}) = lower(${value})`))
        .limit(1);
      return row ?? null;
    },

    async ofUsers(scope: Scope, userIds: readonly string[]): Promise<IdTagRow[]> {
      if (!userIds.length) return [];
      return db
        .select()
        .from(idTags)
        .where(ownedInScope(scope, idTags, live, inArray(idTags.userId, [...userIds])))
        .orderBy(idTags.createdAt);
    },

    list(scope: Scope, f: IdTagFilter, page: PageArgs): Promise<Page<IdTagRow>> {
      return pageInScope<IdTagRow>(db, scope, {
        table: idTags,
        owned: idTags,
        where: [
          live,
          f.userId ? eq(idTags.userId, f.userId) : undefined,
          f.status?.length ? inArray(idTags.status, f.status) : undefined,
          f.search ? ilike(idTags.value, likePattern(f.search)) : undefined,
        ],
        sort: { column: idTags.createdAt, direction: 'desc' },
        page,
      });
    },

    async insert(scope: Scope, values: IdTagValues & { value: string }): Promise<IdTagRow> {
      const [row] = await db
        .insert(idTags)
        .values({ ...values, tenantId: scope.tenantId })
        .returning();
      return row!;
    },

    async update(scope: Scope, id: string, values: IdTagValues): Promise<IdTagRow | null> {
      const [row] = await db
        .update(idTags)
        .set({ ...values, updatedAt: new Date() })
        .where(ownedInScope(scope, idTags, live, eq(idTags.id, id)))
        .returning();
      return row ?? null;
    },

    async softDelete(scope: Scope, id: string): Promise<boolean> {
      const rows = await db
        .update(idTags)
        .set({ deletedAt: new Date() })
        .where(ownedInScope(scope, idTags, live, eq(idTags.id, id)))
        .returning({ id: idTags.id });
      return rows.length > 0;
    },
  };
}

export type IdTagRepository = ReturnType<typeof createIdTagRepository>;
