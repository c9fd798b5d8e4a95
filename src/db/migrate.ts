import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { NO_TYPE_FETCH, type Database } from './client.js';

// src/db -> ../../drizzle and dist/db -> ../../drizzle both reach the project's drizzle/ folder.
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

// Any constant works; it only has to be the same on every node.
const MIGRATION_LOCK_KEY = 4_201_600;

/** Applies drizzle-kit migrations; on PostgreSQL several nodes may start at once, so take a lock. */
export async function migrate(database: Database, postgresUrl?: string): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  if (!postgresUrl) throw new Error('migrate: postgres URL required');
  // One dedicated connection, so the session-level advisory lock covers the whole migration.
  const client = postgres(postgresUrl, { max: 1, onnotice: () => {}, ...NO_TYPE_FETCH });
  try {
    const db = drizzlePostgres(client);
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
