import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { paginate, type Page, type PageArgs } from '../../db/paginate.js';
import { isUniqueViolation, violatedConstraint } from '../../db/pg-errors.js';
import { chargers, sessions, tariffs, tenants, users } from '../../db/schema/index.js';
import { ConflictError, InputChecker, NotFoundError } from '../errors.js';
import { hashPassword } from '../passwords.js';
import { assertCan, can } from '../policy.js';
import type { Actor } from '../roles.js';
import { createUserRepository, type UserRow } from '../users/user.repository.js';
import { passwordProblem } from '../users/user.service.js';
import { createCustomDomainDirectory, hostName } from './custom-domains.js';
import { tenantOcppUrl } from './ocpp-url.js';
import { inTenant } from './scope.js';
import { domainProblem, slugProblem } from './slug.js';

export type TenantRow = typeof tenants.$inferSelect;
export type { UserRow };

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

const live = isNull(tenants.deletedAt);

export function createTenantService(deps: { db: Db; ocppPublicBase: string }) {
  const { db } = deps;
  const userRepo = createUserRepository(db);
  const customDomains = createCustomDomainDirectory(db);

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

  async function byId(id: string): Promise<TenantRow | null> {
    const [row] = await db
      .select()
      .from(tenants)
      .where(and(eq(tenants.id, id), live));
    return row ?? null;
  }

  /** Your own tenant, or any for a PLATFORM_ADMIN; everything else does not exist. */
  async function get(actor: Actor, id: string): Promise<TenantRow> {
    const row = id === actor.tenantId || can(actor, 'tenants:manage') ? await byId(id) : null;
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

    async current(actor: Actor): Promise<TenantRow> {
      const tenant = await byId(actor.tenantId);
      if (!tenant) throw new NotFoundError('Tenant');
      return tenant;
    },

    get,

    list(actor: Actor, page: PageArgs): Promise<Page<TenantRow>> {
      assertCan(actor, 'tenants:manage');
      return paginate<TenantRow>(db, {
        table: tenants,
        idColumn: tenants.id,
        where: live,
        sort: { column: tenants.createdAt, direction: 'asc' },
        page,
      });
    },

    async viewer(actor: Actor): Promise<UserRow | null> {
      return actor.userId ? userRepo.byId(actor.tenantId, actor.userId) : null;
    },

    /** A tenant and its first TENANT_ADMIN, together or not at all. */
    async create(actor: Actor, input: CreateTenantInput): Promise<TenantRow> {
      assertCan(actor, 'tenants:manage');
      check(input);
      new InputChecker()
        .check(!!input.slug, 'slug', 'is required')
        .check(!passwordProblem(input.adminPassword), 'adminPassword', passwordProblem(input.adminPassword) ?? '')
        .throwIfAny();
      const passwordHash = await hashPassword(input.adminPassword);
      return db.transaction(async (tx) => {
        const [tenant] = await tx
          .insert(tenants)
          .values({ name: input.name.trim(), slug: input.slug, customDomain: domainOf(input.customDomain) })
          .returning()
          .catch(conflict);
        customDomains.forget();
        await userRepo.insert(
          { tenantId: tenant!.id, email: input.adminEmail.trim(), name: null, role: 'TENANT_ADMIN', passwordHash },
          tx as unknown as Db,
        );
        return tenant!;
      });
    },

    /** Slug changes move every charger's OCPP URL, so only a PLATFORM_ADMIN makes them. */
    async update(actor: Actor, input: UpdateTenantInput): Promise<TenantRow> {
      assertCan(actor, 'tenant:write');
      const target = await get(actor, input.id ?? actor.tenantId);
      check(input);
      if (input.slug && input.slug !== target.slug) assertCan(actor, 'tenants:manage');
      if (input.tariffId) {
        const [tariff] = await db
          .select({ id: tariffs.id })
          .from(tariffs)
          .where(inTenant(tariffs, target.id, eq(tariffs.id, input.tariffId), isNull(tariffs.deletedAt)));
        if (!tariff) throw new NotFoundError('Tariff', input.tariffId);
      }
      const set: Partial<typeof tenants.$inferInsert> = { updatedAt: new Date() };
      if (input.name) set.name = input.name.trim();
      if (input.slug) set.slug = input.slug;
      if (input.customDomain !== undefined) set.customDomain = domainOf(input.customDomain);
      if (input.acceptUnknownChargers != null) set.acceptUnknownChargers = input.acceptUnknownChargers;
      if (input.tariffId !== undefined) set.defaultTariffId = input.tariffId;
      const [row] = await db
        .update(tenants)
        .set(set)
        .where(and(eq(tenants.id, target.id), live))
        .returning()
        .catch(conflict);
      if (!row) throw new NotFoundError('Tenant', target.id);
      if (input.customDomain !== undefined) customDomains.forget();
      return row;
    },

    async stats(tenantId: string): Promise<TenantStats> {
      const [c] = await db
        .select({ total: count(), online: sql<number>`count(*) filter (where ${chargers.online})::int` })
        .from(chargers)
        .where(inTenant(chargers, tenantId, isNull(chargers.deletedAt)));
      const [u] = await db
        .select({ n: count() })
        .from(users)
        .where(inTenant(users, tenantId, isNull(users.deletedAt)));
      const [s] = await db
        .select({
          active: sql<number>`count(*) filter (where ${sessions.status} = 'ACTIVE')::int`,
          energy: sql<string>`coalesce(sum(coalesce(${sessions.meterStopWh}, ${sessions.lastMeterWh}) - ${sessions.meterStartWh}), 0)::bigint`,
        })
        .from(sessions)
        .where(inTenant(sessions, tenantId));
      const [t] = await db.select({ n: tenants.ocppMessageCount }).from(tenants).where(eq(tenants.id, tenantId));
      return {
        chargerCount: c?.total ?? 0,
        onlineChargerCount: c?.online ?? 0,
        userCount: u?.n ?? 0,
        ocppMessageCount: t?.n ?? 0,
        activeSessionCount: s?.active ?? 0,
        energyWh: Number(s?.energy ?? 0),
      };
    },
  };
}

export type TenantService = ReturnType<typeof createTenantService>;
