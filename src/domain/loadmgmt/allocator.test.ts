import { describe, expect, it } from 'vitest';
import { allocate, type CircuitInput, type ConnectorInput } from './allocator.js';

const circuit = (over: Partial<CircuitInput> = {}): CircuitInput => ({
  id: 'main',
  parentId: null,
  maxCurrentA: 63,
  phases: 3,
  strategy: 'EQUAL',
  minCurrentA: 6,
  reserveA: 0,
  ...over,
});

let arrival = 0;
const car = (key: string, over: Partial<ConnectorInput> = {}): ConnectorInput => ({
  key,
  circuitId: 'main',
  phases: 3,
  phaseRotation: 'RST',
  priority: 0,
  arrivalMs: ++arrival,
  state: 'CHARGING',
  maxCurrentA: 32,
  fallbackLimitA: 6,
  ...over,
});

const limits = (r: ReturnType<typeof allocate>) => Object.fromEntries(r.connectors.map((c) => [c.key, c.limitA]));
const reasons = (r: ReturnType<typeof allocate>) => Object.fromEntries(r.connectors.map((c) => [c.key, c.reason]));
const cars = (n: number, over: Partial<ConnectorInput> = {}) => Array.from({ length: n }, (_, i) => car(`c${i}`, over));

describe('allocate: EQUAL', () => {
  it('shares 3x63 A equally among 10 cars: 6.3 A each, 63 A on every phase', () => {
    const r = allocate([circuit()], cars(10));
    expect(new Set(Object.values(limits(r)))).toEqual(new Set([6.3]));
    expect(r.load.get('main')).toEqual({ L1: 63, L2: 63, L3: 63 });
    expect(new Set(Object.values(reasons(r)))).toEqual(new Set(['FAIR_SHARE']));
  });

  it('gives a lone car its connector maximum, and two cars half each', () => {
    expect(reasons(allocate([circuit()], [car('a')]))).toEqual({ a: 'CONNECTOR_MAX' });
    expect(limits(allocate([circuit()], [car('a')]))).toEqual({ a: 32 });
    expect(limits(allocate([circuit()], [car('a'), car('b')]))).toEqual({ a: 31.5, b: 31.5 });
  });

  it('water-fills: a car drawing 8 A of its 15 A keeps 10 A, the others share the rest', () => {
    const r = allocate(
      [circuit({ maxCurrentA: 40 })],
      [car('slow', { measuredA: 8, currentLimitA: 15 }), car('b'), car('c')],
    );
    expect(limits(r)).toEqual({ slow: 10, b: 15, c: 15 });
    expect(reasons(r).slow).toBe('CAR_DRAWS_LESS');
  });

  it('a car found drawing less keeps its cap while no newer reading says otherwise', () => {
    const r = allocate([circuit({ maxCurrentA: 40 })], [car('slow', { keepCapA: 10 }), car('b'), car('c')]);
    expect(limits(r)).toEqual({ slow: 10, b: 15, c: 15 });
    expect(reasons(r).slow).toBe('CAR_DRAWS_LESS');
  });

  it('a car drawing its whole limit is not capped by what it draws', () => {
    const r = allocate([circuit({ maxCurrentA: 40 })], [car('full', { measuredA: 9.9, currentLimitA: 10 }), car('b')]);
    expect(limits(r)).toEqual({ full: 20, b: 20 });
  });

  it('below the minimum holds the last arrival at 0 A and says so', () => {
    const r = allocate([circuit({ maxCurrentA: 16 })], [car('first'), car('second'), car('third')]);
    expect(limits(r)).toEqual({ first: 8, second: 8, third: 0 });
    expect(reasons(r).third).toBe('HELD_AT_ZERO');
  });

  it('gives idle connectors what is left as their start limit, up to their fallback, or 0 below the minimum', () => {
    const full = allocate([circuit()], [...cars(6), car('idle1', { state: 'IDLE' }), car('idle2', { state: 'IDLE' })]);
    expect(limits(full)).toMatchObject({ c0: 10.5, idle1: 0, idle2: 0 }); // hungry cars fill the circuit
    const capped = allocate(
      [circuit()],
      [
        car('a', { maxCurrentA: 16 }),
        car('b', { maxCurrentA: 16 }),
        ...['i1', 'i2', 'i3', 'i4', 'i5'].map((k) => car(k, { state: 'IDLE' })),
      ],
    );
    // 63 - 32 = 31 left: five fallbacks of 6 A fit, in key order; nothing is over the limit even if all five start.
    expect(limits(capped)).toEqual({ a: 16, b: 16, i1: 6, i2: 6, i3: 6, i4: 6, i5: 6 });
    const tight = allocate(
      [circuit({ maxCurrentA: 40 })],
      [car('a', { maxCurrentA: 30 }), car('i1', { state: 'IDLE' }), car('i2', { state: 'IDLE' })],
    );
    expect(limits(tight)).toEqual({ a: 30, i1: 6, i2: 0 }); // 4 A left after i1 is below the minimum
    expect(reasons(tight).i2).toBe('IDLE');
  });

  it('counts offline chargers at what they may still draw (their fallback when unknown)', () => {
    const r = allocate(
      [circuit()],
      [...cars(8), car('off', { state: 'OFFLINE', fixedA: 10 }), car('unknown', { state: 'OFFLINE' })],
    );
    // 63 - 10 - 6 = 47 A: seven cars at 47 / 7 = 6.7 A, the last arrival held at 0.
    expect(limits(r)).toMatchObject({ off: 10, unknown: 6, c0: 6.7, c6: 6.7, c7: 0 });
    expect(reasons(r)).toMatchObject({ off: 'OFFLINE_FALLBACK', unknown: 'OFFLINE_FALLBACK', c7: 'HELD_AT_ZERO' });
  });

  it('counts offline chargers at their fallback and idle connectors after the charging ones', () => {
    const r = allocate(
      [circuit()],
      [
        ...cars(8),
        car('off1', { state: 'OFFLINE' }),
        car('off2', { state: 'OFFLINE' }),
        car('idle', { state: 'IDLE' }),
      ],
    );
    expect(limits(r).c0).toBe(6.3); // (63 - 12) / 8 = 6.375, rounded down
    expect(limits(r).off1).toBe(6);
    expect(reasons(r)).toMatchObject({ off1: 'OFFLINE_FALLBACK', idle: 'IDLE' });
    expect(limits(r).idle).toBe(0); // 0.4 A left: less than the minimum
  });

  it('counts a charger that rejects our limits at what it may still draw', () => {
    const r = allocate([circuit({ maxCurrentA: 40 })], [car('stubborn', { state: 'REJECTING', fixedA: 16 }), car('b')]);
    expect(limits(r)).toEqual({ stubborn: 16, b: 24 });
    expect(reasons(r).stubborn).toBe('REJECTED_FALLBACK');
  });

  it('single-phase chargers load only the phase of their rotation', () => {
    const r = allocate(
      [circuit({ maxCurrentA: 32 })],
      [
        car('r', { phases: 1, phaseRotation: 'RST' }),
        car('s', { phases: 1, phaseRotation: 'STR' }),
        car('t', { phases: 1, phaseRotation: 'TRS' }),
      ],
    );
    expect(limits(r)).toEqual({ r: 32, s: 32, t: 32 });
    expect(r.connectors.map((c) => c.gridPhases)).toEqual([['L1'], ['L2'], ['L3']]);
    expect(r.load.get('main')).toEqual({ L1: 32, L2: 32, L3: 32 });
  });

  it('a three-phase car shares the phase two single-phase cars crowd', () => {
    const r = allocate(
      [circuit({ maxCurrentA: 30 })],
      [car('a', { phases: 1 }), car('b', { phases: 1 }), car('three')],
    );
    expect(limits(r)).toEqual({ a: 10, b: 10, three: 10 });
    expect(r.load.get('main')).toEqual({ L1: 30, L2: 10, L3: 10 });
  });

  it('respects every circuit of the tree: a full sub-circuit leaves the rest to its sibling', () => {
    const tree = [
      circuit(),
      circuit({ id: 'a', parentId: 'main', maxCurrentA: 32 }),
      circuit({ id: 'b', parentId: 'main', maxCurrentA: 40 }),
    ];
    const r = allocate(tree, [...cars(4, { circuitId: 'a' }), car('lone', { circuitId: 'b' })]);
    expect(limits(r)).toMatchObject({ c0: 8, c3: 8, lone: 31 });
    expect(r.load.get('main')).toEqual({ L1: 63, L2: 63, L3: 63 });
  });

  it('takes a power limit (22,080 W over 3 phases is 32 A) and a reserve', () => {
    const r = allocate([circuit({ maxPowerW: 22_080, reserveA: 4 })], cars(2));
    expect(limits(r)).toEqual({ c0: 14, c1: 14 });
  });
});

describe('allocate: PRIORITY and FIFO', () => {
  it('PRIORITY fills the highest priority first; the others keep the minimum', () => {
    const r = allocate(
      [circuit({ maxCurrentA: 40, strategy: 'PRIORITY' })],
      [car('low', { priority: 0 }), car('high', { priority: 2 }), car('mid', { priority: 1 })],
    );
    expect(limits(r)).toEqual({ low: 6, high: 28, mid: 6 });
    expect(reasons(r)).toEqual({ low: 'HELD_AT_MINIMUM', high: 'FAIR_SHARE', mid: 'HELD_AT_MINIMUM' });
  });

  it('PRIORITY holds the lowest priority at 0 when the minimum does not fit for all', () => {
    const r = allocate(
      [circuit({ maxCurrentA: 16, strategy: 'PRIORITY' })],
      [car('early-low', { priority: 0 }), car('late-high', { priority: 5 }), car('mid', { priority: 1 })],
    );
    expect(limits(r)).toEqual({ 'early-low': 0, 'late-high': 10, mid: 6 });
  });

  it('FIFO serves by arrival: the first car gets what it can take, the next the rest', () => {
    const r = allocate([circuit({ maxCurrentA: 50, strategy: 'FIFO' })], [car('first'), car('second'), car('third')]);
    expect(limits(r)).toEqual({ first: 32, second: 12, third: 6 });
  });

  it('FIFO passes what the first car does not use to the next', () => {
    const r = allocate(
      [circuit({ maxCurrentA: 50, strategy: 'FIFO' })],
      [car('first', { measuredA: 10, currentLimitA: 32 }), car('second'), car('third')],
    );
    expect(limits(r)).toEqual({ first: 12, second: 32, third: 6 });
  });
});
