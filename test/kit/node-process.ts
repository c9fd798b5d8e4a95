import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGqlClient, type GqlClient } from './gql.js';
import { assertStillRunning, runMain, waitForOutput, type Started } from './process.js';

export const NODE_ADMIN = { email: 'admin@example.com', password: 'node-admin-password' };

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * A real ChargeQL process (`src/main.ts`) on its own port and DATA_DIR, which survive `restart()`:
 * what a node killed with SIGKILL finds again when it comes back.
 */
export async function startNodeProcess(env: Record<string, string>) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'chargeql-proc-'));
  const fullEnv = {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    ADMIN_EMAIL: NODE_ADMIN.email,
    ADMIN_PASSWORD: NODE_ADMIN.password,
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    ...env,
  };
  let run: Started;
  // Killed by the test (and not restarted since): its death is the point, not a crash.
  let killedByTest = false;
  const start = async () => {
    killedByTest = false;
    run = runMain(fullEnv);
    await waitForOutput(run, /GraphQL\s+http/, 60_000);
  };
  await start();
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    ocppUrl: `ws://127.0.0.1:${port}/ocpp`,
    pid: () => run.child.pid!,
    output: () => run.output(),
    signIn: (): Promise<GqlClient> => createGqlClient(`${url}/graphql`).signIn(NODE_ADMIN.email, NODE_ADMIN.password),
    async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
      killedByTest = true;
      run.child.kill(signal);
      await run.exited;
    },
    restart: start,
    /** Stops the node; throws when it had died by itself (a crash or an unhandled rejection). */
    async stop(): Promise<void> {
      try {
        if (!killedByTest) assertStillRunning(run);
        if (run.child.exitCode === null && run.child.signalCode === null) await this.kill('SIGTERM');
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

export type NodeProcess = Awaited<ReturnType<typeof startNodeProcess>>;
