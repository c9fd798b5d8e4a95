import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { UnauthenticatedError } from '../errors.js';
import { hashPassword, hashSecret, newSecret, verifyPassword } from '../passwords.js';
import type { Actor, Role } from '../roles.js';
import type { UserRow } from '../users/user.repository.js';
import type { ApiKeyService } from './api-key.service.js';
import { createAuthRepository } from './auth.repository.js';
import type { SharedLoginThrottle } from './login-throttle.js';
import type { TokenSigner } from './tokens.js';

export interface AuthPayloadData {
  token: string;
  refreshToken: string;
  expiresAt: Date;
  user: UserRow;
}

export interface AuthService {
  /** `address` is the client's, for throttling failed attempts. */
  login(email: string, password: string, address?: string): Promise<AuthPayloadData>;
  refresh(refreshToken: string): Promise<AuthPayloadData>;
  logout(refreshToken: string): Promise<boolean>;
  /** Signs in a user who just proved themselves another way (an accepted invite). */
  issue(user: UserRow): Promise<AuthPayloadData>;
  /** Resolves a bearer credential (JWT or API key secret) to an actor. */
  authenticate(bearer: string): Promise<Actor>;
  /** When an authenticated credential stops working by itself: a token's expiry; null for an API key. */
  expiresAt(bearer: string): Date | null;
}

const REFRESH_PREFIX = 'cqr';

export function createAuthService(deps: {
  db: Db;
  signer: TokenSigner;
  refreshTtlSeconds: number;
  throttle: SharedLoginThrottle;
  apiKeys: ApiKeyService;
  /** Whether the token's user still exists (a removed user's token dies before it expires). */
  userIsLive?: (actor: Actor) => Promise<boolean>;
}): AuthService {
  const { signer, throttle } = deps;
  const rows = createAuthRepository(deps.db);
  // Unknown emails still cost one scrypt, so response time does not tell which emails exist.
  let dummyHash: Promise<string> | null = null;

  async function issue(user: UserRow, familyId: string = randomUUID()): Promise<AuthPayloadData> {
    const actor: Actor = { tenantId: user.tenantId, role: user.role as Role, userId: user.id, apiKeyId: null };
    const { token, expiresAt } = await signer.sign(actor);
    const refreshToken = newSecret(REFRESH_PREFIX);
    await rows.insertRefreshToken({
      tenantId: user.tenantId,
      userId: user.id,
      tokenHash: hashSecret(refreshToken),
      familyId,
      expiresAt: new Date(Date.now() + deps.refreshTtlSeconds * 1000),
    });
    return { token, refreshToken, expiresAt, user };
  }

  return {
    issue: (user) => issue(user),

    async login(email, password, address) {
      await throttle.assertAllowed(email, address);
      const user = await rows.liveUserByEmail(email);
      const hash = user?.passwordHash ?? (await (dummyHash ??= hashPassword(randomUUID())));
      const ok = await verifyPassword(password, hash);
      // Same answer for unknown email and wrong password: no account enumeration.
      if (!user?.passwordHash || !ok) {
        await throttle.failed(email, address);
        throw new UnauthenticatedError('Wrong email or password');
      }
      await throttle.succeeded(email);
      await rows.signedIn(user.id);
      return issue(user);
    },

    async refresh(refreshToken) {
      const tokenHash = hashSecret(refreshToken);
      const spent = await rows.spend(tokenHash);
      if (!spent) {
        // A spent token coming back means two holders (one is a thief): end the whole family
        // (OAuth 2.0 Security BCP, refresh token rotation with reuse detection).
        const reused = await rows.byHash(tokenHash);
        if (reused?.usedAt) await rows.revokeFamily(reused.familyId);
        throw new UnauthenticatedError('Refresh token is invalid, expired or already used');
      }
      const user = await rows.liveUserById(spent.userId);
      if (!user) throw new UnauthenticatedError('User no longer exists');
      return issue(user, spent.familyId);
    },

    async logout(refreshToken) {
      return rows.revoke(hashSecret(refreshToken));
    },

    async authenticate(bearer) {
      if (deps.apiKeys.looksLikeSecret(bearer)) return deps.apiKeys.authenticate(bearer);
      const actor = await signer.verify(bearer);
      // A token traded for an API key (POST /oauth/token) dies with the key.
      if (actor.apiKeyId && !(await deps.apiKeys.isLive(actor.apiKeyId)))
        throw new UnauthenticatedError('API key revoked');
      if (deps.userIsLive && !(await deps.userIsLive(actor))) throw new UnauthenticatedError('User removed');
      return actor;
    },

    expiresAt(bearer) {
      return deps.apiKeys.looksLikeSecret(bearer) ? null : signer.expiresAt(bearer);
    },
  };
}
