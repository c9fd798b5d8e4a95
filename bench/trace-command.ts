// Traces remoteStart end to end: the server (startApp), raw WebSocket chargers answering at once and
// the HTTP client in one process, with every socket write and read timestamped (PostgreSQL statements
// named by their Parse/Bind messages), so each step's wait shows. Prints the last TRACE_SHOW calls.
// Run: npm run bench:trace-command  (TRACE_COUNT=40 TRACE_SHOW=2 TRACE_LOG=info)
import 'reflect-metadata';
import net from 'node:net';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import WebSocket from 'ws';
import { freshDatabase } from './lib/pg.js';
import { login, registerChargers } from '../src/sim/register.js';

const events: { t: number; what: string }[] = [];
let tracing = false;
const mark = (what: string) => tracing && events.push({ t: performance.now(), what });
(globalThis as any).__trace = mark;

const peer = (s: net.Socket) =>
  s.remotePort === 5432 ? 'pg' : s.remotePort === 6379 ? 'redis' : `:${s.remotePort}/${s.localPort}`;
// PostgreSQL frontend messages: Parse names a statement and carries its text, Bind names the statement it runs.
const statements = new Map<string, string>();
const cstring = (b: Buffer, at: number) => {
  const end = b.indexOf(0, at);
  return [b.toString('utf8', at, end), end + 1] as const;
};
function pgMessages(b: Buffer): string[] {
  const out: string[] = [];
  for (let at = 0; at + 5 <= b.length;) {
    const type = String.fromCharCode(b[at]!);
    const len = b.readInt32BE(at + 1);
    if (type === 'P') {
      const [name, next] = cstring(b, at + 5);
      const [text] = cstring(b, next);
      statements.set(name, text);
      out.push(`parse ${text.replace(/\s+/g, ' ').slice(0, 80)}`);
    } else if (type === 'B') {
      const [, next] = cstring(b, at + 5);
      const [name] = cstring(b, next);
      out.push(`bind ${(statements.get(name) ?? '?').replace(/\s+/g, ' ').slice(0, 80)}`);
    }
    at += 1 + len;
  }
  return out;
}
const write = net.Socket.prototype.write;
net.Socket.prototype.write = function (this: net.Socket, chunk: any, ...rest: any[]) {
  const len = typeof chunk === 'string' ? chunk.length : chunk?.length;
  const what = this.remotePort === 5432 && Buffer.isBuffer(chunk) ? pgMessages(chunk).join(' | ') : '';
  mark(`write ${peer(this)} ${len}B ${what}`);
  return (write as any).call(this, chunk, ...rest);
} as any;
const emit = net.Socket.prototype.emit;
net.Socket.prototype.emit = function (this: net.Socket, ev: string, ...args: any[]) {
  if (ev === 'data') mark(`read  ${peer(this)} ${args[0]?.length}B`);
  return (emit as any).call(this, ev, ...args);
} as any;
const hemit = http.Server.prototype.emit;
http.Server.prototype.emit = function (this: http.Server, ev: string, ...args: any[]) {
  if (ev === 'request') {
    mark('http request');
    (args[1] as http.ServerResponse).once('finish', () => mark('http finish'));
  }
  return (hemit as any).call(this, ev, ...args);
} as any;

const db = await freshDatabase();
const { startApp } = await import('../src/app.js');
const { loadConfig } = await import('../src/config.js');
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: process.env.TRACE_LOG ?? 'error',
  ADMIN_PASSWORD: 'trace-admin-password',
  JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
  OCPP_PING_INTERVAL_SECONDS: '0',
  DATABASE_URL: db.url,
  DATABASE_POOL_SIZE: '10',
  DATA_DIR: `/tmp/trace-${process.pid}`,
} as any);
const app = await startApp(config, pino({ level: process.env.TRACE_LOG ?? 'error' }));
const gql = `${app.url}/graphql`;
const token = await login(gql, 'admin@example.com', 'trace-admin-password');
const N = 10;
const ids = Array.from({ length: N }, (_, i) => `TRACE-${i}`);
await registerChargers(gql, token, ids);
const request = async (query: string, variables: Record<string, unknown>) => {
  const res = await fetch(gql, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as any;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};
const sockets: WebSocket[] = [];
for (const id of ids) {
  const ws = new WebSocket(`${app.url.replace('http', 'ws')}/ocpp/${id}`, ['ocpp1.6']);
  await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    if (msg[0] === 2) {
      mark(`charger got ${msg[2]}`);
      ws.send(JSON.stringify([3, msg[1], { status: 'Accepted' }]));
    }
  });
  let n = 0;
  const call = (action: string, payload: unknown) =>
    new Promise((r) => {
      const id = `c${n++}`;
      const on = (data: WebSocket.RawData) => {
        const msg = JSON.parse(String(data));
        if (msg[1] === id) (ws.off('message', on), r(msg[2]));
      };
      ws.on('message', on);
      ws.send(JSON.stringify([2, id, action, payload]));
    });
  await call('BootNotification', { chargePointVendor: 'T', chargePointModel: 'T' });
  for (const c of [1, 2])
    await call('StatusNotification', { connectorId: c, status: 'Available', errorCode: 'NoError' });
  sockets.push(ws);
}
const globalIds: string[] = [];
for (const id of ids)
  globalIds.push((await request(`query($o: String!) { charger(ocppId: $o) { id } }`, { o: id })).charger.id);
await app.flush();
const times: number[] = [];
const COUNT = Number(process.env.TRACE_COUNT ?? 40);
const show = Number(process.env.TRACE_SHOW ?? 2);
for (let i = 0; i < COUNT; i++) {
  events.length = 0;
  tracing = true;
  const t0 = performance.now();
  mark('client send');
  const data = await request(`mutation($i: RemoteStartInput!) { remoteStart(input: $i) { status } }`, {
    i: { chargerId: globalIds[i % N], connectorId: 1 + (Math.floor(i / N) % 2), idTag: 'TRACE' },
  });
  mark('client got');
  tracing = false;
  times.push(performance.now() - t0);
  if (data.remoteStart.status !== 'ACCEPTED') console.log(data);
  if (i >= COUNT - show) {
    console.log(`--- call ${i}: ${(performance.now() - t0).toFixed(2)} ms`);
    for (const e of events) console.log(`${(e.t - t0).toFixed(2).padStart(7)}  ${e.what}`);
  }
  // Fail the PENDING sessions (nobody starts them) so the next round's connectors are free.
  if ((i + 1) % (2 * N) === 0) {
    const pg = (await import('postgres')).default(db.url, { max: 1 });
    await pg`update sessions set status = 'FAILED' where status = 'PENDING'`;
    await pg.end();
  }
}
times.sort((a, b) => a - b);
console.log(`p50 ${times[Math.floor(times.length / 2)]!.toFixed(2)} ms, min ${times[0]!.toFixed(2)}`);
const m = await fetch(`${app.url}/metrics`).then((r) => r.text());
console.log(
  m
    .split('\n')
    .filter((l) => /chargeql_graphql_operation_statements_(sum|count)\{operation="anonymous"\}/.test(l))
    .join('\n'),
);
for (const ws of sockets) ws.close();
await app.stop();
await db.drop();
process.exit(0);
