// The load-generator processes of bench:cluster (each runs `storm-worker.ts`: raw WebSocket chargers
// from its own source address), their progress while a phase runs, and what this machine allows:
// open files per process and ephemeral ports per source address.
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { processCpuMs } from './cpu.js';
import { log, round } from './report.js';

const WORKER = fileURLToPath(new URL('./storm-worker.ts', import.meta.url));
/** Sockets per generator process: well under the 20,000 files one process may open and the 28,232 ports of one source address. */
export const SOCKETS_PER_GENERATOR = 8_000;

export interface Backoff {
  minMs: number;
  rangeMs: number;
  maxMs: number;
  atOnce: boolean;
  urls?: string[];
}

export interface Progress {
  booted: number;
  failed: number;
  inFlight: number;
  lost: number;
  back: number;
  attempts: number;
  refused: number;
}

export interface Booted {
  startedAt: number;
  doneAt: number[];
  failures: string[];
  failed: number;
}

export interface Recovered {
  lostAt: number;
  doneAt: number;
  attempts: number;
  back: number;
  refusals: Record<string, number>;
}

const NO_PROGRESS: Progress = { booted: 0, failed: 0, inFlight: 0, lost: 0, back: 0, attempts: 0, refused: 0 };

/**
 * A source address no generator of this run used before. Node binds a socket with a local address
 * before it connects, so a source address has one pool of ephemeral ports for all destinations (bind
 * takes the odd half of ip_local_port_range first), and the sockets a phase closed keep theirs in
 * TIME_WAIT for 60 s: a phase that reused the previous phase's addresses spent its generators' CPU in
 * the kernel's port search and stalled. 127.0.0.x is what everything else on this machine uses, so
 * each run takes its own 127.N.0.0/16 (N from the pid) and each generator the next address in it.
 */
let sources = 0;
const sourceNet = 10 + (process.pid % 240);
export const nextSourceAddress = () => `127.${sourceNet}.${sources >> 8}.${(sources++ & 255) + 1}`;

/** One generator process for `ids`, connecting to `url` from a source address of its own. */
export function generator(url: string, ids: string[], inFlight: number, reconnect?: Backoff) {
  const sourceAddress = nextSourceAddress();
  const child: ChildProcess = fork(WORKER, [], { execArgv: ['--import', '@swc-node/register/esm-register'] });
  let closing = false;
  let progress = NO_PROGRESS;
  const loaded = new Promise((r) => child.once('message', r));
  // A generator that dies (out of files, out of memory) fails the phase instead of hanging it.
  const died = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) => {
      if (!closing) reject(new Error(`generator from ${sourceAddress} exited: ${code ?? signal}`));
    }),
  );
  died.catch(() => {});
  const done = Promise.race([
    new Promise<Booted>((resolve) => child.on('message', (m: any) => m.type === 'done' && resolve(m))),
    died,
  ]);
  const recovered = Promise.race([
    new Promise<Recovered>((resolve) => child.on('message', (m: any) => m.type === 'recovered' && resolve(m))),
    died,
  ]);
  done.catch(() => {});
  recovered.catch(() => {});
  child.on('message', (m: any) => m.type === 'progress' && (progress = m));
  return {
    child,
    ids,
    sourceAddress,
    done,
    recovered,
    progress: () => progress,
    async ready() {
      await loaded;
      const ready = new Promise((r) => child.once('message', r));
      child.send({
        url,
        ids,
        inFlight,
        connectors: 2,
        localAddress: sourceAddress,
        protocol: 'ocpp1.6',
        reconnect,
      });
      await ready;
    },
    go: () => child.send({ type: 'go' }),
    close: () =>
      new Promise<void>((r) => {
        closing = true;
        if (child.exitCode !== null || child.signalCode !== null) return r();
        child.once('exit', () => r());
        child.send({ type: 'close' });
      }),
  };
}

export type Generator = ReturnType<typeof generator>;

/** Generators of at most SOCKETS_PER_GENERATOR sockets each for one server's share. */
export function generatorsFor(url: string, share: string[], inFlight: number, reconnect?: Backoff) {
  const parts = Math.max(1, Math.ceil(share.length / SOCKETS_PER_GENERATOR));
  const per = Math.ceil(share.length / parts);
  return Array.from({ length: parts }, (_, p) =>
    generator(url, share.slice(p * per, (p + 1) * per), inFlight, reconnect),
  );
}

/** Sum of the generators' latest progress reports. */
export function progressOf(gens: Generator[]): Progress {
  const sum = { ...NO_PROGRESS };
  for (const g of gens) for (const key of Object.keys(sum) as (keyof Progress)[]) sum[key] += g.progress()[key];
  return sum;
}

/** A process (or several, as PostgreSQL's backends) whose CPU a progress line shows. */
export interface CpuSource {
  name: string;
  pids: () => number[];
}

/**
 * Logs a line every `everyMs` while a phase runs: how many are done, the rate, failures, the load,
 * and the CPU share (100 % = one core) of each server, PostgreSQL and the generators since the last
 * line. A run that stalls shows where; a run that is slow shows who had the CPU.
 */
export function progressLog(opts: {
  phase: string;
  gens: Generator[];
  cpu: CpuSource[];
  line: (p: Progress) => { done: number; text: string };
  everyMs?: number;
}) {
  const started = performance.now();
  const sources = [...opts.cpu, { name: 'generators', pids: () => opts.gens.map((g) => g.child.pid!) }];
  // CPU per pid, so a process that came (a restarted node) or went (a killed one) counts from or until then.
  const sample = () => sources.map((s) => new Map(s.pids().map((pid) => [pid, processCpuMs(pid)])));
  let last = { t: started, done: 0, cpu: sample() };
  const timer = setInterval(() => {
    const t = performance.now();
    const { done, text } = opts.line(progressOf(opts.gens));
    const cpu = sample();
    const share = (i: number) => {
      let ms = 0;
      for (const [pid, now] of cpu[i]!) if (now > 0) ms += now - (last.cpu[i]!.get(pid) ?? now);
      return `${Math.round((ms / (t - last.t)) * 100)} %`;
    };
    const rate = Math.round(((done - last.done) * 1000) / (t - last.t));
    log(
      `${opts.phase} +${Math.round((t - started) / 1000)} s: ${text} (${rate.toLocaleString('en')}/s); ` +
        `load ${round(loadavg()[0]!, 1)}; CPU ${sources.map((s, i) => `${s.name} ${share(i)}`).join(', ')}`,
    );
    last = { t, done, cpu };
  }, opts.everyMs ?? 5000);
  return { stop: () => clearInterval(timer) };
}

/** Waits for `promise`, or fails after `ms` saying what was still missing. */
export async function within<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(ms / 1000)} s: ${what()}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The limits on open files of a process, from /proc: soft (what it may open now) and hard (what it may raise it to). */
export function openFilesLimits(pid: number | 'self'): { soft: number; hard: number } {
  const line = readFileSync(`/proc/${pid}/limits`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'));
  const [, , , soft, hard] = line?.split(/\s+/) ?? [];
  return { soft: Number(soft), hard: Number(hard) };
}

/** Files a process has open now (sockets included); NaN when it is gone. */
export function openFiles(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return NaN;
  }
}

/** Resident memory of a process in MB, from /proc (no GC asked for: a generator cannot be asked). */
export function rssMB(pid: number): number {
  try {
    const kb = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)/m)?.[1];
    return Math.round(Number(kb) / 1024);
  } catch {
    return NaN;
  }
}

/** Ephemeral ports the kernel hands out per (source address, destination address and port). */
export function ephemeralPorts(): number {
  const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
  return high! - low! + 1;
}
