import { sql } from 'drizzle-orm';
import { bulkInsert, bulkInsertStatement } from '../../db/bulk-insert.js';
import type { Db } from '../../db/client.js';
import { connectors, connectorStatusHistory } from '../../db/schema/index.js';

/** One StatusNotification to record: the connector's latest state and a history row. */
export interface StatusWrite {
  tenantId: string;
  chargerId: string;
  connectorId: number;
  /** OCPP 2.0.1: the connector's number within its EVSE. */
  evseConnectorId?: number | null;
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
  // Both as ONE jsonb parameter each (db/bulk-insert.ts): drizzle's multi-row insert binds every
  // cell of every column (defaults included), which cost more CPU than the database's work.
  const upsert = bulkInsertStatement(
    connectors,
    LATEST,
    sql`${JSON.stringify([...latest.values()].map(rowOf))}::jsonb`,
  );
  await db.execute(sql`${upsert}
    on conflict (charger_id, connector_id) do update set
      status = excluded.status, error_code = excluded.error_code, info = excluded.info,
      vendor_id = excluded.vendor_id, vendor_error_code = excluded.vendor_error_code,
      status_at = excluded.status_at, updated_at = now()
    where ${connectors.statusAt} is null or ${connectors.statusAt} <= excluded.status_at`);
  await bulkInsert(db, connectorStatusHistory, HISTORY, batch.map(historyRowOf));
  return batch.map(() => undefined);
}

const LATEST = {
  tenant_id: 'uuid',
  charger_id: 'uuid',
  connector_id: 'int',
  evse_connector_id: 'int',
  status: 'text',
  error_code: 'text',
  info: 'text',
  vendor_id: 'text',
  vendor_error_code: 'text',
  status_at: 'timestamptz',
};

const rowOf = (w: StatusWrite) => ({
  tenant_id: w.tenantId,
  charger_id: w.chargerId,
  connector_id: w.connectorId,
  evse_connector_id: w.evseConnectorId ?? null,
  status: w.status,
  error_code: w.errorCode,
  info: w.info,
  vendor_id: w.vendorId,
  vendor_error_code: w.vendorErrorCode,
  status_at: w.statusAt,
});

const HISTORY = {
  tenant_id: 'uuid',
  charger_id: 'uuid',
  connector_id: 'int',
  status: 'text',
  error_code: 'text',
  info: 'text',
  vendor_error_code: 'text',
  timestamp: 'timestamptz',
};

const historyRowOf = (w: StatusWrite) => ({
  tenant_id: w.tenantId,
  charger_id: w.chargerId,
  connector_id: w.connectorId,
  status: w.status,
  error_code: w.errorCode,
  info: w.info,
  vendor_error_code: w.vendorErrorCode,
  timestamp: w.statusAt,
});
