import type { RedisConnections } from './redis.js';

/**
 * Which node holds which charger. Each node refreshes its own chargers and its own
 * liveness key with a TTL; a node that dies simply stops refreshing and its entries expire.
 */
export interface Presence {
  claim(ocppId: string): Promise<void>;
  release(ocppId: string): Promise<void>;
  ownerOf(ocppId: string): Promise<string | null>;
  isAlive(nodeId: string): Promise<boolean>;
  stop(): Promise<void>;
}

// Delete only our own claim: the charger may already have moved to another node.
const RELEASE_IF_OWNER = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export function createRedisPresence(redis: RedisConnections, nodeId: string, ttlSeconds: number): Presence {
  const held = new Set<string>();
  const chargerKey = (ocppId: string) => `${redis.prefix}presence:charger:${ocppId}`;
  const nodeKey = (node: string) => `${redis.prefix}presence:node:${node}`;
  const refresh = async () => {
    const pipeline = redis.command.pipeline().set(nodeKey(nodeId), '1', 'EX', ttlSeconds);
    for (const ocppId of held) pipeline.set(chargerKey(ocppId), nodeId, 'EX', ttlSeconds);
    await pipeline.exec();
  };
  const timer = setInterval(() => void refresh().catch(() => {}), (ttlSeconds * 1000) / 3);
  timer.unref();
  void refresh().catch(() => {});
  // Back from a Redis outage: our keys may have expired meanwhile; put them back at once. Other
  // nodes do the same, but not all within the same instant: until a TTL has passed since Redis
  // came back, a missing node key proves nothing, and nobody is swept as dead.
  let readySince = 0; // connected before presence starts: judge at once, as before any outage
  const onReady = () => {
    readySince = Date.now();
    void refresh().catch(() => {});
  };
  redis.command.on('ready', onReady);
  const canJudge = () => redis.command.status === 'ready' && Date.now() - readySince >= ttlSeconds * 1000;
  return {
    async claim(ocppId) {
      held.add(ocppId);
      await redis.command.set(chargerKey(ocppId), nodeId, 'EX', ttlSeconds);
    },
    async release(ocppId) {
      held.delete(ocppId);
      await redis.command.eval(RELEASE_IF_OWNER, 1, chargerKey(ocppId), nodeId);
    },
    ownerOf: (ocppId) => redis.command.get(chargerKey(ocppId)),
    // Unknown is alive: a node is declared dead only on what Redis says, never on its silence.
    isAlive: async (id) => id === nodeId || !canJudge() || (await redis.command.exists(nodeKey(id))) === 1,
    async stop() {
      clearInterval(timer);
      redis.command.off('ready', onReady);
      const pipeline = redis.command.pipeline().del(nodeKey(nodeId));
      for (const ocppId of held) pipeline.eval(RELEASE_IF_OWNER, 1, chargerKey(ocppId), nodeId);
      await pipeline.exec().catch(() => {});
      held.clear();
    },
  };
}

/** One node, no Redis: this node holds every connected charger and is the only live node. */
export function createLocalPresence(nodeId: string): Presence {
  const held = new Set<string>();
  return {
    claim: async (ocppId) => void held.add(ocppId),
    release: async (ocppId) => void held.delete(ocppId),
    ownerOf: async (ocppId) => (held.has(ocppId) ? nodeId : null),
    isAlive: async (id) => id === nodeId,
    stop: async () => held.clear(),
  };
}
