import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { bulkInsertStatement } from '../../db/bulk-insert.js';
import { ocppMessages, tenants } from '../../db/schema/index.js';
import type { Spool } from '../../db/spool/spool.js';
import type { EventBus } from '../../events/bus.js';
import type { OcppMessageData } from '../../events/events.js';

const COLUMNS = {
  message_id: 'uuid',
  tenant_id: 'uuid',
  charger_id: 'uuid',
  direction: 'text',
  message_type: 'text',
  action: 'text',
  unique_id: 'text',
  payload: 'jsonb',
  timestamp: 'timestamptz',
};

const KIND = 'ocpp_message';

/**
 * Keeps every OCPP frame. Frames are published at once and go through the node's durable spool:
 * on disk before the charger is answered, then into PostgreSQL in batches (plus the per-tenant counters).
 */
export function createMessageLog(deps: { spool: Spool; events: EventBus; onDropped?: () => void }) {
  const { spool } = deps;
  spool.register(KIND, (rows) => [
    bulkInsertStatement(ocppMessages, COLUMNS, rows),
    sql`update ${tenants} t set ocpp_message_count = t.ocpp_message_count + n.frames
      from (select tenant_id, count(*) as frames from jsonb_to_recordset(${rows}) as (tenant_id uuid) group by tenant_id) n
      where t.id = n.tenant_id`,
  ]);

  return {
    record(frame: Omit<OcppMessageData, 'id'>): void {
      const m = { ...frame, id: randomUUID() };
      deps.events.publish('ocpp.message', m);
      // A full spool (a long database outage) refuses data CALLs; their frames are counted, not kept.
      if (spool.full()) return deps.onDropped?.();
      spool.append(KIND, {
        message_id: m.id,
        tenant_id: m.tenantId,
        charger_id: m.chargerId,
        direction: m.direction,
        message_type: m.messageType,
        action: m.action,
        unique_id: m.uniqueId,
        payload: m.payload ?? null,
        timestamp: m.timestamp.toISOString(),
      });
    },
    /** Writes what is pending; called on shutdown and by tests that read the log. */
    flush: spool.flush,
  };
}

export type MessageLog = ReturnType<typeof createMessageLog>;
