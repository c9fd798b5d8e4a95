import { describe, expect, it } from 'vitest';
import { tenantOcppUrl } from './ocpp-url.js';
import { domainProblem, slugProblem } from './slug.js';

describe('tenantOcppUrl', () => {
  it('puts the slug in the path by default', () => {
    expect(tenantOcppUrl('wss://cpms.example.com/ocpp/', { slug: 'acme' })).toBe('wss://cpms.example.com/ocpp/acme');
  });

  it('puts the slug in the host when the base has {slug}', () => {
    expect(tenantOcppUrl('wss://{slug}.example.com/ocpp', { slug: 'acme' })).toBe('wss://acme.example.com/ocpp');
  });

  it('uses a custom domain, whose Host header names the tenant', () => {
    expect(tenantOcppUrl('wss://{slug}.example.com/ocpp', { slug: 'acme', customDomain: 'charge.acme.de' })).toBe(
      'wss://charge.acme.de/ocpp',
    );
    expect(tenantOcppUrl('ws://localhost:4000/ocpp', { slug: 'acme', customDomain: 'charge.acme.de' })).toBe(
      'ws://charge.acme.de/ocpp',
    );
  });
});

describe('slugs and domains', () => {
  it('accepts DNS labels and refuses the rest', () => {
    expect(slugProblem('acme-2')).toBeNull();
    for (const bad of ['', 'Acme', '-acme', 'acme-', 'a_b', 'a'.repeat(41), 'a/b'])
      expect(slugProblem(bad), bad).not.toBeNull();
    expect(slugProblem('ocpp')).toMatch(/reserved/);
  });

  it('accepts host names only', () => {
    expect(domainProblem('charge.acme.de')).toBeNull();
    for (const bad of ['acme', 'http://acme.de', 'acme.de/ocpp', 'ACME.de '])
      expect(domainProblem(bad), bad).not.toBeNull();
  });
});
