import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';

/**
 * Inserts many rows as ONE parameter: a JSON array unpacked by jsonb_to_recordset, in order.
 * For the hot batches (message log, meter values): drizzle's multi-row insert builds and binds
 * a parameter per cell, which costs more CPU than the database spends on the insert.
 * `columns` maps SQL column names to their SQL types; `rows` use the same names.
 */
export async function bulkInsert(
  db: Db,
  table: PgTable,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (!rows.length) return;
  await bulkInsertJson(db, table, columns, JSON.stringify(rows));
}

/** `bulkInsert` with the rows already serialised as one JSON array (the spool keeps rows as JSON). */
export async function bulkInsertJson(
  db: Db,
  table: PgTable,
  columns: Record<string, string>,
  json: string,
): Promise<void> {
  const names = Object.keys(columns);
  const list = sql.raw(names.map((n) => `"${n}"`).join(', '));
  const types = sql.raw(names.map((n) => `"${n}" ${columns[n]}`).join(', '));
  await db.execute(sql`insert into ${table} (${list})
    select ${list} from rows from (jsonb_to_recordset(${json}::jsonb) as (${types})) with ordinality as x(${list}, _n) order by _n`);
}
