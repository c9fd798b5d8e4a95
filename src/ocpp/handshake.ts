import type { IncomingHttpHeaders } from 'node:http';
import type { ConnectedCharger, HandshakeCharger } from '../domain/chargers/charger.repository.js';
import { verifyPassword } from '../domain/passwords.js';

// In order of preference: a charger offering both speaks 2.0.1 (OCPP-J 2.0.1 §3.1.2: the server picks).
export const SUPPORTED_PROTOCOLS = ['ocpp2.0.1', 'ocpp1.6'] as const;

export type HandshakeVerdict =
  { ok: true; charger: ConnectedCharger; protocol: string } | { ok: false; status: 400 | 401 | 404; message: string };

export interface HandshakeInfo {
  endpoint: string; // the URL path before the identity, e.g. /ocpp or /ocpp/acme
  identity: string;
  protocols: Set<string>;
  password: Buffer | undefined;
  headers: IncomingHttpHeaders;
}

export interface HandshakeDeps {
  chargers: { byOcppId(ocppId: string): Promise<HandshakeCharger | null> };
  /** Registers an unknown charger as PENDING when the tenant of `slug` opted in; null otherwise. */
  registerUnknown: (slug: string, identity: string) => Promise<ConnectedCharger | null>;
  /** With host-style tenant URLs, the tenant named by the Host header (null when it names none). */
  slugFromHost?: ((host: string | undefined) => string | null) | null;
  /** The tenant whose custom domain the Host header names (null when none does). */
  slugFromCustomDomain?: (host: string | undefined) => Promise<string | null>;
}

/**
 * Decides a charger's WebSocket upgrade (OCPP-J 1.6 §3.2): no agreed subprotocol -> 400,
 * unknown, empty or deleted identity (or one under another tenant's slug) -> 404,
 * wrong Basic-auth password -> 401. ocpp-rpc would accept all of these.
 */
export async function checkHandshake(info: HandshakeInfo, deps: HandshakeDeps): Promise<HandshakeVerdict> {
  const protocol = SUPPORTED_PROTOCOLS.find((p) => info.protocols.has(p));
  if (!protocol)
    return { ok: false, status: 400, message: `Offer one of the subprotocols ${SUPPORTED_PROTOCOLS.join(', ')}` };
  if (!info.identity) return { ok: false, status: 404, message: 'Charger id missing from URL' };
  const pathSlug = tenantSlugOf(info.endpoint);
  if (pathSlug === undefined) return { ok: false, status: 404, message: 'Not an OCPP path' };
  // A tenant named by the Host header (host-style URLs or a tenant's custom domain) is checked
  // like one named in the path.
  const slug =
    pathSlug ??
    deps.slugFromHost?.(info.headers.host) ??
    (await deps.slugFromCustomDomain?.(info.headers.host)) ??
    null;
  const charger = await deps.chargers.byOcppId(info.identity);
  if (charger && slug !== null && charger.tenantSlug !== slug)
    return { ok: false, status: 404, message: 'Unknown charger' };
  if (!charger) {
    // Only a tenant's own URL can register a newcomer: without a slug we cannot tell whose it is.
    const pending = slug !== null ? await deps.registerUnknown(slug, info.identity) : null;
    return pending ? { ok: true, charger: pending, protocol } : { ok: false, status: 404, message: 'Unknown charger' };
  }
  if (charger.passwordHash) {
    const ok =
      info.password !== undefined && (await verifyPassword(info.password.toString('utf8'), charger.passwordHash));
    if (!ok) return { ok: false, status: 401, message: 'Wrong or missing Basic-auth credentials' };
  }
  return { ok: true, charger, protocol };
}

/** `/ocpp` -> null (no slug), `/ocpp/acme` -> 'acme', anything else -> undefined. */
function tenantSlugOf(endpoint: string): string | null | undefined {
  const parts = endpoint.split('/').filter(Boolean);
  if (parts[0] !== 'ocpp' || parts.length > 2) return undefined;
  return parts[1] ? decodeURIComponent(parts[1]) : null;
}
