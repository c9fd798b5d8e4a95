import { and, count, eq, getTableColumns, gt, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  /** Counted only when a client asks for totalCount. */
  totalCount: () => Promise<number>;
}

export interface SortKey {
  /** A column, or a computed number (e.g. a distance) that rows carry back as `__sort`. */
  column: PgColumn | SQL;
  direction: 'asc' | 'desc';
  /** A nullable sort column puts its NULLs last in either direction. */
  nullable?: boolean;
}

/**
 * Keyset pagination: the cursor holds the sort value and the id of the last row, so
 * pages stay stable while rows are inserted. Ties on the sort column break on `id`.
 */
export async function paginate<T extends Record<string, unknown>>(
  db: Db,
  opts: { table: PgTable; idColumn: PgColumn; where?: SQL; sort: SortKey; page: PageArgs },
): Promise<Page<T>> {
  const { table, idColumn, sort, page } = opts;
  const limit = Math.min(Math.max(page.first ?? DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE);
  const key = sortKeyOf(sort.column);
  const conditions = [opts.where];
  if (page.after) conditions.push(afterCursor(sort, key, idColumn, page.after));
  // `nulls last` only where needed: on a NOT NULL column it would stop an index from serving the order.
  const dir = sql.raw(sort.nullable ? `${sort.direction} nulls last` : sort.direction);
  const fields = key.select ? { ...getTableColumns(table), __sort: key.select } : getTableColumns(table);
  const rows = (await db
    .select(fields)
    .from(table)
    .where(and(...conditions))
    .orderBy(sql`${sort.column} ${dir}`, sql`${idColumn} ${sql.raw(sort.direction)}`)
    .limit(limit + 1)) as unknown as T[];
  const nodes = rows.slice(0, limit);
  return {
    nodes,
    cursors: nodes.map((row) =>
      encodeCursor(key.select ? row.__sort : rowValue(row, sort.column as PgColumn), rowValue(row, idColumn)),
    ),
    hasNextPage: rows.length > limit,
    totalCount: async () => {
      const [row] = await db.select({ n: count() }).from(table).where(opts.where);
      return row?.n ?? 0;
    },
  };
}

interface SortKeyShape {
  /** Selected as `__sort` when the cursor needs more than the mapped row value. */
  select?: SQL;
  /** Turns a cursor value back into something comparable with the sort expression. */
  param: (value: unknown) => unknown;
  accepts: (value: unknown) => boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;
const isScalar = (v: unknown) =>
  typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean';

function sortKeyOf(column: PgColumn | SQL): SortKeyShape {
  if (!(column instanceof PgColumn))
    return { select: column, param: (v) => v, accepts: (v) => typeof v === 'number' && Number.isFinite(v) };
  // A JS Date keeps milliseconds but timestamptz keeps microseconds: carry the exact text instead.
  if (column.columnType === 'PgTimestamp') {
    return {
      select: sql`${column}::text`,
      param: (v) => sql`${String(v)}::timestamptz`,
      accepts: (v) => typeof v === 'string' && PG_TIMESTAMP.test(v),
    };
  }
  return { param: (v) => v, accepts: isScalar };
}

// Rows come back keyed by the drizzle property name, not the SQL column name.
function rowValue(row: Record<string, unknown>, column: PgColumn): unknown {
  const table = (column as unknown as { table: Record<string, unknown> }).table;
  const key = Object.keys(table).find((k) => table[k] === column);
  return key ? row[key] : undefined;
}

function encodeCursor(sortValue: unknown, id: unknown): string {
  return Buffer.from(JSON.stringify([sortValue ?? null, id])).toString('base64url');
}

function afterCursor(sort: SortKey, key: SortKeyShape, idColumn: PgColumn, cursor: string): SQL {
  let decoded: [unknown, unknown];
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) throw new Error();
  } catch {
    throw new InvalidCursorError();
  }
  const [raw, id] = decoded;
  // A forged cursor must be a clean input error, not a database error.
  const idOk = idColumn.columnType === 'PgUUID' ? typeof id === 'string' && UUID.test(id) : Number.isSafeInteger(id);
  if (!idOk || (raw !== null && !key.accepts(raw))) throw new InvalidCursorError();
  const beyond = sort.direction === 'asc' ? gt : lt;
  // NULLs sort last: after a NULL only NULLs with a further id remain; after a value, NULLs still follow.
  if (raw === null) return and(isNull(sort.column), beyond(idColumn, id))!;
  const value = key.param(raw);
  const col = sort.column as PgColumn; // drizzle's overloads take a column or an SQL, not the union
  const later = or(beyond(col, value), and(eq(col, value), beyond(idColumn, id)))!;
  return sort.nullable ? or(later, isNull(sort.column))! : later;
}

export class InvalidCursorError extends Error {
  constructor() {
    super('Invalid cursor');
  }
}
