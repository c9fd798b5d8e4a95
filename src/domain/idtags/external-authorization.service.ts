import { InputChecker, NotFoundError } from '../errors.js';
import { assertCan } from '../policy.js';
import { scopeInTenant, type Scope } from '../scope.js';
import type { TenantRepository } from '../tenancy/tenant.repository.js';
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
  tenants: TenantRepository;
  checkUrl: WebhookUrlCheck;
  /** The authorization on this node uses the new settings at once. */
  onChanged: (tenantId: string) => void;
}) {
  const { tenants } = deps;
  const get = async (scope: Scope) =>
    ((await tenants.externalAuthorization(scope)) as ExternalAuthorizationConfig | null) ?? null;
  return {
    /** Your tenant's settings, or (PLATFORM_ADMIN) another's. */
    get: (scope: Scope, tenantId: string) => get(scopeInTenant(scope, tenantId)),

    /** Sets (or with an empty url clears) the authorizer; the signing secret is made once and kept. */
    async set(scope: Scope, tenantId: string, input: ExternalAuthorizationInput): Promise<void> {
      assertCan(scope, 'tenant:write');
      const target = scopeInTenant(scope, tenantId);
      const before = await get(target);
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
      if (!(await tenants.update(target, { externalAuthorization: value })))
        throw new NotFoundError('Tenant', tenantId);
      deps.onChanged(tenantId);
    },
  };
}

export type ExternalAuthorizationService = ReturnType<typeof createExternalAuthorizationService>;
