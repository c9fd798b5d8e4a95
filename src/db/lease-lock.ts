import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { leases } from './schema/index.js';

/** Runs `fn` while this process holds the named lock; another process asking for it waits. */
export type NamedLock = <T>(key: string, fn: () => Promise<T>) => Promise<T>;

export interface LeaseOptions {
  /** A holder that stops renewing (a dead node) loses the lease after this long. */
  ttlMs?: number;
  /** How often a waiter asks again. */
  pollMs?: number;
}

/**
 * A lease row per key in PostgreSQL, so work on one thing (a site's load allocation) never runs on
 * two nodes at once. Taking it is one upsert that succeeds only when the row is free, expired or
 * already ours; the holder renews it while `fn` runs and deletes it after. No connection is held in
 * between (an advisory lock would pin one per held key, and postgres.js 3.4's `reserve()` hangs when
 * the pool has no open connection). A node that dies leaves its lease to expire after `ttlMs`.
 */
export function createLeaseLock(db: Db, opts: LeaseOptions = {}): NamedLock {
  const ttlMs = opts.ttlMs ?? 30_000;
  const pollMs = opts.pollMs ?? 50;
  const holder = randomUUID();
  const until = () => sql`now() + ${`${ttlMs} milliseconds`}::interval`;

  async function take(key: string): Promise<boolean> {
    const rows = await db
      .insert(leases)
      .values({ key, holder, until: until() })
      .onConflictDoUpdate({
        target: leases.key,
        set: { holder, until: until() },
        setWhere: sql`${leases.until} < now() or ${leases.holder} = ${holder}`,
      })
      .returning({ key: leases.key });
    return rows.length > 0;
  }

  // Within this process the same key is queued here, so the table sees one contender per node.
  const local = new Map<string, Promise<unknown>>();

  return async (key, fn) => {
    const before = local.get(key) ?? Promise.resolve();
    const turn = before
      .catch(() => {})
      .then(async () => {
        while (!(await take(key))) await new Promise((r) => setTimeout(r, pollMs));
        const renew = setInterval(() => void take(key).catch(() => {}), ttlMs / 3);
        try {
          return await fn();
        } finally {
          clearInterval(renew);
          await db
            .delete(leases)
            .where(and(eq(leases.key, key), eq(leases.holder, holder)))
            .catch(() => {});
        }
      });
    local.set(key, turn);
    try {
      return await turn;
    } finally {
      if (local.get(key) === turn) local.delete(key);
    }
  };
}
