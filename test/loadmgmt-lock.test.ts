import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../src/db/client.js';
import { createEventBus } from '../src/events/bus.js';
import { createAllocationRepository } from '../src/domain/loadmgmt/allocation.repository.js';
import { createLoadBalancer, type ChargingLimitPort } from '../src/domain/loadmgmt/load-balancer.service.js';
import { registerCharger } from './kit/charger.js';
import { tenantIdOf } from './commands-kit.js';
import { testDatabase } from './kit/database.js';
import { startServerOn, type TestServer } from './kit/server.js';
import { dbId } from './kit/builders.js';

// A site's recomputation runs on one node at a time: two nodes (two database pools, as two
// processes have) recomputing the same site would plan from the same rows and send limits that
// add up to more than the circuit. The lock is a lease row in PostgreSQL (db/lease-lock.ts); two
// nodes need a database both reach, so this runs on PostgreSQL.

const POSTGRES = !!process.env.TEST_DATABASE_URL;

describe.skipIf(!POSTGRES)('site lock across nodes', () => {
  let server: TestServer;
  let database: Awaited<ReturnType<typeof testDatabase>>;
  let nodes: Database[] = [];

  beforeAll(async () => {
    database = await testDatabase();
    server = await startServerOn(database.config);
    nodes = await Promise.all([createDatabase(database.config), createDatabase(database.config)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.close()));
    await server?.stop();
    await database?.drop();
  });

  it('one key: the second node waits for the first; other keys do not', async () => {
    const spans: { node: number; key: string; from: number; to: number }[] = [];
    const work = (node: number, key: string) =>
      nodes[node]!.lock(key, async () => {
        const from = performance.now();
        await new Promise((r) => setTimeout(r, 150));
        spans.push({ node, key, from, to: performance.now() });
      });
    await Promise.all([work(0, 'site-1'), work(1, 'site-1'), work(0, 'site-1'), work(1, 'site-1'), work(1, 'site-2')]);
    const same = spans.filter((s) => s.key === 'site-1').sort((a, b) => a.from - b.from);
    for (let i = 1; i < same.length; i++) expect(same[i]!.from).toBeGreaterThanOrEqual(same[i - 1]!.to);
    const other = spans.find((s) => s.key === 'site-2')!;
    expect(same.some((s) => s.from < other.to && other.from < s.to)).toBe(true);
  });

  /** Two load balancers (two nodes) recomputing one site: is a node sending while the other is? */
  async function overlapOfTwoNodes(locked: boolean): Promise<boolean> {
    const { createSite } = (
      await server.admin.request('mutation { createSite(input: { name: "Two nodes" }) { id } }')
    ).expectNoErrors();
    const { createCircuit } = (
      await server.admin.request('mutation($input: CreateCircuitInput!) { createCircuit(input: $input) { id } }', {
        input: { siteId: createSite.id, name: 'Grid', maxCurrentA: 40 },
      })
    ).expectNoErrors();
    const chargerIds: string[] = [];
    for (const n of [1, 2, 3]) {
      const id = await registerCharger(server.admin, `LOCK-${locked ? 'L' : 'U'}-${n}`, { siteId: createSite.id });
      (
        await server.admin.request('mutation($input: AttachChargerInput!) { attachCharger(input: $input) { id } }', {
          input: { circuitId: createCircuit.id, chargerId: id },
        })
      ).expectNoErrors();
      chargerIds.push(dbId(id));
    }
    let inFlight: number | null = null;
    let overlap = false;
    const balancers = nodes.map((db, node) => {
      const limits: ChargingLimitPort = {
        async applyChargingLimit() {
          if (inFlight !== null && inFlight !== node) overlap = true;
          inFlight = node;
          await new Promise((r) => setTimeout(r, 200));
          inFlight = null;
          return 'ACCEPTED';
        },
        forgetSessionLimit: async () => {},
      };
      return createLoadBalancer({
        allocations: createAllocationRepository(db.db),
        events: createEventBus(),
        limits,
        isConnected: () => true, // as if each node held the sockets: every charger gets its default
        lock: locked ? db.lock : undefined,
        onError: (err) => {
          throw err;
        },
        debounceMs: 0,
      });
    });
    const tenantId = await tenantIdOf(server);
    for (const b of balancers) b.siteChanged(tenantId, dbId(createSite.id), chargerIds);
    await Promise.all(balancers.map((b) => b.idle()));
    await Promise.all(balancers.map((b) => b.stop()));
    return overlap;
  }

  it('two nodes recomputing one site take turns (and without the lock they would not)', async () => {
    expect(await overlapOfTwoNodes(true)).toBe(false);
    expect(await overlapOfTwoNodes(false)).toBe(true);
  }, 60_000);
});
