import { ForbiddenError, InputChecker, InvalidInputError, NotFoundError } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import type { AllowedIpRepository, AllowedIpRow } from './allowed-ip.repository.js';
import { normaliseRange, rangeMatcher } from './ip-ranges.js';

/** How long a node keeps a tenant's list: another node's change reaches this one within it. */
const CACHE_MS = 10_000;
const MAX_ENTRIES = 200;

/**
 * A tenant's IP allow-list for API access. Empty: every address. Otherwise every request made with
 * one of the tenant's credentials (token, API key) must come from an address in the list; the
 * address is the one Express sees under TRUST_PROXY (X-Forwarded-For only from trusted proxies).
 */
export function createIpAllowList(deps: { repo: AllowedIpRepository; now?: () => number }) {
  const now = deps.now ?? Date.now;
  const cache = new Map<string, { at: number; matches: ((address: string) => boolean) | null }>();

  async function matcherOf(scope: Scope) {
    const hit = cache.get(scope.tenantId);
    if (hit && now() - hit.at < CACHE_MS) return hit.matches;
    const rows = await deps.repo.list(scope);
    const matches = rows.length ? rangeMatcher(rows.map((r) => r.cidr)) : null;
    cache.set(scope.tenantId, { at: now(), matches });
    return matches;
  }

  /** A change that would refuse the admin making it is refused itself: they could not undo it. */
  function assertKeepsCaller(rows: readonly { cidr: string }[], caller: string | undefined, field: string): void {
    if (!caller || !rows.length || rangeMatcher(rows.map((r) => r.cidr))(caller)) return;
    throw new InvalidInputError([
      { field, message: `would lock you out: your address ${caller} would not be in the list (add it first)` },
    ]);
  }

  return {
    async list(scope: Scope): Promise<AllowedIpRow[]> {
      assertCan(scope, 'tenant:write');
      return deps.repo.list(scope);
    },

    async add(
      scope: Scope,
      input: { cidr: string; description?: string | null },
      callerAddress: string | undefined,
    ): Promise<AllowedIpRow> {
      assertCan(scope, 'tenant:write');
      const cidr = normaliseRange(input.cidr);
      const rows = await deps.repo.list(scope);
      new InputChecker()
        .check(!!cidr, 'cidr', 'must be an IPv4 or IPv6 address or CIDR block, e.g. 203.0.113.0/24')
        .check(!input.description || input.description.length <= 200, 'description', 'must be at most 200 characters')
        .check(rows.length < MAX_ENTRIES, 'cidr', `the list holds at most ${MAX_ENTRIES} entries`)
        .throwIfAny();
      assertKeepsCaller([...rows, { cidr: cidr! }], callerAddress, 'cidr');
      const row = await deps.repo.insert(scope, { cidr: cidr!, description: input.description?.trim() || null });
      cache.delete(scope.tenantId);
      return row;
    },

    async remove(scope: Scope, id: string, callerAddress: string | undefined): Promise<string> {
      assertCan(scope, 'tenant:write');
      const rows = await deps.repo.list(scope);
      if (!rows.some((r) => r.id === id)) throw new NotFoundError('AllowedIp', id);
      assertKeepsCaller(
        rows.filter((r) => r.id !== id),
        callerAddress,
        'id',
      );
      await deps.repo.delete(scope, id);
      cache.delete(scope.tenantId);
      return id;
    },

    /** Throws FORBIDDEN when the tenant has a list and the address is not in it. */
    async assertAllowed(scope: Scope, address: string | undefined): Promise<void> {
      const matches = await matcherOf(scope);
      if (!matches || (address && matches(address))) return;
      throw new ForbiddenError(
        `Requests from ${address ?? 'an unknown address'} are not allowed for this tenant (IP allow-list)`,
      );
    },
  };
}

export type IpAllowList = ReturnType<typeof createIpAllowList>;
