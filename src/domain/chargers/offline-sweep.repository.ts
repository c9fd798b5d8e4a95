import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chargers } from '../../db/schema/index.js';

export interface OnlineCharger {
  id: string;
  tenantId: string;
  siteId: string | null;
  ocppId: string;
}

/** The rows the offline sweep reads and writes: every tenant's, as the node keeping them is the server's. */
export function createOfflineSweepRepository(db: Db) {
  const onNode = (node: string | null) =>
    and(
      eq(chargers.online, true),
      isNull(chargers.deletedAt),
      node === null ? isNull(chargers.connectedNode) : eq(chargers.connectedNode, node),
    );
  return {
    /** The nodes holding online chargers (null: marked online with no node). */
    async nodesWithOnline(): Promise<(string | null)[]> {
      const rows = await db
        .selectDistinct({ node: chargers.connectedNode })
        .from(chargers)
        .where(and(eq(chargers.online, true), isNull(chargers.deletedAt)));
      return rows.map((r) => r.node);
    },

    /**
     * Every charger still online on `node`, offline in one statement: the node is part of the
     * condition, so one that reconnected elsewhere meanwhile stays online.
     */
    markNodeOffline(node: string | null): Promise<OnlineCharger[]> {
      return db
        .update(chargers)
        .set({ online: false, connectedNode: null })
        .where(onNode(node))
        .returning({ id: chargers.id, tenantId: chargers.tenantId, siteId: chargers.siteId, ocppId: chargers.ocppId });
    },
  };
}
