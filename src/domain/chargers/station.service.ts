import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chargers, connectors, connectorStatusHistory } from '../../db/schema/index.js';
import type { EventBus } from '../../events/bus.js';
import type { ChargerRow } from './charger.repository.js';

export interface BootInfo {
  vendor: string;
  model: string;
  serialNumber?: string;
  chargeBoxSerialNumber?: string;
  firmwareVersion?: string;
  iccid?: string;
  imsi?: string;
  meterType?: string;
  meterSerialNumber?: string;
}

export interface StatusReport {
  connectorId: number;
  status: string; // SCREAMING_CASE
  errorCode: string;
  info?: string;
  vendorId?: string;
  vendorErrorCode?: string;
  timestamp: Date;
}

/** What chargers report about themselves, whatever OCPP version they speak. */
export function createStationService(deps: { db: Db; events: EventBus }) {
  const { db, events } = deps;
  return {
    async boot(charger: ChargerRow, info: BootInfo, ocppVersion: string): Promise<{ status: 'Accepted' | 'Pending' | 'Rejected' }> {
      const status = charger.registrationStatus === 'ACCEPTED' ? 'Accepted' : charger.registrationStatus === 'PENDING' ? 'Pending' : 'Rejected';
      const now = new Date();
      await db
        .update(chargers)
        .set({
          ...info,
          ocppVersion,
          lastBootAt: now,
          bootAcceptedAt: status === 'Accepted' ? now : charger.bootAcceptedAt,
          updatedAt: now,
        })
        .where(eq(chargers.id, charger.id));
      events.publish('charger.booted', { tenantId: charger.tenantId, chargerId: charger.id, ocppId: charger.ocppId, registrationStatus: status, timestamp: now });
      return { status };
    },

    async connected(charger: ChargerRow, nodeId: string, online: boolean): Promise<void> {
      const now = new Date();
      await db
        .update(chargers)
        .set({ online, connectedNode: online ? nodeId : null, lastSeenAt: now })
        .where(online ? eq(chargers.id, charger.id) : and(eq(chargers.id, charger.id), eq(chargers.connectedNode, nodeId)));
      events.publish('charger.connection', { tenantId: charger.tenantId, chargerId: charger.id, ocppId: charger.ocppId, online, timestamp: now });
      events.publish('charger.status', {
        tenantId: charger.tenantId, chargerId: charger.id, siteId: charger.siteId, connectorId: 0,
        status: online ? 'AVAILABLE' : 'UNAVAILABLE', errorCode: 'NoError', online, timestamp: now,
      });
    },

    async seen(chargerId: string, action: string | null): Promise<void> {
      await db
        .update(chargers)
        .set({ lastSeenAt: new Date(), ...(action ? { lastMessage: action } : {}) })
        .where(eq(chargers.id, chargerId));
    },

    async status(charger: ChargerRow, report: StatusReport): Promise<void> {
      const values = {
        tenantId: charger.tenantId,
        chargerId: charger.id,
        connectorId: report.connectorId,
        status: report.status,
        errorCode: report.errorCode,
        info: report.info ?? null,
        vendorId: report.vendorId ?? null,
        vendorErrorCode: report.vendorErrorCode ?? null,
        statusAt: report.timestamp,
      };
      // Connectors are created on first sight; an older replayed report must not overwrite a newer one.
      await db
        .insert(connectors)
        .values(values)
        .onConflictDoUpdate({
          target: [connectors.chargerId, connectors.connectorId],
          set: { ...values, updatedAt: new Date() },
          // Dates inside sql`` must be ISO strings: postgres.js would send Date.toString().
          setWhere: sql`${connectors.statusAt} is null or ${connectors.statusAt} <= ${report.timestamp.toISOString()}::timestamptz`,
        });
      await db.insert(connectorStatusHistory).values({ ...values, timestamp: report.timestamp });
      events.publish('charger.status', {
        tenantId: charger.tenantId, chargerId: charger.id, siteId: charger.siteId, connectorId: report.connectorId,
        status: report.status, errorCode: report.errorCode, online: true, timestamp: report.timestamp,
      });
    },
  };
}

export type StationService = ReturnType<typeof createStationService>;
