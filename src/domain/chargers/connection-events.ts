import type { EventBus } from '../../events/bus.js';

/** charger_events types of the online/offline history (Charger.connectionEvents). */
export const CONNECTED = 'Connected';
export const DISCONNECTED = 'Disconnected';

export interface ConnectionEventRow {
  tenantId: string;
  chargerId: string;
  type: typeof CONNECTED | typeof DISCONNECTED;
  payload: Record<string, unknown>;
  timestamp: Date;
}

/**
 * What subscribers hear when a charger comes online or goes offline: a connection event and a
 * connector-0 status. A disconnect and the dead-node sweep must say exactly the same thing.
 */
export function publishConnection(
  events: EventBus,
  charger: { tenantId: string; id: string; ocppId: string; siteId: string | null },
  online: boolean,
  timestamp: Date,
): void {
  events.publish('charger.connection', {
    tenantId: charger.tenantId,
    chargerId: charger.id,
    ocppId: charger.ocppId,
    online,
    timestamp,
  });
  events.publish('charger.status', {
    tenantId: charger.tenantId,
    chargerId: charger.id,
    siteId: charger.siteId,
    connectorId: 0,
    status: online ? 'AVAILABLE' : 'UNAVAILABLE',
    errorCode: 'NoError',
    online,
    timestamp,
  });
}
