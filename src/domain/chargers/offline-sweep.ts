import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chargers } from '../../db/schema/index.js';
import type { EventBus } from '../../events/bus.js';
import { DISCONNECTED, publishConnection, writeConnectionEvents } from './connection-events.js';

/**
 * Chargers still marked online by a node that is gone (crashed, killed, partitioned) are shown
 * offline until they reconnect somewhere. Runs at start and then periodically on every node.
 */
export async function sweepStaleOnline(
  db: Db,
  events: EventBus,
  isAlive: (nodeId: string) => Promise<boolean>,
): Promise<number> {
  const online = await db
    .select({
      id: chargers.id,
      tenantId: chargers.tenantId,
      siteId: chargers.siteId,
      ocppId: chargers.ocppId,
      node: chargers.connectedNode,
    })
    .from(chargers)
    .where(and(eq(chargers.online, true), isNull(chargers.deletedAt)));
  const aliveByNode = new Map<string, boolean>();
  let swept = 0;
  for (const charger of online) {
    const node = charger.node ?? '';
    if (!aliveByNode.has(node)) aliveByNode.set(node, node !== '' && (await isAlive(node)));
    if (aliveByNode.get(node)) continue;
    // Guard on the node: the charger may have reconnected elsewhere since we read it.
    const updated = await db
      .update(chargers)
      .set({ online: false, connectedNode: null })
      .where(
        and(
          eq(chargers.id, charger.id),
          eq(chargers.online, true),
          charger.node ? eq(chargers.connectedNode, charger.node) : isNull(chargers.connectedNode),
        ),
      )
      .returning({ id: chargers.id });
    if (!updated.length) continue;
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
