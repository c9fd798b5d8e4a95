// npm run demo: the server on the embedded database plus ten virtual chargers on the demo tenant,
// so the dashboard and GraphiQL show live chargers, sessions and subscriptions within a minute of `npm install`.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { startApp } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { chargerIds, FLEET_PROTOCOLS, startFleet, type FleetProtocol } from '../src/sim/fleet.js';
import { startProgress } from '../src/sim/progress.js';
import { login } from '../src/sim/register.js';
import { runScenario, scenarioCar, startCircuitLab } from '../src/sim/circuit-lab.js';
import { demoSite, demoTariff } from './demo-data.js';

const CHARGERS = Number(process.env.DEMO_CHARGERS ?? 10);
// A mixed fleet by default: DEMO-0001, -0003, ... speak OCPP 1.6, DEMO-0002, -0004, ... 2.0.1 (DEMO_PROTOCOL=1.6 or 2.0.1 for one).
const PROTOCOL = (process.env.DEMO_PROTOCOL ?? 'mixed') as FleetProtocol;
// --loadmgmt (or DEMO_LOADMGMT=1): 10 more virtual chargers on a 3x63 A circuit, playing the load-management scenario.
const LOAD_MANAGEMENT =
  process.env.DEMO_LOADMGMT === '1' || process.argv.includes('--loadmgmt') || process.argv.includes('--circuit');
// A known password is fine for a demo that listens on loopback only (HOST defaults to 127.0.0.1 here).
const DEMO_PASSWORD = 'chargeql-demo';

async function main(): Promise<void> {
  const env: Record<string, string | undefined> = {
    HOST: '127.0.0.1',
    DATA_DIR: './data/demo',
    LOG_LEVEL: 'warn',
    ADMIN_PASSWORD: DEMO_PASSWORD,
    ...process.env,
  };
  delete env.DATABASE_URL; // the embedded database: nothing else to install
  if (!FLEET_PROTOCOLS.includes(PROTOCOL))
    return fail(`DEMO_PROTOCOL must be one of ${FLEET_PROTOCOLS.join(', ')}, got ${PROTOCOL}`);
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return fail(err.message);
    throw err;
  }
  // The dashboard as the sources say now (npm install built it; a no-op unless web/ changed since).
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--if-stale'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const app = await startApp(config, createLogger(config.logLevel));
  const ws = app.url.replace(/^http/, 'ws');
  const password = app.bootstrap.generatedPassword ?? config.auth.adminPassword!;
  const graphqlUrl = `${app.url}/graphql`;
  const token = await login(graphqlUrl, config.auth.adminEmail, password).catch(() => null);
  // Before the chargers start: sessions lock the tariff that applies when they start.
  if (token) await demoTariff(graphqlUrl, token).catch((err: Error) => process.stderr.write(`demo: ${err.message}\n`));
  const fleet = await startFleet({
    count: CHARGERS,
    prefix: 'DEMO',
    endpoint: `${ws}/ocpp/demo`,
    register: { graphqlUrl: `${app.url}/graphql`, email: config.auth.adminEmail, password },
    connectors: 2,
    protocol: PROTOCOL,
    meterIntervalSeconds: 5,
    heartbeatSeconds: 60,
    auto: { idleSeconds: [3, 30], sessionSeconds: [60, 240], idTags: ['DEMO-TAG-1', 'DEMO-TAG-2', 'DEMO-TAG-3'] },
    log: (m) => process.stderr.write(`[sim] ${m}\n`),
  }).catch(async (err: Error) => {
    await app.stop();
    return fail(
      `${err.message}\n(the demo database in ${config.dataDir} was made with another admin password: set ADMIN_PASSWORD, or delete that folder)`,
    );
  });

  if (token)
    await demoSite(graphqlUrl, token, chargerIds('DEMO', CHARGERS)).catch((err: Error) =>
      process.stderr.write(`demo: ${err.message}\n`),
    );

  process.stdout.write(`
  ChargeQL demo is running on the embedded database in ${config.dataDir}/pglite

  Dashboard    ${app.url}/   (open in a browser)
  GraphiQL     ${app.url}/graphql
  Sign in      ${config.auth.adminEmail} / ${password}
  OCPP         ${ws}/ocpp/demo/{chargePointId}
  Chargers     ${CHARGERS} virtual chargers DEMO-0001 ... with 2 connectors each; sessions start within seconds
               ${PROTOCOL === 'mixed' ? 'odd ones speak OCPP 1.6, even ones 2.0.1' : `all speak OCPP ${PROTOCOL}`} (DEMO_PROTOCOL=1.6|2.0.1|mixed)

  Try, after login (Authorization: Bearer <token> in the headers pane):
    { charger(ocppId: "DEMO-0001") { online vendor model connectors { connectorId status } } }
    subscription { chargerStatus { charger { id } connectorId status } }

  Ctrl-C stops everything.

`);
  const stopLoadLab = LOAD_MANAGEMENT ? await startLoadManagementDemo(app.url, config.auth.adminEmail, password) : null;
  const stopProgress = startProgress(fleet.stats, CHARGERS);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    stopProgress();
    await stopLoadLab?.();
    await fleet.stop();
    await app.stop();
    process.exit(0);
  };
  // `on`, not `once`: signal-exit (a dependency) re-raises a signal when no other listener remains.
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

function fail(message: string): never {
  process.stderr.write(`demo: ${message}\n`);
  process.exit(1);
}

void main();

/** The load-management scenario (src/sim/circuit-lab.ts) in a loop; returns how to stop it. */
async function startLoadManagementDemo(url: string, email: string, password: string): Promise<() => Promise<void>> {
  const token = await login(`${url}/graphql`, email, password);
  const lab = await startCircuitLab({
    graphqlUrl: `${url}/graphql`,
    token,
    endpoint: `${url.replace(/^http/, 'ws')}/ocpp/demo`,
    car: (i) => scenarioCar(i, 10),
    log: (m) => process.stderr.write(`[load] ${m}\n`),
  });
  process.stdout.write(`  Load management: circuit ${lab.circuitId} (3x63 A, 10 chargers), scenario in a loop:
    subscription { circuitAllocation(circuitId: "${lab.circuitId}") { allocations { charger { ocppId } phase limitA measuredA reason } } }

`);
  let running = true;
  void (async () => {
    while (running) await runScenario(lab, (label) => process.stderr.write(`[load] ${label}\n`));
  })().catch(() => {});
  // Not waiting for the scenario: a step after the stop (a plug-in on a stopped charger) never ends.
  return async () => {
    running = false;
    await lab.stop();
  };
}
