import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** The machine's PostgreSQL server; every bench creates its own database on it and drops it after. */
export const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const withDatabase = (url: string, db: string) => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
};

export async function freshDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
  count: (table: string, where?: string) => Promise<number>;
}> {
  const name = `chargeql_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(PG_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = withDatabase(PG_URL, name);
  return {
    url,
    async count(table, where) {
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        const [row] = await sql.unsafe(`select count(*)::int as n from "${table}"${where ? ` where ${where}` : ''}`);
        return row!.n as number;
      } finally {
        await sql.end();
      }
    },
    async drop() {
      const a = postgres(PG_URL, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
      await a.end();
    },
  };
}

export async function postgresVersion(): Promise<string> {
  const sql = postgres(PG_URL, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`show server_version`;
    return `PostgreSQL ${String(row!.server_version).split(' ')[0]}`;
  } catch {
    return 'PostgreSQL (unreachable)';
  } finally {
    await sql.end();
  }
}
