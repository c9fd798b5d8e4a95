import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { connectors, connectorStatusHistory } from '../../db/schema/index.js';

/** One StatusNotification to record: the connector's latest state and a history row. */
export interface StatusWrite {
  tenantId: string;
  chargerId: string;
  connectorId: number;
  status: string;
  errorCode: string;
  info: string | null;
  vendorId: string | null;
  vendorErrorCode: string | null;
  statusAt: Date;
}

/**
 * Writes many StatusNotifications in two statements (a boot storm sends three per charger): the
 * connectors' latest state (created on first sight; an older replayed report never overwrites a
 * newer one) and every report into the history. Both are awaited: the charger is answered after.
 */
export async function writeStatusReports(db: Db, batch: StatusWrite[]): Promise<void[]> {
  // One upsert may not touch a row twice: keep the newest report per connector (the last on a tie).
  const latest = new Map<string, StatusWrite>();
  for (const w of batch) {
    const key = `${w.chargerId}:${w.connectorId}`;
    const seen = latest.get(key);
    if (!seen || seen.statusAt <= w.statusAt) latest.set(key, w);
  }
  const now = new Date();
  await db
    .insert(connectors)
    .values([...latest.values()])
    .onConflictDoUpdate({
      target: [connectors.chargerId, connectors.connectorId],
      set: {
        status: sql`excluded.status`,
        errorCode: sql`excluded.error_code`,
        info: sql`excluded.info`,
        vendorId: sql`excluded.vendor_id`,
        vendorErrorCode: sql`excluded.vendor_error_code`,
        statusAt: sql`excluded.status_at`,
        updatedAt: now,
      },
      setWhere: sql`${connectors.statusAt} is null or ${connectors.statusAt} <= excluded.status_at`,
    });
  await db.insert(connectorStatusHistory).values(batch.map((w) => ({ ...w, timestamp: w.statusAt })));
  return batch.map(() => undefined);
}
