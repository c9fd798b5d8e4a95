import postgres from 'postgres';
import { createDatabase } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { migrationsFingerprint, templateName } from './template.js';

/**
 * With TEST_DATABASE_URL: migrate a template database once per migration set; each test
 * file then clones it (CREATE DATABASE ... TEMPLATE), which takes milliseconds.
 */
export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const template = templateName(migrationsFingerprint());
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${template}`;
    if (!exists) {
      const building = `${template}_build_${process.pid}`;
      await admin.unsafe(`drop database if exists "${building}"`);
      await admin.unsafe(`create database "${building}"`);
      const buildUrl = withDatabase(url, building);
      const database = await createDatabase({ kind: 'postgres', url: buildUrl, poolSize: 1 });
      await migrate(database, buildUrl);
      await database.close();
      // Rename is atomic: a half-built template is never cloned.
      await admin.unsafe(`alter database "${building}" rename to "${template}"`).catch(async () => {
        await admin.unsafe(`drop database if exists "${building}"`);
      });
    }
  } finally {
    await admin.end();
  }
  provide('templateDatabase', template);
  // Each file drops its own database; this catches the ones a crashed file left behind.
  // Only this run's: other runs (other checkouts) may be using theirs right now.
  const runPrefix = `chargeql_test_${process.pid}_`;
  provide('testDatabasePrefix', runPrefix);
  return async () => {
    const cleanup = postgres(url, { max: 1, onnotice: () => {} });
    const left = await cleanup`select datname from pg_database where datname like ${runPrefix + '%'}`;
    for (const { datname } of left)
      await cleanup.unsafe(`drop database if exists "${datname}" with (force)`).catch(() => {});
    await cleanup.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
