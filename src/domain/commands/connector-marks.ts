import type { EventBus } from '../../events/bus.js';
import type { Scope } from '../scope.js';
import type { ConnectorMarkRepository } from './connector-marks.repository.js';

/**
 * Server-side connector marks: RESERVED while a reservation is active, and the
 * availability a Scheduled ChangeAvailability is waiting for.
 */
export function createConnectorMarks(marks: ConnectorMarkRepository, events: EventBus) {
  async function publishStatus(
    scope: Scope,
    chargerId: string,
    connectorId: number,
    status: string,
    errorCode: string,
  ) {
    const charger = await marks.charger(scope, chargerId);
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

  return {
    /** A charger that Accepted a ReserveNow shows the connector RESERVED, even before its own StatusNotification. */
    async reserved(scope: Scope, chargerId: string, connectorId: number): Promise<void> {
      if (connectorId === 0) return; // connector 0 only reports Available/Unavailable/Faulted (OCPP 1.6 §4.9)
      const row = await marks.markReserved(scope, chargerId, connectorId);
      await publishStatus(scope, chargerId, connectorId, 'RESERVED', row.errorCode);
    },

    /**
     * The reservation ended: a connector still RESERVED since then goes back to AVAILABLE. One the
     * charger has reported on since (Preparing for the reserved driver) is left as reported.
     */
    async released(scope: Scope, chargerId: string, connectorId: number): Promise<void> {
      const row = await marks.releaseReserved(scope, chargerId, connectorId);
      if (row) await publishStatus(scope, chargerId, connectorId, 'AVAILABLE', row.errorCode);
    },

    scheduleAvailability: marks.scheduleAvailability,
    scheduleEvseConnectorAvailability: marks.scheduleEvseConnectorAvailability,

    /**
     * A status report shows a Scheduled change took effect: Unavailable for INOPERATIVE, anything else
     * for OPERATIVE. evseConnectorId: the report was one connector's of an EVSE (OCPP 2.0.1), and
     * `status` that connector's own.
     */
    statusReported(chargerId: string, connectorId: number, status: string, evseConnectorId?: number): Promise<void> {
      const reached = status === 'UNAVAILABLE' ? 'INOPERATIVE' : 'OPERATIVE';
      return evseConnectorId == null
        ? marks.reached({ chargerId, connectorId, reached })
        : marks.evseConnectorReached({ chargerId, connectorId, evseConnectorId, reached });
    },
  };
}

export type ConnectorMarks = ReturnType<typeof createConnectorMarks>;
