import { randomUUID } from 'node:crypto';
import type { Spool } from '../../db/spool/spool.js';
import type { EventBus } from '../../events/bus.js';
import type { OcppMessageData } from '../../events/events.js';
import { messageLogWrites } from './message-log.repository.js';

const KIND = 'ocpp_message';

/**
 * Keeps every OCPP frame. Frames are published at once and go through the node's durable spool:
 * on disk before the charger is answered, then into PostgreSQL in batches (plus the per-tenant counters).
 */
export function createMessageLog(deps: { spool: Spool; events: EventBus; onDropped?: () => void }) {
  const { spool } = deps;
  spool.register(KIND, messageLogWrites);

  return {
    record(frame: Omit<OcppMessageData, 'id'>): void {
      const m = { ...frame, id: randomUUID() };
      deps.events.publish('ocpp.message', m);
      // A full spool (a long database outage) refuses data CALLs; their frames are counted, not kept.
      if (spool.full()) return deps.onDropped?.();
      // Only a charger's CALL is answered, after its frame is on disk; the other frames (ours, the
      // charger's answers to our CALLs) wait for the next write instead of starting one each.
      const answered = m.direction === 'IN' && m.messageType === 'CALL';
      spool.append(
        KIND,
        {
          message_id: m.id,
          tenant_id: m.tenantId,
          charger_id: m.chargerId,
          direction: m.direction,
          message_type: m.messageType,
          action: m.action,
          unique_id: m.uniqueId,
          payload: m.payload ?? null,
          timestamp: m.timestamp.toISOString(),
        },
        { lazy: !answered },
      );
    },
    /** Writes what is pending; called on shutdown and by tests that read the log. */
    flush: spool.flush,
  };
}

export type MessageLog = ReturnType<typeof createMessageLog>;
