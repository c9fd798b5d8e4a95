import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { ownedInScope, pageInScope } from '../../db/scoped.js';
import { users } from '../../db/schema/index.js';
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
