import { describe, expect, it } from 'vitest';
import { hostSlugReader } from './host-slug.js';

describe('hostSlugReader', () => {
  it('reads the tenant from the Host header of a host-style base', () => {
    const read = hostSlugReader('wss://{slug}.chargers.example.com/ocpp')!;
    expect(read('acme.chargers.example.com')).toBe('acme');
    expect(read('ACME.chargers.example.com:443')).toBe('acme');
    expect(read('chargers.example.com')).toBeNull();
    expect(read('acme.evil.com')).toBeNull();
    expect(read(undefined)).toBeNull();
  });

  it('does nothing for a path-style base', () => {
    expect(hostSlugReader('wss://chargers.example.com/ocpp')).toBeNull();
    expect(hostSlugReader(undefined)).toBeNull();
  });
});
