import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chargers, sessions, tenants, users } from '../../db/schema/index.js';
import { NotFoundError } from '../errors.js';
import type { Actor } from '../roles.js';

export type TenantRow = typeof tenants.$inferSelect;
export type UserRow = typeof users.$inferSelect;

export interface TenantStats {
  chargerCount: number;
  onlineChargerCount: number;
  userCount: number;
  ocppMessageCount: number;
  activeSessionCount: number;
  energyWh: number;
}

export function createTenantService(deps: { db: Db; ocppPublicUrl: (slug: string) => string }) {
  const { db } = deps;
  return {
    ocppUrl: deps.ocppPublicUrl,

    async current(actor: Actor): Promise<TenantRow> {
      const [tenant] = await db.select().from(tenants).where(and(eq(tenants.id, actor.tenantId), isNull(tenants.deletedAt)));
      if (!tenant) throw new NotFoundError('Tenant');
      return tenant;
    },

    async viewer(actor: Actor): Promise<UserRow | null> {
      if (!actor.userId) return null;
      const [user] = await db
        .select()
        .from(users)
        .where(and(eq(users.id, actor.userId), eq(users.tenantId, actor.tenantId), isNull(users.deletedAt)));
      return user ?? null;
    },

    async stats(tenantId: string): Promise<TenantStats> {
      const [c] = await db
        .select({ total: count(), online: sql<number>`count(*) filter (where ${chargers.online})::int` })
        .from(chargers)
        .where(and(eq(chargers.tenantId, tenantId), isNull(chargers.deletedAt)));
      const [u] = await db.select({ n: count() }).from(users).where(and(eq(users.tenantId, tenantId), isNull(users.deletedAt)));
      const [s] = await db
        .select({
          active: sql<number>`count(*) filter (where ${sessions.status} = 'ACTIVE')::int`,
          energy: sql<string>`coalesce(sum(coalesce(${sessions.meterStopWh}, ${sessions.lastMeterWh}) - ${sessions.meterStartWh}), 0)::bigint`,
        })
        .from(sessions)
        .where(eq(sessions.tenantId, tenantId));
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
