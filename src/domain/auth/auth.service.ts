import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiKeys, refreshTokens, users } from '../../db/schema/index.js';
import { UnauthenticatedError } from '../errors.js';
import { hashSecret, newSecret, verifyPassword } from '../passwords.js';
import type { Actor, Role } from '../roles.js';
import type { TokenSigner } from './tokens.js';

export interface AuthPayloadData {
  token: string;
  refreshToken: string;
  expiresAt: Date;
  userId: string;
}

export interface AuthService {
  login(email: string, password: string): Promise<AuthPayloadData>;
  refresh(refreshToken: string): Promise<AuthPayloadData>;
  logout(refreshToken: string): Promise<boolean>;
  /** Resolves a bearer credential (JWT or API key secret) to an actor. */
  authenticate(bearer: string): Promise<Actor>;
}

const API_KEY_PREFIX = 'cqk';
const REFRESH_PREFIX = 'cqr';

export function createAuthService(deps: { db: Db; signer: TokenSigner; refreshTtlSeconds: number }): AuthService {
  const { db, signer } = deps;

  async function issue(user: { id: string; tenantId: string; role: string }): Promise<AuthPayloadData> {
    const actor: Actor = { tenantId: user.tenantId, role: user.role as Role, userId: user.id, apiKeyId: null };
    const { token, expiresAt } = await signer.sign(actor);
    const refreshToken = newSecret(REFRESH_PREFIX);
    await db.insert(refreshTokens).values({
      tenantId: user.tenantId,
      userId: user.id,
      tokenHash: hashSecret(refreshToken),
      expiresAt: new Date(Date.now() + deps.refreshTtlSeconds * 1000),
    });
    return { token, refreshToken, expiresAt, userId: user.id };
  }

  return {
    async login(email, password) {
      const [user] = await db
        .select()
        .from(users)
        .where(and(eq(sql`lower(${users.email})`, email.trim().toLowerCase()), isNull(users.deletedAt)));
      // Same answer for unknown email and wrong password: no account enumeration.
      if (!user || !(await verifyPassword(password, user.passwordHash))) {
        throw new UnauthenticatedError('Wrong email or password');
      }
      await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
      return issue(user);
    },

    async refresh(refreshToken) {
      // Rotation: the token is spent in the same statement that checks it, so it works once.
      const [spent] = await db
        .update(refreshTokens)
        .set({ usedAt: new Date() })
        .where(
          and(
            eq(refreshTokens.tokenHash, hashSecret(refreshToken)),
            isNull(refreshTokens.usedAt),
            isNull(refreshTokens.revokedAt),
            sql`${refreshTokens.expiresAt} > now()`,
          ),
        )
        .returning();
      if (!spent) throw new UnauthenticatedError('Refresh token is invalid, expired or already used');
      const [user] = await db
        .select()
        .from(users)
        .where(and(eq(users.id, spent.userId), isNull(users.deletedAt)));
      if (!user) throw new UnauthenticatedError('User no longer exists');
      return issue(user);
    },

    async logout(refreshToken) {
      const rows = await db
        .update(refreshTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(refreshTokens.tokenHash, hashSecret(refreshToken)), isNull(refreshTokens.revokedAt)))
        .returning({ id: refreshTokens.id });
      return rows.length > 0;
    },

    async authenticate(bearer) {
      if (!bearer.startsWith(`${API_KEY_PREFIX}_`)) return signer.verify(bearer);
      const [key] = await db
        .update(apiKeys)
        .set({ lastUsedAt: new Date() })
        .where(and(eq(apiKeys.secretHash, hashSecret(bearer)), isNull(apiKeys.revokedAt)))
        .returning();
      if (!key) throw new UnauthenticatedError('Invalid or revoked API key');
      return { tenantId: key.tenantId, role: key.role as Role, userId: null, apiKeyId: key.id };
    },
  };
}

export function newApiKeySecret(): string {
  return newSecret(API_KEY_PREFIX);
}
