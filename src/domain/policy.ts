import { ForbiddenError } from './errors.js';
import type { Actor, Role } from './roles.js';

const ADMINS: Role[] = ['PLATFORM_ADMIN', 'TENANT_ADMIN'];
const STAFF: Role[] = [...ADMINS, 'OPERATOR'];
const READERS: Role[] = [...STAFF, 'VIEWER'];
const EVERYONE: Role[] = [...READERS, 'DRIVER'];

/**
 * The one place that says which role may do what. Resolvers name a permission
 * (`@Authorized('chargers:write')`); a DRIVER's "only their own" rows are narrowed in the domain.
 */
const PERMISSIONS = {
  'tenants:manage': ['PLATFORM_ADMIN'],
  'tenant:read': EVERYONE,
  'tenant:write': ADMINS,
  'users:read': READERS,
  'users:write': ADMINS,
  'apikeys:manage': ADMINS,
  'sites:read': EVERYONE,
  'sites:write': STAFF,
  'chargers:read': EVERYONE,
  'chargers:write': STAFF,
  'chargers:command': STAFF,
  'sessions:read': EVERYONE,
  'sessions:remote': EVERYONE,
  'tariffs:read': EVERYONE,
  'tariffs:write': STAFF,
  'idtags:read': EVERYONE,
  'idtags:write': STAFF,
  'reservations:read': EVERYONE,
  'ocpp:read': READERS,
  'commands:read': READERS,
  'stats:read': READERS,
  'lab:manage': ADMINS,
} satisfies Record<string, Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor, permission: Permission): boolean {
  return (PERMISSIONS[permission] as Role[]).includes(actor.role);
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new ForbiddenError(`Role ${actor.role} may not ${permission.replace(':', ' ')}`);
}

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];
