import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sites, tariffs, users } from '../db/schema/index.js';

/** Does this live row of the tenant exist? Inputs that point at other objects check here. */
export function createReferenceRepository(db: Db) {
  return {
    /** Users by id, deleted ones too: a session keeps showing who charged. */
    async usersByIds(tenantId: string, ids: readonly string[]): Promise<(typeof users.$inferSelect)[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(users)
        .where(and(eq(users.tenantId, tenantId), inArray(users.id, [...ids])));
    },

    async siteExists(tenantId: string, id: string): Promise<boolean> {
      const [row] = await db
        .select({ id: sites.id })
        .from(sites)
        .where(and(eq(sites.tenantId, tenantId), eq(sites.id, id), isNull(sites.deletedAt)));
      return !!row;
    },
    async tariffExists(tenantId: string, id: string): Promise<boolean> {
      const [row] = await db
        .select({ id: tariffs.id })
        .from(tariffs)
        .where(and(eq(tariffs.tenantId, tenantId), eq(tariffs.id, id), isNull(tariffs.deletedAt)));
      return !!row;
    },
    async userExists(tenantId: string, id: string): Promise<boolean> {
      const [row] = await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.tenantId, tenantId), eq(users.id, id), isNull(users.deletedAt)));
      return !!row;
    },
  };
}

export type ReferenceRepository = ReturnType<typeof createReferenceRepository>;
