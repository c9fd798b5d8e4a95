import type { Actor } from '../roles.js';
import { scopeOf } from '../scope.js';
import type { UserRepository } from './user.repository.js';

/** How long a node believes a user is still there: a removal on another node takes effect within it. */
const TTL_MS = 5_000;

/**
 * Whether a signed-in user still exists, so a removed user's access token (valid for JWT_TTL_SECONDS)
 * stops working at once on this node and within seconds on the others. Cached per user: at most one
 * lookup per user per TTL, not one per request.
 */
export function createLiveUsers(deps: { users: UserRepository; now?: () => number }) {
  const now = deps.now ?? Date.now;
  const cache = new Map<string, { at: number; live: boolean }>();
  return {
    async isLive(actor: Actor): Promise<boolean> {
      if (!actor.userId) return true;
      const hit = cache.get(actor.userId);
      if (hit && now() - hit.at < TTL_MS) return hit.live;
      if (cache.size > 50_000) cache.clear();
      const live = (await deps.users.byIds(scopeOf(actor), [actor.userId])).length > 0;
      cache.set(actor.userId, { at: now(), live });
      return live;
    },
    /** This node's answer changes at once (the removal happened here). */
    forget(userId: string): void {
      cache.delete(userId);
    },
  };
}

export type LiveUsers = ReturnType<typeof createLiveUsers>;
