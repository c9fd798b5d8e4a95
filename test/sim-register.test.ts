import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerChargers, registerIdTags } from '../src/sim/register.js';
import { startServer, type TestServer } from './kit/server.js';

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

describe('the simulator registers its chargers through GraphQL', () => {
  it('registers more chargers than one request may alias, and reuses them on a second run', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `SIMREG-${i}`);
    expect(await registerChargers(`${server.url}/graphql`, server.admin.token!, ids)).toEqual({
      created: 40,
      existing: 0,
    });
    expect(await registerChargers(`${server.url}/graphql`, server.admin.token!, ids)).toEqual({
      created: 0,
      existing: 40,
    });
    const { chargers } = (
      await server.admin.request('{ chargers(first: 100, filter: { search: "SIMREG-" }) { totalCount } }')
    ).expectNoErrors();
    expect(chargers.totalCount).toBe(40);
  });

  it("registers the virtual drivers' id tags, so Authorize accepts them, and tolerates existing ones", async () => {
    await registerIdTags(`${server.url}/graphql`, server.admin.token!, ['SIM-TAG-1', 'SIM-TAG-2']);
    await registerIdTags(`${server.url}/graphql`, server.admin.token!, ['SIM-TAG-1', 'SIM-TAG-2']);
    const { idTags } = (
      await server.admin.request('{ idTags(first: 10) { edges { node { value status } } } }')
    ).expectNoErrors();
    expect(idTags.edges.map((e: { node: unknown }) => e.node)).toEqual(
      expect.arrayContaining([
        { value: 'SIM-TAG-1', status: 'ACCEPTED' },
        { value: 'SIM-TAG-2', status: 'ACCEPTED' },
      ]),
    );
  });
});
