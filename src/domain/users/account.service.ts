import { InputChecker, InvalidInputError, NotFoundError } from '../errors.js';
import { hashPassword, hashSecret, newSecret, verifyPassword } from '../passwords.js';
import type { Role } from '../roles.js';
import { scopeOf, type Scope } from '../scope.js';
import type { Mailer } from './mailer.js';
import type { UserRepository, UserRow } from './user.repository.js';
import { passwordProblem } from './user.service.js';

const RESET_PREFIX = 'cqp';
// One reset mail per address per minute, whatever the number of requests.
const RESET_REQUEST_INTERVAL_MS = 60_000;

/**
 * A user's own password: changed while signed in, or reset with a one-time token sent by mail.
 * Either way every refresh token of the user is revoked (other devices sign in again).
 */
export function createAccountService(deps: {
  users: UserRepository;
  mailer: Mailer;
  /** The login throttle: wrong current passwords count as failed logins. */
  throttle: {
    assertAllowed(email: string, address: string | undefined): Promise<void>;
    failed(email: string, address: string | undefined): Promise<void>;
  };
  resetTtlSeconds: number;
  /** The page that asks for the new password; the mail links to it with ?token=. */
  resetUrl: string | undefined;
  onError: (err: unknown) => void;
}) {
  const { users } = deps;
  const checkNew = (password: string, field = 'newPassword') =>
    new InputChecker().check(!passwordProblem(password), field, passwordProblem(password) ?? '');

  function resetMail(user: UserRow, token: string) {
    const minutes = Math.round(deps.resetTtlSeconds / 60);
    const how = deps.resetUrl
      ? `Open this link to choose a new password:\n${deps.resetUrl}${deps.resetUrl.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`
      : `Use this token with the resetPassword mutation:\n${token}`;
    return {
      to: user.email,
      subject: 'Reset your ChargeQL password',
      text: `Someone (hopefully you) asked to reset the password of ${user.email}.\n\n${how}\n\nIt works once, for ${minutes} minutes. If you did not ask, ignore this mail: your password stays as it is.\n`,
    };
  }

  return {
    /** The signed-in user's own password; the current one must be given (a stolen token is not enough). */
    async changePassword(scope: Scope, currentPassword: string, newPassword: string): Promise<UserRow> {
      const userId = scope.actor.userId;
      if (!userId) throw new InvalidInputError([{ field: 'currentPassword', message: 'an API key has no password' }]);
      const user = await users.byId(scope, userId);
      if (!user) throw new NotFoundError('User', userId);
      await deps.throttle.assertAllowed(user.email, undefined);
      if (!(await verifyPassword(currentPassword, user.passwordHash))) {
        await deps.throttle.failed(user.email, undefined);
        throw new InvalidInputError([{ field: 'currentPassword', message: 'is not your current password' }]);
      }
      checkNew(newPassword)
        .check(newPassword !== currentPassword, 'newPassword', 'must differ from the current one')
        .throwIfAny();
      const row = await users.update(scope, userId, { passwordHash: await hashPassword(newPassword) });
      if (!row) throw new NotFoundError('User', userId);
      await users.revokeRefreshTokens(scope, userId);
      return row;
    },

    /**
     * Mails a one-time token to the address if it belongs to a live user. Answers the same either
     * way, and sends off the request path, so neither the answer nor its timing tells who has an account.
     */
    async requestPasswordReset(email: string): Promise<void> {
      new InputChecker()
        .check(email.length > 0 && email.length <= 254, 'email', 'must be an email address')
        .throwIfAny();
      const token = newSecret(RESET_PREFIX);
      const now = Date.now();
      const user = await users.startPasswordReset(email, {
        tokenHash: hashSecret(token),
        expiresAt: new Date(now + deps.resetTtlSeconds * 1000),
        unlessIssuedAfter: new Date(now - RESET_REQUEST_INTERVAL_MS),
        ttlSeconds: deps.resetTtlSeconds,
      });
      if (user) void deps.mailer.send(resetMail(user, token)).catch(deps.onError);
    },

    /** Spends the token, sets the password and ends the user's other logins. */
    async resetPassword(token: string, newPassword: string): Promise<UserRow> {
      checkNew(newPassword).throwIfAny();
      const row = await users.spendPasswordReset(hashSecret(token), await hashPassword(newPassword));
      if (!row) throw new NotFoundError('Password reset (the token may be used or expired)');
      // The token proved the user: act as them to end their logins.
      const own = scopeOf({ tenantId: row.tenantId, role: row.role as Role, userId: row.id, apiKeyId: null });
      await users.revokeRefreshTokens(own, row.id);
      return row;
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
