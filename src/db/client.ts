import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Config } from '../config.js';
import { createLeaseLock, type NamedLock } from './lease-lock.js';
import * as schema from './schema/index.js';
import { measurePoolWait } from './pool-wait.js';
import { preparingClient } from './prepared.js';
import { noteStatement } from './statement-count.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Counts every statement drizzle sends: the N+1 tests and benchmarks read it. */
  stats: { statements: number };
  /** Each statement's wait for a pool connection, in seconds (PostgreSQL only): replace `observe` to hear them. */
  poolWait: { observe(seconds: number): void };
  /** Work that must not run on two nodes at once (lease-lock.ts). */
  lock: NamedLock;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * postgres.js fetches the array types on each new connection and drops that promise: when the
 * connection closes meanwhile (a database restart, a network cut) the CONNECTION_CLOSED rejection is
 * unhandled and used to take the node down (porsager/postgres#1192). Drizzle never binds a JS array as
 * one parameter (it expands arrays, and serialises array columns itself), so nothing needs those types.
 */
export const NO_TYPE_FETCH = { fetch_types: false } as const;

/** Distinct statement texts a node prepares; past them, statements run unnamed (db/prepared.ts). */
const PREPARED_STATEMENT_LIMIT = 1000;

export async function createDatabase(config: Config['database']): Promise<Database> {
  const stats = { statements: 0 };
  const logger = {
    logQuery: () => {
      stats.statements++;
      noteStatement();
    },
  };
  if (config.kind === 'postgres') {
    const client = postgres(config.url, {
      max: config.poolSize,
      onnotice: () => {},
      ...NO_TYPE_FETCH,
      // Our timestamps are timestamptz; keep the session in UTC so text casts are unambiguous.
      connection: { TimeZone: 'UTC' },
    });
    const poolWait = { observe: (_seconds: number) => {} };
    const measured = measurePoolWait(client, (seconds) => poolWait.observe(seconds));
    const db = drizzlePostgres(
      config.preparedStatements !== false ? preparingClient(measured, PREPARED_STATEMENT_LIMIT) : measured,
      { schema, logger },
    ) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      stats,
      poolWait,
      lock: createLeaseLock(db),
      ping: async () => void (await db.execute(sql`select 1`)),
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
  const client = await PGlite.create(config.dataDir ?? 'memory://');
  const db = drizzlePglite(client, { schema, logger }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    stats,
    poolWait: { observe: () => {} },
    lock: createLeaseLock(db),
    ping: async () => void (await db.execute(sql`select 1`)),
    close: () => client.close(),
  };
}
