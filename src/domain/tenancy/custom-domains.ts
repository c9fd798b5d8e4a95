/** `Charge.Acme.de:443` -> `charge.acme.de`: how a Host header names a custom domain. */
export function hostName(host: string | undefined): string | null {
  if (!host) return null;
  const name = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return name || null;
}

/**
 * Which tenant a Host header names through its custom domain. Every charger handshake asks, so
 * the (small) map of all custom domains is read at most once per `ttlMs` and shared by the
 * handshakes waiting meanwhile; a change made on this node is seen at once (`forget`), one made
 * on another node within `ttlMs`.
 */
export function createCustomDomainDirectory(
  load: () => Promise<Map<string, string>>,
  ttlMs = 10_000,
  now: () => number = Date.now,
) {
  let cached: { at: number; slugs: Map<string, string> } | null = null;
  let loading: Promise<Map<string, string>> | null = null;

  async function slugs(): Promise<Map<string, string>> {
    if (cached && now() - cached.at < ttlMs) return cached.slugs;
    loading ??= load()
      .then((map) => ((cached = { at: now(), slugs: map }), map))
      .finally(() => (loading = null));
    return loading;
  }

  return {
    /** The slug of the tenant whose custom domain this Host header names, or null. */
    async slugOf(host: string | undefined): Promise<string | null> {
      const name = hostName(host);
      return name ? ((await slugs()).get(name) ?? null) : null;
    },
    /** The same from the map read last, however old (a database outage); null before the first read. */
    slugOfRead(host: string | undefined): string | null {
      const name = hostName(host);
      return (name && cached?.slugs.get(name)) ?? null;
    },
    forget(): void {
      cached = null;
    },
  };
}

export type CustomDomainDirectory = ReturnType<typeof createCustomDomainDirectory>;
