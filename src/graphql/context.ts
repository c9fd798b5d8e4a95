import type { Services } from '../domain/services.js';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors.js';
import type { Actor } from '../domain/roles.js';
import { scopeOf, type Scope } from '../domain/scope.js';
import { LoaderRegistry } from './loaders.js';

export interface Context {
  services: Services;
  actor: Actor | null;
  /** Built once per request (and per subscription) from `actor`; every service call takes it. */
  scope: Scope | null;
  /** Why `actor` is null when a credential was sent but refused. */
  authError: string | null;
  /** A valid credential used from an address outside its tenant's IP allow-list: every call is FORBIDDEN. */
  denied: ForbiddenError | null;
  loaders: LoaderRegistry;
  remoteAddress: string | undefined;
}

export async function buildContext(
  services: Services,
  authorization: string | undefined,
  opts: { cacheLoaders: boolean; remoteAddress?: string },
): Promise<Context> {
  const ctx: Context = {
    services,
    actor: null,
    scope: null,
    authError: null,
    denied: null,
    loaders: new LoaderRegistry({ cache: opts.cacheLoaders }),
    remoteAddress: opts.remoteAddress,
  };
  const bearer = bearerOf(authorization);
  if (authorization && !bearer) ctx.authError = 'Authorization header must be "Bearer <token>"';
  if (bearer) {
    try {
      ctx.actor = await services.auth.authenticate(bearer);
      ctx.scope = scopeOf(ctx.actor);
    } catch (err) {
      ctx.authError = err instanceof Error ? err.message : 'Invalid token';
    }
    if (ctx.scope) {
      try {
        await services.ipAllowList.assertAllowed(ctx.scope, opts.remoteAddress);
      } catch (err) {
        if (!(err instanceof ForbiddenError)) throw err;
        Object.assign(ctx, { actor: null, scope: null, denied: err });
      }
    }
  }
  return ctx;
}

/** The credential in an `Authorization: Bearer <credential>` value. */
export const bearerOf = (authorization: string | undefined): string | undefined =>
  authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();

export function requireActor(ctx: Context): Actor {
  if (ctx.denied) throw ctx.denied;
  if (!ctx.actor) throw new UnauthenticatedError(ctx.authError ?? 'Not authenticated');
  return ctx.actor;
}

/** The caller's Scope: what every service call takes (UNAUTHENTICATED without a credential). */
export function requireScope(ctx: Context): Scope {
  if (ctx.denied) throw ctx.denied;
  if (!ctx.scope) throw new UnauthenticatedError(ctx.authError ?? 'Not authenticated');
  return ctx.scope;
}
