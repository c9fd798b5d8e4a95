import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * The SSRF guard. A webhook URL is the tenant's to choose, so by default it may not reach this
 * server's own network: loopback, private (RFC 1918, ULA), link-local (which holds the cloud
 * metadata address 169.254.169.254 and AWS's fd00:ec2::254), CGNAT, multicast and reserved
 * ranges are refused, and https is required. `WEBHOOK_ALLOW_PRIVATE_URLS=true` (development,
 * tests) lifts both. The check runs when an endpoint is saved and again at every connection
 * (a name may resolve elsewhere later), on the very address the socket then connects to.
 */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv6');

export interface UrlPolicy {
  allowPrivate: boolean;
}

/** Why an address may not be reached, or null when it may. */
export function blockedAddress(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return `${address} is not an IP address`;
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is the IPv4 address in disguise.
  const mapped = family === 6 ? /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] : undefined;
  if (mapped) return blockedAddress(mapped);
  return BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6')
    ? `${address} is a loopback, private, link-local or reserved address`
    : null;
}

/** What is wrong with the URL itself (scheme, credentials, literal private address), before any DNS. */
export function urlProblem(raw: string, policy: UrlPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an https:// URL';
  if (url.protocol === 'http:' && !policy.allowPrivate) return 'must be an https:// URL';
  if (url.username || url.password) return 'must not carry credentials';
  if (raw.length > 2048) return 'must be at most 2048 characters';
  const host = hostOf(url);
  if (!policy.allowPrivate && isIP(host)) return blockedAddress(host);
  return null;
}

export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/**
 * A `lookup` for http(s).request that refuses blocked addresses: the address checked is the one
 * connected to, so a DNS answer that changes between check and connect gains nothing.
 */
export function guardedLookup(policy: UrlPolicy) {
  return (
    hostname: string,
    options: object,
    callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      const bad = policy.allowPrivate ? null : list.map((a) => blockedAddress(a.address)).find(Boolean);
      if (bad)
        return callback(Object.assign(new Error(`refused: ${hostname} resolves to ${bad}`), { code: 'EBLOCKED' }), []);
      if ((options as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/**
 * The check at save time: the URL's form, and every address its name resolves to now. A name
 * that does not resolve (yet) is accepted: delivery checks again and retries.
 */
export async function checkWebhookUrl(raw: string, policy: UrlPolicy, timeoutMs = 2000): Promise<string | null> {
  const problem = urlProblem(raw, policy);
  if (problem || policy.allowPrivate) return problem;
  const host = hostOf(new URL(raw));
  if (isIP(host)) return null;
  const addresses = await new Promise<LookupAddress[]>((resolve) => {
    const timer = setTimeout(() => resolve([]), timeoutMs);
    dnsLookup(host, { all: true }, (err, list) => {
      clearTimeout(timer);
      resolve(err ? [] : list);
    });
  });
  const bad = addresses.map((a) => blockedAddress(a.address)).find(Boolean);
  return bad ? `${host} resolves to ${bad}` : null;
}
