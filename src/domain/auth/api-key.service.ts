import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { InputChecker, NotFoundError, UnauthenticatedError } from '../errors.js';
import { hashSecret, newSecret } from '../passwords.js';
import { assertCan, assertMayGrant } from '../policy.js';
import { ROLES, type Actor, type Role } from '../roles.js';
import type { Scope } from '../scope.js';
import { createApiKeyRepository, type ApiKeyRow } from './api-key.repository.js';

export type { ApiKeyRow };

const PREFIX = 'cqk';
// lastUsedAt is written at most this often per key, not on every request.
const LAST_USED_RESOLUTION_MS = 60_000;

/** Keys for machines (integrations): the secret is shown once; only its SHA-256 is kept. */
export function createApiKeyService(deps: { db: Db }) {
  const keys = createApiKeyRepository(deps.db);

  async function get(scope: Scope, id: string): Promise<ApiKeyRow> {
    assertCan(scope, 'apikeys:manage');
    const row = await keys.byId(scope, id);
    if (!row) throw new NotFoundError('ApiKey', id);
    return row;
  }

  return {
    looksLikeSecret: (bearer: string) => bearer.startsWith(`${PREFIX}_`),

    async create(scope: Scope, input: { name: string; role: Role }): Promise<{ apiKey: ApiKeyRow; secret: string }> {
      assertCan(scope, 'apikeys:manage');
      new InputChecker()
        .check(input.name.trim().length > 0 && input.name.length <= 100, 'name', 'must be 1-100 characters')
        .check(ROLES.includes(input.role), 'role', `must be one of ${ROLES.join(' ')}`)
        .throwIfAny();
      assertMayGrant(scope, input.role);
      const secret = newSecret(PREFIX);
      const apiKey = await keys.insert(scope, {
        name: input.name.trim(),
        role: input.role,
        secretHash: hashSecret(secret),
        createdByUserId: scope.actor.userId,
      });
      return { apiKey, secret };
    },

    list(scope: Scope, page: PageArgs, filter: { includeRevoked?: boolean | null } = {}): Promise<Page<ApiKeyRow>> {
      assertCan(scope, 'apikeys:manage');
      return keys.page(scope, page, filter);
    },

    get,

    /** True once revoked (also when it already was); the secret and tokens traded for it stop working. */
    async revoke(scope: Scope, id: string): Promise<boolean> {
      await get(scope, id);
      await keys.revoke(scope, id);
      return true;
    },

    async authenticate(secret: string): Promise<Actor> {
      const key = await keys.liveBySecretHash(hashSecret(secret));
      if (!key) throw new UnauthenticatedError('Invalid or revoked API key');
      if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) await keys.touch(key.id);
      return { tenantId: key.tenantId, role: key.role as Role, userId: null, apiKeyId: key.id };
    },

    isLive: keys.isLive,
  };
}

export type ApiKeyService = ReturnType<typeof createApiKeyService>;
