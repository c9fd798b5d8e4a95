import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';

// The pool is postgres.js's: PGlite has none.
describe.skipIf(!process.env.TEST_DATABASE_URL)('pool wait in /metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({}, (config) => {
      if (config.database.kind === 'postgres') config.database.poolSize = 1;
    });
  });
  afterAll(() => server?.stop());

  const histogram = async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const figure = (suffix: string) =>
      Number(text.match(new RegExp(`^chargeql_db_pool_wait_seconds${suffix} (\\S+)$`, 'm'))?.[1] ?? NaN);
    return { count: figure('_count'), underOneMs: figure('_bucket\\{le="0.001"\\}') };
  };

  it('shows statements queueing for a one-connection pool under concurrent requests', async () => {
    for (let i = 0; i < 5; i++) await registerCharger(server.admin, `CP-POOL-${i}`);
    const before = await histogram();
    const requests = 30;
    await Promise.all(
      Array.from({ length: requests }, () =>
        server.admin
          .request('{ chargers(first: 50) { totalCount edges { node { id connectors { id } } } } }')
          .then((r) => r.expectNoErrors()),
      ),
    );
    const after = await histogram();
    expect(after.count - before.count).toBeGreaterThanOrEqual(requests);
    // 30 requests on one connection: most statements waited behind others for more than a millisecond.
    expect(after.count - after.underOneMs).toBeGreaterThan(before.count - before.underOneMs);
  });
});
