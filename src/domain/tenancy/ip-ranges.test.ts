import { describe, expect, it } from 'vitest';
import { normaliseRange, rangeMatcher } from './ip-ranges.js';

describe('normaliseRange', () => {
  it('keeps addresses and CIDR blocks, drops a full-length prefix and the IPv4-in-IPv6 wrapper', () => {
    expect(normaliseRange(' 10.0.0.0/8 ')).toBe('10.0.0.0/8');
    expect(normaliseRange('203.0.113.7/32')).toBe('203.0.113.7');
    expect(normaliseRange('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(normaliseRange('2001:DB8::/32')).toBe('2001:db8::/32');
  });

  it('refuses what is not an address or block', () => {
    for (const bad of ['10.0.0.0/33', '10.0.0/8', 'example.com', '1.2.3.4/8/1', '', '::1/129', '1.2.3.4/x'])
      expect(normaliseRange(bad), bad).toBeNull();
  });
});

describe('rangeMatcher', () => {
  it('matches addresses inside any range, IPv4 also when seen as IPv4-mapped IPv6', () => {
    const allowed = rangeMatcher(['10.0.0.0/8', '203.0.113.7', '2001:db8::/32']);
    expect(allowed('10.200.1.1')).toBe(true);
    expect(allowed('::ffff:10.200.1.1')).toBe(true);
    expect(allowed('203.0.113.7')).toBe(true);
    expect(allowed('203.0.113.8')).toBe(false);
    expect(allowed('2001:db8::5')).toBe(true);
    expect(allowed('2001:db9::5')).toBe(false);
    expect(allowed('not-an-ip')).toBe(false);
  });
});
