import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { refreshTokens, users } from '../../db/schema/index.js';
import type { UserRow } from '../users/user.repository.js';

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;

/**
 * Sign-in rows. These are the lookups before anyone has a Scope: a user by email (emails are
 * unique across tenants) or by the id inside a refresh token, and the refresh tokens themselves.
 */
export function createAuthRepository(db: Db) {
  return {
    async liveUserByEmail(email: string): Promise<UserRow | null> {
      const [user] = await db
        .select()
        .from(users)
        .where(and(eq(sql`lower(${users.email})`, email.trim().toLowerCase()), isNull(users.deletedAt)));
      return user ?? null;
    },

    async liveUserById(id: string): Promise<UserRow | null> {
      const [user] = await db
        .select()
        .from(users)
        .where(and(eq(users.id, id), isNull(users.deletedAt)));
      return user ?? null;
    },

    async signedIn(userId: string): Promise<void> {
      await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, userId));
    },

    async insertRefreshToken(values: typeof refreshTokens.$inferInsert): Promise<void> {
      await db.insert(refreshTokens).values(values);
    },

    /** Rotation: the token is spent in the same statement that checks it, so it works once. */
    async spend(tokenHash: string): Promise<RefreshTokenRow | null> {
      const [spent] = await db
        .update(refreshTokens)
        .set({ usedAt: new Date() })
        .where(
          and(
            eq(refreshTokens.tokenHash, tokenHash),
            isNull(refreshTokens.usedAt),
            isNull(refreshTokens.revokedAt),
            sql`${refreshTokens.expiresAt} > now()`,
          ),
        )
        .returning();
      return spent ?? null;
    },

    async byHash(tokenHash: string): Promise<RefreshTokenRow | null> {
      const [row] = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
      return row ?? null;
    },

    async revokeFamily(familyId: string): Promise<void> {
      await db
        .update(refreshTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
    },

    async revoke(tokenHash: string): Promise<boolean> {
      const rows = await db
        .update(refreshTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(refreshTokens.tokenHash, tokenHash), isNull(refreshTokens.revokedAt)))
        .returning({ id: refreshTokens.id });
      return rows.length > 0;
    },
  };
}
