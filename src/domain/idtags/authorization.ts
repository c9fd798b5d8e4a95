import type { ChargerRepository } from '../chargers/charger.repository.js';
import { chargerScope } from '../scope.js';
import type { TenantRepository } from '../tenancy/tenant.repository.js';
import type { IdTagRepository, IdTagRow } from './idtag.repository.js';
import {
  createVerdictCache,
  fallbackVerdict,
  shouldAsk,
  verdictFromAnswer,
  type AuthorizerCall,
  type ExternalAuthorizationConfig,
  type VerdictSource,
} from './external-authorization.js';
import { toGlobalId } from '../global-id.js';

/** OCPP 1.6 AuthorizationStatus, minus ConcurrentTx (we allow a tag on several chargers at once). */
export type AuthorizationStatus = 'Accepted' | 'Blocked' | 'Expired' | 'Invalid';

export interface IdTagVerdict {
  status: AuthorizationStatus;
  expiryDate: Date | null;
  parentIdTag: string | null;
  idTagId: string | null;
  userId: string | null;
  /** Set when a tenant's external authorizer took part: how the verdict was reached, and why. */
  external?: { source: VerdictSource; error?: string; cached?: boolean };
}

/** Where a check comes from: the charger (and connector) the external authorizer is told about. */
export interface AuthorizationContext {
  chargerId: string;
  connectorId?: number | null;
}

/** The rule, apart from the lookup: unknown -> Invalid, BLOCKED -> Blocked, past expiry -> Expired. */
export function verdictFor(row: IdTagRow | undefined, now: Date): IdTagVerdict {
  if (!row) return { status: 'Invalid', expiryDate: null, parentIdTag: null, idTagId: null, userId: null };
  const expired = row.status === 'EXPIRED' || (row.expiresAt !== null && row.expiresAt <= now);
  const status = row.status === 'BLOCKED' ? 'Blocked' : expired ? 'Expired' : 'Accepted';
  return { status, expiryDate: row.expiresAt, parentIdTag: row.parentIdTag, idTagId: row.id, userId: row.userId };
}

const CONFIG_TTL_MS = 5000;
// Local verdicts kept for answering while the database is unreachable: the tags this node saw lately.
const CACHED_TAGS = 50_000;
const ANSWER_TTL_MS = 60_000;

/**
 * Verifies id tags for Authorize and StartTransaction (any OCPP version), in the charger's
 * tenant: the local list, and the tenant's external authorizer when it has one (for unknown
 * tags, or always). A slow or failing authorizer gives the tenant's fallback.
 */
export function createAuthorization(deps: {
  idTags: IdTagRepository;
  tenants: TenantRepository;
  chargers: ChargerRepository;
  askAuthorizer?: AuthorizerCall;
}) {
  const configs = new Map<string, { at: number; config: Promise<ExternalAuthorizationConfig | null> }>();
  const answers = createVerdictCache(ANSWER_TTL_MS);
  const rows = new Map<string, IdTagRow | undefined>();
  const keyOf = (tenantId: string, idTag: string) => `${tenantId}|${idTag.toLowerCase()}`;

  function configOf(tenantId: string): Promise<ExternalAuthorizationConfig | null> {
    const hit = configs.get(tenantId);
    if (hit && Date.now() - hit.at < CONFIG_TTL_MS) return hit.config;
    const config = deps.tenants
      .externalAuthorization(chargerScope(tenantId))
      .then((value) => (value as ExternalAuthorizationConfig | null) ?? null);
    configs.set(tenantId, { at: Date.now(), config });
    return config;
  }

  async function local(tenantId: string, idTag: string, now: Date): Promise<IdTagRow | undefined> {
    const row = (await deps.idTags.byValue(chargerScope(tenantId), idTag)) ?? undefined;
    void now;
    const key = keyOf(tenantId, idTag);
    rows.delete(key); // re-inserted last: the oldest lookup goes first when the cache is full
    rows.set(key, row);
    if (rows.size > CACHED_TAGS) rows.delete(rows.keys().next().value!);
    return row;
  }

  async function external(
    config: ExternalAuthorizationConfig,
    tenantId: string,
    idTag: string,
    context: AuthorizationContext,
    localVerdict: IdTagVerdict,
  ): Promise<IdTagVerdict> {
    const key = `${tenantId}:${idTag.toLowerCase()}`;
    const cached = answers.get(key);
    if (cached) return { ...cached, external: { source: 'external', cached: true } };
    const [charger] = await deps.chargers.byIdsWithDeleted(chargerScope(tenantId), [context.chargerId]);
    const result = await deps.askAuthorizer!({
      url: config.url,
      secret: config.secret,
      timeoutMs: config.timeoutMs,
      body: {
        chargerId: toGlobalId('Charger', context.chargerId),
        ocppId: charger?.ocppId ?? '',
        idTag,
        connectorId: context.connectorId ?? null,
      },
    });
    const answered = result.ok ? verdictFromAnswer(result.answer, localVerdict) : null;
    if (answered) {
      answers.set(key, answered);
      return { ...answered, external: { source: 'external' } };
    }
    const error = result.ok ? `unusable answer: ${JSON.stringify(result.answer).slice(0, 200)}` : result.error;
    return { ...fallbackVerdict(config.fallback, localVerdict), external: { source: 'fallback', error } };
  }

  return {
    /**
     * The local verdict from this node's last lookup of the tag (expiry checked against `now`), or
     * undefined when the node has not seen it: for answering while the database is unreachable.
     */
    cached(tenantId: string, idTag: string, now = new Date()): IdTagVerdict | undefined {
      const key = keyOf(tenantId, idTag);
      return rows.has(key) ? verdictFor(rows.get(key), now) : undefined;
    },

    async verify(
      tenantId: string,
      idTag: string,
      now = new Date(),
      context?: AuthorizationContext,
    ): Promise<IdTagVerdict> {
      const row = await local(tenantId, idTag, now);
      const verdict = verdictFor(row, now);
      if (!context || !deps.askAuthorizer) return verdict;
      const config = await configOf(tenantId);
      if (!config || !shouldAsk(config, !!row)) return verdict;
      return external(config, tenantId, idTag, context, verdict);
    },

    /** A tenant changed its authorizer: use the new settings at once on this node. */
    forgetConfig(tenantId: string): void {
      configs.delete(tenantId);
    },
  };
}

export type Authorization = ReturnType<typeof createAuthorization>;
