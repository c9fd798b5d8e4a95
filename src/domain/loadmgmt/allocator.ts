// The load-management allocator: circuit limits and connector demands in, per-connector limits out.
// Pure: no clock, no database, no randomness. The service feeds it and sends what comes out.
//
// The rules, in the order they are applied:
// 1. A circuit's capacity per phase is min(maxCurrentA, maxPowerW / (230 V x phases)) - reserveA;
//    a connector counts against its own circuit and every circuit above it, on each grid phase it
//    loads (a single-phase charger loads one phase: the first of its phase rotation, R=L1 S=L2 T=L3;
//    below a single-phase circuit every connector is single-phase).
// 2. Load we cannot steer is counted first: an offline charger's connectors at what they may still
//    draw (profiles outlive the connection: a running session's accepted limit, else the default it
//    accepted, else its fallback), a connector whose charger rejects our limits likewise.
// 3. Charging connectors are admitted in order (priority high to low, then arrival) while each can
//    get its circuit's minimum (6 A by default) on every phase; one that cannot is held at 0 A and
//    says so — never given less than the minimum.
// 4. The rest is shared by progressive filling (water-filling): everyone's limit rises together
//    until a circuit phase is full or the connector needs no more — its own maximum, or what its car
//    draws plus some headroom when it draws clearly less than its limit, so an unused share goes to
//    the others. PRIORITY and FIFO circuits fill their connectors one rank at a time (priority then
//    arrival, or arrival), EQUAL circuits all at once.
// 5. What is left goes to idle connectors as their start limit (the charger's TxDefaultProfile):
//    each, in key order, up to its fallback, or 0 when less than the minimum is left. A car that
//    plugs in draws at most that before its own limit arrives, so a start never overloads a circuit.
// 6. Limits are rounded down to 0.1 A (OCPP 1.6 §7.13 takes one decimal), so no phase ever exceeds.

export type Phase = 'L1' | 'L2' | 'L3';
export type Strategy = 'EQUAL' | 'PRIORITY' | 'FIFO';
export type AllocationReason =
  | 'FAIR_SHARE'
  | 'CAR_DRAWS_LESS'
  | 'CONNECTOR_MAX'
  | 'HELD_AT_MINIMUM'
  | 'HELD_AT_ZERO'
  | 'OFFLINE_FALLBACK'
  | 'REJECTED_FALLBACK'
  | 'IDLE';

export const PHASES: readonly Phase[] = ['L1', 'L2', 'L3'];
export const VOLTS_PER_PHASE = 230;
/** A car drawing this much less than its limit draws "clearly less" (meters and cars wobble by less). */
export const DRAWS_LESS_BY_A = 1.5;
/** Room left above what such a car draws, so it can ask for more and be seen asking. */
export const HEADROOM_A = 2;

export interface CircuitInput {
  id: string;
  parentId: string | null;
  maxCurrentA: number;
  maxPowerW?: number | null;
  phases: 1 | 3;
  strategy: Strategy;
  minCurrentA: number;
  reserveA: number;
}

export interface ConnectorInput {
  /** The caller's key, e.g. `${chargerId}:${connectorId}`. */
  key: string;
  circuitId: string;
  phases: 1 | 3;
  /** OCPP 2.0.1 PhaseRotation spelling (RST, STR, TRS, ...); a single-phase charger loads the first. */
  phaseRotation: string;
  priority: number;
  /** When the session started (ms); earlier arrivals go first where order matters. */
  arrivalMs: number;
  state: 'CHARGING' | 'IDLE' | 'OFFLINE' | 'REJECTING';
  maxCurrentA: number;
  fallbackLimitA: number;
  /** Highest current measured on its phases, when known. */
  measuredA?: number | null;
  /** The limit in force at the charger now, to tell a car that draws less from one held by its limit. */
  currentLimitA?: number | null;
  /** A car found drawing less keeps this cap until a reading taken after its last limit says otherwise. */
  keepCapA?: number | null;
  /** OFFLINE and REJECTING: what the charger may still draw (its last accepted limit or default); unknown = fallback (offline) or maximum. */
  fixedA?: number | null;
}

export interface ConnectorAllocation {
  key: string;
  limitA: number;
  gridPhases: Phase[];
  reason: AllocationReason;
}

export interface AllocationResult {
  connectors: ConnectorAllocation[];
  /** Sum of limits per circuit (its own connectors and all below it) and phase. */
  load: Map<string, Record<Phase, number>>;
  /** Configuration that cannot be honoured, e.g. offline fallbacks alone above a limit. */
  warnings: string[];
}

const EPS = 1e-9;

interface Item {
  input: ConnectorInput;
  gridPhases: Phase[];
  constraints: number[];
  floor: number;
  cap: number;
  capByMeasure: boolean;
  value: number;
  frozen: boolean;
  reason: AllocationReason;
  tier: number;
}

export function allocate(circuits: readonly CircuitInput[], connectors: readonly ConnectorInput[]): AllocationResult {
  const tree = circuitTree(circuits);
  const used = new Float64Array(tree.capacity.length);
  const warnings: string[] = [];
  const items = connectors.map((c) => itemOf(c, tree));

  // 2. Load we cannot steer.
  for (const it of items) {
    if (it.input.state === 'CHARGING' || it.input.state === 'IDLE') continue;
    it.value = fixedLoad(it.input);
    it.frozen = true;
    it.reason = fixedReason(it.input.state);
    for (const k of it.constraints) used[k]! += it.value;
  }
  tree.capacity.forEach((cap, k) => {
    if (used[k]! > cap + EPS) warnings.push(`${tree.describe(k)}: load we cannot steer is ${round1(used[k]!)} A`);
  });

  // 3. Admission at the minimum.
  const charging = items.filter((it) => it.input.state === 'CHARGING').sort(byAdmission);
  const admitted: Item[] = [];
  for (const it of charging) {
    if (it.constraints.every((k) => used[k]! + it.floor <= tree.capacity[k]! + EPS)) {
      for (const k of it.constraints) used[k]! += it.floor;
      it.value = it.floor;
      admitted.push(it);
    } else {
      it.value = 0;
      it.frozen = true;
      it.reason = 'HELD_AT_ZERO';
    }
  }

  // 4. Sharing, one tier at a time.
  assignTiers(admitted, tree);
  const tiers = [...new Set(admitted.map((it) => it.tier))].sort((a, b) => a - b);
  for (const tier of tiers)
    fill(
      admitted.filter((it) => it.tier === tier),
      tree.capacity,
      used,
    );
  for (const it of admitted) it.reason = sharedReason(it);

  // 5. Start limits of idle connectors from what is left.
  const idle = items.filter((it) => it.input.state === 'IDLE').sort((a, b) => cmp(a.input.key, b.input.key));
  for (const it of idle) {
    const room = Math.min(...it.constraints.map((k) => tree.capacity[k]! - used[k]!));
    const startA = floor1(Math.min(it.input.fallbackLimitA, it.input.maxCurrentA, room));
    it.value = startA >= it.floor - EPS ? startA : 0;
    for (const k of it.constraints) used[k]! += it.value;
  }

  // 6. Rounding down, then the load as sent.
  const load = new Map<string, Record<Phase, number>>();
  for (const id of tree.ids) load.set(id, { L1: 0, L2: 0, L3: 0 });
  const result = items.map((it) => {
    const limitA = floor1(it.value);
    for (const k of it.constraints) load.get(tree.circuitOf(k))![tree.phaseOf(k)] += limitA;
    return { key: it.input.key, limitA, gridPhases: it.gridPhases, reason: it.reason };
  });
  for (const l of load.values()) for (const p of PHASES) l[p] = round1(l[p]);
  return { connectors: result, load, warnings };
}

/** Rule 1: what a circuit may carry per phase for the connectors we steer. */
export function capacityOf(c: Pick<CircuitInput, 'maxCurrentA' | 'maxPowerW' | 'phases' | 'reserveA'>): number {
  const byPower = c.maxPowerW != null ? c.maxPowerW / (VOLTS_PER_PHASE * c.phases) : Infinity;
  return Math.max(0, Math.min(c.maxCurrentA, byPower) - c.reserveA);
}

/** Sum of the given limits per circuit (each counted up its chain) and phase. */
export function phaseLoads(
  circuits: readonly CircuitInput[],
  limits: readonly { circuitId: string; gridPhases: readonly Phase[]; limitA: number }[],
): Map<string, Record<Phase, number>> {
  const tree = circuitTree(circuits);
  const load = new Map(tree.ids.map((id) => [id, { L1: 0, L2: 0, L3: 0 }]));
  for (const l of limits)
    for (const i of tree.chain(l.circuitId)) for (const p of l.gridPhases) load.get(tree.ids[i]!)![p] += l.limitA;
  return load;
}

interface Tree {
  ids: string[];
  /** Capacity per constraint; constraint k = circuit index * 3 + phase index. */
  capacity: number[];
  index: Map<string, number>;
  /** Circuit indexes from a circuit up to its root. */
  chain(circuitId: string): number[];
  circuits: readonly CircuitInput[];
  circuitOf(k: number): string;
  phaseOf(k: number): Phase;
  describe(k: number): string;
}

function circuitTree(circuits: readonly CircuitInput[]): Tree {
  const ids = circuits.map((c) => c.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const capacity = circuits.flatMap((c) => {
    const cap = capacityOf(c);
    return [cap, cap, cap];
  });
  const chains = new Map<string, number[]>();
  const chain = (circuitId: string): number[] => {
    const known = chains.get(circuitId);
    if (known) return known;
    const out: number[] = [];
    const seen = new Set<number>();
    for (let i = index.get(circuitId); i !== undefined && !seen.has(i); i = index.get(circuits[i]!.parentId ?? '')) {
      seen.add(i); // a cycle in bad data must not hang the allocator
      out.push(i);
    }
    chains.set(circuitId, out);
    return out;
  };
  return {
    ids,
    capacity,
    index,
    chain,
    circuits,
    circuitOf: (k) => ids[Math.floor(k / 3)]!,
    phaseOf: (k) => PHASES[k % 3]!,
    describe: (k) => `circuit ${ids[Math.floor(k / 3)]} ${PHASES[k % 3]}`,
  };
}

function itemOf(input: ConnectorInput, tree: Tree): Item {
  const chain = tree.chain(input.circuitId);
  const singlePhase = input.phases === 1 || chain.some((i) => tree.circuits[i]!.phases === 1);
  const gridPhases = singlePhase ? [rotationPhase(input.phaseRotation)] : [...PHASES];
  const constraints = chain.flatMap((i) => gridPhases.map((p) => i * 3 + PHASES.indexOf(p)));
  const own = tree.circuits[chain[0] ?? -1];
  const floor = ceil1(own?.minCurrentA ?? 6);
  const drawsLess =
    input.measuredA != null && input.currentLimitA != null && input.measuredA < input.currentLimitA - DRAWS_LESS_BY_A;
  const byMeasure = drawsLess ? input.measuredA! + HEADROOM_A : (input.keepCapA ?? Infinity);
  const cap = Math.max(floor, Math.min(input.maxCurrentA, byMeasure));
  return {
    input,
    gridPhases,
    constraints,
    floor,
    cap,
    capByMeasure: byMeasure < input.maxCurrentA,
    value: 0,
    frozen: false,
    reason: 'IDLE',
    tier: 0,
  };
}

/** PhaseRotation names the grid phase of the charger's L1 first (R = L1, S = L2, T = L3). */
function rotationPhase(rotation: string): Phase {
  return ({ R: 'L1', S: 'L2', T: 'L3' } as const)[rotation.charAt(0) as 'R' | 'S' | 'T'] ?? 'L1';
}

function fixedLoad(c: ConnectorInput): number {
  if (c.state === 'OFFLINE') return Math.min(c.fixedA ?? c.fallbackLimitA, c.maxCurrentA);
  if (c.state === 'REJECTING') return Math.min(c.fixedA ?? c.maxCurrentA, c.maxCurrentA);
  return 0;
}

function fixedReason(state: ConnectorInput['state']): AllocationReason {
  return state === 'OFFLINE' ? 'OFFLINE_FALLBACK' : state === 'REJECTING' ? 'REJECTED_FALLBACK' : 'IDLE';
}

function byAdmission(a: Item, b: Item): number {
  return b.input.priority - a.input.priority || a.input.arrivalMs - b.input.arrivalMs || cmp(a.input.key, b.input.key);
}

/** EQUAL: everyone in tier 0. PRIORITY/FIFO: rank within the connector's own circuit. */
function assignTiers(admitted: Item[], tree: Tree): void {
  const byCircuit = new Map<string, Item[]>();
  for (const it of admitted) byCircuit.set(it.input.circuitId, [...(byCircuit.get(it.input.circuitId) ?? []), it]);
  for (const [circuitId, list] of byCircuit) {
    const strategy = tree.circuits[tree.index.get(circuitId) ?? -1]?.strategy ?? 'EQUAL';
    if (strategy === 'EQUAL') continue;
    const order =
      strategy === 'PRIORITY'
        ? byAdmission
        : (a: Item, b: Item) => a.input.arrivalMs - b.input.arrivalMs || cmp(a.input.key, b.input.key);
    list.sort(order).forEach((it, rank) => (it.tier = rank));
  }
}

/**
 * Progressive filling of `group` (each starts at its floor, already counted in `used`): a common
 * level rises; each member sits at clamp(level, floor, cap) until it is frozen by its cap or by a
 * full constraint. Events: a floor reached, a cap reached, a constraint full. Slopes are kept
 * incrementally, so the cost is O((members + constraints) x constraints), not per step of current.
 */
function fill(group: Item[], capacity: number[], used: Float64Array): void {
  if (!group.length) return;
  const slope = new Int32Array(capacity.length);
  const members = new Map<number, Item[]>();
  for (const it of group) for (const k of it.constraints) members.set(k, [...(members.get(k) ?? []), it]);
  const byFloor = [...group].sort((a, b) => a.floor - b.floor);
  const byCap = [...group].sort((a, b) => a.cap - b.cap);
  const rising = new Set<Item>();
  let fp = 0;
  let cp = 0;
  let level = byFloor[0]!.floor;

  const freeze = (it: Item) => {
    if (it.frozen) return;
    it.value = clamp(level, it.floor, it.cap);
    it.frozen = true;
    if (rising.delete(it)) for (const k of it.constraints) slope[k]!--;
  };
  for (;;) {
    // Members whose floor the level reached start rising; those at their cap stop.
    while (fp < byFloor.length && byFloor[fp]!.floor <= level + EPS) {
      const it = byFloor[fp++]!;
      if (!it.frozen && it.cap > level + EPS) {
        rising.add(it);
        for (const k of it.constraints) slope[k]!++;
      }
    }
    while (cp < byCap.length && (byCap[cp]!.frozen || byCap[cp]!.cap <= level + EPS)) freeze(byCap[cp++]!);
    // A full constraint freezes every member still in play.
    for (const [k, list] of members) {
      if (slope[k]! > 0 && capacity[k]! - used[k]! <= EPS) for (const it of list) freeze(it);
    }
    if (!rising.size) {
      if (fp >= byFloor.length) break;
      level = byFloor[fp]!.floor; // the rest start higher (another circuit's minimum)
      continue;
    }
    let next = Infinity;
    if (fp < byFloor.length) next = Math.min(next, byFloor[fp]!.floor);
    if (cp < byCap.length) next = Math.min(next, byCap[cp]!.cap);
    for (const k of members.keys()) {
      if (slope[k]! > 0) next = Math.min(next, level + (capacity[k]! - used[k]!) / slope[k]!);
    }
    if (!Number.isFinite(next)) break;
    const step = Math.max(0, next - level);
    for (const k of members.keys()) if (slope[k]! > 0) used[k]! += slope[k]! * step;
    level = next;
  }
  for (const it of group) if (!it.frozen) freeze(it);
}

function sharedReason(it: Item): AllocationReason {
  if (it.value >= it.cap - 1e-6) {
    if (it.capByMeasure && it.cap > it.floor) return 'CAR_DRAWS_LESS';
    if (it.cap >= it.input.maxCurrentA) return 'CONNECTOR_MAX';
  }
  if (it.value <= it.floor + 1e-6) return 'HELD_AT_MINIMUM';
  return 'FAIR_SHARE';
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const floor1 = (v: number) => Math.floor(v * 10 + 1e-6) / 10;
const ceil1 = (v: number) => Math.ceil(v * 10 - 1e-6) / 10;
const round1 = (v: number) => Math.round(v * 10) / 10;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
