// npm run simulate -- --chargers 100 --url ws://localhost:4000/ocpp
// Runs virtual OCPP 1.6 and/or 2.0.1 chargers in this process. Credentials: ADMIN_EMAIL / ADMIN_PASSWORD, or --token.
import { parseArgs } from 'node:util';
import { FLEET_PROTOCOLS, startFleet, type FleetProtocol } from './fleet.js';
import { startProgress } from './progress.js';
import { graphqlUrlFor } from './register.js';

const HELP = `Usage: npm run simulate -- [options]

  --chargers N           virtual chargers to run (10)
  --url URL              OCPP endpoint without the charger id (ws://localhost:4000/ocpp; add /{tenantSlug} if you like)
  --graphql URL          GraphQL endpoint used to register the chargers (derived from --url)
  --token TOKEN          API token or key; otherwise login with ADMIN_EMAIL / ADMIN_PASSWORD
  --no-register          the chargers exist already
  --prefix P             charger ids P-0001, P-0002, ... (SIM)
  --connectors N         connectors per charger (1)
  --protocol V           OCPP version: 1.6, 2.0.1, or mixed (every second charger 2.0.1) (1.6)
  --charger-password PW  Basic-auth password for every charger (security profile 1)
  --meter-interval S     seconds between MeterValues while charging (10)
  --heartbeat S          override the server's heartbeat interval
  --idle A-B             seconds idle between sessions (10-60)
  --session A-B          seconds per session (60-300)
  --no-auto              no sessions of their own: only what commands ask
  --disconnect-every S   drop the socket about every S seconds (reconnects without rebooting)
  --offline-every S      go offline about every S seconds ...
  --offline-for S        ... for S seconds, queueing transaction messages and replaying them (30)
  --duplicate-rate P     send this share (0-1) of transaction messages twice
  --spread N             spread sockets over source addresses 127.0.0.1 ... 127.0.0.N
  --concurrency N        connections opened at once while ramping up (200)
  --no-strict            do not validate frames against the OCPP schemas
  --duration S           stop after S seconds (runs until Ctrl-C otherwise)
`;

const range = (v: string, name: string): [number, number] => {
  const [a, b] = v.split('-').map(Number);
  if (!Number.isFinite(a) || !Number.isFinite(b ?? a)) throw new Error(`--${name} wants A-B seconds, got ${v}`);
  return [a!, b ?? a!];
};

async function main(): Promise<void> {
  const { values: v } = parseArgs({
    options: {
      chargers: { type: 'string', default: '10' },
      url: { type: 'string', default: 'ws://localhost:4000/ocpp' },
      graphql: { type: 'string' },
      token: { type: 'string' },
      'no-register': { type: 'boolean', default: false },
      prefix: { type: 'string', default: 'SIM' },
      connectors: { type: 'string', default: '1' },
      protocol: { type: 'string', default: '1.6' },
      'charger-password': { type: 'string' },
      'meter-interval': { type: 'string', default: '10' },
      heartbeat: { type: 'string' },
      idle: { type: 'string', default: '10-60' },
      session: { type: 'string', default: '60-300' },
      'no-auto': { type: 'boolean', default: false },
      'disconnect-every': { type: 'string' },
      'offline-every': { type: 'string' },
      'offline-for': { type: 'string', default: '30' },
      'duplicate-rate': { type: 'string' },
      spread: { type: 'string' },
      concurrency: { type: 'string', default: '200' },
      'no-strict': { type: 'boolean', default: false },
      duration: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (v.help) return void process.stdout.write(HELP);
  const count = Number(v.chargers);
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  const log = (m: string) => process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[2K' : ''}[sim] ${m}\n`);
  const protocol = v.protocol as FleetProtocol;
  if (!FLEET_PROTOCOLS.includes(protocol))
    throw new Error(`--protocol must be one of ${FLEET_PROTOCOLS.join(', ')}, got ${v.protocol}`);
  const spread = num(v.spread);
  if (spread !== undefined && (spread < 1 || spread > 254)) throw new Error('--spread must be 1-254');
  const fleet = await startFleet({
    count,
    prefix: v.prefix,
    endpoint: v.url!.replace(/\/$/, ''),
    register: v['no-register']
      ? undefined
      : {
          graphqlUrl: v.graphql ?? graphqlUrlFor(v.url!),
          token: v.token,
          email: process.env.ADMIN_EMAIL ?? 'admin@example.com',
          password: process.env.ADMIN_PASSWORD,
        },
    chargerPassword: v['charger-password'],
    connectors: num(v.connectors),
    meterIntervalSeconds: num(v['meter-interval']),
    heartbeatSeconds: num(v.heartbeat),
    auto: v['no-auto']
      ? false
      : {
          idleSeconds: range(v.idle!, 'idle'),
          sessionSeconds: range(v.session!, 'session'),
          idTags: ['SIM-TAG-1', 'SIM-TAG-2', 'SIM-TAG-3'],
        },
    faults: {
      disconnectEverySeconds: num(v['disconnect-every']),
      offlineEverySeconds: num(v['offline-every']),
      offlineForSeconds: num(v['offline-for']),
      duplicateRate: num(v['duplicate-rate']),
    },
    strictMode: !v['no-strict'],
    protocol,
    sourceAddresses: spread ? Array.from({ length: spread }, (_, i) => `127.0.0.${i + 1}`) : undefined,
    concurrency: num(v.concurrency),
    log,
  });
  log(`${count} chargers started in ${(fleet.startMs / 1000).toFixed(2)} s`);
  const stopProgress = startProgress(fleet.stats, count);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    stopProgress();
    await fleet.stop();
    process.exit(0);
  };
  // `on`, not `once`: a dependency's signal-exit re-raises the signal when no other listener remains.
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  const duration = num(v.duration);
  if (duration) setTimeout(() => void stop(), duration * 1000);
}

main().catch((err) => {
  process.stderr.write(`simulate: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
