import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkOperation, measure } from './analyze.js';
import { createRateLimiter } from '../../domain/rate-limit.js';

const schema = buildSchema(`
  type Query { chargers(first: Int, after: String): ChargerConnection! charger(id: ID): Charger }
  type ChargerConnection { edges: [Edge!]! }
  type Edge { node: Charger! }
  type Charger { id: ID! name: String sessions(first: Int): SessionConnection! }
  type SessionConnection { edges: [SessionEdge!]! }
  type SessionEdge { node: Session! }
  type Session { id: ID! energyWh: Float }
`);
const limits = { introspection: true, maxDepth: 8, maxCost: 5000, maxAliases: 3 };
const check = (q: string, vars?: Record<string, unknown>, l = limits) =>
  checkOperation(schema, parse(q), null, vars, l)?.extensions.code ?? null;

describe('operation limits', () => {
  it('multiplies nested pages by their size', () => {
    const shape = measure(
      schema,
      parse('{ chargers(first: 10) { edges { node { id sessions(first: 5) { edges { node { id } } } } } } }'),
      null,
    );
    // chargers: 1 + 10 * (edges 1 + (node 1 + (id 1 + sessions (1 + 5 * (edges 1 + node 1 + id 1)))))
    expect(shape).toMatchObject({ depth: 7, cost: 1 + 10 * (1 + 1 + 1 + 1 + 5 * 3) });
  });

  it('takes page sizes from variables and the default page size when omitted', () => {
    const q = 'query($n: Int) { chargers(first: $n) { edges { node { id } } } }';
    expect(measure(schema, parse(q), null, { n: 2 })!.cost).toBe(1 + 2 * 3);
    expect(measure(schema, parse(q), null, {})!.cost).toBe(1 + 50 * 3);
  });

  it('refuses each excess with its own code', () => {
    expect(check('{ chargers(first: 10) { edges { node { id } } } }')).toBeNull();
    expect(
      check('{ chargers(first: 500) { edges { node { sessions(first: 100) { edges { node { id } } } } } } }'),
    ).toBe('QUERY_TOO_COMPLEX');
    expect(
      check(
        '{ a: charger(id: "1") { id } b: charger(id: "2") { id } c: charger(id: "3") { id } d: charger(id: "4") { id } }',
      ),
    ).toBe('TOO_MANY_ALIASES');
    expect(check('{ chargers(first: 501) { edges { node { id } } } }')).toBe('BAD_USER_INPUT');
    expect(check('query($n: Int) { chargers(first: $n) { edges { node { id } } } }', { n: 1000 })).toBe(
      'BAD_USER_INPUT',
    );
    expect(check('{ chargers { edges { node { id } } } }', {}, { ...limits, maxDepth: 3 })).toBe('QUERY_TOO_DEEP');
    expect(check('{ __schema { types { name } } }', {}, { ...limits, introspection: false })).toBe(
      'INTROSPECTION_DISABLED',
    );
    expect(
      check('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }'),
    ).toBeNull();
  });

  it('measures a fragment once however often it is spread (2^40 spreads answer at once)', () => {
    const spreads = (n: string, next: string) => `fragment ${n} on Query { ...${next} ...${next} }`;
    const doc = [
      '{ ...F0 }',
      ...Array.from({ length: 40 }, (_, i) => spreads(`F${i}`, `F${i + 1}`)),
      'fragment F40 on Query { charger(id: "1") { id } }',
    ].join('\n');
    expect(check(doc)).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('rate limiter', () => {
  it('lets a burst through, then refills at the configured rate', () => {
    let t = 0;
    const limiter = createRateLimiter({ perSecond: 2, burst: 3, now: () => t });
    expect([1, 2, 3, 4].map(() => limiter.take('k').ok)).toEqual([true, true, true, false]);
    expect(limiter.take('other').ok).toBe(true);
    expect(limiter.take('k')).toEqual({ ok: false, retryAfterSeconds: 1 });
    t += 500;
    expect(limiter.take('k').ok).toBe(true);
    expect(limiter.take('k').ok).toBe(false);
  });
});
