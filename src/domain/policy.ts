import { ForbiddenError } from './errors.js';
import type { Actor, Role } from './roles.js';

const ADMINS: Role[] = ['PLATFORM_ADMIN', 'TENANT_ADMIN'];
const STAFF: Role[] = [...ADMINS, 'OPERATOR'];
const READERS: Role[] = [...STAFF, 'VIEWER'];
const EVERYONE: Role[] = [...READERS, 'DRIVER'];

/**
 * The one place that says which role may do what. Resolvers name a permission
 * (`@Authorized('chargers:write')`); a DRIVER's "only their own" rows are narrowed by the
 * Scope (`domain/scope.ts`, `db/scoped.ts#ownedInScope`). test/roles.test.ts walks every operation of the
 * schema against this table, so a new permission or resolver is covered without edits.
 */
const PERMISSIONS = {
  'tenants:manage': ['PLATFORM_ADMIN'],
  'tenant:read': EVERYONE,
  'tenant:write': ADMINS,
  'users:read': READERS,
  'users:write': ADMINS,
  // Own profile (name, password): everyone; other users need users:write (checked in the domain).
  'profile:write': EVERYONE,
  'apikeys:manage': ADMINS,
  'sites:read': EVERYONE,
  'sites:write': STAFF,
  'chargers:read': EVERYONE,
  'chargers:write': STAFF,
  'chargers:command': STAFF,
  'sessions:read': EVERYONE,
  // A DRIVER only with an own id tag / on an own session (their Scope); VIEWER is read only.
  'sessions:remote': [...STAFF, 'DRIVER'],
  'tariffs:read': EVERYONE,
  'tariffs:write': STAFF,
  'idtags:read': EVERYONE,
  'idtags:write': STAFF,
  'reservations:read': EVERYONE,
  'ocpp:read': READERS,
  'commands:read': READERS,
  'stats:read': READERS,
  'lab:manage': STAFF,
  // Circuits, chargers on them and their live allocation (load management).
  'loadmgmt:read': READERS,
  'loadmgmt:write': STAFF,
  // Endpoint URLs and the delivery log say where the tenant's data goes: staff read, admins change.
  'webhooks:read': STAFF,
  'webhooks:write': ADMINS,
} satisfies Record<string, Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return (PERMISSIONS[permission] as Role[]).includes(actor.role);
}

/** The message starts with "Role X may not": test/roles.test.ts tells role refusals apart by it. */
export function assertCan(actor: Pick<Actor, 'role'>, permission: Permission): void {
  if (!can(actor, permission)) throw new ForbiddenError(`Role ${actor.role} may not ${permission.replace(':', ' ')}`);
}

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

// Higher grants lower. Nobody hands out more than they hold (no escalation by invite or API key).
const RANK: Record<Role, number> = { PLATFORM_ADMIN: 4, TENANT_ADMIN: 3, OPERATOR: 2, VIEWER: 1, DRIVER: 0 };

export function mayGrant(actor: Pick<Actor, 'role'>, role: Role): boolean {
  return can(actor, 'users:write') && RANK[role] <= RANK[actor.role];
}

export function assertMayGrant(actor: Pick<Actor, 'role'>, role: Role): void {
  if (!mayGrant(actor, role)) throw new ForbiddenError(`Role ${actor.role} may not grant role ${role}`);
}
