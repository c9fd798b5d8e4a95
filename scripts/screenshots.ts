// npm run screenshots: every dashboard page at desktop and phone width, as PNGs in screenshots/
// (not committed). Starts its own server on the embedded database with a few virtual chargers,
// or uses a running one: npm run screenshots -- --url http://127.0.0.1:4000 [--email E --password P].
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { chargerIds, startFleet } from '../src/sim/fleet.js';
import { login } from '../src/sim/register.js';
import { launchChromium } from '../test/kit/browser.js';
import { demoSite, demoTariff } from './demo-data.js';

const OUT = 'screenshots';
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];
const PAGES = [
  { name: 'overview', path: '/', ready: '[data-testid="power-now"]' },
  { name: 'chargers', path: '/chargers', ready: 'table.list' },
  // The chart gathers a few samples before the shot. SHOT-0001 speaks OCPP 1.6, SHOT-0002 2.0.1.
  { name: 'charger', path: '/chargers/SHOT-0001', ready: '.connector-card', settleMs: 12_000 },
  { name: 'charger-201', path: '/chargers/SHOT-0002', ready: '.connector-card', settleMs: 12_000 },
  { name: 'sessions', path: '/sessions', ready: 'table.list' },
  { name: 'sites', path: '/sites', ready: '.site' },
];

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: { url: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' } },
  });
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--if-stale'], { stdio: 'inherit' });
  const own = args.url ? null : await startOwnServer();
  const url = args.url ?? own!.url;
  const email = args.email ?? 'admin@example.com';
  const password = args.password ?? own?.password ?? 'chargeql-demo';
  mkdirSync(OUT, { recursive: true });
  const chromium = await launchChromium();
  try {
    for (const size of SIZES) {
      const page = await chromium.browser.newPage({ viewport: { width: size.width, height: size.height } });
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      await page.goto(url);
      await page.waitForSelector('form');
      await shoot(page, `${size.name}-sign-in`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForSelector('nav');
      await page.waitForTimeout(1000);
      for (const p of PAGES) {
        await page.goto(`${url}${p.path}`);
        await page
          .waitForSelector(p.ready, { timeout: 15_000 })
          .catch(() => console.error(`${p.name}: ${p.ready} never showed`));
        await page.waitForTimeout(p.settleMs ?? 1500);
        await shoot(page, `${size.name}-${p.name}`);
        if (p.name === 'charger') await shootCommandAnswer(page, size.name);
      }
      await page.close();
    }
  } finally {
    await chromium.close();
    await own?.stop();
  }
}

/** A command sent with wait: false, once its answer arrived on commandUpdated. */
async function shootCommandAnswer(page: Page, size: string): Promise<void> {
  await page.getByRole('button', { name: 'Unlock' }).first().click();
  await page
    .getByTestId('command-answer')
    .filter({ hasNotText: 'Waiting' })
    .waitFor({ timeout: 15_000 })
    .catch(() => console.error('command answer: still waiting'));
  await shoot(page, `${size}-charger-command`);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  console.log(`${OUT}/${name}.png`);
}

/**
 * The demo in miniature: a server on a throwaway embedded database, a tariff, a site and four busy chargers,
 * a mixed fleet as the demo's (SHOT-0001 and -0003 speak OCPP 1.6, -0002 and -0004 2.0.1).
 */
async function startOwnServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'chargeql-shots-'));
  const password = 'chargeql-screenshots';
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    ADMIN_PASSWORD: password,
  });
  const app = await startApp(config, createLogger(config.logLevel));
  const graphqlUrl = `${app.url}/graphql`;
  const token = await login(graphqlUrl, config.auth.adminEmail, password);
  await demoTariff(graphqlUrl, token); // what the demo has: live costs, and a site
  const fleet = await startFleet({
    count: 4,
    prefix: 'SHOT',
    endpoint: `${app.url.replace(/^http/, 'ws')}/ocpp/demo`,
    register: { graphqlUrl, token },
    protocol: 'mixed',
    connectors: 2,
    meterIntervalSeconds: 2,
    heartbeatSeconds: 60,
    auto: { idleSeconds: [1, 4], sessionSeconds: [60, 120], idTags: ['SHOT-TAG-1', 'SHOT-TAG-2'] },
  });
  await demoSite(graphqlUrl, token, chargerIds('SHOT', 4));
  await new Promise((r) => setTimeout(r, 8000)); // sessions start, meter values flow
  return {
    url: app.url,
    password,
    stop: async () => {
      await fleet.stop();
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
