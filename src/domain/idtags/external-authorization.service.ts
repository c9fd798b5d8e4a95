import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants } from '../../db/schema/index.js';
import { InputChecker, NotFoundError } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Actor } from '../roles.js';
import { newWebhookSecret, type WebhookUrlCheck } from '../webhooks/webhook.service.js';
import {
  DEFAULT_AUTHORIZER_TIMEOUT_MS,
  type ExternalAuthorizationConfig,
  type ExternalFallback,
  type ExternalMode,
} from './external-authorization.js';

export interface ExternalAuthorizationInput {
  /** null or empty: no authorizer (the local list alone). */
  url?: string | null;
  timeoutMs?: number | null;
  fallback?: ExternalFallback | null;
  mode?: ExternalMode | null;
}

/** A tenant's external authorizer settings (updateTenant(input: { externalAuthorization })). */
export function createExternalAuthorizationService(deps: {
  db: Db;
  checkUrl: WebhookUrlCheck;
  /** The authorization on this node uses the new settings at once. */
  onChanged: (tenantId: string) => void;
}) {
  const { db } = deps;
  return {
    async get(tenantId: string): Promise<ExternalAuthorizationConfig | null> {
      const [row] = await db
        .select({ value: tenants.externalAuthorization })
        .from(tenants)
        .where(eq(tenants.id, tenantId));
      return (row?.value as ExternalAuthorizationConfig | null) ?? null;
    },

    /** Sets (or with an empty url clears) the authorizer; the signing secret is made once and kept. */
    async set(actor: Actor, tenantId: string, input: ExternalAuthorizationInput): Promise<void> {
      assertCan(actor, 'tenant:write');
      const before = await this.get(tenantId);
      const url = input.url === undefined ? before?.url : input.url || null;
      const timeoutMs = input.timeoutMs ?? before?.timeoutMs ?? DEFAULT_AUTHORIZER_TIMEOUT_MS;
      const problem = url ? await deps.checkUrl(url) : null;
      new InputChecker()
        .check(!problem, 'externalAuthorization.url', problem ?? '')
        .check(timeoutMs >= 100 && timeoutMs <= 10_000, 'externalAuthorization.timeoutMs', 'must be 100-10000 ms')
        .throwIfAny();
      const value: ExternalAuthorizationConfig | null = url
        ? {
            url,
            timeoutMs,
            fallback: input.fallback ?? before?.fallback ?? 'LOCAL_ONLY',
            mode: input.mode ?? before?.mode ?? 'UNKNOWN_ONLY',
            secret: before?.secret ?? newWebhookSecret(),
          }
        : null;
      const rows = await db
        .update(tenants)
        .set({ externalAuthorization: value, updatedAt: new Date() })
        .where(and(eq(tenants.id, tenantId), isNull(tenants.deletedAt)))
        .returning({ id: tenants.id });
      if (!rows.length) throw new NotFoundError('Tenant', tenantId);
      deps.onChanged(tenantId);
    },
  };
}

export type ExternalAuthorizationService = ReturnType<typeof createExternalAuthorizationService>;
