import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';
import { subscribe } from './kit/subscribe.js';
import { createTenant, type TestTenant } from './kit/tenant.js';

let server: TestServer;
let acme: TestTenant;
beforeAll(async () => {
  server = await startServer();
  acme = await createTenant(server, 'acme');
});
afterAll(() => server?.stop());

const CREATE =
  'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name role lastUsedAt } secret } }';
const REVOKE = 'mutation($id: ID!) { revokeApiKey(input: { id: $id }) }';

async function newKey(role: string, name = `${role} key`) {
  return (await acme.admin.request(CREATE, { input: { name, role } })).expectNoErrors().createApiKey as {
    apiKey: { id: string; name: string; role: string; lastUsedAt: string | null };
    secret: string;
  };
}

async function oauthToken(body: Record<string, string>, basic?: [string, string]) {
  const res = await fetch(`${server.url}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(basic
        ? { authorization: `Basic ${Buffer.from(basic.map(encodeURIComponent).join(':')).toString('base64')}` }
        : {}),
    },
    body: new URLSearchParams(body).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any>, headers: res.headers };
}

describe('API keys', () => {
  it('shows the secret once, stores only its hash, and records when it is used', async () => {
    const { apiKey, secret } = await newKey('OPERATOR', 'billing export');
    expect(secret).toMatch(/^cqk_/);
    expect(apiKey).toMatchObject({ name: 'billing export', role: 'OPERATOR', lastUsedAt: null });
    expect(JSON.stringify(await server.app.database.db.execute(sql`select * from api_keys`))).not.toContain(secret);

    const asKey = server.anonymous.withToken(secret);
    const { tenant, viewer } = (await asKey.request('{ tenant { slug } viewer { id } }')).expectNoErrors();
    expect(tenant.slug).toBe('acme');
    expect(viewer).toBeNull();
    await registerCharger(asKey, 'KEY-CP-1');

    const { apiKeys } = (await acme.admin.request('{ apiKeys { edges { node { id lastUsedAt } } } }')).expectNoErrors();
    const listed = apiKeys.edges.find((e: any) => e.node.id === apiKey.id).node;
    expect(listed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(apiKeys)).not.toContain(secret);
  });

  it('acts with its role only, and nobody creates a key above their own role', async () => {
    const { secret } = await newKey('VIEWER');
    (
      await server.anonymous
        .withToken(secret)
        .request('mutation { createCharger(input: { ocppId: "VIEWER-CP" }) { id } }')
    ).expectError('FORBIDDEN');
    (await acme.admin.request(CREATE, { input: { name: 'too much', role: 'PLATFORM_ADMIN' } })).expectError(
      'FORBIDDEN',
    );
  });

  it('a revoked key answers UNAUTHENTICATED at once, over HTTP and graphql-ws', async () => {
    const { apiKey, secret } = await newKey('OPERATOR');
    (await server.anonymous.withToken(secret).request('{ tenant { slug } }')).expectNoErrors();
    expect((await acme.admin.request(REVOKE, { id: apiKey.id })).expectNoErrors().revokeApiKey).toBe(apiKey.id);
    (await server.anonymous.withToken(secret).request('{ tenant { slug } }')).expectError('UNAUTHENTICATED');
    await expect(subscribe(server.wsUrl, secret, 'subscription { chargerStatus { status } }')).rejects.toMatchObject({
      code: 4401,
    });
  });

  it("another tenant's key id answers NOT_FOUND and stays live", async () => {
    const { apiKey, secret } = await newKey('OPERATOR');
    (await server.admin.request(REVOKE, { id: apiKey.id })).expectError('NOT_FOUND');
    (await server.anonymous.withToken(secret).request('{ tenant { slug } }')).expectNoErrors();
  });
});

describe('POST /oauth/token (client credentials)', () => {
  it('trades a key for a JWT that acts as the key and dies with it', async () => {
    const { apiKey, secret } = await newKey('OPERATOR');
    const res = await oauthToken({ grant_type: 'client_credentials' }, [apiKey.id, secret]);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    const asToken = server.anonymous.withToken(res.body.access_token);
    expect((await asToken.request('{ tenant { slug } }')).expectNoErrors().tenant.slug).toBe('acme');

    (await acme.admin.request(REVOKE, { id: apiKey.id })).expectNoErrors();
    (await asToken.request('{ tenant { slug } }')).expectError('UNAUTHENTICATED');
    expect((await oauthToken({ grant_type: 'client_credentials' }, [apiKey.id, secret])).body.error).toBe(
      'invalid_client',
    );
  });

  it('accepts credentials in the form body too', async () => {
    const { apiKey, secret } = await newKey('VIEWER');
    const res = await oauthToken({ grant_type: 'client_credentials', client_id: apiKey.id, client_secret: secret });
    expect(res.status).toBe(200);
  });

  it('answers in RFC 6749 terms when something is wrong', async () => {
    const { apiKey, secret } = await newKey('VIEWER');
    const other = await newKey('VIEWER');
    expect(await oauthToken({ grant_type: 'password' }, [apiKey.id, secret])).toMatchObject({
      status: 400,
      body: { error: 'unsupported_grant_type' },
    });
    expect(await oauthToken({}, [apiKey.id, secret])).toMatchObject({
      status: 400,
      body: { error: 'invalid_request' },
    });
    const wrong = await oauthToken({ grant_type: 'client_credentials' }, [apiKey.id, 'cqk_not-a-real-secret']);
    expect(wrong).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect(await oauthToken({ grant_type: 'client_credentials' }, [other.apiKey.id, secret])).toMatchObject({
      status: 401,
      body: { error: 'invalid_client' },
    });
  });
});
