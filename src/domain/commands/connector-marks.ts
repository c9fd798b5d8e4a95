import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chargers, connectors } from '../../db/schema/index.js';
import type { EventBus } from '../../events/bus.js';
import { createCoalescer } from '../../db/coalescer.js';

interface ReachedReport {
  chargerId: string;
  connectorId: number;
  reached: 'INOPERATIVE' | 'OPERATIVE';
}

/**
 * Server-side connector marks: RESERVED while a reservation is active, and the
 * availability a Scheduled ChangeAvailability is waiting for.
 */
export function createConnectorMarks(db: Db, events: EventBus) {
  async function publishStatus(chargerId: string, connectorId: number, status: string, errorCode: string) {
    const [charger] = await db.select().from(chargers).where(eq(chargers.id, chargerId));
    if (!charger) return;
    events.publish('charger.status', {
      tenantId: charger.tenantId,
      chargerId,
      siteId: charger.siteId,
      connectorId,
      status,
      errorCode,
      online: charger.online,
      timestamp: new Date(),
    });
  }

  // Every status report (and every charger coming online) asks this: reports arriving together share one UPDATE.
  const reports = createCoalescer({
    run: async (batch: ReachedReport[]) => {
      await db.execute(sql`
        update ${connectors} c set scheduled_availability = null, updated_at = ${new Date().toISOString()}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as v("chargerId" uuid, "connectorId" int, reached text)
        where c.charger_id = v."chargerId" and c.connector_id = v."connectorId" and c.scheduled_availability = v.reached`);
      return batch.map(() => undefined);
    },
    maxConcurrent: 2,
    maxBatch: 500,
  });

  return {
    /** A charger that Accepted a ReserveNow shows the connector RESERVED, even before its own StatusNotification. */
    async reserved(tenantId: string, chargerId: string, connectorId: number): Promise<void> {
      if (connectorId === 0) return; // connector 0 only reports Available/Unavailable/Faulted (OCPP 1.6 §4.9)
      const now = new Date();
      const [row] = await db
        .insert(connectors)
        .values({ tenantId, chargerId, connectorId, status: 'RESERVED', statusAt: now })
        .onConflictDoUpdate({
          target: [connectors.chargerId, connectors.connectorId],
          set: { status: 'RESERVED', statusAt: now, updatedAt: now },
        })
        .returning();
      await publishStatus(chargerId, connectorId, 'RESERVED', row!.errorCode);
    },

    /**
     * The reservation ended: a connector still RESERVED since then goes back to AVAILABLE. One the
     * charger has reported on since (Preparing for the reserved driver) is left as reported.
     */
    async released(chargerId: string, connectorId: number): Promise<void> {
      const [row] = await db
        .update(connectors)
        .set({ status: 'AVAILABLE', statusAt: new Date(), updatedAt: new Date() })
        .where(
          and(
            eq(connectors.chargerId, chargerId),
            eq(connectors.connectorId, connectorId),
            eq(connectors.status, 'RESERVED'),
          ),
        )
        .returning();
      if (row) await publishStatus(chargerId, connectorId, 'AVAILABLE', row.errorCode);
    },

    async scheduleAvailability(
      tenantId: string,
      chargerId: string,
      connectorId: number,
      type: 'OPERATIVE' | 'INOPERATIVE' | null,
    ): Promise<void> {
      await db
        .insert(connectors)
        .values({ tenantId, chargerId, connectorId, scheduledAvailability: type })
        .onConflictDoUpdate({
          target: [connectors.chargerId, connectors.connectorId],
          set: { scheduledAvailability: type, updatedAt: new Date() },
        });
    },

    /** A status report shows a Scheduled change took effect: Unavailable for INOPERATIVE, anything else for OPERATIVE. */
    statusReported(chargerId: string, connectorId: number, status: string): Promise<void> {
      return reports.call({ chargerId, connectorId, reached: status === 'UNAVAILABLE' ? 'INOPERATIVE' : 'OPERATIVE' });
    },
  };
}

export type ConnectorMarks = ReturnType<typeof createConnectorMarks>;
