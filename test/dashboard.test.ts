// The dashboard in a real headless Chromium against a real server, with a charger speaking OCPP 1.6
// over a real socket: what an operator sees, live, without reloading.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDashboard,
  expectText,
  launchChromium,
  hasChromium,
  CHROMIUM_PATH,
  type TestBrowser,
} from './kit/browser.js';
import { bootedCharger, connectCharger, registerCharger, sendPower, type TestCharger } from './kit/charger.js';
import { testDatabase } from './kit/database.js';
import { signIn } from './kit/page.js';
import { bootedStation } from './kit/raw-station.js';
import { startServerOn, type TestServer } from './kit/server.js';

// CI installs chromium (.ci/run); a laptop without it skips, as multi-node tests do without Redis.
const runs = hasChromium() || process.env.CI === 'true';

let server: TestServer;
// A database that outlives a server: the restart test starts a second one on it, on the same port.
let database: Awaited<ReturnType<typeof testDatabase>>;
const dataDir = mkdtempSync(join(tmpdir(), 'chargeql-dashboard-'));
beforeAll(async () => {
  buildDashboard();
  database = await testDatabase();
  if (database.config.kind === 'pglite') database.config = { kind: 'pglite', dataDir: `${dataDir}/pglite` };
  server = await startServerOn(database.config, { DATA_DIR: dataDir });
}, 120_000); // a fresh database on a busy 2-core machine
afterAll(async () => {
  await server?.stop();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const html = { accept: 'text/html,application/xhtml+xml' };

describe('GET / and the pages under it', () => {
  it('serves the built dashboard at / and its assets', async () => {
    const res = await fetch(`${server.url}/`, { headers: html });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('<div id="root">');
    const script = body.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${server.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('answers a reload of a dashboard page with the app (SPA fallback)', async () => {
    const res = await fetch(`${server.url}/chargers/CP-1`, { headers: html });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  });

  it('leaves the API doors alone: the IDE at /graphql, JSON health, 404 for a missing asset', async () => {
    const ide = await fetch(`${server.url}/graphql`, { headers: html });
    expect(await ide.text()).not.toContain('<div id="root">');
    expect(await (await fetch(`${server.url}/healthz`, { headers: html })).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/metrics/nope`, { headers: html })).status).toBe(404);
  });
});

describe.skipIf(!runs)('the dashboard in Chromium', () => {
  let chromium: TestBrowser;
  let page: Page;
  const chargers: TestCharger[] = [];

  beforeAll(async () => {
    if (!hasChromium()) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install chromium`);
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(async () => {
    for (const c of chargers) await c.close({ force: true }).catch(() => undefined);
    await chromium?.close();
  });

  it(
    'signs in, follows a charger coming online and its power live, starts and stops a session with the buttons',
    { timeout: 60_000 },
    async () => {
      await registerCharger(server.admin, 'WEB-CP-1');
      await signIn(page, server.url);
      await page.getByRole('link', { name: 'Chargers', exact: true }).click();
      const row = page.locator('tr[data-ocpp-id="WEB-CP-1"]');
      await expectText(row, 'Offline');
      // Set in the page itself: still there at the end means nothing was reloaded.
      await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));

      // The charger connects, boots and reports its connector: the row follows.
      const charger = await bootedCharger(server.ocppUrl, 'WEB-CP-1');
      chargers.push(charger);
      await charger.call('StatusNotification', { connectorId: 1, status: 'Available', errorCode: 'NoError' });
      await expectText(row, 'Online');
      await expectText(row, 'Available');

      await row.getByRole('link', { name: 'WEB-CP-1' }).click();
      const power = page.getByTestId('charger-power');
      await expectText(power, '0 W');
      await sendPower(charger, 7400);
      await expectText(power, '7.4 kW');
      await sendPower(charger, 3680);
      await expectText(power, '3.7 kW');

      // Start: the charger accepts, then starts the transaction as a real one would.
      let transactionId = 0;
      charger.handle('RemoteStartTransaction', (({ params }: { params: { connectorId: number; idTag: string } }) => {
        setTimeout(() => void startCharging(charger, params).then((id) => (transactionId = id)), 50);
        return { status: 'Accepted' };
      }) as never);
      const connector = page.locator('[data-connector="1"]');
      await connector.getByLabel('Id tag for connector 1').fill('WEB-TAG-1');
      await connector.getByRole('button', { name: 'Start' }).click();
      await expectText(page.getByTestId('command-answer'), 'Start:Accepted');
      await page.locator('tr[data-status="ACTIVE"]').waitFor();
      await expectText(page.locator('tr[data-status="ACTIVE"]'), 'WEB-TAG-1');
      await expectText(connector, 'Charging');

      charger.handle('RemoteStopTransaction', (() => {
        setTimeout(() => void stopCharging(charger, transactionId), 50);
        return { status: 'Accepted' };
      }) as never);
      await connector.getByRole('button', { name: 'Stop' }).click();
      await expectText(page.getByTestId('command-answer'), 'Stop:Accepted');
      await page.locator('tr[data-status="COMPLETED"]').waitFor();
      // The car is still plugged in (Finishing): the session has ended, so there is nothing to stop.
      await expectText(connector, 'Finishing');
      await expectText(connector, 'unplug to start again');
      expect(await connector.getByRole('button', { name: 'Stop' }).count()).toBe(0);
      await charger.call('StatusNotification', { connectorId: 1, status: 'Available', errorCode: 'NoError' });
      await expectText(connector, 'Available');
      expect(await page.locator('tr[data-status="ACTIVE"]').count()).toBe(0);

      expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    },
  );

  it('re-subscribes after a server restart and shows what happened meanwhile', { timeout: 90_000 }, async () => {
    await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));
    const port = server.app.port;
    for (const c of chargers.splice(0)) await c.close({ force: true });
    await server.app.stop();
    await expectText(page.locator('body'), 'reconnecting');
    server = await startServerOn(database.config, { DATA_DIR: dataDir, PORT: String(port) });

    // Back: the banner goes, the charger reconnects, and its new readings arrive on the new subscriptions.
    const charger = await connectCharger(server.ocppUrl, 'WEB-CP-1');
    chargers.push(charger);
    await charger.call('StatusNotification', { connectorId: 1, status: 'Preparing', errorCode: 'NoError' });
    await expectText(page.locator('[data-connector="1"]'), 'Preparing', 30_000);
    // As a charger does, it sends readings every little while; one arrives on the renewed subscription.
    const sampling = setInterval(() => void sendPower(charger, 5100).catch(() => undefined), 1000);
    try {
      await expectText(page.getByTestId('charger-power'), '5.1 kW', 20_000);
    } finally {
      clearInterval(sampling);
    }
    expect(await page.locator('.banner').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it(
    'shows a 2.0.1 station beside a 1.6 charger in the same list, both followed live',
    { timeout: 60_000 },
    async () => {
      await registerCharger(server.admin, 'WEB-MIX-16');
      await registerCharger(server.admin, 'WEB-MIX-201');
      await page.reload(); // the list this page holds predates them
      await page.getByRole('link', { name: 'Chargers', exact: true }).click();
      const old = page.locator('tr[data-ocpp-id="WEB-MIX-16"]');
      const fresh = page.locator('tr[data-ocpp-id="WEB-MIX-201"]');
      await expectText(old, 'Offline');
      await expectText(fresh, 'Offline');
      const charger = await bootedCharger(server.ocppUrl, 'WEB-MIX-16');
      chargers.push(charger);
      const station = await bootedStation(`${server.ocppUrl}/WEB-MIX-201`);
      try {
        await charger.call('StatusNotification', { connectorId: 1, status: 'Available', errorCode: 'NoError' });
        await station.call('StatusNotification', {
          timestamp: new Date().toISOString(),
          connectorStatus: 'Occupied',
          evseId: 1,
          connectorId: 1,
        });
        await expectText(old, 'Online');
        await expectText(old, 'Available');
        await expectText(fresh, 'Online');
        await expectText(fresh, 'Preparing');
      } finally {
        await station.close();
      }
    },
  );

  it('signs out: back to the sign-in form, and a reload stays signed out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByLabel('Email').waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });
});

async function startCharging(charger: TestCharger, params: { connectorId: number; idTag: string }): Promise<number> {
  const { transactionId } = (await charger.call('StartTransaction', {
    connectorId: params.connectorId,
    idTag: params.idTag,
    meterStart: 1000,
    timestamp: new Date().toISOString(),
  })) as { transactionId: number };
  await charger.call('StatusNotification', {
    connectorId: params.connectorId,
    status: 'Charging',
    errorCode: 'NoError',
  });
  return transactionId;
}

async function stopCharging(charger: TestCharger, transactionId: number): Promise<void> {
  await charger.call('StopTransaction', {
    transactionId,
    meterStop: 4000,
    timestamp: new Date().toISOString(),
    reason: 'Remote',
  });
  await charger.call('StatusNotification', { connectorId: 1, status: 'Finishing', errorCode: 'NoError' });
}
