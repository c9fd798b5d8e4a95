import { and, count, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { paginate, type Page, type PageArgs } from '../../db/paginate.js';
import { inScope, tenantRowOf } from '../../db/scoped.js';
import { chargers, sessions, tenants, users } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';

export type TenantRow = typeof tenants.$inferSelect;
export type TenantValues = Partial<
  Pick<
    typeof tenants.$inferInsert,
    'name' | 'slug' | 'customDomain' | 'acceptUnknownChargers' | 'defaultTariffId' | 'externalAuthorization'
  >
>;

const live = isNull(tenants.deletedAt);

/**
 * The `tenants` rows. A Scope reads and writes its own tenant's row (`scopeInTenant` gives a
 * PLATFORM_ADMIN another's); listing every tenant and the custom-domain map are platform-wide.
 */
export function createTenantRepository(db: Db) {
  return {
    async get(scope: Scope): Promise<TenantRow | null> {
      const [row] = await db.select().from(tenants).where(tenantRowOf(scope, live));
      return row ?? null;
    },

    async externalAuthorization(scope: Scope): Promise<unknown> {
      const [row] = await db.select({ value: tenants.externalAuthorization }).from(tenants).where(tenantRowOf(scope));
      return row?.value ?? null;
    },

    async update(scope: Scope, values: TenantValues): Promise<TenantRow | null> {
      const [row] = await db
        .update(tenants)
        .set({ ...values, updatedAt: new Date() })
        .where(tenantRowOf(scope, live))
        .returning();
      return row ?? null;
    },

    /** Every live tenant (PLATFORM_ADMIN). */
    pageAll(page: PageArgs): Promise<Page<TenantRow>> {
      return paginate<TenantRow>(db, {
        table: tenants,
        idColumn: tenants.id,
        where: live,
        sort: { column: tenants.createdAt, direction: 'asc' },
        page,
      });
    },

    /** The tenant with its first user, in one transaction (`addFirstUser` gets the transaction). */
    async create<T>(
      values: Pick<typeof tenants.$inferInsert, 'name' | 'slug' | 'customDomain'>,
      addFirstUser: (tenant: TenantRow, tx: Db) => Promise<T>,
    ): Promise<TenantRow> {
      return db.transaction(async (tx) => {
        const [tenant] = await tx.insert(tenants).values(values).returning();
        await addFirstUser(tenant!, tx as unknown as Db);
        return tenant!;
      });
    },

    /** Host name -> slug for every live tenant with a custom domain (the OCPP handshake's map). */
    async customDomains(): Promise<Map<string, string>> {
      const rows = await db
        .select({ slug: tenants.slug, domain: tenants.customDomain })
        .from(tenants)
        .where(and(isNotNull(tenants.customDomain), live));
      return new Map(rows.map((r) => [r.domain!.toLowerCase(), r.slug]));
    },

    async stats(scope: Scope) {
      const [c] = await db
        .select({ total: count(), online: sql<number>`count(*) filter (where ${chargers.online})::int` })
        .from(chargers)
        .where(inScope(scope, chargers, isNull(chargers.deletedAt)));
      const [u] = await db
        .select({ n: count() })
        .from(users)
        .where(inScope(scope, users, isNull(users.deletedAt)));
      const [s] = await db
        .select({
          active: sql<number>`count(*) filter (where ${sessions.status} = 'ACTIVE')::int`,
          energy: sql<string>`coalesce(sum(coalesce(${sessions.meterStopWh}, ${sessions.lastMeterWh}) - ${sessions.meterStartWh}), 0)::bigint`,
        })
        .from(sessions)
        .where(inScope(scope, sessions));
      const [t] = await db.select({ n: tenants.ocppMessageCount }).from(tenants).where(tenantRowOf(scope));
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

export type TenantRepository = ReturnType<typeof createTenantRepository>;
