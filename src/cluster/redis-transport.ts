import type { EventTransport } from '../events/bus.js';
import type { RedisConnections } from './redis.js';

/**
 * Domain events across nodes over Redis pub/sub. Each message is tagged with its node, so a
 * node ignores its own echo (it already delivered the event locally, without the round trip).
 */
export function createRedisTransport(redis: RedisConnections, nodeId: string): EventTransport {
  const PREFIX = `${redis.prefix}events:`;
  let handler: ((topic: string, payload: string) => void) | null = null;
  void redis.subscriber.psubscribe(`${PREFIX}*`);
  redis.subscriber.on('pmessage', (_pattern, channel, message) => {
    const bar = message.indexOf('|');
    if (bar < 0 || message.slice(0, bar) === nodeId) return;
    handler?.(channel.slice(PREFIX.length), message.slice(bar + 1));
  });
  return {
    publish(topic, payload) {
      // While Redis is away, ioredis would queue every event in memory only to fail it later.
      if (redis.command.status !== 'ready') return;
      redis.command.publish(PREFIX + topic, `${nodeId}|${payload}`).catch(() => {
        // Lost cross-node delivery is not fatal: local subscribers were served already.
      });
    },
    onMessage: (h) => void (handler = h),
    close: async () => {
      await redis.subscriber.punsubscribe(`${PREFIX}*`).catch(() => {});
    },
  };
}
