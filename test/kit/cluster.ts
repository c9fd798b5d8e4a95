import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { testDatabase } from './database.js';
import { startServerOn, type TestServer } from './server.js';

export const TEST_REDIS_URL = process.env.REDIS_URL_FOR_TESTS ?? 'redis://127.0.0.1:6379';

/**
 * Whether Redis answers. On a machine without Redis the multi-node tests skip with a reason;
 * CI sets REQUIRE_REDIS=1 so that there they fail instead.
 */
export async function redisAvailable(): Promise<boolean> {
  const probe = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 1000,
  });
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch {
    if (process.env.REQUIRE_REDIS === '1')
      throw new Error(`REQUIRE_REDIS=1 but Redis at ${TEST_REDIS_URL} does not answer`);
    return false;
  } finally {
    probe.disconnect();
  }
}

/** N nodes sharing one database and one Redis (under a key prefix of their own). */
export async function startCluster(
  nodes: number,
  env: Record<string, string> = {},
): Promise<{ nodes: TestServer[]; stop(): Promise<void> }> {
  const db = await testDatabase();
  const shared = {
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: `chargeql-test:${randomBytes(4).toString('hex')}:`,
    ...env,
  };
  const started: TestServer[] = [];
  for (let i = 0; i < nodes; i++) started.push(await startServerOn(db.config, shared));
  return {
    nodes: started,
    async stop() {
      for (const node of started) await node.stop();
      await db.drop();
    },
  };
}
