import { sql } from 'drizzle-orm';
import { bulkInsert, bulkInsertStatement } from '../../db/bulk-insert.js';
import type { Db } from '../../db/client.js';
import { byKey, jsonRecords } from '../../db/json-records.js';
import { connectors, connectorStatusHistory, evseConnectors } from '../../db/schema/index.js';

/** One StatusNotification to record: the connector's latest state and a history row. */
export interface StatusWrite {
  tenantId: string;
  chargerId: string;
  /** Our connector position: the 1.6 connector, the 2.0.1 EVSE. */
  connectorId: number;
  /** OCPP 2.0.1: the connector within the EVSE `connectorId` (null: the EVSE, or a 1.6 connector). */
  evseConnectorId?: number | null;
  status: string;
  errorCode: string;
  info: string | null;
  vendorId: string | null;
  vendorErrorCode: string | null;
  statusAt: Date;
}

/**
 * What an EVSE with several connectors (OCPP 2.0.1) shows as a whole, from its connectors' statuses:
 * the first found in this order. One connector in use makes the EVSE busy (the others then report
 * Unavailable: one vehicle at a time); one free connector makes it AVAILABLE even if another is
 * faulted, because a car can still charge there. The connectors keep their own status.
 */
export const EVSE_STATUS_ORDER = [
  'CHARGING',
  'SUSPENDED_EVSE',
  'SUSPENDED_EV',
  'FINISHING',
  'PREPARING',
  'OCCUPIED',
  'RESERVED',
  'AVAILABLE',
  'FAULTED',
  'UNAVAILABLE',
];

/**
 * Writes many StatusNotifications in few statements (a boot storm sends three per charger): the
 * connectors' latest state (created on first sight; an older replayed report never overwrites a
 * newer one) and every report into the history. A report on one connector of a 2.0.1 EVSE updates
 * that connector and then the EVSE's own status (EVSE_STATUS_ORDER). All awaited: the charger is
 * answered after. Answers each report with its EVSE's status as stored now (a 1.6 connector: its own) and a pending schedule.
 */
export async function writeStatusReports(db: Db, batch: StatusWrite[]): Promise<StatusWritten[]> {
  const inEvse = batch.filter((w) => w.evseConnectorId != null);
  // A connector's own pending schedule (one connector of several: OCA TC_G_17), like the EVSE's below.
  const scheduledInEvse = new Map<string, string>();
  if (inEvse.length) {
    const json = sql`${JSON.stringify(newestPer(inEvse, evseConnectorKey).map(evseConnectorRowOf))}::jsonb`;
    const rows = rowsOf<{ charger_id: string; evse_id: number; connector_id: number; scheduled_availability: string }>(
      await db.execute(sql`${bulkInsertStatement(evseConnectors, EVSE_CONNECTOR, json)}
      on conflict (charger_id, evse_id, connector_id) do update set
        status = excluded.status, status_at = excluded.status_at, updated_at = now()
      where ${evseConnectors.statusAt} is null or ${evseConnectors.statusAt} <= excluded.status_at
      returning charger_id, evse_id, connector_id, scheduled_availability`),
    );
    for (const r of rows)
      if (r.scheduled_availability)
        scheduledInEvse.set(`${r.charger_id}:${r.evse_id}:${r.connector_id}`, r.scheduled_availability);
  }
  // Both as ONE jsonb parameter each (db/bulk-insert.ts): drizzle's multi-row insert binds every
  // cell of every column (defaults included), which cost more CPU than the database's work.
  const upsert = bulkInsertStatement(
    connectors,
    LATEST,
    sql`${JSON.stringify(newestPer(batch, positionKey).map(rowOf))}::jsonb`,
  );
  // Returns each written position's pending Scheduled availability: only those need the (rare)
  // check whether the change took effect, so a storm of reports costs no statement for it.
  const written = rowsOf<{ charger_id: string; connector_id: number; scheduled_availability: string | null }>(
    await db.execute(sql`${upsert}
    on conflict (charger_id, connector_id) do update set
      status = excluded.status, error_code = excluded.error_code, info = excluded.info,
      vendor_id = excluded.vendor_id, vendor_error_code = excluded.vendor_error_code,
      status_at = excluded.status_at, updated_at = now()
    where ${connectors.statusAt} is null or ${connectors.statusAt} <= excluded.status_at
    returning charger_id, connector_id, scheduled_availability`),
  );
  const scheduled = new Map(written.map((r) => [`${r.charger_id}:${r.connector_id}`, r.scheduled_availability]));
  const evseStatus = inEvse.length ? await settleEvses(db, inEvse) : new Map<string, string>();
  await bulkInsert(db, connectorStatusHistory, HISTORY, batch.map(historyRowOf));
  return batch.map((w) => ({
    status: evseStatus.get(positionKey(w)) ?? w.status,
    scheduledAvailability: scheduled.get(positionKey(w)) ?? null,
    evseConnectorScheduledAvailability: scheduledInEvse.get(evseConnectorKey(w)) ?? null,
  }));
}

/**
 * What a stored report left on its position: its status (the EVSE's, for a 2.0.1 connector) and a
 * pending schedule, the position's and (a 2.0.1 connector of an EVSE) the connector's own.
 */
export interface StatusWritten {
  status: string;
  scheduledAvailability: string | null;
  evseConnectorScheduledAvailability?: string | null;
}

/** postgres.js returns the rows; PGlite returns { rows }. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

/** The EVSEs' own status from their connectors (EVSE_STATUS_ORDER), returned by EVSE. */
async function settleEvses(db: Db, reports: StatusWrite[]): Promise<Map<string, string>> {
  const evses = byKey(newestPer(reports, positionKey), positionKey).map((w) => ({ c: w.chargerId, e: w.connectorId }));
  const order = sql`array[${sql.join(
    EVSE_STATUS_ORDER.map((s) => sql`${s}`),
    sql`, `,
  )}]::text[]`;
  const rows = rowsOf<{ charger_id: string; connector_id: number; status: string }>(
    await db.execute(sql`
    update ${connectors} c set status = agg.status, updated_at = now()
    from (
      select distinct on (ec.charger_id, ec.evse_id) ec.charger_id, ec.evse_id, ec.status
      from ${evseConnectors} ec
      join ${jsonRecords(JSON.stringify(evses), 'c uuid, e int', evses.length)} as x on ec.charger_id = x.c and ec.evse_id = x.e
      order by ec.charger_id, ec.evse_id, array_position(${order}, ec.status), ec.status_at desc nulls last
    ) agg
    where c.charger_id = agg.charger_id and c.connector_id = agg.evse_id
    returning c.charger_id, c.connector_id, c.status`),
  );
  return new Map(rows.map((r) => [`${r.charger_id}:${r.connector_id}`, r.status]));
}

const positionKey = (w: StatusWrite) => `${w.chargerId}:${w.connectorId}`;
const evseConnectorKey = (w: StatusWrite) => `${w.chargerId}:${w.connectorId}:${w.evseConnectorId}`;

/** One upsert may not touch a row twice: the newest report per row (the last on a tie). */
function newestPer(batch: StatusWrite[], key: (w: StatusWrite) => string): StatusWrite[] {
  const latest = new Map<string, StatusWrite>();
  for (const w of batch) {
    const seen = latest.get(key(w));
    if (!seen || seen.statusAt <= w.statusAt) latest.set(key(w), w);
  }
  return [...latest.values()];
}

const EVSE_CONNECTOR = {
  tenant_id: 'uuid',
  charger_id: 'uuid',
  evse_id: 'int',
  connector_id: 'int',
  status: 'text',
  status_at: 'timestamptz',
};

const evseConnectorRowOf = (w: StatusWrite) => ({
  tenant_id: w.tenantId,
  charger_id: w.chargerId,
  evse_id: w.connectorId,
  connector_id: w.evseConnectorId,
  status: w.status,
  status_at: w.statusAt,
});

const LATEST = {
  tenant_id: 'uuid',
  charger_id: 'uuid',
  connector_id: 'int',
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
  evse_connector_id: 'int',
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
  evse_connector_id: w.evseConnectorId ?? null,
  status: w.status,
  error_code: w.errorCode,
  info: w.info,
  vendor_error_code: w.vendorErrorCode,
  timestamp: w.statusAt,
});
