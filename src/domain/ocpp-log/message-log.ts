import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { ocppMessages, tenants } from '../../db/schema/index.js';
import type { EventBus } from '../../events/bus.js';
import type { OcppMessageData } from '../../events/events.js';

const FLUSH_EVERY_MS = 100;
const FLUSH_AT_ROWS = 500;

/**
 * Keeps every OCPP frame. Frames are published at once and written in batches
 * (one INSERT per flush, plus the per-tenant counters), off the charger's hot path.
 */
export function createMessageLog(deps: { db: Db; events: EventBus; onError: (err: unknown) => void }) {
  let buffer: OcppMessageData[] = [];
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> = Promise.resolve();

  async function write(batch: OcppMessageData[]): Promise<void> {
    const perTenant = new Map<string, number>();
    for (const m of batch) perTenant.set(m.tenantId, (perTenant.get(m.tenantId) ?? 0) + 1);
    await deps.db.insert(ocppMessages).values(batch.map(({ id: _id, ...m }) => m));
    for (const [tenantId, n] of perTenant) {
      await deps.db
        .update(tenants)
        .set({ ocppMessageCount: sql`${tenants.ocppMessageCount} + ${n}` })
        .where(sql`${tenants.id} = ${tenantId}`);
    }
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = buffer;
    buffer = [];
    if (batch.length) {
      flushing = flushing.then(() => write(batch)).catch(deps.onError);
    }
    return flushing;
  }

  return {
    record(message: OcppMessageData): void {
      deps.events.publish('ocpp.message', message);
      buffer.push(message);
      if (buffer.length >= FLUSH_AT_ROWS) void flush();
      else timer ??= setTimeout(() => void flush(), FLUSH_EVERY_MS);
    },
    /** Writes what is pending; called on shutdown and by tests that read the log. */
    flush,
  };
}

export type MessageLog = ReturnType<typeof createMessageLog>;
