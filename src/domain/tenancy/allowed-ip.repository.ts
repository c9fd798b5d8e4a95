import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { inScope } from '../../db/scoped.js';
import { tenantAllowedIps } from '../../db/schema/index.js';
import { ConflictError } from '../errors.js';
import type { Scope } from '../scope.js';

export type AllowedIpRow = typeof tenantAllowedIps.$inferSelect;

/** The tenant's IP allow-list entries, in the caller's Scope. */
export function createAllowedIpRepository(db: Db) {
  return {
    list(scope: Scope): Promise<AllowedIpRow[]> {
      return db
        .select()
        .from(tenantAllowedIps)
        .where(inScope(scope, tenantAllowedIps))
        .orderBy(tenantAllowedIps.createdAt, tenantAllowedIps.id);
    },

    async insert(scope: Scope, values: { cidr: string; description: string | null }): Promise<AllowedIpRow> {
      try {
        const [row] = await db
          .insert(tenantAllowedIps)
          .values({ ...values, tenantId: scope.tenantId })
          .returning();
        return row!;
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`${values.cidr} is already in the list`, { field: 'cidr' });
        throw err;
      }
    },

    async delete(scope: Scope, id: string): Promise<boolean> {
      const rows = await db
        .delete(tenantAllowedIps)
        .where(inScope(scope, tenantAllowedIps, eq(tenantAllowedIps.id, id)))
        .returning({ id: tenantAllowedIps.id });
      return rows.length > 0;
    },
  };
}

export type AllowedIpRepository = ReturnType<typeof createAllowedIpRepository>;
