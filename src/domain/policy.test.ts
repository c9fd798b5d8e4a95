import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, can, mayGrant, type Permission } from './policy.js';
import { scopeInTenant, scopeOf } from './scope.js';
import { ROLES, type Actor, type Role } from './roles.js';

// The words, as rules over permission names, so a permission added later is judged too.
const DRIVER_MAY = new Set<Permission>([
  'tenant:read',
  'sites:read',
  'chargers:read',
  'sessions:read',
  'tariffs:read',
  'idtags:read',
  'reservations:read',
  'sessions:remote',
  'profile:write',
]);
// Webhook endpoints hold the secrets that sign the tenant's outgoing events: admins manage them.
const ADMIN_ONLY = new Set<Permission>(['tenant:write', 'users:write', 'apikeys:manage', 'webhooks:write']);
// Webhook deliveries carry whole event bodies to other systems: staff read them, viewers do not.
const STAFF_READ = new Set<Permission>(['webhooks:read']);
const expected: Record<Role, (p: Permission) => boolean> = {
  PLATFORM_ADMIN: () => true, // all tenants; createTenant
  TENANT_ADMIN: (p) => p !== 'tenants:manage', // users, keys, everything in the tenant
  OPERATOR: (p) => p !== 'tenants:manage' && !ADMIN_ONLY.has(p), // chargers, sites, tariffs, commands
  VIEWER: (p) => (p.endsWith(':read') && !STAFF_READ.has(p)) || p === 'profile:write', // read only (and their own name)
  DRIVER: (p) => DRIVER_MAY.has(p), // own profile, id tags, sessions; remote start/stop
};

describe('the role x permission matrix', () => {
  for (const role of ROLES) {
    it(`${role}`, () => {
      const actual = Object.fromEntries(ALL_PERMISSIONS.map((p) => [p, can({ role }, p)]));
      const wanted = Object.fromEntries(ALL_PERMISSIONS.map((p) => [p, expected[role](p)]));
      expect(actual).toEqual(wanted);
    });
  }

  it('grants no role above the granter, and only admins grant at all', () => {
    expect(mayGrant({ role: 'TENANT_ADMIN' }, 'TENANT_ADMIN')).toBe(true);
    expect(mayGrant({ role: 'TENANT_ADMIN' }, 'PLATFORM_ADMIN')).toBe(false);
    expect(mayGrant({ role: 'PLATFORM_ADMIN' }, 'PLATFORM_ADMIN')).toBe(true);
    expect(mayGrant({ role: 'OPERATOR' }, 'DRIVER')).toBe(false);
  });
});

describe("a DRIVER's Scope", () => {
  const driver: Actor = { tenantId: 't', role: 'DRIVER', userId: 'd1', apiKeyId: null };
  it('narrows a signed-in driver to their own rows and does not narrow staff', () => {
    expect(scopeOf(driver).ownerId).toBe('d1');
    expect(scopeOf({ ...driver, role: 'OPERATOR' }).ownerId).toBeUndefined();
  });

  it('gives a DRIVER API key (no user) no owned rows at all, not the rows without an owner', () => {
    expect(scopeOf({ tenantId: 't', role: 'DRIVER', userId: null, apiKeyId: 'k' }).ownerId).toBeNull();
  });

  it('lets only a PLATFORM_ADMIN act in another tenant', () => {
    expect(scopeInTenant(scopeOf({ ...driver, role: 'PLATFORM_ADMIN' }), 'u').tenantId).toBe('u');
    expect(() => scopeInTenant(scopeOf({ ...driver, role: 'TENANT_ADMIN' }), 'u')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});
