// The back-office list: 100 chargers with site, connectors, each connector's active session and its user,
// on a fresh PostgreSQL database holding 10,000 chargers and 1,000,000 meter values.
// Run: node --import @swc-node/register/esm-register bench/graphql-list.ts [--runs 300] [--url postgres://...]
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import postgres from 'postgres';

// As deployed (the Dockerfile sets it): graphql-js skips its development-only checks.
// Set before the server's modules load, hence the dynamic imports.
process.env.NODE_ENV ??= 'production';
const { startApp } = await import('../src/app.js');
const { loadConfig } = await import('../src/config.js');

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const SERVER_URL = arg('url', 'postgres://postgres@127.0.0.1:5432/postgres');
const RUNS = Number(arg('runs', '300'));
const WARMUP = 30;
const SIZES = {
  chargers: 10_000,
  sites: 200,
  users: 1_000,
  activeEvery: 5,
  completedSessions: 50_000,
  meterValues: 1_000_000,
};
const ADMIN = { email: 'bench@example.com', password: 'bench-password-1' };

const QUERY = `query List($first: Int) { chargers(first: $first) { edges { node {
  id ocppId name online lastSeenAt site { id name }
  connectors { connectorId status errorCode activeSession { id startedAt energyWh user { id email } } } } } } }`;

async function main(): Promise<void> {
  const dbName = `chargeql_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${dbName}"`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${dbName}`;
  const config = loadConfig({
    DATABASE_URL: url.toString(),
    PORT: '0',
    HOST: '127.0.0.1',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: 'silent',
  });
  const app = await startApp(config, pino({ level: 'silent' }));
  try {
    const seedMs = await seed(app.database.db);
    const token = await login(`${app.url}/graphql`);
    const result = await measure(`${app.url}/graphql`, token, () => app.database.stats.statements);
    const report = {
      benchmark: 'graphql-list',
      date: new Date().toISOString(),
      database: 'postgresql',
      nodeEnv: process.env.NODE_ENV,
      cpus: cpus().length,
      loadAverage1m: loadavg()[0],
      sizes: SIZES,
      seedMs,
      runs: RUNS,
      pageSize: 100,
      ...result,
    };
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    const file = new URL(`./results/graphql-list-${report.date.replace(/[:.]/g, '-')}.json`, import.meta.url);
    writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
    process.stdout.write(
      `seeded in ${seedMs} ms; ${RUNS} runs of 100 chargers: p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ` +
        `${result.cpuMsPerRequest} ms CPU and ${result.statementsPerRequest} SQL statements per request (load average ${report.loadAverage1m.toFixed(1)} on ${report.cpus} CPUs)\n`,
    );
    process.stdout.write(`wrote ${file.pathname}\n`);
  } finally {
    await app.stop();
    if (process.argv.includes('--keep')) process.stdout.write(`kept database ${dbName}\n`);
    else await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
    await admin.end();
  }
}

/** Bulk SQL: the shape of a real tenant, in seconds. */
async function seed(db: import('../src/db/client.js').Db): Promise<number> {
  const t0 = performance.now();
  const [{ id: tenantId }] = (await db.execute(sql`select id from tenants where slug = 'demo'`)) as unknown as [
    { id: string },
  ];
  const run = (q: ReturnType<typeof sql>) => db.execute(q);
  await run(sql`insert into sites (tenant_id, name, city, latitude, longitude)
    select ${tenantId}, 'Site ' || i, 'City ' || (i % 20), 47 + random() * 8, 6 + random() * 9 from generate_series(1, ${SIZES.sites}) i`);
  await run(sql`insert into users (tenant_id, email, name, role)
    select ${tenantId}, 'driver' || i || '@example.com', 'Driver ' || i, 'DRIVER' from generate_series(1, ${SIZES.users}) i`);
  await run(sql`insert into chargers (tenant_id, site_id, ocpp_id, name, vendor, model, online, last_seen_at, created_at, boot_accepted_at)
    select ${tenantId}, (select id from sites order by id offset (i % ${SIZES.sites}) limit 1), 'CP-' || lpad(i::text, 6, '0'), 'Charger ' || i,
           (array['ABB','Alfen','KEBA','Wallbox'])[1 + i % 4], 'Model ' || (i % 7), i % 3 <> 0, now() - (i || ' seconds')::interval,
           now() - (i || ' seconds')::interval, now()
    from generate_series(1, ${SIZES.chargers}) i`);
  await run(sql`insert into connectors (tenant_id, charger_id, connector_id, status, max_power_w, plug_type)
    select c.tenant_id, c.id, n, 'AVAILABLE', 22000, 'TYPE_2' from chargers c cross join generate_series(1, 2) n`);
  await run(sql`with u as (select id, row_number() over () as rn from users)
    insert into sessions (tenant_id, charger_id, connector_id, id_tag, user_id, status, started_at, meter_start_wh, last_meter_wh)
    select c.tenant_id, c.id, 1, 'TAG' || c.rn, u.id, 'ACTIVE', now() - interval '1 hour', 1000, 6000
    from (select *, row_number() over (order by created_at desc) as rn from chargers) c join u on u.rn = 1 + c.rn % ${SIZES.users}
    where c.rn % ${SIZES.activeEvery} = 0`);
  await run(
    sql`update connectors set status = 'CHARGING' from sessions s where s.charger_id = connectors.charger_id and s.connector_id = connectors.connector_id and s.status = 'ACTIVE'`,
  );
  await run(sql`insert into sessions (tenant_id, charger_id, connector_id, id_tag, status, started_at, stopped_at, meter_start_wh, meter_stop_wh)
    select c.tenant_id, c.id, 2, 'TAG' || i, 'COMPLETED', now() - ((i % 700) || ' hours')::interval - interval '2 hours', now() - ((i % 700) || ' hours')::interval, 0, 5000 + i % 20000
    from generate_series(1, ${SIZES.completedSessions}) i join (select *, row_number() over () as rn from chargers) c on c.rn = 1 + i % ${SIZES.chargers}`);
  const perSession = Math.ceil(SIZES.meterValues / SIZES.completedSessions);
  await run(sql`insert into meter_values (tenant_id, charger_id, session_id, connector_id, timestamp, measurand, value, raw, unit)
    select s.tenant_id, s.charger_id, s.id, s.connector_id, s.started_at + (k || ' minutes')::interval, 'Energy.Active.Import.Register', k * 100, (k * 100)::text, 'Wh'
    from sessions s cross join generate_series(1, ${perSession}) k where s.status = 'COMPLETED'`);
  await run(sql`analyze`);
  return Math.round(performance.now() - t0);
}

async function login(endpoint: string): Promise<string> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: ADMIN.email, p: ADMIN.password },
    }),
  });
  return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
}

async function measure(endpoint: string, token: string, statements: () => number) {
  const once = async () => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY, variables: { first: 100 } }),
    });
    const body = (await res.json()) as { data?: { chargers: { edges: unknown[] } }; errors?: unknown };
    if (body.errors || body.data?.chargers.edges.length !== 100)
      throw new Error(`bad answer: ${JSON.stringify(body).slice(0, 500)}`);
  };
  for (let i = 0; i < WARMUP; i++) await once();
  const times: number[] = [];
  const before = statements();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await once();
    times.push(performance.now() - t);
  }
  // Server and client share this process: CPU per request shows the cost apart from a busy machine's waits.
  const cpu = process.cpuUsage(cpuStart);
  const statementsPerRequest = (statements() - before) / RUNS;
  times.sort((a, b) => a - b);
  const pct = (p: number) =>
    Math.round(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]! * 100) / 100;
  const cpuMsPerRequest = Math.round(((cpu.user + cpu.system) / 1000 / RUNS) * 100) / 100;
  return {
    p50Ms: pct(50),
    p90Ms: pct(90),
    p99Ms: pct(99),
    maxMs: Math.round(times.at(-1)! * 100) / 100,
    cpuMsPerRequest,
    statementsPerRequest,
  };
}

await main();
