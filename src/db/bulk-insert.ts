import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.js';
import { pgJson } from './pg-json.js';

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
  await db.execute(bulkInsertStatement(table, columns, sql`${pgJson(rows)}::jsonb`));
}

/** The INSERT of `bulkInsert` for a jsonb array expression (the spool runs it inside one larger statement). */
export function bulkInsertStatement(table: PgTable, columns: Record<string, string>, json: SQL): SQL {
  const { list, types } = columnLists(columns);
  return sql`insert into ${table} (${list})
    select ${list} from rows from (jsonb_to_recordset(${json}) as (${types})) with ordinality as x(${list}, _n) order by _n`;
}

// The column lists of each `columns` object, written once (the spool builds its statement for every batch).
const written = new WeakMap<Record<string, string>, { list: SQL; types: SQL }>();
function columnLists(columns: Record<string, string>): { list: SQL; types: SQL } {
  let lists = written.get(columns);
  if (!lists) {
    const names = Object.keys(columns);
    lists = {
      list: sql.raw(names.map((n) => `"${n}"`).join(', ')),
      types: sql.raw(names.map((n) => `"${n}" ${columns[n]}`).join(', ')),
    };
    written.set(columns, lists);
  }
  return lists;
}
