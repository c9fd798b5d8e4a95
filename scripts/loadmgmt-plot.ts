// npm run loadmgmt:plot: runs the load-management demo scenario (10 virtual chargers on a 3x63 A
// circuit, src/sim/circuit-lab.ts) on its own server and embedded database, records what each car
// draws every half second and what the chargers accepted (an idle connector at its default: what a
// car plugging in would draw), and renders docs/loadmgmt-currents.png (plus the CSV beside it) with
// Debian's Chromium.
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { runScenario, scenarioCar, SCENARIO, startCircuitLab } from '../src/sim/circuit-lab.js';
import { login } from '../src/sim/register.js';
import { launchChromium } from '../test/kit/browser.js';
import { chartSvg } from './loadmgmt-chart.js';
import type { VirtualCharger } from '../src/sim/charger.js';
import { NOMINAL_VOLTAGE, PHASES } from '../src/sim/meter.js';
import { effectiveLimitA } from '../src/sim/profiles.js';

const OUT = 'docs/loadmgmt-currents';
const LIMIT_A = 63;

/** What the charger lets this connector draw by the profiles it accepted: its session's limit, or its default. */
function allowedA(c: VirtualCharger): number {
  const connector = c.connectors[0]!;
  return Math.min(22_000 / (NOMINAL_VOLTAGE * PHASES), effectiveLimitA(connector.limits, !!connector.session));
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chargeql-plot-'));
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ADMIN_PASSWORD: 'plot-password-1',
  });
  const app = await startApp(config, createLogger(config.logLevel));
  try {
    const token = await login(`${app.url}/graphql`, config.auth.adminEmail, 'plot-password-1');
    const lab = await startCircuitLab({
      graphqlUrl: `${app.url}/graphql`,
      token,
      endpoint: `${app.url.replace(/^http/, 'ws')}/ocpp/demo`,
      maxCurrentA: LIMIT_A,
      meterIntervalSeconds: 1,
      car: (i) => scenarioCar(i, 10),
      log: (m) => process.stderr.write(`[sim] ${m}\n`),
    });
    const rows: number[][] = [];
    const accepted: number[] = [];
    const started = Date.now();
    const sampler = setInterval(() => {
      rows.push([(Date.now() - started) / 1000, ...lab.chargers.map((c) => c.drawA(1))]);
      accepted.push(lab.chargers.reduce((sum, c) => sum + allowedA(c), 0));
    }, 500);
    await runScenario(lab, (label) =>
      process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${label}\n`),
    );
    clearInterval(sampler);
    await lab.stop();
    const header = ['t_s', ...lab.chargers.map((_, i) => `car${i + 1}_A`), 'accepted_A'].join(',');
    const lines = rows.map((r, i) => [...r, accepted[i]!].map((v) => v.toFixed(2)).join(','));
    writeFileSync(`${OUT}.csv`, [header, ...lines].join('\n') + '\n');
    const worst = Math.max(...rows.map((r) => r.slice(1).reduce((a, b) => a + b, 0)));
    const worstAccepted = Math.max(...accepted);
    const svg = chartSvg(rows, {
      limitA: LIMIT_A,
      steps: SCENARIO,
      title: `10 virtual chargers on a 3x${LIMIT_A} A circuit (per phase)`,
      line: { label: 'accepted limits', values: accepted },
    });
    const browser = await launchChromium();
    const page = await browser.browser.newPage({ viewport: { width: 1000, height: 560 } });
    await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
    await page.screenshot({ path: `${OUT}.png` });
    await browser.close();
    process.stdout.write(
      `wrote ${OUT}.png and ${OUT}.csv; highest sum per phase: drawn ${worst.toFixed(2)} A, accepted ${worstAccepted.toFixed(2)} A\n`,
    );
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
