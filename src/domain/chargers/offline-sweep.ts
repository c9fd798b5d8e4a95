import type { Db } from '../../db/client.js';
import type { EventBus } from '../../events/bus.js';
import { DISCONNECTED, publishConnection, writeConnectionEvents } from './connection-events.js';
import { createOfflineSweepRepository } from './offline-sweep.repository.js';

/**
 * Chargers still marked online by a node that is gone (crashed, killed, partitioned) are shown
 * offline until they reconnect somewhere. Runs at start and then periodically on every node.
 */
export async function sweepStaleOnline(
  db: Db,
  events: EventBus,
  isAlive: (nodeId: string) => Promise<boolean>,
): Promise<number> {
  const rows = createOfflineSweepRepository(db);
  const online = await rows.online();
  const aliveByNode = new Map<string, boolean>();
  let swept = 0;
  for (const charger of online) {
    const node = charger.node ?? '';
    if (!aliveByNode.has(node)) aliveByNode.set(node, node !== '' && (await isAlive(node)));
    if (aliveByNode.get(node)) continue;
    // Guarded on the node: the charger may have reconnected elsewhere since we read it.
    if (!(await rows.markOffline(charger))) continue;
    swept++;
    const now = new Date();
    await writeConnectionEvents(db, [
      {
        tenantId: charger.tenantId,
        chargerId: charger.id,
        type: DISCONNECTED,
        payload: { nodeGone: node },
        timestamp: now,
      },
    ]);
    publishConnection(events, charger, false, now);
  }
  return swept;
}
