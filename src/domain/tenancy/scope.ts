import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * The tenant condition every query on tenant data starts from:
 * `.where(inTenant(users, actor.tenantId, eq(users.id, id)))`. A repository that builds its
 * WHERE through this cannot forget the tenant (see HACKING.md, "Tenant scoping").
 */
export function inTenant(table: { tenantId: PgColumn }, tenantId: string, ...conditions: (SQL | undefined)[]): SQL {
  return and(eq(table.tenantId, tenantId), ...conditions)!;
}
