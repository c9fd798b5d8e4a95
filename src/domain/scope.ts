import { NotFoundError } from './errors.js';
import { can } from './policy.js';
import type { Actor, Role } from './roles.js';

/**
 * Whose rows a call may touch, built once per request, subscription and charger connection
 * (`scopeOf(actor)`, `chargerScope(tenantId)`) and passed to every repository call. Repositories
 * start every WHERE on tenant data from it (`inScope` / `ownedInScope` in `db/scoped.ts`), so the
 * tenant and the owner are structural, never a condition written by hand.
 *
 * `ownerId`:
 * - `undefined`: not narrowed by owner (staff roles, a charger acting in its tenant);
 * - a user id: only rows that user owns (a DRIVER signed in as a user);
 * - `null`: owns nothing (a DRIVER credential with no user, e.g. a DRIVER API key). It still reads
 *   what every DRIVER may read of the tenant (sites, chargers, tariffs), but no session, id tag or
 *   reservation: rows without an owner are nobody's, not everybody's.
 */
export interface Scope {
  readonly tenantId: string;
  readonly role: Role;
  readonly ownerId: string | null | undefined;
  readonly actor: Actor;
}

export function scopeOf(actor: Actor): Scope {
  return Object.freeze({
    tenantId: actor.tenantId,
    role: actor.role,
    ownerId: actor.role === 'DRIVER' ? actor.userId : undefined,
    actor,
  });
}

/** A charger (or the system acting for it) sees its whole tenant; it is not a person. */
export function chargerScope(tenantId: string): Scope {
  return scopeOf({ tenantId, role: 'TENANT_ADMIN', userId: null, apiKeyId: null });
}

/** Whether something held in memory (an event, a registry entry: each carries its tenant) is in the scope's tenant. */
export function inScopeTenant(scope: Pick<Scope, 'tenantId'>, item: { tenantId: string }): boolean {
  return item.tenantId === scope.tenantId;
}

/**
 * The Scope for acting on tenant `tenantId`: the caller's own, or, for a PLATFORM_ADMIN
 * (`tenants:manage`), the one they name. Anyone else naming another tenant gets NOT_FOUND.
 */
export function scopeInTenant(scope: Scope, tenantId: string): Scope {
  if (tenantId === scope.tenantId) return scope;
  if (!can(scope, 'tenants:manage')) throw new NotFoundError('Tenant', tenantId);
  return Object.freeze({ ...scope, tenantId });
}
