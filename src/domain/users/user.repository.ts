import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { paginate, type Page, type PageArgs } from '../../db/paginate.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { users } from '../../db/schema/index.js';
import { ConflictError } from '../errors.js';
import { inTenant } from '../tenancy/scope.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = Omit<typeof users.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

const live = isNull(users.deletedAt);

/** Queries on users, always inside one tenant (login by email is the one global lookup, in auth). */
export function createUserRepository(db: Db) {
  return {
    async byId(tenantId: string, id: string): Promise<UserRow | null> {
      const [row] = await db
        .select()
        .from(users)
        .where(inTenant(users, tenantId, eq(users.id, id), live));
      return row ?? null;
    },

    async byIds(tenantId: string, ids: readonly string[]): Promise<UserRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(users)
        .where(inTenant(users, tenantId, sql`${users.id} = any(${[...ids]}::uuid[])`, live));
    },

    list(tenantId: string, page: PageArgs, filter: { role?: string | null } = {}): Promise<Page<UserRow>> {
      return paginate<UserRow>(db, {
        table: users,
        idColumn: users.id,
        where: inTenant(users, tenantId, live, filter.role ? eq(users.role, filter.role) : undefined),
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

    async update(tenantId: string, id: string, set: Partial<NewUser>): Promise<UserRow | null> {
      const [row] = await db
        .update(users)
        .set({ ...set, updatedAt: new Date() })
        .where(inTenant(users, tenantId, eq(users.id, id), live))
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
