import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './kit/server.js';
import { createTenant, createUser, PASSWORD, type TestTenant } from './kit/tenant.js';

let server: TestServer;
let acme: TestTenant;
beforeAll(async () => {
  server = await startServer({ OCPP_PUBLIC_URL: 'wss://{slug}.cpms.example/ocpp' });
  acme = await createTenant(server, 'acme', 'Acme Charging');
});
afterAll(() => server?.stop());

const CREATE_TENANT = 'mutation($input: CreateTenantInput!) { createTenant(input: $input) { id slug ocppUrl } }';
const UPDATE_TENANT =
  'mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { id name slug ocppUrl customDomain } }';

describe('tenants', () => {
  it('a PLATFORM_ADMIN creates a tenant whose first admin can sign in; its ocppUrl follows the configured style', async () => {
    const { tenant } = (await acme.admin.request('{ tenant { name slug ocppUrl } viewer { role } }')).expectNoErrors();
    expect(tenant).toEqual({ name: 'Acme Charging', slug: 'acme', ocppUrl: 'wss://acme.cpms.example/ocpp' });
    const { tenants } = (
      await server.admin.request('{ tenants { totalCount edges { node { slug } } } }')
    ).expectNoErrors();
    expect(tenants.edges.map((e: any) => e.node.slug)).toEqual(['demo', 'acme']);
  });

  it('refuses a bad or taken slug, and anyone but a PLATFORM_ADMIN', async () => {
    const input = { name: 'X', slug: 'acme', adminEmail: 'x@x.test', adminPassword: PASSWORD };
    (await server.admin.request(CREATE_TENANT, { input })).expectError('CONFLICT');
    const bad = (await server.admin.request(CREATE_TENANT, { input: { ...input, slug: 'Not A Slug' } })).expectError(
      'BAD_USER_INPUT',
    );
    expect(bad.extensions?.fields).toEqual([expect.objectContaining({ field: 'slug' })]);
    (await acme.admin.request(CREATE_TENANT, { input: { ...input, slug: 'other' } })).expectError('FORBIDDEN');
    (await acme.admin.request('{ tenants { totalCount } }')).expectError('FORBIDDEN');
  });

  it('a TENANT_ADMIN updates their tenant, not its slug, and not another tenant', async () => {
    const { updateTenant } = (
      await acme.admin.request(UPDATE_TENANT, { input: { name: 'Acme GmbH', customDomain: 'charge.acme.de' } })
    ).expectNoErrors();
    expect(updateTenant).toMatchObject({
      name: 'Acme GmbH',
      customDomain: 'charge.acme.de',
      ocppUrl: 'wss://charge.acme.de/ocpp',
    });
    (await acme.admin.request(UPDATE_TENANT, { input: { slug: 'acme2' } })).expectError('FORBIDDEN');
    const { tenant: demo } = (await server.admin.request('{ tenant { id } }')).expectNoErrors();
    (await acme.admin.request(UPDATE_TENANT, { input: { id: demo.id, name: 'hijacked' } })).expectError('NOT_FOUND');
    (await acme.admin.request(UPDATE_TENANT, { input: { customDomain: 'not a domain' } })).expectError(
      'BAD_USER_INPUT',
    );
  });

  it('a PLATFORM_ADMIN updates any tenant, slug included', async () => {
    const other = await createTenant(server, 'beta');
    const { updateTenant } = (
      await server.admin.request(UPDATE_TENANT, { input: { id: other.id, slug: 'beta-two' } })
    ).expectNoErrors();
    expect(updateTenant).toMatchObject({ slug: 'beta-two', ocppUrl: 'wss://beta-two.cpms.example/ocpp' });
  });
});

describe('users and invitations', () => {
  const INVITE =
    'mutation($input: InviteUserInput!) { inviteUser(input: $input) { token expiresAt user { id email role invitePending } } }';
  const ACCEPT =
    'mutation($t: String!, $p: String!) { acceptInvite(token: $t, password: $p) { token user { email role } } }';

  it('invites by email with a role; the one-time token sets the password and signs in', async () => {
    const { inviteUser } = (
      await acme.admin.request(INVITE, { input: { email: 'new.operator@acme.test', role: 'OPERATOR' } })
    ).expectNoErrors();
    expect(inviteUser.user).toMatchObject({ role: 'OPERATOR', invitePending: true });
    (
      await server.anonymous.request(
        'mutation { login(email: "new.operator@acme.test", password: "anything-1") { token } }',
      )
    ).expectError('UNAUTHENTICATED');

    const { acceptInvite } = (
      await server.anonymous.request(ACCEPT, { t: inviteUser.token, p: 'my-own-password' })
    ).expectNoErrors();
    expect(acceptInvite.user).toEqual({ email: 'new.operator@acme.test', role: 'OPERATOR' });
    const operator = await server.anonymous.signIn('new.operator@acme.test', 'my-own-password');
    expect((await operator.request('{ tenant { slug } }')).expectNoErrors().tenant.slug).toBe('acme');
    (await server.anonymous.request(ACCEPT, { t: inviteUser.token, p: 'another-password' })).expectError('NOT_FOUND');
  });

  it('createUser without a password is an invitation', async () => {
    const { createUser: user } = (
      await acme.admin.request(
        'mutation { createUser(input: { email: "later@acme.test", role: VIEWER }) { invitePending } }',
      )
    ).expectNoErrors();
    expect(user.invitePending).toBe(true);
  });

  it('nobody hands out a role above their own; emails are unique across tenants', async () => {
    (await acme.admin.request(INVITE, { input: { email: 'boss@acme.test', role: 'PLATFORM_ADMIN' } })).expectError(
      'FORBIDDEN',
    );
    (await acme.admin.request(INVITE, { input: { email: 'admin@example.com', role: 'VIEWER' } })).expectError(
      'CONFLICT',
    );
    const operator = await createUser(server, acme.admin, 'OPERATOR', 'op@acme.test');
    (await operator.request(INVITE, { input: { email: 'x@acme.test', role: 'VIEWER' } })).expectError('FORBIDDEN');
  });

  it("lists the tenant's users only, by role on request", async () => {
    const { users } = (
      await acme.admin.request('{ users(filter: { role: TENANT_ADMIN }) { totalCount edges { node { email } } } }')
    ).expectNoErrors();
    expect(users).toEqual({ totalCount: 1, edges: [{ node: { email: 'admin@acme.test' } }] });
  });
});
