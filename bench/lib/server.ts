import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServerUnderTest {
  target: 'chargeql' | 'bare';
  /** The server's process id (CPU accounting). */
  pid: number;
  port: number;
  url: string;
  ocppUrl: string;
  adminPassword: string;
  /** RSS and heap of the server process after a full GC. */
  memory(): Promise<{ rss: number; heapUsed: number; external: number }>;
  statements(): Promise<number>;
  /** CPU time the server process used so far (user + system), in ms. */
  cpuMs(): Promise<number>;
  flush(): Promise<void>;
  ask<T = Record<string, unknown>>(msg: Record<string, unknown>): Promise<T>;
  /** SIGKILL, no goodbye (a crashed node); resolves once the process is gone. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./server-child.ts', import.meta.url));
export const ADMIN_PASSWORD = 'bench-admin-password';

/**
 * Starts ChargeQL (against `databaseUrl`, or the embedded database when it is undefined) or the bare
 * ocpp-rpc baseline in a child process. BENCH_PROFILE=1 writes a CPU profile (node --cpu-prof) of it.
 */
export async function startTarget(
  target: 'chargeql' | 'bare',
  databaseUrl?: string,
  extraEnv: Record<string, string> = {},
): Promise<ServerUnderTest> {
  const profile =
    process.env.BENCH_PROFILE === '1'
      ? ['--cpu-prof', `--cpu-prof-dir=${fileURLToPath(new URL('../results/profiles', import.meta.url))}`]
      : [];
  const env: Record<string, string> = {
    PATH: process.env.PATH!,
    BENCH_TARGET: target,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    ADMIN_PASSWORD,
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    OCPP_PING_INTERVAL_SECONDS: '0',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: 'memory' }),
    DATABASE_POOL_SIZE: '10',
    ...(process.env.BENCH_HEAP_SNAPSHOTS ? { BENCH_HEAP_SNAPSHOTS: process.env.BENCH_HEAP_SNAPSHOTS } : {}),
    // Each server its own DATA_DIR (its OCPP spool): several nodes of one bench never share one.
    DATA_DIR: mkdtempSync(join(tmpdir(), 'chargeql-bench-')),
    ...extraEnv,
  };
  const child: ChildProcess = fork(CHILD, [], {
    env,
    execArgv: ['--import', '@swc-node/register/esm-register', '--expose-gc', '--max-old-space-size=8192', ...profile],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const waiting = new Map<number, (msg: any) => void>();
  const ready = new Promise<{ port: number }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${target} server exited with ${code} before it was ready`)));
    child.on('message', (msg: any) => {
      if (msg.type === 'ready') resolve(msg);
      else waiting.get(msg.id)?.(msg);
    });
  });
  const { port } = await ready;
  const ask = <T>(msg: Record<string, unknown>) =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      waiting.set(id, (m) => (waiting.delete(id), resolve(m)));
      child.send({ ...msg, id });
    });
  return {
    target,
    pid: child.pid!,
    port,
    url: `http://127.0.0.1:${port}`,
    ocppUrl: `ws://127.0.0.1:${port}/ocpp`,
    adminPassword: ADMIN_PASSWORD,
    memory: () => ask({ type: 'memory' }),
    statements: async () => (await ask<{ statements: number }>({ type: 'statements' })).statements,
    flush: async () => void (await ask({ type: 'flush' })),
    cpuMs: async () => {
      const { user, system } = await ask<{ user: number; system: number }>({ type: 'cpu' });
      return (user + system) / 1000;
    },
    ask,
    async kill() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.send({ type: 'stop', id: 0 });
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
