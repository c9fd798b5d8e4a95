import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * The only place a tenant (and owner) condition is written. `db/` knows nothing above it, so this
 * takes the shape of `domain/scope.ts#Scope` structurally: `ownerId` undefined = not narrowed,
 * a user id = that user's rows, null = no owned rows at all.
 */
export interface RowScope {
  readonly tenantId: string;
  readonly ownerId: string | null | undefined;
}

/** Rows of the scope's tenant: `.where(inScope(scope, chargers, eq(chargers.id, id)))`. */
export function inScope(scope: RowScope, table: { tenantId: PgColumn }, ...conditions: (SQL | undefined)[]): SQL {
  return and(eq(table.tenantId, scope.tenantId), ...conditions)!;
}

/** Rows of the scope's tenant that the scope's owner may see (sessions, id tags, reservations). */
export function ownedInScope(
  scope: RowScope,
  table: { tenantId: PgColumn; userId: PgColumn },
  ...conditions: (SQL | undefined)[]
): SQL {
  return and(eq(table.tenantId, scope.tenantId), ownerCondition(scope, table.userId), ...conditions)!;
}

function ownerCondition(scope: RowScope, userId: PgColumn): SQL | undefined {
  if (scope.ownerId === undefined) return undefined;
  if (scope.ownerId === null) return sql`false`;
  return eq(userId, scope.ownerId);
}
