import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { createBatcher } from '../../db/batcher.js';
import { bulkInsert } from '../../db/bulk-insert.js';
import { ocppMessages, tenants } from '../../db/schema/index.js';
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

/**
 * Keeps every OCPP frame. Frames are published at once and written in batches
 * (one INSERT per flush, plus the per-tenant counters), off the charger's hot path.
 */
export function createMessageLog(deps: { db: Db; events: EventBus; onError: (err: unknown) => void }) {
  async function write(batch: OcppMessageData[]): Promise<void> {
    const perTenant = new Map<string, number>();
    for (const m of batch) perTenant.set(m.tenantId, (perTenant.get(m.tenantId) ?? 0) + 1);
    await bulkInsert(
      deps.db,
      ocppMessages,
      COLUMNS,
      batch.map((m) => ({
        message_id: m.id,
        tenant_id: m.tenantId,
        charger_id: m.chargerId,
        direction: m.direction,
        message_type: m.messageType,
        action: m.action,
        unique_id: m.uniqueId,
        payload: m.payload ?? null,
        timestamp: m.timestamp.toISOString(),
      })),
    );
    for (const [tenantId, n] of perTenant) {
      await deps.db
        .update(tenants)
        .set({ ocppMessageCount: sql`${tenants.ocppMessageCount} + ${n}` })
        .where(sql`${tenants.id} = ${tenantId}`);
    }
  }
  const batcher = createBatcher({ write, onError: deps.onError });

  return {
    record(frame: Omit<OcppMessageData, 'id'>): void {
      const message = { ...frame, id: randomUUID() };
      deps.events.publish('ocpp.message', message);
      batcher.push(message);
    },
    /** Writes what is pending; called on shutdown and by tests that read the log. */
    flush: batcher.flush,
  };
}

export type MessageLog = ReturnType<typeof createMessageLog>;
