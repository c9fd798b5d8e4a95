import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { startNodeProcess, type NodeProcess } from './kit/node-process.js';
import { proxiedDatabase, type ProxiedDatabase } from './kit/proxied-database.js';
import { until } from './kit/wait.js';

// PostgreSQL cut while load management writes a site's allocations. postgres.js 3.4.9 throws an
// uncaught exception when the connection dies inside a transaction (porsager/postgres#1208: its own
// ROLLBACK lands on the dead socket), so that write is one statement: the node must live through it.
// The write is held by a table lock this test owns, so the cut lands inside it. A real process: the
// crash takes the whole node. Needs PostgreSQL (CI sets TEST_DATABASE_URL).
const pg = process.env.TEST_DATABASE_URL;

describe.skipIf(!pg)('a database cut while load management writes', () => {
  let db: ProxiedDatabase;
  let node: NodeProcess;
  let cp: TestCharger | undefined;
  beforeAll(async () => {
    db = await proxiedDatabase();
    node = await startNodeProcess({ DATABASE_URL: db.viaProxy });
  }, 90_000);
  afterAll(async () => {
    db?.proxy.restore();
    await cp?.close({ force: true }).catch(() => {});
    await node?.stop(); // fails the file if the node died on its own
    await db?.drop();
  });

  it('survives a cut in the middle of writing allocations', async () => {
    const admin = await node.signIn();
    const { createSite } = (
      await admin.request('mutation { createSite(input: { name: "Managed depot" }) { id } }')
    ).expectNoErrors();
    const { createCircuit } = (
      await admin.request('mutation($input: CreateCircuitInput!) { createCircuit(input: $input) { id } }', {
        input: { siteId: createSite.id, name: 'Depot feed', maxCurrentA: 32 },
      })
    ).expectNoErrors();
    const chargerId = await registerCharger(admin, 'TXCUT-1', { siteId: createSite.id });
    (
      await admin.request('mutation($input: AttachChargerInput!) { attachCharger(input: $input) { id } }', {
        input: { circuitId: createCircuit.id, chargerId },
      })
    ).expectNoErrors();

    // Writes to allocations wait (reads do not) until this lock goes.
    const locker = postgres(db.url, { max: 1, onnotice: () => {} });
    const held = await locker.reserve();
    try {
      await held`begin`;
      await held`lock table allocations in share mode`;
      cp = await bootedCharger(node.ocppUrl, 'TXCUT-1'); // its boot makes the node recompute the site
      await until(
        async () =>
          (
            await db.direct<{ n: number }[]>`select count(*)::int as n from pg_stat_activity
              where wait_event_type = 'Lock' and query like '%"allocations"%' and pid <> pg_backend_pid()`
          )[0]!.n > 0,
        { what: 'the allocation write to wait for the lock', timeoutMs: 30_000 },
      );
      db.proxy.cut();
      await new Promise((r) => setTimeout(r, 1000)); // what the node does with the dead connection, it does now
      await held`commit`;
    } finally {
      held.release();
      await locker.end();
    }
    db.proxy.restore();

    expect((await fetch(`${node.url}/healthz`)).status).toBe(200);
    await until(async () => (await fetch(`${node.url}/readyz`)).status === 200, {
      what: 'the node to find its database again',
      timeoutMs: 30_000,
    });
    expect(node.output()).not.toMatch(/uncaught|Cannot read properties of null/i);
  }, 120_000);
});
