import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * Values for a statement built once (drizzle's `.prepare()`, run with `.execute(values)`): building a
 * query is JavaScript work each time (a remoteStart's insert cost more CPU to build than PostgreSQL
 * spent running it). `set` puts a placeholder `<prefix><field>` in each of the table's `fields`;
 * `fill(row)` gives their values as the driver wants them.
 *
 * Bare placeholders, not drizzle's own column-typed ones: those encode a null through the column
 * (JSON `null` for a jsonb column, a crash for a timestamp), where a value written directly is SQL NULL.
 */
export function builtOnceValues<T extends PgTable, F extends keyof T['_']['columns'] & string>(
  table: T,
  fields: readonly F[],
  prefix = '',
) {
  const columns = getTableColumns(table);
  return {
    set: Object.fromEntries(fields.map((f) => [f, sql`${sql.placeholder(prefix + f)}`])) as Record<F, SQL>,
    fill(row: { [K in F]: unknown }): Record<string, unknown> {
      const values: Record<string, unknown> = {};
      for (const f of fields) {
        const value = row[f];
        values[prefix + f] = value == null ? null : columns[f]!.mapToDriverValue(value);
      }
      return values;
    },
  };
}
