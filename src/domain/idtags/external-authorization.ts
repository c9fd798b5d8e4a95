import type { AuthorizationStatus, IdTagVerdict } from './authorization.js';

export type ExternalFallback = 'ACCEPT' | 'REJECT' | 'LOCAL_ONLY';
export type ExternalMode = 'UNKNOWN_ONLY' | 'ALWAYS';

/** A tenant's authorizer, as kept in tenants.external_authorization. */
export interface ExternalAuthorizationConfig {
  url: string;
  timeoutMs: number;
  fallback: ExternalFallback;
  mode: ExternalMode;
  /** whsec_...: requests are signed like webhooks (Standard Webhooks headers). */
  secret: string;
}

export const DEFAULT_AUTHORIZER_TIMEOUT_MS = 2000;

/** The POST to the authorizer, declared here and made by the webhooks edge (signing, SSRF guard, timeout). */
export type AuthorizerCall = (request: {
  url: string;
  secret: string;
  timeoutMs: number;
  body: { chargerId: string; ocppId: string; idTag: string; connectorId: number | null };
}) => Promise<{ ok: true; answer: unknown } | { ok: false; error: string }>;

/** How a verdict was reached; kept on the charger's events. */
export type VerdictSource = 'local' | 'external' | 'fallback';

const STATUSES: AuthorizationStatus[] = ['Accepted', 'Blocked', 'Expired', 'Invalid'];

/** Whether to ask the authorizer: every tag (ALWAYS) or only tags the local list does not know. */
export function shouldAsk(config: ExternalAuthorizationConfig | null, known: boolean): boolean {
  return !!config && (config.mode === 'ALWAYS' || !known);
}

/**
 * The authorizer's answer as a verdict: `{ status, expiresAt?, groupIdTag? }`. Anything else is
 * a failed call (and the fallback decides). The local row still names the user, if any.
 */
export function verdictFromAnswer(answer: unknown, local: IdTagVerdict): IdTagVerdict | null {
  if (!answer || typeof answer !== 'object') return null;
  const { status, expiresAt, groupIdTag } = answer as Record<string, unknown>;
  if (!STATUSES.includes(status as AuthorizationStatus)) return null;
  const expiry = typeof expiresAt === 'string' ? new Date(expiresAt) : null;
  return {
    ...local,
    status: status as AuthorizationStatus,
    expiryDate: expiry && !Number.isNaN(expiry.getTime()) ? expiry : null,
    parentIdTag: typeof groupIdTag === 'string' && groupIdTag ? groupIdTag.slice(0, 20) : local.parentIdTag,
  };
}

/** When the authorizer is slow or down: accept, reject, or use the local list alone. */
export function fallbackVerdict(fallback: ExternalFallback, local: IdTagVerdict): IdTagVerdict {
  if (fallback === 'ACCEPT') return { ...local, status: 'Accepted' };
  if (fallback === 'REJECT') return { ...local, status: 'Invalid' };
  return local;
}

/** Answers kept briefly per tenant and tag: a charger's Authorize and StartTransaction ask once. */
export function createVerdictCache(ttlMs: number) {
  const entries = new Map<string, { at: number; verdict: IdTagVerdict }>();
  return {
    get(key: string): IdTagVerdict | null {
      const hit = entries.get(key);
      if (!hit) return null;
      if (Date.now() - hit.at > ttlMs) {
        entries.delete(key);
        return null;
      }
      return hit.verdict;
    },
    set(key: string, verdict: IdTagVerdict): void {
      if (entries.size > 10_000) entries.clear(); // bounded: a flood of random tags cannot grow it
      entries.set(key, { at: Date.now(), verdict });
    },
  };
}
