import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type TestServer } from './kit/server.js';
import { createTenant, type TestTenant } from './kit/tenant.js';

// The test server listens on 127.0.0.1, a trusted proxy by default (TRUST_PROXY=loopback), so a
// request's X-Forwarded-For names the client address the allow-list sees, as behind a real proxy.
let server: TestServer;
let tenant: TestTenant;
beforeAll(async () => {
  server = await startServer();
  tenant = await createTenant(server, 'ips');
});
afterAll(() => server?.stop());

const ADD = 'mutation($input: AddAllowedIpInput!) { addAllowedIp(input: $input) { id cidr description } }';
const REMOVE = 'mutation($id: ID!) { removeAllowedIp(input: { id: $id }) }';
const LIST = '{ tenant { allowedIps { id cidr } } }';

async function from(address: string, query: string, variables?: Record<string, unknown>, token = tenant.admin.token) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': address },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** graphql-ws from an address: resolves with the close code, or 'connected' on connection_ack. */
function wsFrom(address: string, token: string): Promise<number | 'connected'> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: { 'x-forwarded-for': address },
    });
    ws.on('open', () =>
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
    );
    ws.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') {
        ws.close();
        resolve('connected');
      }
    });
    ws.on('close', (code) => resolve(code));
    ws.on('error', reject);
  });
}

describe('the tenant IP allow-list', () => {
  it('lets any address in while empty, then only listed ones: others get FORBIDDEN, over HTTP and graphql-ws', async () => {
    expect((await from('198.51.100.9', LIST)).data.tenant.allowedIps).toEqual([]);

    const office = await from('203.0.113.7', ADD, { input: { cidr: '203.0.113.0/24', description: 'Office' } });
    expect(office.data.addAllowedIp).toMatchObject({ cidr: '203.0.113.0/24', description: 'Office' });

    expect((await from('203.0.113.200', LIST)).data.tenant.allowedIps).toHaveLength(1);
    const refused = await from('198.51.100.9', '{ chargers(first: 1) { totalCount } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('198.51.100.9');
    expect(refused.errors?.[0]?.message).toContain('IP allow-list');
    expect((await from('::ffff:203.0.113.8', '{ viewer { email } }')).data.viewer.email).toBe(tenant.adminEmail);

    expect(await wsFrom('198.51.100.9', tenant.admin.token!)).toBe(4403);
    expect(await wsFrom('203.0.113.9', tenant.admin.token!)).toBe('connected');

    // Other tenants are not affected.
    const { data } = await from('198.51.100.9', '{ viewer { email } }', undefined, server.admin.token!);
    expect(data.viewer.email).toBe('admin@example.com');

    // Back to open: the last entry removed from inside the list.
    const removed = await from('203.0.113.7', REMOVE, { id: office.data.addAllowedIp.id });
    expect(removed.data.removeAllowedIp).toBe(office.data.addAllowedIp.id);
    expect((await from('198.51.100.9', '{ viewer { email } }')).data.viewer.email).toBe(tenant.adminEmail);
  });

  it('refuses a change that would lock the caller out, a malformed block, and non-admins', async () => {
    const lockout = await from('198.51.100.20', ADD, { input: { cidr: '203.0.113.0/24' } });
    expect(lockout.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(lockout.errors?.[0]?.message).toContain('would lock you out: your address 198.51.100.20');

    const bad = await from('198.51.100.20', ADD, { input: { cidr: '10.0.0.0/33' } });
    expect(bad.errors?.[0]?.message).toContain('cidr: must be an IPv4 or IPv6 address or CIDR block');

    const mine = (await from('198.51.100.20', ADD, { input: { cidr: '198.51.100.20' } })).data.addAllowedIp;
    const more = (await from('198.51.100.20', ADD, { input: { cidr: '2001:db8::/32' } })).data.addAllowedIp;
    // Another tenant's admin cannot see or remove this tenant's entries.
    const stranger = await createTenant(server, 'ips-stranger');
    const theirs = await from('198.51.100.20', REMOVE, { id: mine.id }, stranger.admin.token!);
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await from('198.51.100.20', LIST, undefined, stranger.admin.token!)).data.tenant.allowedIps).toEqual([]);
    const cannotDropMine = await from('198.51.100.20', REMOVE, { id: mine.id });
    expect(cannotDropMine.errors?.[0]?.message).toContain('would lock you out');
    const dup = await from('198.51.100.20', ADD, { input: { cidr: '198.51.100.20/32' } });
    expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const { createUser } = (
      await from(
        '198.51.100.20',
        'mutation { createUser(input: { email: "op@ips.test", role: OPERATOR, password: "operator-pw-1" }) { id } }',
      )
    ).data;
    expect(createUser.id).toBeTruthy();
    const operator = await server.anonymous.signIn('op@ips.test', 'operator-pw-1');
    const denied = await from('198.51.100.20', ADD, { input: { cidr: '192.0.2.1' } }, operator.token!);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Tidy up from inside the list, in an order that never locks out.
    await from('2001:db8::1', REMOVE, { id: mine.id });
    await from('2001:db8::1', REMOVE, { id: more.id });
    expect((await from('192.0.2.50', LIST)).data.tenant.allowedIps).toEqual([]);
  });
});
