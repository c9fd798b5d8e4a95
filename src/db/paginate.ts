import { and, asc, count, desc, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
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
  column: PgColumn;
  direction: 'asc' | 'desc';
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
  const conditions = [opts.where];
  if (page.after) conditions.push(afterCursor(sort, idColumn, page.after));
  const order = sort.direction === 'asc' ? asc : desc;
  const rows = (await db
    .select()
    .from(table)
    .where(and(...conditions))
    .orderBy(order(sort.column), order(idColumn))
    .limit(limit + 1)) as T[];
  const nodes = rows.slice(0, limit);
  return {
    nodes,
    cursors: nodes.map((row) => encodeCursor(rowValue(row, sort.column), rowValue(row, idColumn))),
    hasNextPage: rows.length > limit,
    totalCount: async () => {
      const [row] = await db.select({ n: count() }).from(table).where(opts.where);
      return row?.n ?? 0;
    },
  };
}

// Rows come back keyed by the drizzle property name, not the SQL column name.
function rowValue(row: Record<string, unknown>, column: PgColumn): unknown {
  const table = (column as unknown as { table: Record<string, unknown> }).table;
  const key = Object.keys(table).find((k) => table[k] === column);
  return key ? row[key] : undefined;
}

function encodeCursor(sortValue: unknown, id: unknown): string {
  const v = sortValue instanceof Date ? { d: sortValue.toISOString() } : sortValue;
  return Buffer.from(JSON.stringify([v, id])).toString('base64url');
}

function afterCursor(sort: SortKey, idColumn: PgColumn, cursor: string): SQL {
  let decoded: [unknown, unknown];
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) throw new Error();
  } catch {
    throw new InvalidCursorError();
  }
  const [raw, id] = decoded;
  const value = raw && typeof raw === 'object' && 'd' in raw ? new Date(String((raw as { d: string }).d)) : raw;
  const beyond = sort.direction === 'asc' ? gt : lt;
  return or(beyond(sort.column, value), and(eq(sort.column, value), beyond(idColumn, id)))!;
}

export class InvalidCursorError extends Error {
  constructor() {
    super('Invalid cursor');
  }
}
