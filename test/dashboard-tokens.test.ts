// The dashboard across access-token lifetimes, in a real headless Chromium against a server whose tokens
// live 6 seconds (JWT_TTL_SECONDS; 15 minutes by default): what a user sees when they come back to a tab
// after the token expired, and when they open a page long after signing in.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDashboard,
  CHROMIUM_PATH,
  expectText,
  hasChromium,
  launchChromium,
  type TestBrowser,
} from './kit/browser.js';
import { bootedCharger, registerCharger, sendPower, type TestCharger } from './kit/charger.js';
import { ADMIN, startServer, type TestServer } from './kit/server.js';
import { until } from './kit/wait.js';

// CI installs chromium (.ci/run); a laptop without it skips, as dashboard.test.ts does.
const runs = hasChromium() || process.env.CI === 'true';
const TTL_SECONDS = 6;

interface StoredSession {
  token: string;
  expiresAt: string;
}

describe.skipIf(!runs)('the dashboard with short-lived access tokens', () => {
  let server: TestServer;
  let chromium: TestBrowser;
  let charger: TestCharger;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!hasChromium()) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install chromium`);
    buildDashboard();
    server = await startServer({ JWT_TTL_SECONDS: String(TTL_SECONDS) });
    await registerCharger(server.admin, 'TTL-CP-1');
    charger = await bootedCharger(server.ocppUrl, 'TTL-CP-1');
    chromium = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await charger?.close({ force: true }).catch(() => undefined);
    for (const c of contexts) await c.close().catch(() => undefined);
    await chromium?.close();
    await server?.stop();
  });

  /** A browser profile of its own: pages in it share localStorage, as tabs do. */
  async function newProfile(): Promise<BrowserContext> {
    const context = await chromium.browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    return context;
  }

  it(
    'keeps the user signed in when two tabs reopen at once after the access token expired',
    { timeout: 60_000 },
    async () => {
      const profile = await newProfile();
      const first = await profile.newPage();
      await signIn(first);
      const signedIn = await storedSession(first);
      await first.close(); // nothing runs now to refresh the token
      await until(() => Date.now() > Date.parse(signedIn.expiresAt) + 1000, {
        what: 'the access token to expire',
        timeoutMs: (TTL_SECONDS + 5) * 1000,
      });

      // A browser restoring its tabs: both hold the same spent access token and the same refresh token.
      const tabs = await Promise.all([profile.newPage(), profile.newPage()]);
      await Promise.all(tabs.map((tab) => tab.goto('/chargers')));
      for (const tab of tabs) await expectText(tab.locator('tr[data-ocpp-id="TTL-CP-1"]'), 'Online');

      // And they stay signed in through the next refresh, which both tabs' timers want at about the same time.
      const reopened = await storedSession(tabs[0]!);
      await until(async () => (await storedSession(tabs[0]!)).token !== reopened.token, {
        what: 'the next refresh',
        timeoutMs: (TTL_SECONDS + 5) * 1000,
      });
      await tabs[0]!.reload();
      await expectText(tabs[0]!.locator('tr[data-ocpp-id="TTL-CP-1"]'), 'Online');
      for (const tab of tabs) expect(await tab.getByRole('button', { name: 'Sign out' }).count()).toBe(1);
    },
  );

  it(
    "shows a charger's live meter values and frames on a page opened after the token was refreshed",
    { timeout: 60_000 },
    async () => {
      const page = await (await newProfile()).newPage();
      await signIn(page); // the live socket opens now, with this first token
      const signedIn = await storedSession(page);
      await until(
        async () =>
          Date.now() > Date.parse(signedIn.expiresAt) + 1000 && (await storedSession(page)).token !== signedIn.token,
        { what: 'the first token to expire after a refresh', timeoutMs: (TTL_SECONDS + 5) * 1000 },
      );

      await page.getByRole('link', { name: 'Chargers', exact: true }).click();
      await page.getByRole('link', { name: 'TTL-CP-1' }).click();
      // Only this page's own subscriptions (meterValues and ocppMessages for the charger) feed the chart
      // and the frames below the history.
      const waiting = page.getByText('Waiting for meter values');
      await waiting.waitFor();
      await expectText(page.getByTestId('ocpp-tail'), 'BootNotification');
      const sampling = setInterval(() => void sendPower(charger, 2300).catch(() => undefined), 1000);
      try {
        await waiting.waitFor({ state: 'detached', timeout: 20_000 });
        await expectText(page.getByTestId('ocpp-tail'), 'MeterValues');
      } finally {
        clearInterval(sampling);
      }
      expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);
    },
  );
});

async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** The session the dashboard keeps in localStorage (session.ts); none there means signed out. */
async function storedSession(page: Page): Promise<StoredSession> {
  const stored = await page.evaluate(() =>
    (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem(
      'chargeql.session',
    ),
  );
  if (!stored) expect.fail('signed out: no session in localStorage');
  return JSON.parse(stored) as StoredSession;
}
