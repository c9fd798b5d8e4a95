import type { Page, PageArgs } from '../../db/paginate.js';
import { isUniqueViolation, violatedConstraint } from '../../db/pg-errors.js';
import { ConflictError, InputChecker, NotFoundError } from '../errors.js';
import { hashPassword } from '../passwords.js';
import { assertCan } from '../policy.js';
import type { ReferenceRepository } from '../references.repository.js';
import { scopeInTenant, type Scope } from '../scope.js';
import type { UserRepository, UserRow } from '../users/user.repository.js';
import { passwordProblem } from '../users/user.service.js';
import { createCustomDomainDirectory, hostName } from './custom-domains.js';
import { tenantOcppUrl } from './ocpp-url.js';
import { domainProblem, slugProblem } from './slug.js';
import type { TenantRepository, TenantRow, TenantValues } from './tenant.repository.js';

export type { TenantRow, UserRow };

export interface TenantStats {
  chargerCount: number;
  onlineChargerCount: number;
  userCount: number;
  ocppMessageCount: number;
  activeSessionCount: number;
  energyWh: number;
}

export interface CreateTenantInput {
  name: string;
  slug: string;
  adminEmail: string;
  adminPassword: string;
  customDomain?: string | null;
}

export interface UpdateTenantInput {
  /** Another tenant: PLATFORM_ADMIN only. Omitted: the caller's own. */
  id?: string | null;
  name?: string | null;
  slug?: string | null;
  customDomain?: string | null;
  acceptUnknownChargers?: boolean | null;
  /** The tenant's default tariff; null clears it. */
  tariffId?: string | null;
}

export function createTenantService(deps: {
  tenants: TenantRepository;
  users: UserRepository;
  references: ReferenceRepository;
  ocppPublicBase: string;
}) {
  const { tenants, users, references } = deps;
  const customDomains = createCustomDomainDirectory(tenants.customDomains);

  function check(input: { name?: string | null; slug?: string | null; customDomain?: string | null }): void {
    new InputChecker()
      .check(
        input.name === undefined || input.name === null || (input.name.trim().length > 0 && input.name.length <= 100),
        'name',
        'must be 1-100 characters',
      )
      .check(!input.slug || !slugProblem(input.slug), 'slug', slugProblem(input.slug ?? '') ?? '')
      .check(
        !input.customDomain || !domainProblem(input.customDomain),
        'customDomain',
        domainProblem(input.customDomain ?? '') ?? '',
      )
      .throwIfAny();
  }

  /** Your own tenant, or any for a PLATFORM_ADMIN; everything else does not exist. */
  async function get(scope: Scope, id: string): Promise<TenantRow> {
    const row = await tenants.get(scopeInTenant(scope, id));
    if (!row) throw new NotFoundError('Tenant', id);
    return row;
  }

  function conflict(err: unknown): never {
    if (isUniqueViolation(err) && violatedConstraint(err) === 'tenants_custom_domain_key')
      throw new ConflictError('Another tenant already uses this custom domain', { field: 'customDomain' });
    if (isUniqueViolation(err)) throw new ConflictError('A tenant with this slug already exists', { field: 'slug' });
    throw err;
  }

  /** Host names compare case-insensitively; one stored form keeps the unique index honest. */
  const domainOf = (domain: string | null | undefined) => (domain ? hostName(domain) : null);

  return {
    ocppUrl: (tenant: Pick<TenantRow, 'slug' | 'customDomain'>) => tenantOcppUrl(deps.ocppPublicBase, tenant),

    /** For the OCPP handshake: the tenant whose custom domain a Host header names. */
    slugOfCustomDomain: customDomains.slugOf,
    /** The tenant a Host header named when the custom domains were last read (during a database outage). */
    slugOfCustomDomainRead: customDomains.slugOfRead,

    async current(scope: Scope): Promise<TenantRow> {
      const tenant = await tenants.get(scope);
      if (!tenant) throw new NotFoundError('Tenant');
      return tenant;
    },

    get,

    list(scope: Scope, page: PageArgs): Promise<Page<TenantRow>> {
      assertCan(scope, 'tenants:manage');
      return tenants.pageAll(page);
    },

    async viewer(scope: Scope): Promise<UserRow | null> {
      return scope.actor.userId ? users.byId(scope, scope.actor.userId) : null;
    },

    /** A tenant and its first TENANT_ADMIN, together or not at all. */
    async create(scope: Scope, input: CreateTenantInput): Promise<TenantRow> {
      assertCan(scope, 'tenants:manage');
      check(input);
      new InputChecker()
        .check(!!input.slug, 'slug', 'is required')
        .check(!passwordProblem(input.adminPassword), 'adminPassword', passwordProblem(input.adminPassword) ?? '')
        .throwIfAny();
      const passwordHash = await hashPassword(input.adminPassword);
      const tenant = await tenants
        .create(
          { name: input.name.trim(), slug: input.slug, customDomain: domainOf(input.customDomain) },
          (tenant, tx) =>
            users.insert(
              { tenantId: tenant.id, email: input.adminEmail.trim(), name: null, role: 'TENANT_ADMIN', passwordHash },
              tx,
            ),
        )
        .catch(conflict);
      customDomains.forget();
      return tenant;
    },

    /** Slug changes move every charger's OCPP URL, so only a PLATFORM_ADMIN makes them. */
    async update(scope: Scope, input: UpdateTenantInput): Promise<TenantRow> {
      assertCan(scope, 'tenant:write');
      const target = await get(scope, input.id ?? scope.tenantId);
      const inTarget = scopeInTenant(scope, target.id);
      check(input);
      if (input.slug && input.slug !== target.slug) assertCan(scope, 'tenants:manage');
      if (input.tariffId && !(await references.tariffExists(inTarget, input.tariffId)))
        throw new NotFoundError('Tariff', input.tariffId);
      const set: TenantValues = {};
      if (input.name) set.name = input.name.trim();
      if (input.slug) set.slug = input.slug;
      if (input.customDomain !== undefined) set.customDomain = domainOf(input.customDomain);
      if (input.acceptUnknownChargers != null) set.acceptUnknownChargers = input.acceptUnknownChargers;
      if (input.tariffId !== undefined) set.defaultTariffId = input.tariffId;
      const row = await tenants.update(inTarget, set).catch(conflict);
      if (!row) throw new NotFoundError('Tenant', target.id);
      if (input.customDomain !== undefined) customDomains.forget();
      return row;
    },

    /** Figures of your tenant, or of any for a PLATFORM_ADMIN. */
    stats(scope: Scope, tenantId: string): Promise<TenantStats> {
      return tenants.stats(scopeInTenant(scope, tenantId));
    },
  };
}

export type TenantService = ReturnType<typeof createTenantService>;
