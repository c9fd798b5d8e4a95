import { describe, expect, it } from 'vitest';
import type { CircuitInput } from './allocator.js';
import { defaultTarget, planDefaults, planSends, type PlanEntry, type SendState } from './enforcement.js';

const main: CircuitInput = {
  id: 'main',
  parentId: null,
  maxCurrentA: 20,
  phases: 3,
  strategy: 'EQUAL',
  minCurrentA: 6,
  reserveA: 0,
};
const accepted = (a: number): SendState => ({
  sessionId: 's',
  sentA: a,
  acceptedA: a,
  profileStatus: 'ACCEPTED',
  rejections: 0,
  flagged: false,
});
const entry = (key: string, targetA: number, prev: SendState | null, over: Partial<PlanEntry> = {}): PlanEntry => ({
  key,
  circuitId: 'main',
  gridPhases: ['L1', 'L2', 'L3'],
  sessionId: 's',
  targetA,
  inForceA: prev?.acceptedA ?? 6,
  prev,
  forced: false,
  ...over,
});

describe('planSends', () => {
  it('sends a new session its limit and skips a change below the hysteresis', () => {
    expect(planSends([main], [entry('new', 10, null), entry('same', 10.3, accepted(10))])).toEqual({
      decreases: [],
      increases: ['new'],
    });
  });

  it('sends decreases before increases', () => {
    expect(planSends([main], [entry('up', 12, accepted(8)), entry('down', 8, accepted(12))])).toEqual({
      decreases: ['down'],
      increases: ['up'],
    });
  });

  it('sends a small decrease anyway when keeping the old limit would overload a phase', () => {
    // 10.3 + 10 = 20.3 > 20 if "down" kept its 10.3 A.
    const plan = planSends([main], [entry('down', 10, accepted(10.3)), entry('up', 10, accepted(9.0))]);
    expect(plan).toEqual({ decreases: ['down'], increases: ['up'] });
  });

  it('retries a rejected limit once, then leaves a flagged charger alone; resends everything when forced', () => {
    const rejected = (n: number): SendState => ({
      ...accepted(8),
      profileStatus: 'REJECTED',
      rejections: n,
      flagged: n >= 2,
    });
    expect(planSends([main], [entry('a', 8, rejected(1))]).increases).toEqual(['a']);
    expect(planSends([main], [entry('a', 8, rejected(2))]).increases).toEqual([]);
    expect(planSends([main], [entry('a', 8, accepted(8), { forced: true })]).increases).toEqual(['a']);
  });

  it('sends nothing for a connector without a session', () => {
    expect(planSends([main], [entry('idle', 0, null, { sessionId: null })])).toEqual({ decreases: [], increases: [] });
  });
});

describe('defaults (TxDefaultProfile)', () => {
  it('a charger holds the lowest start limit of its idle connectors', () => {
    const idle = (limitA: number) => ({ charging: false, limitA });
    expect(defaultTarget([idle(6), idle(0)], 6, 6)).toBe(0);
    expect(defaultTarget([idle(6)], 0, 6)).toBe(6);
  });

  it('at a charging connector the default only ever goes down, to the session limit', () => {
    const charging = (limitA: number) => ({ charging: true, limitA });
    expect(defaultTarget([charging(10)], 6, 6)).toBe(6); // not raised to 10: when it ends, 6 is what was counted
    expect(defaultTarget([charging(0)], 6, 6)).toBe(0); // held at 0: it may not start again at 6
    expect(defaultTarget([charging(10)], null, 6)).toBe(6);
  });

  it('sends a lower, unknown or asked-for default first, a higher one with the increases, an equal one not at all', () => {
    const plan = planDefaults([
      { chargerId: 'lower', targetA: 0, inForceA: 6, forced: false },
      { chargerId: 'unknown', targetA: 6, inForceA: null, forced: false },
      { chargerId: 'rebooted', targetA: 6, inForceA: 6, forced: true },
      { chargerId: 'higher', targetA: 6, inForceA: 0, forced: false },
      { chargerId: 'same', targetA: 6, inForceA: 6, forced: false },
    ]);
    expect(plan).toEqual({ decreases: ['lower', 'unknown', 'rebooted'], increases: ['higher'] });
  });
});
