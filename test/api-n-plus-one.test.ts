import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chargers, connectors, sites } from '../src/db/schema/index.js';
import { aSession, aUser, tenantIdOf } from './kit/builders.js';
import { startServer, type TestServer } from './kit/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  const db = server.app.database.db;
  const tenantId = await tenantIdOf(db);
  const siteRows = await db
    .insert(sites)
    .values(Array.from({ length: 5 }, (_, i) => ({ tenantId, name: `Site ${i}` })))
    .returning();
  const users = await Promise.all(
    Array.from({ length: 4 }, (_, i) => aUser(db, { email: `n1-${i}@example.com`, role: 'DRIVER' })),
  );
  const chargerRows = await db
    .insert(chargers)
    .values(
      Array.from({ length: 120 }, (_, i) => ({
        tenantId,
        ocppId: `N1-${i}`,
        siteId: siteRows[i % 5]!.id,
        online: true,
      })),
    )
    .returning();
  await db.insert(connectors).values(
    chargerRows.flatMap((c) =>
      [1, 2].map((connectorId) => ({
        tenantId,
        chargerId: c.id,
        connectorId,
        status: connectorId === 1 ? 'CHARGING' : 'AVAILABLE',
      })),
    ),
  );
  for (const [i, c] of chargerRows.entries()) {
    await aSession(db, {
      tenantId,
      chargerId: c.id,
      status: 'ACTIVE',
      stoppedAt: null,
      meterStopWh: null,
      lastMeterWh: 5000,
      userId: users[i % 4]!.id,
    });
  }
});
afterAll(() => server?.stop());

const QUERY = (name: string) => `query ${name}($first: Int) { chargers(first: $first) { edges { node {
  ocppId online site { name }
  connectors { connectorId status activeSession { id energyWh user { email } } } } } } }`;

/** Statements the server counted for this one operation (its own, not the background writes beside it). */
async function statementsFor(first: number): Promise<{ statements: number; chargers: any[] }> {
  const name = `NPlusOne${first}`;
  // Warm the per-tenant caches just before (the IP allow-list is read once per tenant per 10 s): N+1
  // is the question here, not a lookup the first request of a tenant pays.
  (await server.admin.request('{ viewer { id } }')).expectNoErrors();
  const { chargers } = (await server.admin.request(QUERY(name), { first })).expectNoErrors();
  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  const line = metrics
    .split('\n')
    .find((l) => l.startsWith(`chargeql_graphql_operation_statements_sum{operation="${name}"}`));
  expect(line, `no statement count for ${name} in /metrics`).toBeDefined();
  return { statements: Number(line!.split(' ').pop()), chargers: chargers.edges };
}

describe('no N+1', () => {
  it('reads 10 or 100 chargers with site, connectors, active sessions and their users in the same few statements', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten.chargers).toHaveLength(10);
    expect(hundred.chargers).toHaveLength(100);
    // Every relation was really resolved, not skipped.
    const node = hundred.chargers[99].node;
    expect(node.site.name).toMatch(/^Site \d$/);
    expect(node.connectors[0].activeSession.user.email).toMatch(/@example\.com$/);
    expect(node.connectors[0].activeSession.energyWh).toBe(4000);
    expect(node.connectors[1].activeSession).toBeNull();
    expect(ten.statements).toBeGreaterThan(1); // counted at all (the counter follows the request)
    expect(hundred.statements).toBe(ten.statements);
    expect(hundred.statements).toBeLessThanOrEqual(6);
  });
});
