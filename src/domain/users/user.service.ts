import type { Page, PageArgs } from '../../db/paginate.js';
import { InputChecker, NotFoundError } from '../errors.js';
import { hashPassword, hashSecret, newSecret } from '../passwords.js';
import { assertCan, assertMayGrant, can } from '../policy.js';
import { ROLES, type Role } from '../roles.js';
import type { Scope } from '../scope.js';
import type { UserRepository, UserRow } from './user.repository.js';

export interface CreateUserInput {
  email: string;
  name?: string | null;
  role: Role;
  password?: string | null;
}

export interface UpdateUserInput {
  id: string;
  name?: string | null;
  role?: Role | null;
}

export interface Invitation {
  user: UserRow;
  /** Shown once; only its hash is stored. */
  token: string;
  expiresAt: Date;
}

const INVITE_PREFIX = 'cqi';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function passwordProblem(password: string): string | null {
  return password.length >= 8 && password.length <= 200 ? null : 'must be 8-200 characters';
}

export function createUserService(deps: {
  users: UserRepository;
  inviteTtlSeconds: number;
  /** A user was removed: tokens already issued must stop working (see live-users.ts). */
  onRemoved?: (userId: string) => void;
}) {
  const { users } = deps;

  function checkNew(input: { email: string; role: string; password?: string | null }): void {
    new InputChecker()
      .check(EMAIL.test(input.email.trim()) && input.email.length <= 254, 'email', 'must be an email address')
      .check(ROLES.includes(input.role as Role), 'role', `must be one of ${ROLES.join(' ')}`)
      .check(
        !input.password || !passwordProblem(input.password),
        'password',
        passwordProblem(input.password ?? '') ?? '',
      )
      .throwIfAny();
  }

  async function invite(scope: Scope, input: Omit<CreateUserInput, 'password'>): Promise<Invitation> {
    assertCan(scope, 'users:write');
    checkNew(input);
    assertMayGrant(scope, input.role);
    const token = newSecret(INVITE_PREFIX);
    const expiresAt = new Date(Date.now() + deps.inviteTtlSeconds * 1000);
    const user = await users.insert({
      tenantId: scope.tenantId,
      email: input.email.trim(),
      name: input.name ?? null,
      role: input.role,
      passwordHash: null,
      inviteTokenHash: hashSecret(token),
      inviteExpiresAt: expiresAt,
    });
    return { user, token, expiresAt };
  }

  /** A user the caller may manage (users:write, at most their own role), never themselves. */
  async function manageable(scope: Scope, id: string, field: string): Promise<UserRow> {
    assertCan(scope, 'users:write');
    const target = await users.byId(scope, id);
    if (!target) throw new NotFoundError('User', id);
    assertMayGrant(scope, target.role as Role);
    new InputChecker().check(id !== scope.actor.userId, field, 'you cannot do this to yourself').throwIfAny();
    return target;
  }

  return {
    invite,

    /** Users other rows name (a session's driver, a key's creator), deleted ones included. */
    byIdsWithDeleted: users.byIdsWithDeleted,

    /** Soft delete: the user cannot sign in or refresh any more; sessions and id tags keep their history. */
    async remove(scope: Scope, id: string): Promise<string> {
      await manageable(scope, id, 'id');
      const row = await users.softDelete(scope, id);
      if (!row) throw new NotFoundError('User', id);
      await users.revokeRefreshTokens(scope, id);
      deps.onRemoved?.(id);
      return row.id;
    },

    /** Several users' roles at once, all or nothing; each change obeys the rules of `update`. */
    async setRoles(scope: Scope, changes: readonly { id: string; role: Role }[]): Promise<UserRow[]> {
      assertCan(scope, 'users:write');
      const checker = new InputChecker()
        .check(changes.length > 0, 'changes', 'must name at least one user')
        .check(changes.length <= 500, 'changes', 'must name at most 500 users')
        .check(new Set(changes.map((c) => c.id)).size === changes.length, 'changes', 'names a user twice');
      changes.forEach((c, i) =>
        checker.check(ROLES.includes(c.role), `changes[${i}].role`, `must be one of ${ROLES.join(' ')}`),
      );
      checker.throwIfAny();
      const found = new Map(
        (
          await users.byIds(
            scope,
            changes.map((c) => c.id),
          )
        ).map((r) => [r.id, r]),
      );
      const missing = changes.filter((c) => !found.has(c.id)).map((c) => c.id);
      if (missing.length) throw new NotFoundError('User', missing.join(', '));
      const self = new InputChecker();
      changes.forEach((c, i) => {
        assertMayGrant(scope, found.get(c.id)!.role as Role);
        assertMayGrant(scope, c.role);
        self.check(c.id !== scope.actor.userId, `changes[${i}].id`, 'you cannot change your own role');
      });
      self.throwIfAny();
      const rows = await users.setRoles(scope, changes);
      if (!rows) throw new NotFoundError('User (one was removed meanwhile)');
      return rows;
    },

    list(scope: Scope, page: PageArgs, filter: { role?: Role | null } = {}): Promise<Page<UserRow>> {
      assertCan(scope, 'users:read');
      return users.list(scope, page, filter);
    },

    /** Another user of the tenant, or yourself; a DRIVER's Scope holds only themselves. */
    async get(scope: Scope, id: string): Promise<UserRow> {
      const visible = id === scope.actor.userId || can(scope, 'users:read');
      const row = visible ? await users.byId(scope, id) : null;
      if (!row) throw new NotFoundError('User', id);
      return row;
    },

    /** With a password: an active user. Without: an invitation (see `invite`). */
    async create(scope: Scope, input: CreateUserInput): Promise<UserRow> {
      if (!input.password) return (await invite(scope, input)).user;
      assertCan(scope, 'users:write');
      checkNew(input);
      assertMayGrant(scope, input.role);
      return users.insert({
        tenantId: scope.tenantId,
        email: input.email.trim(),
        name: input.name ?? null,
        role: input.role,
        passwordHash: await hashPassword(input.password),
      });
    },

    /** Spends the one-time token and sets the password; the user can then log in. */
    async acceptInvite(token: string, password: string): Promise<UserRow> {
      new InputChecker().check(!passwordProblem(password), 'password', passwordProblem(password) ?? '').throwIfAny();
      const row = await users.acceptInvite(hashSecret(token), await hashPassword(password));
      if (!row) throw new NotFoundError('Invitation (it may be used or expired)');
      return row;
    },

    /**
     * Everyone may rename themselves; changing another user, or any role, needs users:write and
     * may not reach above the caller's own role. A user you may not manage answers NOT_FOUND.
     */
    async update(scope: Scope, input: UpdateUserInput): Promise<UserRow> {
      const self = input.id === scope.actor.userId;
      const target = self || can(scope, 'users:write') ? await users.byId(scope, input.id) : null;
      if (!target) throw new NotFoundError('User', input.id);
      if (!self) assertMayGrant(scope, target.role as Role);
      if (input.role && input.role !== target.role) {
        new InputChecker()
          .check(!self, 'role', 'you cannot change your own role')
          .check(ROLES.includes(input.role), 'role', `must be one of ${ROLES.join(' ')}`)
          .throwIfAny();
        assertMayGrant(scope, input.role);
      }
      const updated = await users.update(scope, input.id, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.role ? { role: input.role } : {}),
      });
      if (!updated) throw new NotFoundError('User', input.id);
      return updated;
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
