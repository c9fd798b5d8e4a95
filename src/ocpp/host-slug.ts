/**
 * Host-style tenant URLs (OCPP_PUBLIC_URL like `wss://{slug}.example.com/ocpp`) put the tenant in
 * the Host header, not the path. Returns a reader of that slug, or null when the base is path style.
 */
export function hostSlugReader(publicUrl: string | undefined): ((host: string | undefined) => string | null) | null {
  if (!publicUrl?.includes('{slug}')) return null;
  let hostPattern: string;
  try {
    hostPattern = new URL(publicUrl.replace('{slug}', 'slug-placeholder')).hostname;
  } catch {
    return null;
  }
  if (!hostPattern.includes('slug-placeholder')) return null;
  const escaped = hostPattern.split('slug-placeholder').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const matcher = new RegExp(`^${escaped[0]}([a-z0-9-]+)${escaped[1]}(?::\\d+)?$`, 'i');
  return (host) => host?.match(matcher)?.[1]?.toLowerCase() ?? null;
}
