// Worker: connects N OCPP 1.6 clients at once, each sends BootNotification; reports the wall time.
import { parentPort, workerData } from 'node:worker_threads';
import { RPCClient } from 'ocpp-rpc';

const { url, ids } = workerData as { url: string; ids: string[] };

async function bootOne(identity: string): Promise<InstanceType<typeof RPCClient>> {
  const client = new RPCClient({
    endpoint: url,
    identity,
    protocols: ['ocpp1.6'],
    reconnect: false,
    callTimeoutMs: 60_000,
  } as never);
  await client.connect();
  const answer = (await client.call('BootNotification', { chargePointVendor: 'Bench', chargePointModel: 'B1' })) as {
    status: string;
  };
  if (answer.status !== 'Accepted') throw new Error(`${identity}: ${answer.status}`);
  return client;
}

const started = performance.now();
const results = await Promise.allSettled(ids.map(bootOne));
const ms = performance.now() - started;
const failures = results
  .filter((r) => r.status === 'rejected')
  .map((r) => String((r as PromiseRejectedResult).reason))
  .slice(0, 3);
await Promise.all(results.map((r) => (r.status === 'fulfilled' ? r.value.close({ force: true }) : null)));
parentPort!.postMessage({ ms, ok: results.length - failures.length, failures });
