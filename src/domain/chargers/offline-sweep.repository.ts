import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chargers } from '../../db/schema/index.js';

export interface OnlineCharger {
  id: string;
  tenantId: string;
  siteId: string | null;
  ocppId: string;
  node: string | null;
}

/** The rows the offline sweep reads and writes: every tenant's, as the node keeping them is the server's. */
export function createOfflineSweepRepository(db: Db) {
  return {
    online(): Promise<OnlineCharger[]> {
      return db
        .select({
          id: chargers.id,
          tenantId: chargers.tenantId,
          siteId: chargers.siteId,
          ocppId: chargers.ocppId,
          node: chargers.connectedNode,
        })
        .from(chargers)
        .where(and(eq(chargers.online, true), isNull(chargers.deletedAt)));
    },

    /** Offline, unless it reconnected elsewhere since it was read (guarded on its node). */
    async markOffline(charger: OnlineCharger): Promise<boolean> {
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
      return updated.length > 0;
    },
  };
}
