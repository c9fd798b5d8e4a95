import type { Db } from '../../db/client.js';
import type { EventBus } from '../../events/bus.js';
import { DISCONNECTED, publishConnection } from './connection-events.js';
import { insertChargerEvents } from './station.repository.js';
import { createOfflineSweepRepository } from './offline-sweep.repository.js';

/**
 * Chargers still marked online by a node that is gone (crashed, killed, partitioned) are shown
 * offline until they reconnect somewhere. Runs at start and then periodically on every node.
 * A dead node's chargers go in one UPDATE and one history insert: after a node holding 19,000
 * chargers dies, statement per charger would hold the pool while those chargers reconnect.
 */
export async function sweepStaleOnline(
  db: Db,
  events: EventBus,
  isAlive: (nodeId: string) => Promise<boolean>,
): Promise<number> {
  const rows = createOfflineSweepRepository(db);
  let swept = 0;
  for (const node of await rows.nodesWithOnline()) {
    if (node !== null && node !== '' && (await isAlive(node))) continue;
    const gone = await rows.markNodeOffline(node);
    if (gone.length === 0) continue;
    swept += gone.length;
    const now = new Date();
    await insertChargerEvents(
      db,
      gone.map((charger) => ({
        tenantId: charger.tenantId,
        chargerId: charger.id,
        type: DISCONNECTED,
        payload: { nodeGone: node ?? '' },
        timestamp: now,
      })),
    );
    for (const charger of gone) publishConnection(events, charger, false, now);
  }
  return swept;
}
