import { readFileSync } from 'node:fs';

/** Resident memory of a process in MB (Linux /proc), or NaN where there is no /proc. */
export function rssMbOf(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

/**
 * Whether resident memory stayed flat over a run's samples: the mean of the last third against that of
 * the first third once warmed up (the first 10 % left out: caches, the JIT and the pool fill then).
 * Growing means up by more than 30 MB and 20 %: what a leak over a long run shows, not the noise of GC.
 */
export function rssTrend(mb: number[]): { flat: boolean; verdict: string } {
  const samples = mb.filter((v) => Number.isFinite(v));
  if (samples.length < 6) return { flat: true, verdict: `RSS trend: too few samples (${samples.length}) to tell` };
  const warm = samples.slice(Math.floor(samples.length / 10));
  const third = Math.max(1, Math.floor(warm.length / 3));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const early = mean(warm.slice(0, third));
  const late = mean(warm.slice(-third));
  const flat = late - early <= Math.max(30, early * 0.2);
  const verdict = `RSS trend: ${Math.round(early)} MB early, ${Math.round(late)} MB late (${late >= early ? '+' : ''}${Math.round(late - early)} MB): ${flat ? 'flat' : 'GROWING'}`;
  return { flat, verdict };
}
