import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './kit/server.js';
import { openWsSession } from './isolation/ws-session.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    GRAPHQL_MAX_DEPTH: '4',
    GRAPHQL_MAX_ALIASES: '2',
    GRAPHQL_MAX_COST: '100',
    GRAPHQL_MAX_QUERY_BYTES: '600',
    GRAPHQL_INTROSPECTION: 'false',
  });
});
afterAll(() => server?.stop());

describe('GraphQL hardening: each refusal has its own code', () => {
  it('depth, aliases, page size, cost and introspection', async () => {
    (await server.admin.request('{ tenant { slug } }')).expectNoErrors();
    (await server.admin.request('{ tenants { edges { node { stats { chargerCount } } } } }')).expectError(
      'QUERY_TOO_DEEP',
    );
    (await server.admin.request('{ a: tenant { slug } b: tenant { slug } c: tenant { slug } }')).expectError(
      'TOO_MANY_ALIASES',
    );
    const page = (await server.admin.request('{ users(first: 501) { totalCount } }')).expectError('BAD_USER_INPUT');
    expect(page.extensions).toMatchObject({ field: 'first', max: 500 });
    const cost = (await server.admin.request('{ users(first: 50) { edges { node { id email } } } }')).expectError(
      'QUERY_TOO_COMPLEX',
    );
    expect(cost.extensions).toMatchObject({ maxCost: 100 });
    (await server.admin.request('{ users(first: 10) { edges { node { id email } } } }')).expectNoErrors();
    (await server.admin.request('{ __schema { queryType { name } } }')).expectError('INTROSPECTION_DISABLED');
  });

  it('query size, before parsing', async () => {
    const res = await server.admin.request(`{ tenant { slug } } # ${'x'.repeat(700)}`);
    expect(res.status).toBe(413);
    res.expectError('QUERY_TOO_LARGE');
  });

  it('applies the same limits to subscriptions over graphql-ws', async () => {
    const session = await openWsSession(server.wsUrl, server.admin.token!);
    try {
      const big = session.subscribe(`subscription { chargerStatus { status } } # ${'x'.repeat(700)}`, {});
      const aliased = session.subscribe('subscription { chargerStatus { a: status b: status c: status } }', {});
      while (!big.errors.length || !aliased.errors.length) await new Promise((r) => setTimeout(r, 10));
      expect(JSON.stringify(big.errors)).toContain('QUERY_TOO_LARGE');
      expect(JSON.stringify(aliased.errors)).toContain('TOO_MANY_ALIASES');
    } finally {
      await session.close();
    }
  });
});

describe('rate limit per token', () => {
  it('answers RATE_LIMITED (HTTP 429, Retry-After) once a token spends its burst; other tokens go on', async () => {
    const limited = await startServer({ GRAPHQL_RATE_LIMIT_PER_SECOND: '0.01', GRAPHQL_RATE_LIMIT_BURST: '3' });
    try {
      const other = await limited.anonymous.signIn('admin@example.com', 'admin-password-1');
      for (let i = 0; i < 3; i++) (await limited.admin.request('{ tenant { slug } }')).expectNoErrors();
      const refused = await limited.admin.request('{ tenant { slug } }');
      expect(refused.status).toBe(429);
      expect(refused.expectError('RATE_LIMITED').extensions?.retryAfterSeconds).toBeGreaterThan(0);
      (await other.request('{ tenant { slug } }')).expectNoErrors();
    } finally {
      await limited.stop();
    }
  });
});
