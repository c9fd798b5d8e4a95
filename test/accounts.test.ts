import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './kit/server.js';
import { startSmtpReceiver, type SmtpReceiver } from './kit/smtp.js';
import { createTenant, createUser, PASSWORD } from './kit/tenant.js';

let server: TestServer;
let smtp: SmtpReceiver;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  server = await startServer({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'ChargeQL <accounts@chargeql.test>',
    PASSWORD_RESET_URL: 'https://app.chargeql.test/reset',
  });
});
afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token refreshToken } }';
const REFRESH = 'mutation($t: String!) { refreshToken(refreshToken: $t) { token } }';
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token refreshToken user { email } } }`;
const REQUEST = 'mutation($email: String!) { requestPasswordReset(input: { email: $email }) }';
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token user { email } } }`;
const REMOVE = 'mutation($id: ID!) { removeUser(input: { id: $id }) }';
const ROLES = `mutation($input: ChangeUserRolesInput!) { changeUserRoles(input: $input) { id role } }`;

const login = (email: string, password: string) => server.anonymous.request(LOGIN, { e: email, p: password });

describe('changing your own password', () => {
  it('needs the current password, ends other logins, and keeps this one with a fresh pair', async () => {
    const me = await createUser(server, server.admin, 'OPERATOR', 'changer@example.com');
    const otherDevice = (await login('changer@example.com', PASSWORD)).expectNoErrors().login;

    const wrong = (
      await me.request(CHANGE, { input: { currentPassword: 'not-it-at-all', newPassword: 'brand-new-pass-1' } })
    ).expectError('BAD_USER_INPUT');
    expect(wrong.message).toContain('currentPassword: is not your current password');
    (await me.request(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'short' } })).expectError(
      'BAD_USER_INPUT',
    );

    const fresh = (
      await me.request(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'brand-new-pass-1' } })
    ).expectNoErrors().changePassword;
    expect(fresh.user.email).toBe('changer@example.com');
    (await login('changer@example.com', PASSWORD)).expectError('UNAUTHENTICATED');
    (await login('changer@example.com', 'brand-new-pass-1')).expectNoErrors();
    // The other device's refresh token is dead; the pair just returned works.
    (await server.anonymous.request(REFRESH, { t: otherDevice.refreshToken })).expectError('UNAUTHENTICATED');
    (await server.anonymous.request(REFRESH, { t: fresh.refreshToken })).expectNoErrors();
  });
});

describe('resetting a forgotten password by mail', () => {
  it('mails a one-time link through SMTP; the token sets the password once and ends old logins', async () => {
    await createUser(server, server.admin, 'VIEWER', 'forgetful@example.com');
    const old = (await login('forgetful@example.com', PASSWORD)).expectNoErrors().login;

    expect((await server.anonymous.request(REQUEST, { email: 'Forgetful@Example.com' })).expectNoErrors()).toEqual({
      requestPasswordReset: true,
    });
    const mail = await smtp.waitFor('forgetful@example.com');
    expect(mail.from).toBe('accounts@chargeql.test');
    expect(mail.raw).toContain('Subject: Reset your ChargeQL password');
    const token = /https:\/\/app\.chargeql\.test\/reset\?token=([A-Za-z0-9_%-]+)/.exec(mail.raw)?.[1];
    expect(token, mail.raw).toBeTruthy();

    const { resetPassword } = (
      await server.anonymous.request(RESET, {
        input: { token: decodeURIComponent(token!), newPassword: 'remembered-now-1' },
      })
    ).expectNoErrors();
    expect(resetPassword.user.email).toBe('forgetful@example.com');
    (await login('forgetful@example.com', 'remembered-now-1')).expectNoErrors();
    (await server.anonymous.request(REFRESH, { t: old.refreshToken })).expectError('UNAUTHENTICATED');
    // Spent: a second use is refused.
    (
      await server.anonymous.request(RESET, {
        input: { token: decodeURIComponent(token!), newPassword: 'another-one-22' },
      })
    ).expectError('NOT_FOUND');
  });

  it('answers the same for an unknown address and sends nothing; one mail a minute per address', async () => {
    expect((await server.anonymous.request(REQUEST, { email: 'nobody@example.com' })).expectNoErrors()).toEqual({
      requestPasswordReset: true,
    });
    await createUser(server, server.admin, 'VIEWER', 'eager@example.com');
    for (let i = 0; i < 3; i++)
      (await server.anonymous.request(REQUEST, { email: 'eager@example.com' })).expectNoErrors();
    await smtp.waitFor('eager@example.com');
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.mails.filter((m) => m.to.includes('eager@example.com'))).toHaveLength(1);
    expect(smtp.mails.filter((m) => m.to.includes('nobody@example.com'))).toHaveLength(0);
    (
      await server.anonymous.request(RESET, { input: { token: 'cqp_made-up', newPassword: 'whatever-123' } })
    ).expectError('NOT_FOUND');
  });
});

describe('removing users and changing roles', () => {
  it('removes a user: their token stops working, they cannot sign in or refresh, and the address can be invited again', async () => {
    const gone = await createUser(server, server.admin, 'OPERATOR', 'leaver@example.com');
    const session = (await login('leaver@example.com', PASSWORD)).expectNoErrors().login;
    const { removeUser } = (await server.admin.request(REMOVE, { id: gone.userId })).expectNoErrors();
    expect(removeUser).toBe(gone.userId);
    (await login('leaver@example.com', PASSWORD)).expectError('UNAUTHENTICATED');
    // The access token they already hold stops working too (not only at its expiry).
    (await gone.request('{ viewer { email } }')).expectError('UNAUTHENTICATED');
    (await server.anonymous.request(REFRESH, { t: session.refreshToken })).expectError('UNAUTHENTICATED');
    const { users } = (
      await server.admin.request('{ users(first: 100) { edges { node { email } } } }')
    ).expectNoErrors();
    expect(users.edges.map((e: any) => e.node.email)).not.toContain('leaver@example.com');
    await createUser(server, server.admin, 'VIEWER', 'leaver@example.com');
  });

  it('refuses removing yourself, an admin above your role, or a user of another tenant', async () => {
    const operator = await createUser(server, server.admin, 'TENANT_ADMIN', 'second-admin@example.com');
    const { viewer } = (await operator.request('{ viewer { id } }')).expectNoErrors();
    (await operator.request(REMOVE, { id: viewer.id })).expectError('BAD_USER_INPUT');
    const other = await createTenant(server, 'accounts-other');
    const stranger = await createUser(server, other.admin, 'VIEWER', 'stranger@other.test');
    (await server.admin.request(REMOVE, { id: stranger.userId })).expectError('NOT_FOUND');
    const plain = await createUser(server, server.admin, 'OPERATOR', 'plain-operator@example.com');
    (await plain.request(REMOVE, { id: operator.userId })).expectError('FORBIDDEN');
  });

  it('changes several roles at once, all or nothing', async () => {
    const a = await createUser(server, server.admin, 'VIEWER', 'role-a@example.com');
    const b = await createUser(server, server.admin, 'VIEWER', 'role-b@example.com');
    const { changeUserRoles } = (
      await server.admin.request(ROLES, {
        input: {
          changes: [
            { id: a.userId, role: 'OPERATOR' },
            { id: b.userId, role: 'DRIVER' },
          ],
        },
      })
    ).expectNoErrors();
    expect(changeUserRoles).toEqual([
      { id: a.userId, role: 'OPERATOR' },
      { id: b.userId, role: 'DRIVER' },
    ]);

    const other = await createTenant(server, 'roles-other');
    const stranger = await createUser(server, other.admin, 'VIEWER', 'role-stranger@other.test');
    (
      await server.admin.request(ROLES, {
        input: {
          changes: [
            { id: a.userId, role: 'VIEWER' },
            { id: stranger.userId, role: 'OPERATOR' },
          ],
        },
      })
    ).expectError('NOT_FOUND');
    const { node } = (
      await server.admin.request('query($id: ID!) { node(id: $id) { ... on User { role } } }', { id: a.userId })
    ).expectNoErrors();
    expect(node.role).toBe('OPERATOR');
  });
});
