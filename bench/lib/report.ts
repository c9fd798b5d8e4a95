import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { postgresVersion } from './pg.js';

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  os: string;
  database: string;
  /** The 1-minute load average when the bench started: other work on a shared machine skews every figure. */
  loadAverage: number;
  openFilesLimit: string;
}

export async function machine(): Promise<Machine> {
  const { execSync } = await import('node:child_process');
  let openFilesLimit = 'unknown';
  try {
    openFilesLimit = execSync('ulimit -n', { shell: '/bin/bash' }).toString().trim();
  } catch {}
  return {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    database: await postgresVersion(),
    loadAverage: Math.round(os.loadavg()[0]! * 10) / 10,
    openFilesLimit,
  };
}

export const describeMachine = (m: Machine) =>
  `${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.database}, ${m.os}, load average ${m.loadAverage} at start`;

export function percentiles(samples: number[]): { p50: number; p95: number; p99: number; max: number; n: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN);
  return {
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(s[s.length - 1] ?? NaN),
    n: s.length,
  };
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
export const fmt = (n: number) => (Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: 2 }) : 'n/a');

/** One bench's outcome: rows of a table plus notes (what was skipped, what limited it). */
export interface BenchResult {
  name: string;
  title: string;
  columns: string[];
  rows: (string | number)[][];
  notes: string[];
  data: Record<string, unknown>;
}

export function markdown(m: Machine, results: BenchResult[]): string {
  const out = [`Measured ${m.date.slice(0, 10)} on ${describeMachine(m)}. Client and server share the machine.`, ''];
  for (const r of results) {
    out.push(`### ${r.title}`, '');
    if (r.rows.length) {
      out.push(`| ${r.columns.join(' | ')} |`, `| ${r.columns.map(() => '---').join(' | ')} |`);
      for (const row of r.rows) out.push(`| ${row.map((c) => (typeof c === 'number' ? fmt(c) : c)).join(' | ')} |`);
      out.push('');
    }
    for (const n of r.notes) out.push(`- ${n}`);
    if (r.notes.length) out.push('');
  }
  return out.join('\n');
}

const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));

/** Writes results/<name>-<date>.json and results/<name>.md; prints the markdown. */
export function writeResults(name: string, m: Machine, results: BenchResult[]): string {
  mkdirSync(RESULTS, { recursive: true });
  const md = markdown(m, results);
  const stamp = m.date.replace(/[:.]/g, '-');
  writeFileSync(`${RESULTS}${name}-${stamp}.json`, JSON.stringify({ machine: m, results }, null, 2));
  writeFileSync(`${RESULTS}${name}.md`, md + '\n');
  process.stdout.write(`\n${md}\nwrote bench/results/${name}.md and ${name}-${stamp}.json\n`);
  return md;
}

export const log = (m: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
