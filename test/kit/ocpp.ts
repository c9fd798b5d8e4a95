import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import WebSocket from 'ws';
import { chargerEvents, chargers, idTags, tenants } from '../../src/db/schema/index.js';
import { bootedCharger, registerCharger, type TestCharger } from './charger.js';
import type { TestServer } from './server.js';

/** Registers a charger through GraphQL, connects and boots it. Close it in finally. */
export async function newBootedCharger(server: TestServer, ocppId: string): Promise<TestCharger> {
  await registerCharger(server.admin, ocppId);
  return bootedCharger(server.ocppUrl, ocppId);
}

/**
 * Fixtures the OCPP tests need before the GraphQL doors for them exist (id tags, charger flags):
 * written straight into the server's database, read back the same way.
 */
export async function demoTenantId(server: TestServer): Promise<string> {
  const [t] = await server.app.database.db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, 'demo'));
  return t!.id;
}

export async function anIdTag(
  server: TestServer,
  value: string,
  over: { status?: 'ACCEPTED' | 'BLOCKED' | 'EXPIRED'; expiresAt?: Date; parentIdTag?: string; tenantId?: string } = {},
): Promise<void> {
  const tenantId = over.tenantId ?? (await demoTenantId(server));
  await server.app.database.db.insert(idTags).values({
    tenantId,
    value,
    status: over.status ?? 'ACCEPTED',
    expiresAt: over.expiresAt,
    parentIdTag: over.parentIdTag,
  });
}

export async function setCharger(
  server: TestServer,
  ocppId: string,
  values: Partial<typeof chargers.$inferInsert>,
): Promise<void> {
  await server.app.database.db.update(chargers).set(values).where(eq(chargers.ocppId, ocppId));
}

export async function chargerRow(server: TestServer, ocppId: string) {
  const [row] = await server.app.database.db.select().from(chargers).where(eq(chargers.ocppId, ocppId));
  return row;
}

/**
 * Rows of a table with a `chargerId` column (sessions, meter values, events...) for one charger.
 * Charger events leave out the connection history (Connected/Disconnected): it is written in batches
 * at its own pace, and the tests that read events are about what the charger reported.
 */
export async function rowsOf(
  server: TestServer,
  table: PgTable & { chargerId: PgColumn },
  ocppId: string,
  orderBy?: PgColumn,
): Promise<any[]> {
  const charger = await chargerRow(server, ocppId);
  const query = server.app.database.db
    .select()
    .from(table as PgTable)
    .where(eq(table.chargerId, charger!.id));
  const rows: any[] = await (orderBy ? query.orderBy(orderBy) : query);
  if (table !== (chargerEvents as unknown)) return rows;
  return rows.filter((r) => r.type !== 'Connected' && r.type !== 'Disconnected');
}

/** Opens a raw WebSocket upgrade and returns the HTTP status: 101 when accepted. */
export function handshakeStatus(
  url: string,
  protocols: string[] | undefined,
  headers: Record<string, string> = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols ?? [], { headers });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      ws.terminate();
    });
    ws.on('open', () => {
      resolve(101);
      ws.close();
    });
    ws.on('error', (err) => reject(err));
  });
}

export const basicAuth = (user: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
});

/** Resolves with the close code once the client's socket closes. */
export function closed(client: { once(event: 'close', cb: (e: { code: number }) => void): unknown }): Promise<number> {
  return new Promise((resolve) => client.once('close', (e) => resolve(e.code)));
}

/** The rpcErrorCode a CALL was refused with, or 'ok'. */
export async function callError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (err) {
    return (err as { rpcErrorCode?: string }).rpcErrorCode ?? String(err);
  }
}

export const iso = (d: Date | number) => new Date(d).toISOString();
