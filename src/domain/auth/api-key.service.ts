import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { paginate, type Page, type PageArgs } from '../../db/paginate.js';
import { apiKeys } from '../../db/schema/index.js';
import { InputChecker, NotFoundError, UnauthenticatedError } from '../errors.js';
import { hashSecret, newSecret } from '../passwords.js';
import { assertCan, assertMayGrant } from '../policy.js';
import { ROLES, type Actor, type Role } from '../roles.js';
import { inTenant } from '../tenancy/scope.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

const PREFIX = 'cqk';
// lastUsedAt is written at most this often per key, not on every request.
const LAST_USED_RESOLUTION_MS = 60_000;

/** Keys for machines (integrations): the secret is shown once; only its SHA-256 is kept. */
export function createApiKeyService(deps: { db: Db }) {
  const { db } = deps;

  async function byId(tenantId: string, id: string): Promise<ApiKeyRow | null> {
    const [row] = await db
      .select()
      .from(apiKeys)
      .where(inTenant(apiKeys, tenantId, eq(apiKeys.id, id)));
    return row ?? null;
  }

  return {
    looksLikeSecret: (bearer: string) => bearer.startsWith(`${PREFIX}_`),

    async create(actor: Actor, input: { name: string; role: Role }): Promise<{ apiKey: ApiKeyRow; secret: string }> {
      assertCan(actor, 'apikeys:manage');
      new InputChecker()
        .check(input.name.trim().length > 0 && input.name.length <= 100, 'name', 'must be 1-100 characters')
        .check(ROLES.includes(input.role), 'role', `must be one of ${ROLES.join(' ')}`)
        .throwIfAny();
      assertMayGrant(actor, input.role);
      const secret = newSecret(PREFIX);
      const [apiKey] = await db
        .insert(apiKeys)
        .values({
          tenantId: actor.tenantId,
          name: input.name.trim(),
          role: input.role,
          secretHash: hashSecret(secret),
          createdByUserId: actor.userId,
        })
        .returning();
      return { apiKey: apiKey!, secret };
    },

    list(actor: Actor, page: PageArgs, filter: { includeRevoked?: boolean | null } = {}): Promise<Page<ApiKeyRow>> {
      assertCan(actor, 'apikeys:manage');
      return paginate<ApiKeyRow>(db, {
        table: apiKeys,
        idColumn: apiKeys.id,
        where: inTenant(apiKeys, actor.tenantId, filter.includeRevoked ? undefined : isNull(apiKeys.revokedAt)),
        sort: { column: apiKeys.createdAt, direction: 'asc' },
        page,
      });
    },

    async get(actor: Actor, id: string): Promise<ApiKeyRow> {
      assertCan(actor, 'apikeys:manage');
      const row = await byId(actor.tenantId, id);
      if (!row) throw new NotFoundError('ApiKey', id);
      return row;
    },

    /** True once revoked (also when it already was); the secret and tokens traded for it stop working. */
    async revoke(actor: Actor, id: string): Promise<boolean> {
      assertCan(actor, 'apikeys:manage');
      const row = await byId(actor.tenantId, id);
      if (!row) throw new NotFoundError('ApiKey', id);
      if (!row.revokedAt) {
        await db
          .update(apiKeys)
          .set({ revokedAt: new Date() })
          .where(inTenant(apiKeys, actor.tenantId, eq(apiKeys.id, id)));
      }
      return true;
    },

    async authenticate(secret: string): Promise<Actor> {
      const [key] = await db
        .select()
        .from(apiKeys)
        .where(and(eq(apiKeys.secretHash, hashSecret(secret)), isNull(apiKeys.revokedAt)));
      if (!key) throw new UnauthenticatedError('Invalid or revoked API key');
      if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
        await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, key.id));
      }
      return { tenantId: key.tenantId, role: key.role as Role, userId: null, apiKeyId: key.id };
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

export type ApiKeyService = ReturnType<typeof createApiKeyService>;
