import postgres from 'postgres';
import { testDatabase } from './database.js';
import { startTcpProxy } from './tcp-proxy.js';

/**
 * This test file's own PostgreSQL database behind a TCP proxy the test owns: a server or node started on
 * `viaProxy` loses its database on `proxy.cut()`, while `direct` (one connection around the proxy) reads what
 * reached PostgreSQL. Needs PostgreSQL (CI sets TEST_DATABASE_URL): PGlite has no connection to cut.
 */
export async function proxiedDatabase() {
  const db = await testDatabase();
  if (db.config.kind !== 'postgres') throw new Error('a proxied database needs PostgreSQL (TEST_DATABASE_URL)');
  const url = db.config.url;
  const { hostname, port } = new URL(url);
  const proxy = await startTcpProxy({ host: hostname, port: Number(port || 5432) });
  const direct = postgres(url, { max: 1, onnotice: () => {} });
  return {
    url,
    viaProxy: proxy.via(url),
    proxy,
    direct,
    /** Once the server or node on it stopped. */
    async drop() {
      await proxy.close();
      await direct.end();
      await db.drop();
    },
  };
}

export type ProxiedDatabase = Awaited<ReturnType<typeof proxiedDatabase>>;
