import type { Sql } from 'postgres';

/**
 * Drizzle runs every ad hoc query through postgres.js with `prepare: false`, and postgres.js then
 * sends each statement that has parameters as two round trips: Parse + Describe, wait for the
 * parameter types, then Bind + Execute. Named prepared statements take that wait once per
 * connection and statement, and PostgreSQL parses each only once: every statement's wait for the
 * database is halved (a remoteStart's, a MeterValues' batches; README Performance, issue 19).
 *
 * Statements stay prepared for a connection's life (postgres.js recycles connections after 30-60
 * min), so the number of distinct texts prepared is capped: past `limit` (IN lists of every length
 * make new texts), a statement runs unnamed as before. PgBouncer in transaction mode before 1.21
 * cannot carry named statements: DATABASE_PREPARE=false turns this off.
 */
export function preparingClient(client: Sql, limit: number): Sql {
  const known = new Set<string>();
  const prepare = (query: string) => {
    if (known.has(query)) return true;
    if (known.size >= limit) return false;
    known.add(query);
    return true;
  };
  const wrap = (sql: Sql): Sql =>
    new Proxy(sql, {
      get(target, key, receiver) {
        if (key === 'unsafe')
          return (query: string, params?: unknown[], options?: Record<string, unknown>) =>
            target.unsafe(query, params as never, { ...options, prepare: prepare(query) });
        if (key === 'begin' || key === 'savepoint')
          return (...args: unknown[]) => {
            const fn = args.pop() as (tx: Sql) => unknown;
            return (Reflect.get(target, key) as (...a: unknown[]) => unknown).call(target, ...args, (tx: Sql) =>
              fn(wrap(tx)),
            );
          };
        return Reflect.get(target, key, receiver);
      },
    });
  return wrap(client);
}
