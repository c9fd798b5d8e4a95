import type { Sql } from 'postgres';

/**
 * How long statements wait for the pool. postgres.js keeps no pool figures (porsager/postgres #443,
 * #908), and it pipelines: a busy connection takes up to 100 statements, so a statement waits either
 * in the pool's queue or behind others on a connection, unseen either way. Its Query turns `active`
 * when its connection starts on it, so the client handed to drizzle stamps each statement when asked
 * for and reports the wait at that moment; `begin` reports when its callback runs (a connection
 * reserved for the transaction). Statements inside a transaction are not counted.
 */
export function measurePoolWait(client: Sql, observe: (seconds: number) => void): Sql {
  const unsafe = client.unsafe.bind(client);
  const begin = client.begin.bind(client) as (...args: unknown[]) => Promise<unknown>;
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === 'unsafe')
        return (...args: Parameters<Sql['unsafe']>) => {
          const query = unsafe(...args);
          stampWhenStarted(query as unknown as Record<string, unknown>, performance.now(), observe);
          return query;
        };
      if (key === 'begin')
        return (...args: unknown[]) => {
          const askedAt = performance.now();
          const fn = args.pop() as (tx: unknown) => unknown; // begin([options,] fn)
          return begin(...args, (tx: unknown) => {
            observe((performance.now() - askedAt) / 1000);
            return fn(tx);
          });
        };
      return Reflect.get(target, key, receiver);
    },
  });
}

function stampWhenStarted(query: Record<string, unknown>, askedAt: number, observe: (seconds: number) => void) {
  let active = query.active;
  let reported = false;
  Object.defineProperty(query, 'active', {
    configurable: true,
    enumerable: true,
    get: () => active,
    set(value) {
      if (value && !reported) {
        reported = true;
        observe((performance.now() - askedAt) / 1000);
      }
      active = value;
    },
  });
}
