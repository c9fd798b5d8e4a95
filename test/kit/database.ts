import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import type { Config } from '../../src/config.js';
import { withDatabase } from './global-setup.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
    testDatabasePrefix: string;
  }
}

/**
 * A database of this test file's own: a clone of the migrated template on PostgreSQL
 * when TEST_DATABASE_URL is set, otherwise an in-memory PGlite.
 */
export async function testDatabase(): Promise<{ config: Config['database']; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { config: { kind: 'pglite', dataDir: undefined }, drop: async () => {} };
  const name = `${inject('testDatabasePrefix')}${randomBytes(6).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}" template "${inject('templateDatabase')}"`);
  await admin.end();
  return {
    config: { kind: 'postgres', url: withDatabase(url, name), poolSize: 10 },
    drop: async () => {
      const a = postgres(url, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
      await a.end();
    },
  };
}
