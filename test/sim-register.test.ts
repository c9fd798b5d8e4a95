import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerChargers } from '../src/sim/register.js';
import { startServer, type TestServer } from './kit/server.js';

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

describe('the simulator registers its chargers through GraphQL', () => {
  it('registers more chargers than one request may alias, and reuses them on a second run', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `SIMREG-${i}`);
    expect(await registerChargers(`${server.url}/graphql`, server.admin.token!, ids)).toEqual({ created: 40, existing: 0 });
    expect(await registerChargers(`${server.url}/graphql`, server.admin.token!, ids)).toEqual({ created: 0, existing: 40 });
    const { chargers } = (await server.admin.request('{ chargers(first: 100, filter: { search: "SIMREG-" }) { totalCount } }')).expectNoErrors();
    expect(chargers.totalCount).toBe(40);
  });
});
