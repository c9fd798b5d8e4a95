import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { UnauthenticatedError } from '../errors.js';
import { ROLES, type Actor, type Role } from '../roles.js';

export interface TokenSigner {
  sign(actor: Actor): Promise<{ token: string; expiresAt: Date }>;
  verify(token: string): Promise<Actor>;
}

const ISSUER = 'chargeql';

export function createTokenSigner(secret: string, ttlSeconds: number): TokenSigner {
  const key = new TextEncoder().encode(secret);
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
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
        const role = payload.role as Role;
        if (typeof payload.tid !== 'string' || !ROLES.includes(role) || !payload.sub) throw new Error('claims');
        const apiKeyId = typeof payload.key === 'string' ? payload.key : null;
        return { tenantId: payload.tid, role, userId: apiKeyId ? null : payload.sub, apiKeyId };
      } catch (err) {
        if (err instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('Token expired');
        throw new UnauthenticatedError('Invalid token');
      }
    },
  };
}
