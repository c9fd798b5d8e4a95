import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, PHASES, VOLTS_PER_PHASE, type CircuitInput, type ConnectorInput } from './allocator.js';

// Random site trees and sessions; every outcome must keep the rules of allocator.ts.

const strategies = ['EQUAL', 'PRIORITY', 'FIFO'] as const;

const treeArb = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.tuple(
    ...Array.from({ length: n }, (_, i) =>
      fc.record({
        id: fc.constant(`k${i}`),
        parentId: i === 0 ? fc.constant(null) : fc.integer({ min: 0, max: i - 1 }).map((p) => `k${p}`),
        maxCurrentA: fc.integer({ min: 6, max: 250 }),
        maxPowerW: fc.option(fc.integer({ min: 4_000, max: 200_000 }), { nil: null }),
        phases: fc.constantFrom(1 as const, 3 as const, 3 as const),
        strategy: fc.constantFrom(...strategies),
        minCurrentA: fc.constantFrom(6, 6, 8),
        reserveA: fc.constantFrom(0, 0, 5),
      }),
    ),
  ),
);

const connectorsArb = (circuitCount: number) =>
  fc.array(
    fc.record({
      circuitId: fc.integer({ min: 0, max: circuitCount - 1 }).map((i) => `k${i}`),
      phases: fc.constantFrom(1 as const, 3 as const),
      phaseRotation: fc.constantFrom('RST', 'STR', 'TRS'),
      priority: fc.integer({ min: 0, max: 3 }),
      arrivalMs: fc.integer({ min: 0, max: 1000 }),
      state: fc.constantFrom('CHARGING', 'CHARGING', 'CHARGING', 'IDLE', 'OFFLINE', 'REJECTING'),
      maxCurrentA: fc.constantFrom(16, 32, 63),
      fallbackLimitA: fc.constantFrom(0, 6, 10),
      measuredA: fc.option(fc.float({ min: 0, max: 40, noNaN: true }), { nil: null }),
      currentLimitA: fc.option(fc.float({ min: 0, max: 40, noNaN: true }), { nil: null }),
      fixedA: fc.option(fc.integer({ min: 0, max: 32 }), { nil: null }),
    }),
    { maxLength: 30 },
  );

const caseArb = treeArb.chain((tree) =>
  connectorsArb(tree.length).map((cs) => ({
    tree: tree as CircuitInput[],
    connectors: cs.map((c, i) => ({ ...c, key: `x${i}` }) as ConnectorInput),
  })),
);

function capacityOf(c: CircuitInput): number {
  const byPower = c.maxPowerW != null ? c.maxPowerW / (VOLTS_PER_PHASE * c.phases) : Infinity;
  return Math.max(0, Math.min(c.maxCurrentA, byPower) - c.reserveA);
}

describe('allocate: properties', () => {
  it('no circuit exceeds any phase limit (unless load it cannot steer already does, which it reports)', () => {
    fc.assert(
      fc.property(caseArb, ({ tree, connectors }) => {
        const r = allocate(tree, connectors);
        if (r.warnings.length) return;
        for (const c of tree)
          for (const p of PHASES) expect(r.load.get(c.id)![p]).toBeLessThanOrEqual(capacityOf(c) + 1e-6);
      }),
      { numRuns: 400 },
    );
  });

  it('a charging car gets its minimum or more, or 0 A with the reason HELD_AT_ZERO; never above its maximum', () => {
    fc.assert(
      fc.property(caseArb, ({ tree, connectors }) => {
        const r = allocate(tree, connectors);
        r.connectors.forEach((a, i) => {
          const input = connectors[i]!;
          expect(a.limitA).toBeLessThanOrEqual(input.maxCurrentA);
          if (input.state !== 'CHARGING') return;
          const min = tree.find((c) => c.id === input.circuitId)!.minCurrentA;
          if (a.limitA < min) expect([a.limitA, a.reason]).toEqual([0, 'HELD_AT_ZERO']);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('single-phase chargers (or any below a single-phase circuit) load exactly one phase', () => {
    fc.assert(
      fc.property(caseArb, ({ tree, connectors }) => {
        const r = allocate(tree, connectors);
        r.connectors.forEach((a, i) => {
          if (connectors[i]!.phases === 1) expect(a.gridPhases).toHaveLength(1);
          else expect([1, 3]).toContain(a.gridPhases.length);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('nothing is wasted: a car below what it could take sits on a circuit phase that is full', () => {
    fc.assert(
      fc.property(caseArb, ({ tree, connectors }) => {
        const r = allocate(tree, connectors);
        if (r.warnings.length) return;
        const count = connectors.length;
        r.connectors.forEach((a, i) => {
          if (connectors[i]!.state !== 'CHARGING' || a.reason !== 'FAIR_SHARE') return;
          // Somewhere up its chain, one of its phases has less left than rounding can explain.
          const full = chainOf(tree, connectors[i]!.circuitId).some((c) =>
            a.gridPhases.some((p) => capacityOf(c) - r.load.get(c.id)![p] <= 0.1 * count + 1e-6),
          );
          expect(full).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('EQUAL: cars on the same circuit and phases sharing the limit get the same limit', () => {
    fc.assert(
      fc.property(caseArb, ({ tree, connectors }) => {
        const equalTree = tree.map((c) => ({ ...c, strategy: 'EQUAL' as const }));
        const r = allocate(equalTree, connectors);
        const shared = r.connectors.filter((a) => a.reason === 'FAIR_SHARE');
        for (const a of shared)
          for (const b of shared) {
            const [ia, ib] = [connectors[Number(a.key.slice(1))]!, connectors[Number(b.key.slice(1))]!];
            if (ia.circuitId === ib.circuitId && a.gridPhases.join() === b.gridPhases.join())
              expect(Math.abs(a.limitA - b.limitA)).toBeLessThanOrEqual(0.1 + 1e-9);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('PRIORITY on one circuit: while a higher-priority car could take more, lower ones stay at the minimum', () => {
    fc.assert(
      fc.property(caseArb, ({ connectors }) => {
        const tree = [
          { id: 'k0', parentId: null, maxCurrentA: 80, phases: 3, strategy: 'PRIORITY', minCurrentA: 6, reserveA: 0 },
        ] satisfies CircuitInput[];
        const cs = connectors.map((c) => ({ ...c, circuitId: 'k0', phases: 3 as const, state: 'CHARGING' as const }));
        const r = allocate(tree, cs);
        const hungry = r.connectors.filter((a) => a.reason === 'FAIR_SHARE');
        for (const h of hungry) {
          const hp = cs[Number(h.key.slice(1))]!;
          for (const a of r.connectors) {
            const ap = cs[Number(a.key.slice(1))]!;
            const later = ap.priority < hp.priority || (ap.priority === hp.priority && ap.arrivalMs > hp.arrivalMs);
            if (later && a.limitA > 0) expect(a.limitA).toBe(6);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

function chainOf(tree: CircuitInput[], id: string): CircuitInput[] {
  const out: CircuitInput[] = [];
  for (let c = tree.find((x) => x.id === id); c; c = tree.find((x) => x.id === c!.parentId)) out.push(c);
  return out;
}
