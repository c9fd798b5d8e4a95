import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import WebSocket from 'ws';
import { createTokenSigner } from '../src/domain/auth/tokens.js';
import { hashSecret } from '../src/domain/passwords.js';
import { ADMIN, startServer, type TestServer } from './kit/server.js';
import { subscribe } from './kit/subscribe.js';

const JWT_SECRET = 'test-secret-that-is-long-enough-0123456789';
let server: TestServer;
beforeAll(async () => (server = await startServer({ JWT_SECRET, LOGIN_MAX_FAILURES: '3' })));
afterAll(() => server?.stop());

const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token refreshToken user { email } } }';
const REFRESH = 'mutation($r: String!) { refreshToken(refreshToken: $r) { token refreshToken } }';

/** The first-start admin as a token signed here names them. */
async function adminActor() {
  const { viewer, tenant } = (await server.admin.request('{ viewer { id } tenant { id } }')).expectNoErrors();
  const raw = (g: string) => Buffer.from(g, 'base64url').toString().split(':')[1]!;
  return { tenantId: raw(tenant.id), userId: raw(viewer.id), role: 'PLATFORM_ADMIN' as const, apiKeyId: null };
}

async function login() {
  return (await server.anonymous.request(LOGIN, { e: ADMIN.email, p: ADMIN.password })).expectNoErrors().login;
}

describe('access tokens', () => {
  it('answers UNAUTHENTICATED for an expired token, over HTTP and graphql-ws (4401)', async () => {
    const actor = await adminActor();
    const expired = (await createTokenSigner(JWT_SECRET, -60).sign(actor)).token;
    const fresh = (await createTokenSigner(JWT_SECRET, 60).sign(actor)).token;
    (await server.admin.withToken(fresh).request('{ viewer { id } }')).expectNoErrors();

    const refused = (await server.admin.withToken(expired).request('{ viewer { id } }')).expectError('UNAUTHENTICATED');
    expect(refused.message).toMatch(/expired/i);
    await expect(subscribe(server.wsUrl, expired, 'subscription { chargerStatus { status } }')).rejects.toMatchObject({
      code: 4401,
    });
  });

  it('refuses a token once it expires, though it was accepted before', async () => {
    const actor = await adminActor();
    const { token, expiresAt } = await createTokenSigner(JWT_SECRET, 1).sign(actor);
    (await server.admin.withToken(token).request('{ viewer { id } }')).expectNoErrors();
    // `exp` is whole seconds: the token is expired once the clock reaches that second.
    await new Promise((r) => setTimeout(r, Math.ceil(expiresAt.getTime() / 1000) * 1000 - Date.now() + 50));
    const refused = (await server.admin.withToken(token).request('{ viewer { id } }')).expectError('UNAUTHENTICATED');
    expect(refused.message).toMatch(/expired/i);
  });

  it('closes a graphql-ws socket when the token it connected with expires (4403: clients reconnect with a fresh one)', async () => {
    const { token, expiresAt } = await createTokenSigner(JWT_SECRET, 2).sign(await adminActor());
    const ws = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    try {
      await once(ws, 'open');
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
      const [ack] = await once(ws, 'message');
      expect(JSON.parse(String(ack)).type).toBe('connection_ack');
      // Its subscriptions would otherwise stream on, as the token's actor, for as long as the socket lives.
      const [code, reason] = await once(ws, 'close');
      expect([code, String(reason)]).toEqual([4403, 'Token expired']);
      expect(Date.now()).toBeGreaterThanOrEqual(Math.floor(expiresAt.getTime() / 1000) * 1000); // `exp` is whole seconds
    } finally {
      ws.close();
    }
  });

  it('refuses a token signed with another secret, or altered', async () => {
    const { tenant } = (await server.admin.request('{ tenant { id } }')).expectNoErrors();
    const forged = (
      await createTokenSigner('another-secret-that-is-long-enough-012345', 60).sign({
        tenantId: tenant.id,
        userId: 'x',
        role: 'PLATFORM_ADMIN',
        apiKeyId: null,
      })
    ).token;
    (await server.admin.withToken(forged).request('{ viewer { id } }')).expectError('UNAUTHENTICATED');
    const [h, p, s] = server.admin.token!.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const altered = [
      h,
      Buffer.from(JSON.stringify({ ...claims, tid: '00000000-0000-0000-0000-000000000000' })).toString('base64url'),
      s,
    ].join('.');
    (await server.admin.withToken(altered).request('{ viewer { id } }')).expectError('UNAUTHENTICATED');
  });
});

describe('refresh tokens', () => {
  it('rotate: each works once, and reusing a spent one ends the whole login', async () => {
    const first = await login();
    const second = (await server.anonymous.request(REFRESH, { r: first.refreshToken })).expectNoErrors().refreshToken;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    (await server.admin.withToken(second.token).request('{ viewer { email } }')).expectNoErrors();

    // The spent token comes back (stolen): refused, and the live successor dies with it.
    (await server.anonymous.request(REFRESH, { r: first.refreshToken })).expectError('UNAUTHENTICATED');
    (await server.anonymous.request(REFRESH, { r: second.refreshToken })).expectError('UNAUTHENTICATED');

    // Another login of the same user is a separate family and keeps working.
    const other = await login();
    (await server.anonymous.request(REFRESH, { r: other.refreshToken })).expectNoErrors();
  });

  it('logout revokes a refresh token', async () => {
    const { refreshToken } = await login();
    expect(
      (
        await server.anonymous.request('mutation($r: String!) { logout(refreshToken: $r) }', { r: refreshToken })
      ).expectNoErrors().logout,
    ).toBe(true);
    (await server.anonymous.request(REFRESH, { r: refreshToken })).expectError('UNAUTHENTICATED');
  });

  it('stores only hashes of refresh tokens', async () => {
    const { refreshToken } = await login();
    const text = JSON.stringify(await server.app.database.db.execute(sql`select * from refresh_tokens`));
    expect(text).toContain(hashSecret(refreshToken));
    expect(text).not.toContain(refreshToken);
  });
});

describe('login throttling', () => {
  it('answers RATE_LIMITED after repeated failures for an email, even with the right password', async () => {
    const email = 'throttled@example.com';
    await server.admin.request('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { email, role: 'VIEWER', password: 'right-password-1' },
    });
    for (let i = 0; i < 3; i++) {
      (await server.anonymous.request(LOGIN, { e: email, p: 'wrong-password' })).expectError('UNAUTHENTICATED');
    }
    const refused = (await server.anonymous.request(LOGIN, { e: email, p: 'right-password-1' })).expectError(
      'RATE_LIMITED',
    );
    expect(refused.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Other accounts are not locked out by it.
    await login();
  });

  it('gives the same answer for an unknown email as for a wrong password', async () => {
    const unknown = (await server.anonymous.request(LOGIN, { e: 'nobody@example.com', p: 'whatever-1' })).expectError(
      'UNAUTHENTICATED',
    );
    const wrong = (await server.anonymous.request(LOGIN, { e: ADMIN.email, p: 'whatever-1' })).expectError(
      'UNAUTHENTICATED',
    );
    expect(unknown.message).toBe(wrong.message);
  });
});
