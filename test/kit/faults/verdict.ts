import type { ScenarioResult } from './scenarios.js';

/** Issue 18's targets for a database outage (checked by `npm run faults -- --long`, not in CI). */
export const TARGETS = { p99DuringMs: 1000, backlogSeconds: 30 };

/**
 * Why a scenario failed, one line per broken rule (empty: it passed). Always: nothing acknowledged
 * lost, service back (a recovery never seen is a failure, not a blank), and every CALL answered
 * during a database or Redis cut. `targets` adds the long run's p99 during a database cut and the
 * seconds its backlog took.
 */
export function failures(r: ScenarioResult, opts: { targets: boolean }): string[] {
  const out: string[] = [];
  if (r.ackedButLost > 0) out.push(`${r.ackedButLost} acknowledged readings never reached PostgreSQL`);
  if (r.recoverySeconds === null || !Number.isFinite(r.recoverySeconds))
    out.push(`never recovered within 60 s (${r.recoveryMeans})`);
  if (r.fault !== 'sigkill') {
    if (r.during.sent === 0) out.push('no call was sent during the cut');
    if (r.during.answered < r.during.sent)
      out.push(`${r.during.sent - r.during.answered} of ${r.during.sent} calls during the cut unanswered`);
  }
  if (r.fault === 'database' && r.answered < r.sent) out.push(`${r.sent - r.answered} of ${r.sent} calls unanswered`);
  if (opts.targets && r.fault === 'database') {
    if (r.during.p99Ms === null || r.during.p99Ms > TARGETS.p99DuringMs)
      out.push(`p99 during the cut ${r.during.p99Ms ?? '-'} ms, target <= ${TARGETS.p99DuringMs} ms`);
    if (r.recoverySeconds !== null && r.recoverySeconds > TARGETS.backlogSeconds)
      out.push(
        `backlog written ${r.recoverySeconds.toFixed(1)} s after the cut, target <= ${TARGETS.backlogSeconds} s`,
      );
  }
  return out;
}
