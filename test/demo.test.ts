import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createGqlClient } from './kit/gql.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'chargeql-demo-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('npm run demo', () => {
  it('starts the server on the embedded database with virtual chargers online on the demo tenant', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'scripts/demo.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH!,
        HOME: process.env.HOME!,
        PORT: String(port),
        DATA_DIR: dataDir,
        DEMO_CHARGERS: '3',
        DATABASE_URL: 'postgres://ignored',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      const deadline = Date.now() + 150_000; // a loaded 2-core machine: PGlite migrations alone can take a minute
      while (!/Ctrl-C stops everything/.test(out)) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`demo did not come up:\n${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(out).toContain(`Dashboard    http://127.0.0.1:${port}/`);
      expect(out).toContain(`GraphiQL     http://127.0.0.1:${port}/graphql`);
      const dashboard = await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'text/html' } });
      expect(await dashboard.text()).toContain('<div id="root">');
      expect(out).toMatch(/Sign in\s+admin@example\.com \/ chargeql-demo/);
      expect(out).toContain('embedded database'); // DATABASE_URL is ignored: the demo needs nothing installed

      const admin = await createGqlClient(`http://127.0.0.1:${port}/graphql`).signIn(
        'admin@example.com',
        'chargeql-demo',
      );
      const { tenant } = (await admin.request('{ tenant { slug defaultTariff { name } } }')).expectNoErrors();
      // A tariff, so the dashboard shows live costs; the chargers on a site, so its site pages have content.
      expect(tenant).toEqual({ slug: 'demo', defaultTariff: { name: 'Demo tariff' } });
      // A mixed fleet: odd ones speak 1.6, even ones 2.0.1, in the same lists.
      for (const [ocppId, ocppVersion] of [
        ['DEMO-0001', '1.6'],
        ['DEMO-0002', '2.0.1'],
        ['DEMO-0003', '1.6'],
      ]) {
        const { charger } = (
          await admin.request(
            `query($o: String!) { charger(ocppId: $o) { online vendor ocppVersion site { name } } }`,
            { o: ocppId },
          )
        ).expectNoErrors();
        expect(charger).toEqual({ online: true, vendor: 'ChargeQL', ocppVersion, site: { name: 'Demo depot' } });
      }
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 180_000);
});
