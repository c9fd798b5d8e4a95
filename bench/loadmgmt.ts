// npm run bench:loadmgmt: one recomputation of the load-management allocator for 1,000 chargers on
// one site tree (target <= 50 ms), beside 10 chargers as the baseline of the same run; and how many
// profiles one session start or stop sends with hysteresis, against how many limits changed at all.
// Pure code (allocator.ts + enforcement.ts): the database reads of a recomputation are not included.
import { loadavg } from 'node:os';
import { allocate, type CircuitInput, type ConnectorInput } from '../src/domain/loadmgmt/allocator.js';
import { defaultTarget, planDefaults, planSends, type PlanEntry } from '../src/domain/loadmgmt/enforcement.js';

const RUNS = 60;

/** A grid connection of 3x4000 A, 10 feeders of 3x500 A, chargers spread over the feeders. */
function site(chargers: number) {
  const feeders = Math.max(1, Math.round(chargers / 100));
  const circuits: CircuitInput[] = [
    { id: 'grid', parentId: null, maxCurrentA: 4000, phases: 3, strategy: 'EQUAL', minCurrentA: 6, reserveA: 50 },
    ...Array.from({ length: feeders }, (_, f) => ({
      id: `feeder${f}`,
      parentId: 'grid',
      maxCurrentA: 500,
      phases: 3 as const,
      strategy: (f % 3 === 2 ? 'PRIORITY' : 'EQUAL') as CircuitInput['strategy'],
      minCurrentA: 6,
      reserveA: 0,
    })),
  ];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const connectors: ConnectorInput[] = Array.from({ length: chargers }, (_, i) => {
    const r = random();
    return {
      key: `c${i}`,
      circuitId: `feeder${i % feeders}`,
      phases: random() < 0.1 ? 1 : 3,
      phaseRotation: ['RST', 'STR', 'TRS'][i % 3]!,
      priority: Math.floor(random() * 3),
      arrivalMs: Math.floor(random() * 1e6),
      state: r < 0.05 ? 'OFFLINE' : r < 0.75 ? 'CHARGING' : 'IDLE',
      maxCurrentA: 32,
      fallbackLimitA: 6,
      measuredA: random() < 0.3 ? 4 + random() * 8 : null,
      currentLimitA: 16,
    };
  });
  return { circuits, connectors };
}

function timeAllocate(chargers: number) {
  const { circuits, connectors } = site(chargers);
  allocate(circuits, connectors); // warm-up
  const wall: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    allocate(circuits, connectors);
    wall.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  wall.sort((a, b) => a - b);
  return {
    median: wall[Math.floor(RUNS / 2)]!,
    p95: wall[Math.floor(RUNS * 0.95)]!,
    cpuPerRun: (cpu.user + cpu.system) / 1000 / RUNS,
  };
}

/**
 * Session events on the 1,000-charger site: session limits sent (hysteresis) vs limits that moved at
 * all, and defaults (TxDefaultProfile: idle connectors' start limits) sent.
 */
function profilesPerEvent(chargers: number, events: number) {
  const { circuits, connectors } = site(chargers);
  let accepted = new Map<string, number>();
  const defaults = new Map<string, number>();
  const settle = () => {
    const result = allocate(circuits, connectors);
    const entries: PlanEntry[] = result.connectors.map((a, i) => {
      const c = connectors[i]!;
      const sent = accepted.get(a.key) ?? null;
      return {
        key: a.key,
        circuitId: c.circuitId,
        gridPhases: a.gridPhases,
        sessionId: c.state === 'CHARGING' ? a.key : null,
        targetA: a.limitA,
        inForceA: sent ?? 6,
        prev:
          sent === null
            ? null
            : {
                sessionId: a.key,
                sentA: sent,
                acceptedA: sent,
                profileStatus: 'ACCEPTED',
                rejections: 0,
                flagged: false,
              },
        forced: false,
      };
    });
    const plan = planSends(circuits, entries);
    const defaultEntries = result.connectors.flatMap((a, i) => {
      const c = connectors[i]!;
      if (c.state === 'OFFLINE') return [];
      const inForceA = defaults.get(a.key) ?? null;
      const targetA = defaultTarget([{ charging: c.state === 'CHARGING', limitA: a.limitA }], inForceA, 6);
      return [{ chargerId: a.key, targetA, inForceA, forced: false }];
    });
    const defaultPlan = planDefaults(defaultEntries);
    for (const e of defaultEntries)
      if (defaultPlan.decreases.includes(e.chargerId) || defaultPlan.increases.includes(e.chargerId))
        defaults.set(e.chargerId, e.targetA);
    const moved = entries.filter((e) => e.sessionId && Math.abs(e.targetA - (accepted.get(e.key) ?? -1)) > 1e-9).length;
    const next = new Map(accepted);
    for (const key of [...plan.decreases, ...plan.increases])
      next.set(key, entries.find((e) => e.key === key)!.targetA);
    accepted = next;
    return {
      sent: plan.decreases.length + plan.increases.length,
      moved,
      defaults: defaultPlan.decreases.length + defaultPlan.increases.length,
    };
  };
  settle();
  let sent = 0;
  let moved = 0;
  let defaultsSent = 0;
  for (let i = 0; i < events; i++) {
    const c = connectors[(i * 37) % connectors.length]!;
    if (c.state === 'OFFLINE') continue;
    c.state = c.state === 'CHARGING' ? 'IDLE' : 'CHARGING';
    if (c.state === 'IDLE') accepted.delete(c.key);
    const r = settle();
    sent += r.sent;
    moved += r.moved;
    defaultsSent += r.defaults;
  }
  return { sent: sent / events, moved: moved / events, defaults: defaultsSent / events };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const small = timeAllocate(10);
const big = timeAllocate(1000);
const perEvent = profilesPerEvent(1000, 100);
process.stdout.write(`load management allocator (${RUNS} runs each; load average ${load()})
  10 chargers (baseline):   median ${small.median.toFixed(3)} ms, p95 ${small.p95.toFixed(3)} ms, CPU ${small.cpuPerRun.toFixed(3)} ms/run
  1,000 chargers, 11 circuits: median ${big.median.toFixed(2)} ms, p95 ${big.p95.toFixed(2)} ms, CPU ${big.cpuPerRun.toFixed(2)} ms/run (target <= 50 ms)
  per session start/stop on the 1,000-charger site: ${perEvent.sent.toFixed(1)} session limits sent (hysteresis ${'>='} 0.5 A), ${perEvent.moved.toFixed(1)} limits moved at all, ${perEvent.defaults.toFixed(1)} defaults (start limits) sent
`);
