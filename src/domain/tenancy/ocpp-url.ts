/**
 * Where a tenant's chargers connect (append `/{chargePointId}`).
 * Path style: `ws://host/ocpp` -> `ws://host/ocpp/{slug}`, which the handshake checks (404 for a
 * charger of another tenant). Host style: a base containing `{slug}` (`wss://{slug}.example.com/ocpp`).
 * A custom domain replaces the host and drops the slug: the Host header names the tenant
 * (the handshake looks the domain up), so the charger connects to `wss://{customDomain}/ocpp/{id}`.
 */
export function tenantOcppUrl(base: string, tenant: { slug: string; customDomain?: string | null }): string {
  const trimmed = base.replace(/\/+$/, '');
  if (tenant.customDomain) {
    const url = new URL(trimmed.replaceAll('{slug}', tenant.slug));
    return `${url.protocol}//${tenant.customDomain}${url.pathname.replace(/\/+$/, '')}`;
  }
  if (trimmed.includes('{slug}')) return trimmed.replaceAll('{slug}', tenant.slug);
  return `${trimmed}/${tenant.slug}`;
}
