import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Started {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/**
 * Node flags of every process the tests spawn. main.ts logs a stray rejection and carries on (one
 * lost background write must not drop every charger in production); under test it must not pass
 * unseen, so `strict` raises it as an uncaught exception and the node dies with its stack in the output.
 */
export const TEST_NODE_FLAGS = ['--unhandled-rejections=strict'];

/**
 * Runs `src/main.ts` as a user would with `npm start`, with the given environment. Without a DATA_DIR
 * each process gets a fresh one: two nodes never share a spool, and tests never write into ./data.
 */
export function runMain(env: Record<string, string>, nodeFlags: string[] = []): Started {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'chargeql-main-'));
  const child = spawn(
    process.execPath,
    [...TEST_NODE_FLAGS, ...nodeFlags, '--import', '@swc-node/register/esm-register', 'src/main.ts'],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME!, DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

export async function waitForOutput(started: Started, pattern: RegExp, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(started.output())) {
    if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Throws with the output when the process ended without being asked to (a crash, a stray rejection). */
export function assertStillRunning(started: Started): void {
  if (started.child.exitCode !== null || started.child.signalCode !== null)
    throw new Error(`the node died (exit ${started.child.exitCode ?? started.child.signalCode}):\n${started.output()}`);
}
