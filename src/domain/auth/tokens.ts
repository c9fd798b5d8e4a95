import { randomUUID } from 'node:crypto';
import { decodeJwt, jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { UnauthenticatedError } from '../errors.js';
import { ROLES, type Actor, type Role } from '../roles.js';

export interface TokenSigner {
  sign(actor: Actor): Promise<{ token: string; expiresAt: Date }>;
  verify(token: string): Promise<Actor>;
  /** When a token that verified stops working (its `exp`). */
  expiresAt(token: string): Date | null;
}

const ISSUER = 'chargeql';

/** Tokens verified lately: most API calls come with a token seen before. */
const VERIFIED_TOKENS_KEPT = 1000;

export function createTokenSigner(secret: string, ttlSeconds: number): TokenSigner {
  const key = new TextEncoder().encode(secret);
  // A token that verified once verifies again until it expires (its text, signature included, is the
  // key): checking its HMAC again cost each API call ~0.3 ms of CPU (README Performance, "Command path").
  const verified = new Map<string, { actor: Actor; exp: number }>();
  return {
    async sign(actor) {
      const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
      const token = await new SignJWT({ tid: actor.tenantId, role: actor.role, key: actor.apiKeyId ?? undefined })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER)
        .setSubject(actor.userId ?? `apikey:${actor.apiKeyId}`)
        .setIssuedAt()
        // Unique per token: two logins in the same second are two tokens (and two rate-limit buckets).
        .setJti(randomUUID())
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, expiresAt };
    },
    async verify(token) {
      const known = verified.get(token);
      if (known) {
        // jose's own test: expired once `exp` is not after the current second.
        if (known.exp > Math.floor(Date.now() / 1000)) return { ...known.actor };
        verified.delete(token);
        throw new UnauthenticatedError('Token expired');
      }
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
        const role = payload.role as Role;
        if (typeof payload.tid !== 'string' || !ROLES.includes(role) || !payload.sub) throw new Error('claims');
        const apiKeyId = typeof payload.key === 'string' ? payload.key : null;
        const actor: Actor = { tenantId: payload.tid, role, userId: apiKeyId ? null : payload.sub, apiKeyId };
        if (typeof payload.exp === 'number' && payload.nbf === undefined) {
          if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
          verified.set(token, { actor: { ...actor }, exp: payload.exp });
        }
        return actor;
      } catch (err) {
        if (err instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('Token expired');
        throw new UnauthenticatedError('Invalid token');
      }
    },
    expiresAt(token) {
      try {
        const { exp } = decodeJwt(token);
        return typeof exp === 'number' ? new Date(exp * 1000) : null;
      } catch {
        return null;
      }
    },
  };
}
