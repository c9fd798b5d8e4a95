import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { createCoalescer } from '../../db/coalescer.js';
import { byKey, jsonRecords } from '../../db/json-records.js';
import { inScope } from '../../db/scoped.js';
import { chargers, connectors, evseConnectors } from '../../db/schema/index.js';
import type { ChargerRow, ConnectorRow } from '../chargers/charger.repository.js';
import type { Scope } from '../scope.js';

export interface ReachedReport {
  chargerId: string;
  connectorId: number;
  reached: 'INOPERATIVE' | 'OPERATIVE';
}

/** OCPP 2.0.1: one connector of the EVSE `connectorId` reported a status. */
export interface EvseConnectorReachedReport extends ReachedReport {
  evseConnectorId: number;
}

/** The rows behind connector marks (RESERVED, a Scheduled availability), in the caller's Scope. */
export function createConnectorMarkRepository(db: Db) {
  // Every status report (and every charger coming online) asks this: reports arriving together share one UPDATE.
  // The charger ids come from the charger's own connection, so no Scope narrows them.
  const reports = createCoalescer({
    run: async (batch: ReachedReport[]) => {
      const rows = byKey(batch, (r) => `${r.chargerId}:${r.connectorId}`);
      await db.execute(sql`
        update ${connectors} c set scheduled_availability = null, updated_at = ${new Date().toISOString()}::timestamptz
        from ${jsonRecords(JSON.stringify(rows), '"chargerId" uuid, "connectorId" int, reached text', rows.length)} as v
        where c.charger_id = v."chargerId" and c.connector_id = v."connectorId" and c.scheduled_availability = v.reached`);
      return batch.map(() => undefined);
    },
    maxConcurrent: 2,
    maxBatch: 500,
  });
  // The same for a connector of an EVSE with several (rare: only a position with a mark waiting asks).
  const evseConnectorReports = createCoalescer({
    run: async (batch: EvseConnectorReachedReport[]) => {
      const rows = byKey(batch, (r) => `${r.chargerId}:${r.connectorId}:${r.evseConnectorId}`);
      await db.execute(sql`
        update ${evseConnectors} c set scheduled_availability = null, updated_at = ${new Date().toISOString()}::timestamptz
        from ${jsonRecords(JSON.stringify(rows), '"chargerId" uuid, "connectorId" int, "evseConnectorId" int, reached text', rows.length)} as v
        where c.charger_id = v."chargerId" and c.evse_id = v."connectorId" and c.connector_id = v."evseConnectorId"
          and c.scheduled_availability = v.reached`);
      return batch.map(() => undefined);
    },
    maxConcurrent: 2,
    maxBatch: 500,
  });

  return {
    async charger(scope: Scope, chargerId: string): Promise<ChargerRow | null> {
      const [row] = await db
        .select()
        .from(chargers)
        .where(inScope(scope, chargers, eq(chargers.id, chargerId)));
      return row ?? null;
    },

    async markReserved(scope: Scope, chargerId: string, connectorId: number): Promise<ConnectorRow> {
      const now = new Date();
      const [row] = await db
        .insert(connectors)
        .values({ tenantId: scope.tenantId, chargerId, connectorId, status: 'RESERVED', statusAt: now })
        .onConflictDoUpdate({
          target: [connectors.chargerId, connectors.connectorId],
          set: { status: 'RESERVED', statusAt: now, updatedAt: now },
        })
        .returning();
      return row!;
    },

    /** A connector still RESERVED goes back to AVAILABLE; null when the charger reported since. */
    async releaseReserved(scope: Scope, chargerId: string, connectorId: number): Promise<ConnectorRow | null> {
      const [row] = await db
        .update(connectors)
        .set({ status: 'AVAILABLE', statusAt: new Date(), updatedAt: new Date() })
        .where(
          inScope(
            scope,
            connectors,
            eq(connectors.chargerId, chargerId),
            eq(connectors.connectorId, connectorId),
            eq(connectors.status, 'RESERVED'),
          ),
        )
        .returning();
      return row ?? null;
    },

    async scheduleAvailability(
      scope: Scope,
      chargerId: string,
      connectorId: number,
      type: 'OPERATIVE' | 'INOPERATIVE' | null,
    ): Promise<void> {
      await db
        .insert(connectors)
        .values({ tenantId: scope.tenantId, chargerId, connectorId, scheduledAvailability: type })
        .onConflictDoUpdate({
          target: [connectors.chargerId, connectors.connectorId],
          set: { scheduledAvailability: type, updatedAt: new Date() },
        });
    },

    /** One connector of an EVSE with several (OCPP 2.0.1): the row its StatusNotifications created. */
    async scheduleEvseConnectorAvailability(
      scope: Scope,
      chargerId: string,
      evseId: number,
      connectorId: number,
      type: 'OPERATIVE' | 'INOPERATIVE' | null,
    ): Promise<void> {
      await db
        .update(evseConnectors)
        .set({ scheduledAvailability: type, updatedAt: new Date() })
        .where(
          inScope(
            scope,
            evseConnectors,
            eq(evseConnectors.chargerId, chargerId),
            eq(evseConnectors.evseId, evseId),
            eq(evseConnectors.connectorId, connectorId),
          ),
        );
    },

    reached: (report: ReachedReport) => reports.call(report),
    evseConnectorReached: (report: EvseConnectorReachedReport) => evseConnectorReports.call(report),
  };
}

export type ConnectorMarkRepository = ReturnType<typeof createConnectorMarkRepository>;
