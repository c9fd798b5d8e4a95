import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { inScope, pageInScope } from '../../db/scoped.js';
import { apiKeys } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type NewApiKey = Pick<typeof apiKeys.$inferInsert, 'name' | 'role' | 'secretHash' | 'createdByUserId'>;

/** API keys in the caller's Scope; only authentication looks one up by its secret, across tenants. */
export function createApiKeyRepository(db: Db) {
  return {
    async byId(scope: Scope, id: string): Promise<ApiKeyRow | null> {
      const [row] = await db
        .select()
        .from(apiKeys)
        .where(inScope(scope, apiKeys, eq(apiKeys.id, id)));
      return row ?? null;
    },

    async insert(scope: Scope, values: NewApiKey): Promise<ApiKeyRow> {
      const [row] = await db
        .insert(apiKeys)
        .values({ ...values, tenantId: scope.tenantId })
        .returning();
      return row!;
    },

    page(scope: Scope, page: PageArgs, filter: { includeRevoked?: boolean | null }): Promise<Page<ApiKeyRow>> {
      return pageInScope<ApiKeyRow>(db, scope, {
        table: apiKeys,
        where: [filter.includeRevoked ? undefined : isNull(apiKeys.revokedAt)],
        sort: { column: apiKeys.createdAt, direction: 'asc' },
        page,
      });
    },

    async revoke(scope: Scope, id: string): Promise<void> {
      await db
        .update(apiKeys)
        .set({ revokedAt: new Date() })
        .where(inScope(scope, apiKeys, eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
    },

    async liveBySecretHash(secretHash: string): Promise<ApiKeyRow | null> {
      const [row] = await db
        .select()
        .from(apiKeys)
        .where(and(eq(apiKeys.secretHash, secretHash), isNull(apiKeys.revokedAt)));
      return row ?? null;
    },

    async touch(id: string): Promise<void> {
      await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, id));
    },

    async isLive(id: string): Promise<boolean> {
      const [key] = await db
        .select({ id: apiKeys.id })
        .from(apiKeys)
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
      return !!key;
    },
  };
}

export type ApiKeyRepository = ReturnType<typeof createApiKeyRepository>;
