import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { connectCharger, bootPayload } from './kit/charger.js';
import { createGqlClient } from './kit/gql.js';
import { runMain, waitForOutput } from './kit/process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'chargeql-startup-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('starting the server as a user does', () => {
  it('stops with one clear message and exit code 1 on a bad PORT', async () => {
    const run = runMain({ PORT: 'abc' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/PORT: .*"abc"/);
    expect(run.output()).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('stops with one clear message and exit code 1 on a nonsense DATABASE_URL', async () => {
    const run = runMain({ DATABASE_URL: 'mysql://nope' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
  });

  it('keeps data across a restart on the embedded database, and exits 0 on SIGTERM', async () => {
    const env = { PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', ADMIN_PASSWORD: 'first-start-pw' };
    const port = await freePort();
    const first = runMain({ ...env, PORT: String(port) });
    onTestFinished(() => void first.child.kill('SIGKILL')); // a failing step must not leave the node running
    await waitForOutput(first, /GraphQL\s+http/);
    const admin = await createGqlClient(`http://localhost:${port}/graphql`).signIn(
      'admin@example.com',
      'first-start-pw',
    );
    (await admin.request('mutation { createCharger(input: {ocppId: "KEEP-ME"}) { id } }')).expectNoErrors();
    const charger = await connectCharger(`ws://localhost:${port}/ocpp`, 'KEEP-ME');
    await charger.call('BootNotification', bootPayload());
    const closed = new Promise<number>((resolve) =>
      charger.once('close', ({ code }: { code: number }) => resolve(code)),
    );
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(await closed).toBe(1001); // Going Away
    // Marked offline before the database closed, not after (ocpp-rpc's close does not wait for its sockets).
    expect(first.output()).not.toMatch(/could not mark offline/);

    const second = runMain({ ...env, PORT: String(port) });
    await waitForOutput(second, /GraphQL\s+http/);
    try {
      expect(second.output()).not.toMatch(/First start/);
      const again = await createGqlClient(`http://localhost:${port}/graphql`).signIn(
        'admin@example.com',
        'first-start-pw',
      );
      const { charger: kept } = (
        await again.request('{ charger(ocppId: "KEEP-ME") { ocppId vendor online } }')
      ).expectNoErrors();
      expect(kept).toEqual({ ocppId: 'KEEP-ME', vendor: 'ChargeQL', online: false });
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 90_000);
});

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
