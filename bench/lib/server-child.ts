// A server under test, in its own process so its memory and CPU are its own.
// BENCH_TARGET=chargeql: the real server (startApp) with the env's config.
// BENCH_TARGET=bare: a bare ocpp-rpc server (same options: strict mode, ocpp2.0.1 and ocpp1.6) that only answers.
// Talks to the bench over IPC: ready, memory, statements, cpu, flush, and (bare) command round trips.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { writeHeapSnapshot } from 'node:v8';
import { createLogger } from '../../src/logger.js';
import { RPCServer } from 'ocpp-rpc';

// The bench stopped (Ctrl-C, a timeout): no orphan server keeps its sockets and port.
process.on('disconnect', () => process.exit(0));

type Reply = (msg: Record<string, unknown>) => void;
const send: Reply = (msg) => process.send!(msg);

// BENCH_HEAP_SNAPSHOTS=<dir>: a heap snapshot at each memory reading (`npm run bench:heap-diff` compares two).
let snapshots = 0;
const memory = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const dir = process.env.BENCH_HEAP_SNAPSHOTS;
  if (dir) writeHeapSnapshot(`${dir}/${process.env.BENCH_TARGET}-${process.pid}-${++snapshots}.heapsnapshot`);
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external };
};

async function chargeql() {
  const { startApp } = await import('../../src/app.js');
  const { loadConfig } = await import('../../src/config.js');
  const config = loadConfig(process.env);
  const app = await startApp(config, createLogger(config.logLevel));
  process.on('message', async (msg: { type: string; id: number }) => {
    if (msg.type === 'memory') send({ id: msg.id, ...memory() });
    if (msg.type === 'statements') send({ id: msg.id, statements: app.database.stats.statements });
    if (msg.type === 'cpu') send({ id: msg.id, ...process.cpuUsage() });
    if (msg.type === 'flush') {
      await app.flush();
      send({ id: msg.id });
    }
    if (msg.type === 'stop') {
      await app.stop();
      send({ id: msg.id });
      process.exit(0);
    }
  });
  send({ type: 'ready', port: app.port, password: app.bootstrap.generatedPassword ?? config.auth.adminPassword });
}

async function bare() {
  const server = new RPCServer({
    protocols: ['ocpp2.0.1', 'ocpp1.6'],
    strictMode: true,
    wssOptions: { maxPayload: 65536 },
  } as never);
  const clients: any[] = [];
  let txId = 0;
  const now = () => new Date().toISOString();
  server.on('client', (client: any) => {
    clients.push(client);
    client.on('close', () => clients.splice(clients.indexOf(client), 1));
    client.handle('BootNotification', () => ({ status: 'Accepted', currentTime: now(), interval: 300 }));
    client.handle('Heartbeat', () => ({ currentTime: now() }));
    client.handle('StatusNotification', () => ({}));
    const v201 = client.protocol === 'ocpp2.0.1';
    client.handle('Authorize', () =>
      v201 ? { idTokenInfo: { status: 'Accepted' } } : { idTagInfo: { status: 'Accepted' } },
    );
    client.handle('TransactionEvent', () => ({}));
    client.handle('StartTransaction', () => ({ transactionId: ++txId, idTagInfo: { status: 'Accepted' } }));
    client.handle('StopTransaction', () => ({}));
    client.handle('MeterValues', () => ({}));
  });
  const http = await server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  process.on('message', async (msg: { type: string; id: number; count?: number }) => {
    if (msg.type === 'memory') send({ id: msg.id, ...memory() });
    if (msg.type === 'flush' || msg.type === 'statements') send({ id: msg.id, statements: 0 });
    if (msg.type === 'cpu') send({ id: msg.id, ...process.cpuUsage() });
    if (msg.type === 'command') {
      // RemoteStartTransaction straight from the server's socket: the library's own round trip.
      const times: number[] = [];
      for (let i = 0; i < (msg.count ?? 100); i++) {
        const client = clients[i % clients.length];
        const t = performance.now();
        await client.call('RemoteStartTransaction', { connectorId: 1, idTag: 'BENCH' });
        times.push(performance.now() - t);
      }
      send({ id: msg.id, times });
    }
    if (msg.type === 'stop') {
      await server.close({ force: true } as never);
      send({ id: msg.id });
      process.exit(0);
    }
  });
  send({ type: 'ready', port: (http.address() as { port: number }).port });
}

(process.env.BENCH_TARGET === 'bare' ? bare() : chargeql()).catch((err) => {
  process.stderr.write(`bench server: ${err?.stack ?? err}\n`);
  process.exit(1);
});
