// 1,000 chargers connect and boot at once: ChargeQL (PostgreSQL) against a bare ocpp-rpc server.
// node --import @swc-node/register/esm-register bench/boot.ts [count] [postgres-url]
// The clients run in a worker thread, so they share the machine (2 cores here) but not the event loop.
import 'reflect-metadata';
import { Worker } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import postgres from 'postgres';
import { RPCServer } from 'ocpp-rpc';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { chargers, tenants } from '../src/db/schema/index.js';

const total = Number(process.argv[2] ?? 1000);
const baseUrl = process.argv[3] ?? 'postgres://postgres@127.0.0.1:5432/test';

function bootAll(url: string, prefix: string, count: number): Promise<{ ms: number; ok: number; failures: string[] }> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(5, '0')}`);
  const worker = new Worker(new URL('./boot-clients.ts', import.meta.url), { workerData: { url, ids } });
  return new Promise((resolve, reject) => {
    worker.once('message', (m) => (resolve(m), void worker.terminate()));
    worker.once('error', reject);
  });
}

async function chargeql(count: number): Promise<{ ms: number; ok: number; failures: string[] }> {
  const dbName = `chargeql_bench_${process.pid}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${dbName}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${dbName}`;
  const tuning = Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(OCPP_|DATABASE_POOL_SIZE)/.test(k)));
  const config = loadConfig({
    ...tuning,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: url.toString(),
    LOG_LEVEL: 'silent',
    ADMIN_PASSWORD: 'bench-password-1',
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
  });
  const app = await startApp(config, pino({ level: 'silent' }));
  try {
    const [tenant] = await app.database.db.select({ id: tenants.id }).from(tenants);
    const rows = Array.from({ length: count }, (_, i) => ({
      tenantId: tenant!.id,
      ocppId: `CQL-${String(i).padStart(5, '0')}`,
    }));
    for (let i = 0; i < rows.length; i += 1000) await app.database.db.insert(chargers).values(rows.slice(i, i + 1000));
    const before = app.database.stats.statements;
    const result = await bootAll(`ws://127.0.0.1:${app.port}/ocpp`, 'CQL', count);
    console.log(`  (ChargeQL sent ${app.database.stats.statements - before} SQL statements for it)`);
    return result;
  } finally {
    await app.stop();
    await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
    await admin.end();
  }
}

async function bare(count: number): Promise<{ ms: number; ok: number; failures: string[] }> {
  const server = new RPCServer({ protocols: ['ocpp1.6'], strictMode: true } as never);
  server.on('client', (client: any) => {
    client.handle('BootNotification', () => ({
      status: 'Accepted',
      currentTime: new Date().toISOString(),
      interval: 300,
    }));
  });
  const http = await server.listen(0, '127.0.0.1');
  try {
    return await bootAll(`ws://127.0.0.1:${(http.address() as AddressInfo).port}`, 'BARE', count);
  } finally {
    await server.close({ force: true } as never);
  }
}

const show = (name: string, count: number, r: { ms: number; ok: number; failures: string[] }) =>
  console.log(
    `${name.padEnd(26)} ${count} chargers connected and booted in ${(r.ms / 1000).toFixed(2)} s (${r.ok} ok${r.failures.length ? `; failures: ${r.failures.join(' | ')}` : ''})`,
  );

// A first, smaller round warms the JIT of both (and of the client worker); the second is the figure.
for (const n of [Math.ceil(total / 5), total]) {
  show('bare ocpp-rpc server', n, await bare(n));
  show('ChargeQL on PostgreSQL', n, await chargeql(n));
}
process.exit(0);
