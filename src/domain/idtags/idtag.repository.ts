import { and, eq, ilike, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { paginate, type Page, type PageArgs } from '../../db/paginate.js';
import { idTags } from '../../db/schema/index.js';
import { likePattern } from '../search.js';

export type IdTagRow = typeof idTags.$inferSelect;
export type IdTagValues = Partial<
  Pick<typeof idTags.$inferInsert, 'value' | 'userId' | 'status' | 'expiresAt' | 'parentIdTag' | 'groupName'>
>;

export interface IdTagFilter {
  userId?: string | null;
  status?: string[] | null;
  search?: string | null;
}

/** Id tags of a tenant; deleted ones are kept (sessions name them) but hidden. */
export function createIdTagRepository(db: Db) {
  const live = (tenantId: string) => and(eq(idTags.tenantId, tenantId), isNull(idTags.deletedAt));
  return {
    async byIds(tenantId: string, ids: readonly string[]): Promise<IdTagRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(idTags)
        .where(and(live(tenantId), inArray(idTags.id, [...ids])));
    },

    async ofUsers(tenantId: string, userIds: readonly string[]): Promise<IdTagRow[]> {
      if (!userIds.length) return [];
      return db
        .select()
        .from(idTags)
        .where(and(live(tenantId), inArray(idTags.userId, [...userIds])))
        .orderBy(idTags.createdAt);
    },

    list(tenantId: string, f: IdTagFilter, page: PageArgs): Promise<Page<IdTagRow>> {
      const c: (SQL | undefined)[] = [live(tenantId)];
      if (f.userId) c.push(eq(idTags.userId, f.userId));
      if (f.status?.length) c.push(inArray(idTags.status, f.status));
      if (f.search) c.push(ilike(idTags.value, likePattern(f.search)));
      return paginate<IdTagRow>(db, {
        table: idTags,
        idColumn: idTags.id,
        where: and(...c),
        sort: { column: idTags.createdAt, direction: 'desc' },
        page,
      });
    },

    async insert(tenantId: string, values: IdTagValues & { value: string }): Promise<IdTagRow> {
      const [row] = await db
        .insert(idTags)
        .values({ ...values, tenantId })
        .returning();
      return row!;
    },

    async update(tenantId: string, id: string, values: IdTagValues): Promise<IdTagRow | null> {
      const [row] = await db
        .update(idTags)
        .set({ ...values, updatedAt: new Date() })
        .where(and(live(tenantId), eq(idTags.id, id)))
        .returning();
      return row ?? null;
    },

    async softDelete(tenantId: string, id: string): Promise<boolean> {
      const rows = await db
        .update(idTags)
        .set({ deletedAt: new Date() })
        .where(and(live(tenantId), eq(idTags.id, id)))
        .returning({ id: idTags.id });
      return rows.length > 0;
    },
  };
}

export type IdTagRepository = ReturnType<typeof createIdTagRepository>;
