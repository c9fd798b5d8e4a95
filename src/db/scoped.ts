import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';
import { paginate, type Page, type PageArgs, type SortKey } from './paginate.js';
import { idTags, tenants } from './schema/index.js';

/**
 * The only place a tenant (and owner) condition is written. `db/` knows nothing above it, so this
 * takes the shape of `domain/scope.ts#Scope` structurally: `ownerId` undefined = not narrowed,
 * a user id = that user's rows, null = no owned rows at all.
 */
export interface RowScope {
  readonly tenantId: string;
  readonly ownerId: string | null | undefined;
}

/** A table that holds tenant data. */
export interface TenantTable {
  tenantId: PgColumn;
}

/**
 * A table whose rows belong to a driver: by `userId` (id tags, sessions), by an `idTag` that is one
 * of the driver's id tags (reservations, sessions started with a tag the driver holds), or both.
 */
export type OwnedTable = TenantTable &
  ({ userId: PgColumn; idTag?: PgColumn } | { userId?: PgColumn; idTag: PgColumn });

/** Rows of the scope's tenant: `.where(inScope(scope, chargers, eq(chargers.id, id)))`. */
export function inScope(scope: RowScope, table: TenantTable, ...conditions: (SQL | undefined)[]): SQL {
  return and(eq(table.tenantId, scope.tenantId), ...conditions)!;
}

/** The scope's own row of `tenants` (its settings, counters and default tariff). */
export function tenantRowOf(scope: RowScope, ...conditions: (SQL | undefined)[]): SQL {
  return and(eq(tenants.id, scope.tenantId), ...conditions)!;
}

/** Rows of the scope's tenant that the scope's owner may see (sessions, id tags, reservations). */
export function ownedInScope(scope: RowScope, table: OwnedTable, ...conditions: (SQL | undefined)[]): SQL {
  return and(eq(table.tenantId, scope.tenantId), ownerCondition(scope, table), ...conditions)!;
}

function ownerCondition(scope: RowScope, table: OwnedTable): SQL | undefined {
  if (scope.ownerId === undefined) return undefined;
  if (scope.ownerId === null) return sql`false`;
  if (!table.userId && !table.idTag) throw new Error('an owned table needs a userId or an idTag column');
  const byUser = table.userId ? eq(table.userId, scope.ownerId) : undefined;
  // idTag is CiString20: case-insensitive (OCPP 1.6 §3.9). A deleted tag still owns its history.
  const tagsOfOwner = (tenantId: string, ownerId: string) =>
    sql`(select lower(${idTags.value}) from ${idTags} where ${idTags.tenantId} = ${tenantId} and ${idTags.userId} = ${ownerId})`;
  const byTag = table.idTag
    ? inArray(sql`lower(${table.idTag})`, tagsOfOwner(scope.tenantId, scope.ownerId))
    : undefined;
  return or(byUser, byTag);
}

/**
 * One page of a tenant table in the scope, in the order `sort` gives. `owned`: narrowed to the
 * scope's owner too, through these owner columns (usually the table itself: `owned: sessions`).
 * The one way a repository lists tenant rows.
 */
export function pageInScope<T extends Record<string, unknown>>(
  db: Db,
  scope: RowScope,
  opts: {
    table: PgTable & TenantTable & { id: PgColumn };
    where?: (SQL | undefined)[];
    owned?: OwnedTable;
    sort: SortKey;
    page: PageArgs;
  },
): Promise<Page<T>> {
  const { table } = opts;
  const conditions = opts.where ?? [];
  const where = opts.owned ? ownedInScope(scope, opts.owned, ...conditions) : inScope(scope, table, ...conditions);
  return paginate<T>(db, { table, idColumn: table.id, where, sort: opts.sort, page: opts.page });
}
