import { Redis } from 'ioredis';

/** Redis connections of one node: a subscriber connection cannot run other commands. */
export interface RedisConnections {
  /** Prepended to every key and channel, so several deployments (or test runs) can share one Redis. */
  prefix: string;
  command: Redis;
  subscriber: Redis;
  close(): Promise<void>;
}

/**
 * Connects both; ioredis reconnects by itself after an outage (and resubscribes). `onDown` and `onUp`
 * hear about it once per outage, instead of ioredis printing every failed reconnect attempt.
 */
export async function connectRedis(
  url: string,
  prefix: string,
  report: { onDown(err: Error): void; onUp(): void } = { onDown: () => {}, onUp: () => {} },
): Promise<RedisConnections> {
  const options = { maxRetriesPerRequest: 3, enableOfflineQueue: true, lazyConnect: true };
  // Auto-pipelining: the commands of one tick (a connect storm's presence claims and published events)
  // go out in one write instead of a socket write each.
  const command = new Redis(url, { ...options, enableAutoPipelining: true });
  const subscriber = new Redis(url, options);
  let down = false;
  command.on('error', (err: Error) => {
    if (!down) report.onDown(err);
    down = true;
  });
  command.on('ready', () => {
    if (down) report.onUp();
    down = false;
  });
  subscriber.on('error', () => {}); // the same outage, reported once above
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
