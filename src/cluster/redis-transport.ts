import type { EventTransport } from '../events/bus.js';
import type { RedisConnections } from './redis.js';

/**
 * Domain events across nodes over Redis pub/sub, one channel per topic. Each message is tagged with
 * its node, so a node ignores its own echo (it already delivered the event locally).
 *
 * Only what someone listens to travels: a node subscribes to a topic's channel when it gets its first
 * subscriber for it (`interest`), and a node whose publish of a topic reached no other node stops
 * publishing that topic until a node announces interest in it. A connect storm's frames (ocpp.message),
 * statuses and connection events, with no GraphQL subscriber anywhere, then cost neither the JSON, nor the
 * write to Redis, nor the read and parse on every other node (most of a cluster node's CPU per boot).
 */
export function createRedisTransport(redis: RedisConnections, nodeId: string): EventTransport {
  const PREFIX = `${redis.prefix}events:`;
  const INTEREST = `${redis.prefix}events-interest`;
  let handler: ((topic: string, payload: string) => void) | null = null;
  /** Topics this node subscribed to (it has or had a local subscriber). */
  const subscribed = new Set<string>();
  /** Topics whose last publish reached no other node: not published until someone announces interest. */
  const unheard = new Set<string>();
  /** Per topic, how many interest announcements arrived: a publish's "nobody heard" from before one is stale. */
  const announcements = new Map<string, number>();

  const announce = (topic: string) => redis.command.publish(INTEREST, topic).catch(() => {});
  void redis.subscriber.subscribe(INTEREST);
  redis.subscriber.on('message', (channel: string, message: string) => {
    if (channel === INTEREST) {
      announcements.set(message, (announcements.get(message) ?? 0) + 1);
      unheard.delete(message);
      return;
    }
    if (!channel.startsWith(PREFIX)) return; // the command router's channels
    const bar = message.indexOf('|');
    if (bar < 0 || message.slice(0, bar) === nodeId) return;
    handler?.(channel.slice(PREFIX.length), message.slice(bar + 1));
  });
  // Back from an outage: announcements may have been missed meanwhile. Publish everything again until
  // told otherwise, and say again what this node listens to (ioredis resubscribes by itself).
  redis.command.on('ready', () => unheard.clear());
  redis.subscriber.on('ready', () => subscribed.forEach((topic) => void announce(topic)));

  return {
    publish(topic, encode) {
      // While Redis is away, ioredis would queue every event in memory only to fail it later.
      if (redis.command.status !== 'ready' || unheard.has(topic)) return;
      const seen = announcements.get(topic) ?? 0;
      redis.command.publish(PREFIX + topic, `${nodeId}|${encode()}`).then(
        (receivers) => {
          const others = receivers - (subscribed.has(topic) ? 1 : 0);
          if (others <= 0 && (announcements.get(topic) ?? 0) === seen) unheard.add(topic);
        },
        () => {
          // Lost cross-node delivery is not fatal: local subscribers were served already.
        },
      );
    },
    interest(topic) {
      if (subscribed.has(topic)) return;
      subscribed.add(topic);
      // Announced once subscribed: a node that hears it publishes again, and this node receives it.
      void redis.subscriber
        .subscribe(PREFIX + topic)
        .then(() => announce(topic))
        .catch(() => {});
    },
    onMessage: (h) => void (handler = h),
    close: async () => {
      await redis.subscriber.unsubscribe(INTEREST, ...[...subscribed].map((t) => PREFIX + t)).catch(() => {});
    },
  };
}
