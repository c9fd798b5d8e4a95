import type { VirtualCharger } from './charger.js';

export interface Faults {
  /** Mean seconds between abrupt disconnects (the charger reconnects at once, without rebooting). */
  disconnectEverySeconds?: number;
  /** Mean seconds between offline periods, during which sessions go on and transaction messages queue. */
  offlineEverySeconds?: number;
  offlineForSeconds?: number;
  /** Share (0-1) of transaction messages sent twice, as a charger does when an answer was lost. */
  duplicateRate?: number;
}

/** Schedules random faults for one charger; returns a function that cancels them. */
export function scheduleFaults(cp: VirtualCharger, faults: Faults): () => void {
  const timers = new Set<NodeJS.Timeout>();
  // Exponential gaps: faults arrive independently, not in lock-step across 10,000 chargers.
  const gap = (mean: number) => -Math.log(1 - cp.random()) * mean * 1000;
  const every = (mean: number | undefined, act: () => Promise<void>) => {
    if (!mean) return;
    const next = () => {
      const t = setTimeout(() => {
        timers.delete(t);
        void act().finally(next);
      }, gap(mean));
      timers.add(t);
    };
    next();
  };
  every(faults.disconnectEverySeconds, () => cp.disconnect(0));
  every(faults.offlineEverySeconds, () => cp.disconnect(faults.offlineForSeconds ?? 30));
  return () => timers.forEach((t) => clearTimeout(t));
}
