// A slug is a DNS label (host-style OCPP URLs put it in the host name) and a path segment.
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
// Names a host-style deployment or a path might need for itself.
const RESERVED = new Set([
  'www',
  'api',
  'app',
  'admin',
  'ocpp',
  'graphql',
  'oauth',
  'static',
  'assets',
  'mail',
  'status',
]);

export function slugProblem(slug: string): string | null {
  if (!SLUG.test(slug)) return 'must be 1-40 characters of a-z 0-9 and -, not starting or ending with -';
  if (RESERVED.has(slug)) return `"${slug}" is reserved`;
  return null;
}

// RFC 1035 host name: labels of a-z 0-9 -, at least two labels (compared case-insensitively).
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function domainProblem(domain: string): string | null {
  return DOMAIN.test(domain.toLowerCase()) ? null : 'must be a host name such as charge.example.com';
}
