import { Redis } from 'ioredis';

/** Redis connections of one node: a subscriber connection cannot run other commands. */
export interface RedisConnections {
  /** Prepended to every key and channel, so several deployments (or test runs) can share one Redis. */
  prefix: string;
  command: Redis;
  subscriber: Redis;
  close(): Promise<void>;
}

export async function connectRedis(url: string, prefix: string): Promise<RedisConnections> {
  const options = { maxRetriesPerRequest: 3, enableOfflineQueue: true, lazyConnect: true };
  const command = new Redis(url, options);
  const subscriber = new Redis(url, options);
  await Promise.all([command.connect(), subscriber.connect()]);
  return {
    prefix,
    command,
    subscriber,
    async close() {
      await Promise.allSettled([command.quit(), subscriber.quit()]);
    },
  };
}
