/**
 * Where a tenant's chargers connect (append `/{chargePointId}`).
 * Path style: `ws://host/ocpp` -> `ws://host/ocpp/{slug}`, which the handshake checks (404 for a
 * charger of another tenant). Host style: a base containing `{slug}` (`wss://{slug}.example.com/ocpp`).
 * A custom domain replaces the host and keeps the slug in the path, so path isolation still holds.
 */
export function tenantOcppUrl(base: string, tenant: { slug: string; customDomain?: string | null }): string {
  const trimmed = base.replace(/\/+$/, '');
  if (tenant.customDomain) {
    const url = new URL(trimmed.replaceAll('{slug}', tenant.slug));
    return `${url.protocol}//${tenant.customDomain}${url.pathname.replace(/\/+$/, '')}/${tenant.slug}`;
  }
  if (trimmed.includes('{slug}')) return trimmed.replaceAll('{slug}', tenant.slug);
  return `${trimmed}/${tenant.slug}`;
}
