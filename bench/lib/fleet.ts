// The load-generator processes of bench:cluster (each runs `storm-worker.ts`: raw WebSocket chargers
// from its own source address 127.0.0.x), their progress while a phase runs, and what this machine
// allows: open files per process and ephemeral ports per (source address, destination) pair.
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

/** One generator process for `ids`, connecting to `url` from 127.0.0.(k+1). */
export function generator(url: string, ids: string[], k: number, inFlight: number, reconnect?: Backoff) {
  const child: ChildProcess = fork(WORKER, [], { execArgv: ['--import', '@swc-node/register/esm-register'] });
  let closing = false;
  let progress = NO_PROGRESS;
  const loaded = new Promise((r) => child.once('message', r));
  // A generator that dies (out of files, out of memory) fails the phase instead of hanging it.
  const died = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) => {
      if (!closing) reject(new Error(`generator ${k + 1} (127.0.0.${k + 1}) exited: ${code ?? signal}`));
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
    sourceAddress: `127.0.0.${k + 1}`,
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
        localAddress: `127.0.0.${k + 1}`,
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

/** Generators of at most SOCKETS_PER_GENERATOR sockets each for one server's share, source addresses from 127.0.0.(firstK+1). */
export function generatorsFor(url: string, share: string[], firstK: number, inFlight: number, reconnect?: Backoff) {
  const parts = Math.max(1, Math.ceil(share.length / SOCKETS_PER_GENERATOR));
  const per = Math.ceil(share.length / parts);
  return Array.from({ length: parts }, (_, p) =>
    generator(url, share.slice(p * per, (p + 1) * per), firstK + p, inFlight, reconnect),
  );
}

/** Sum of the generators' latest progress reports. */
export function progressOf(gens: Generator[]): Progress {
  const sum = { ...NO_PROGRESS };
  for (const g of gens) for (const key of Object.keys(sum) as (keyof Progress)[]) sum[key] += g.progress()[key];
  return sum;
}

/**
 * Logs a line every `everyMs` while a phase runs: how many are done, the rate, failures, the load,
 * and the CPU share (of one core) of each server and of the generators since the last line. A run
 * that stalls shows where; a run that is slow shows who had the CPU.
 */
export function progressLog(opts: {
  phase: string;
  gens: Generator[];
  servers: { name: string; pid: () => number }[];
  line: (p: Progress) => { done: number; text: string };
  everyMs?: number;
}) {
  const started = performance.now();
  const cpuOf = (pids: number[]) => pids.reduce((s, pid) => s + processCpuMs(pid), 0);
  let last = {
    t: started,
    done: 0,
    servers: opts.servers.map((s) => processCpuMs(s.pid())),
    gens: cpuOf(opts.gens.map((g) => g.child.pid!)),
  };
  const timer = setInterval(() => {
    const t = performance.now();
    const { done, text } = opts.line(progressOf(opts.gens));
    const servers = opts.servers.map((s) => processCpuMs(s.pid()));
    const gens = cpuOf(opts.gens.map((g) => g.child.pid!));
    const share = (ms: number) => `${Math.round((ms / (t - last.t)) * 100)} %`;
    const rate = Math.round(((done - last.done) * 1000) / (t - last.t));
    log(
      `${opts.phase} +${Math.round((t - started) / 1000)} s: ${text} (${rate.toLocaleString('en')}/s); ` +
        `load ${round(loadavg()[0]!, 1)}; CPU ${opts.servers.map((s, i) => `${s.name} ${share(servers[i]! - last.servers[i]!)}`).join(', ')}, ` +
        `generators ${share(gens - last.gens)}`,
    );
    last = { t, done, servers, gens };
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
