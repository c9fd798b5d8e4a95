import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { inScope, ownedInScope, pageInScope } from '../../db/scoped.js';
import { refreshTokens, users } from '../../db/schema/index.js';
import { ConflictError } from '../errors.js';
import type { Scope } from '../scope.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = Omit<typeof users.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

const live = isNull(users.deletedAt);
/** A user row is owned by that user: a DRIVER's Scope sees only themselves, a DRIVER key nobody. */
const usersAsOwned = { tenantId: users.tenantId, userId: users.id };

/** Queries on users in the caller's Scope (login by email is the one global lookup, in auth). */
export function createUserRepository(db: Db) {
  return {
    async byId(scope: Scope, id: string): Promise<UserRow | null> {
      const [row] = await db
        .select()
        .from(users)
        .where(ownedInScope(scope, usersAsOwned, eq(users.id, id), live));
      return row ?? null;
    },

    async byIds(scope: Scope, ids: readonly string[]): Promise<UserRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(users)
        .where(ownedInScope(scope, usersAsOwned, inArray(users.id, [...ids]), live));
    },

    /** Deleted users too: a session's or a key's history keeps naming who it was. */
    async byIdsWithDeleted(scope: Scope, ids: readonly string[]): Promise<UserRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(users)
        .where(ownedInScope(scope, usersAsOwned, inArray(users.id, [...ids])));
    },

    list(scope: Scope, page: PageArgs, filter: { role?: string | null } = {}): Promise<Page<UserRow>> {
      return pageInScope<UserRow>(db, scope, {
        table: users,
        owned: usersAsOwned,
        where: [live, filter.role ? eq(users.role, filter.role) : undefined],
        sort: { column: users.createdAt, direction: 'asc' },
        page,
      });
    },

    /** Emails are unique across tenants (login is by email alone). */
    async insert(values: NewUser, tx: Db = db): Promise<UserRow> {
      try {
        const [row] = await tx.insert(users).values(values).returning();
        return row!;
      } catch (err) {
        if (isUniqueViolation(err))
          throw new ConflictError('A user with this email already exists', { field: 'email' });
        throw err;
      }
    },

    async update(scope: Scope, id: string, set: Partial<NewUser>): Promise<UserRow | null> {
      const [row] = await db
        .update(users)
        .set({ ...set, updatedAt: new Date() })
        .where(ownedInScope(scope, usersAsOwned, eq(users.id, id), live))
        .returning();
      return row ?? null;
    },

    /** Soft delete; the row stays for history (sessions, id tags). */
    async softDelete(scope: Scope, id: string): Promise<UserRow | null> {
      const [row] = await db
        .update(users)
        .set({ deletedAt: new Date(), resetTokenHash: null, inviteTokenHash: null })
        .where(inScope(scope, users, eq(users.id, id), live))
        .returning();
      return row ?? null;
    },

    /** Every role change or none: one transaction, each row in the scope. */
    async setRoles(scope: Scope, changes: readonly { id: string; role: string }[]): Promise<UserRow[] | null> {
      return db
        .transaction(async (tx) => {
          const rows: UserRow[] = [];
          for (const c of changes) {
            const [row] = await tx
              .update(users)
              .set({ role: c.role, updatedAt: new Date() })
              .where(inScope(scope, users, eq(users.id, c.id), live))
              .returning();
            if (!row) throw new RolledBack();
            rows.push(row);
          }
          return rows;
        })
        .catch((err) => {
          if (err instanceof RolledBack) return null;
          throw err;
        });
    },

    /** Ends every login of the user (their refresh tokens); access tokens run out on their own. */
    async revokeRefreshTokens(scope: Scope, userId: string): Promise<void> {
      await db
        .update(refreshTokens)
        .set({ revokedAt: new Date() })
        .where(inScope(scope, refreshTokens, eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
    },

    /**
     * Stores a reset token for the live user with this email (the one lookup by email besides login:
     * the caller is not signed in). Null when there is no such user, or one was issued within the
     * last minute (`unlessIssuedAfter`), so the endpoint cannot be used to flood a mailbox.
     */
    async startPasswordReset(
      email: string,
      reset: { tokenHash: string; expiresAt: Date; unlessIssuedAfter: Date; ttlSeconds: number },
    ): Promise<UserRow | null> {
      const issuedAt = sql`${users.resetExpiresAt} - make_interval(secs => ${reset.ttlSeconds})`;
      const [row] = await db
        .update(users)
        .set({ resetTokenHash: reset.tokenHash, resetExpiresAt: reset.expiresAt })
        .where(
          and(
            eq(sql`lower(${users.email})`, email.trim().toLowerCase()),
            live,
            sql`(${users.resetExpiresAt} is null or ${issuedAt} < ${reset.unlessIssuedAfter.toISOString()}::timestamptz)`,
          ),
        )
        .returning();
      return row ?? null;
    },

    /** Spends a reset token and sets the password in the statement that checks it: it works once. */
    async spendPasswordReset(tokenHash: string, passwordHash: string): Promise<UserRow | null> {
      const [row] = await db
        .update(users)
        .set({ passwordHash, resetTokenHash: null, resetExpiresAt: null, updatedAt: new Date() })
        .where(and(eq(users.resetTokenHash, tokenHash), sql`${users.resetExpiresAt} > now()`, live))
        .returning();
      return row ?? null;
    },

    /** Spends an invite: the token works once, in the same statement that checks it. */
    async acceptInvite(tokenHash: string, passwordHash: string): Promise<UserRow | null> {
      const [row] = await db
        .update(users)
        .set({ passwordHash, inviteTokenHash: null, inviteExpiresAt: null, updatedAt: new Date() })
        .where(and(eq(users.inviteTokenHash, tokenHash), sql`${users.inviteExpiresAt} > now()`, live))
        .returning();
      return row ?? null;
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;

/** Thrown inside a transaction to roll it back without an error reaching the caller. */
class RolledBack extends Error {}
