import { sql, type Placeholder, type SQL } from 'drizzle-orm';

/**
 * Rows passed as ONE jsonb parameter (`json`, a JSON array of objects) for `update t set ... from
 * ${jsonRecords(json, 'id uuid, at timestamptz', n)} as v where t.id = v.id`.
 *
 * PostgreSQL guesses 100 rows for any jsonb_to_recordset, so against a large table it hash-joins a
 * scan of the whole table instead of looking each row up by its key: 2.4 ms a batch at 19,000
 * chargers, growing with the table (a boot storm's PostgreSQL CPU per boot rose with the fleet). A
 * LIMIT of the real count (a parameter: a generic plan assumes 10) lets it plan an index lookup per row.
 * Rows are then updated in the array's order, so pass them sorted by key (`byKey`): batches that touch
 * the same rows then lock them in one order and cannot deadlock (a scan used to give that order).
 * `json` and `count` may be placeholders of a prepared query (`sql.placeholder`).
 */
export function jsonRecords(json: string | Placeholder, columns: string, count: number | Placeholder): SQL {
  return sql`(select * from jsonb_to_recordset(${json}::jsonb) as r(${sql.raw(columns)}) limit ${count})`;
}

/** Sorts batch rows by their key (a uuid string), the one lock order every batched UPDATE uses. */
export function byKey<T>(rows: Iterable<T>, key: (row: T) => string): T[] {
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
