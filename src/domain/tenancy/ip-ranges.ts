import { BlockList, isIP } from 'node:net';

/** An IPv4 client seen through an IPv6 socket (::ffff:1.2.3.4) is that IPv4 address. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address.toLowerCase();
}

/** "1.2.3.4", "10.0.0.0/8", "2001:db8::/32" normalised (a full-length prefix is dropped); null when invalid. */
export function normaliseRange(input: string): string | null {
  const [base, prefix, extra] = input.trim().split('/');
  if (extra !== undefined || !base) return null;
  const address = plainAddress(base);
  const family = isIP(address);
  if (!family) return null;
  if (prefix === undefined) return address;
  if (!/^\d{1,3}$/.test(prefix)) return null;
  const bits = Number(prefix);
  const max = family === 4 ? 32 : 128;
  if (bits > max) return null;
  return bits === max ? address : `${address}/${bits}`;
}

/** Matches client addresses against ranges written by `normaliseRange`. */
export function rangeMatcher(ranges: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const range of ranges) {
    const [base, prefix] = range.split('/') as [string, string | undefined];
    const type = isIP(base) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(base, type);
    else list.addSubnet(base, Number(prefix), type);
  }
  return (address) => {
    const plain = plainAddress(address);
    const family = isIP(plain);
    return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
  };
}
