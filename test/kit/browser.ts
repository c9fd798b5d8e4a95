import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's chromium package (`.ci/run` installs it); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = () => existsSync(CHROMIUM_PATH);

// What works here: no sandbox as root, no GPU, nothing that phones home while a test runs.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** A headless Chromium. Playwright gives it a fresh temporary profile (--user-data-dir) and removes it on close. */
export async function launchChromium(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    timeout: 30_000,
  });
  return { browser, close: () => browser.close().catch(() => undefined) };
}

/** The server serves web/dist: build it when a source is newer (a no-op after `npm install`). */
export function buildDashboard(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });
}

/** Waits until the element's text contains `text` (whitespace ignored); fails with what it showed. */
export async function expectText(locator: Locator, text: string, timeoutMs = 10_000): Promise<void> {
  const want = text.replace(/\s+/g, '');
  const deadline = Date.now() + timeoutMs;
  let shown = '';
  while (Date.now() < deadline) {
    shown = ((await locator.textContent({ timeout: timeoutMs }).catch(() => '')) ?? '').replace(/\s+/g, '');
    if (shown.includes(want)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect.fail(`expected "${text}" in ${String(locator)}, it showed "${shown}"`);
}
