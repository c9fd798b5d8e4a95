// Summarises a V8 CPU profile (BENCH_PROFILE=1 writes them to bench/results/profiles/): self time by
// package or source file, and the hottest functions. Run: npm run bench:profile -- <file.cpuprofile> [last-seconds]
// (last-seconds: only the end of the profile, e.g. the last phase of bench/boot.ts).
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
const profile = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};

const self = new Map<number, number>();
const span = profile.timeDeltas.reduce((a, b) => a + b, 0);
const from = span - Number(process.argv[3] ?? Infinity) * 1e6;
let at = 0;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  if (at >= from) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const where = (url: string) => {
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return pkg;
  if (url.includes('/src/')) return url.slice(url.indexOf('/src/') + 1);
  return url ? url.replace(/^.*\//, '') : '(native / idle / gc)';
};
const byWhere = new Map<string, number>();
const byFn = new Map<string, number>();
for (const n of profile.nodes) {
  const t = self.get(n.id) ?? 0;
  const w = where(n.callFrame.url);
  byWhere.set(w, (byWhere.get(w) ?? 0) + t);
  const fn = `${n.callFrame.functionName || '(anonymous)'} ${w}:${n.callFrame.lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t);
}
const top = (m: Map<string, number>, k: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name, t]) => `${((t / total) * 100).toFixed(1).padStart(5)} %  ${name}`)
    .join('\n');
process.stdout.write(
  `total ${(total / 1e6).toFixed(1)} s sampled\n\nby package / file:\n${top(byWhere, 20)}\n\nhottest functions (self time):\n${top(byFn, 25)}\n`,
);
