import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chargers } from '../../db/schema/index.js';
import { byKey, jsonRecords } from '../../db/json-records.js';
import { retryOnDeadlock } from '../../db/deadlock.js';

/** What a charger says about itself in BootNotification (OCPP 1.6 §4.2); 2.0.1 maps onto the same. */
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

/** One BootNotification to record (BootInfo fields the charger left out keep their stored value). */
export interface BootWrite extends Partial<BootInfo> {
  chargerId: string;
  at: Date;
  ocppVersion: string;
  nodeId: string;
}

export interface BootWritten {
  registrationStatus: string;
  bootAcceptedAt: Date | null;
}

// BootInfo field -> column; each keeps its stored value when the charger did not send it.
const INFO_COLUMNS = {
  vendor: 'vendor',
  model: 'model',
  serialNumber: 'serial_number',
  chargeBoxSerialNumber: 'charge_box_serial_number',
  firmwareVersion: 'firmware_version',
  iccid: 'iccid',
  imsi: 'imsi',
  meterType: 'meter_type',
  meterSerialNumber: 'meter_serial_number',
} as const;
const INFO_SET = sql.raw(
  Object.values(INFO_COLUMNS)
    .map((c) => `${c} = coalesce(v.${c}, c.${c})`)
    .join(', '),
);
const INFO_TYPES = Object.values(INFO_COLUMNS)
  .map((c) => `${c} text`)
  .join(', ');

/**
 * Records many boots in ONE statement (a JSON array unpacked by jsonb_to_recordset), answering
 * per boot the registration as it is now in the database: an operator may have approved the
 * charger since it connected. A boot is accepted only while the charger is ACCEPTED.
 * Answers null for a charger that no longer exists. A charger twice in `boots` keeps the last.
 * `onlyNewer` (a boot replayed after an outage) leaves a charger that booted later alone.
 */
export async function writeBoots(
  db: Db,
  boots: BootWrite[],
  opts: { onlyNewer?: boolean } = {},
): Promise<(BootWritten | null)[]> {
  const latest = new Map<string, Record<string, unknown>>();
  for (const b of boots) {
    const row: Record<string, unknown> = {
      id: b.chargerId,
      at: b.at.toISOString(),
      ocpp_version: b.ocppVersion,
      node: b.nodeId,
    };
    for (const [field, column] of Object.entries(INFO_COLUMNS))
      row[column] = b[field as keyof typeof INFO_COLUMNS] ?? null;
    latest.set(b.chargerId, row);
  }
  const json = JSON.stringify(byKey(latest.values(), (r) => r.id as string));
  // Sorted rows lock in one order only while PostgreSQL joins them row by row; on a small fleet it may
  // hash-join a scan instead (table order), and batches then deadlock: the victim runs again.
  const result = (await retryOnDeadlock(() =>
    db.execute(sql`
    update ${chargers} c set ${INFO_SET}, ocpp_version = v.ocpp_version, last_boot_at = v.at,
      online = true, connected_node = v.node, last_seen_at = v.at, last_message = 'BootNotification',
      boot_accepted_at = case when c.registration_status = 'ACCEPTED' then v.at else c.boot_accepted_at end,
      updated_at = v.at
    from ${jsonRecords(json, `id uuid, at timestamptz, ocpp_version text, node text, ${INFO_TYPES}`, latest.size)} as v
    where c.id = v.id${opts.onlyNewer ? sql` and (c.last_boot_at is null or c.last_boot_at <= v.at)` : sql``}
    returning c.id, c.registration_status, (extract(epoch from c.boot_accepted_at) * 1000)::float8 as boot_accepted_ms`),
  )) as unknown;
  // postgres.js returns the rows; PGlite returns { rows }.
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    id: string;
    registration_status: string;
    boot_accepted_ms: number | null;
  }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return boots.map((b) => {
    const r = byId.get(b.chargerId);
    if (!r) return null;
    return {
      registrationStatus: r.registration_status,
      bootAcceptedAt: r.boot_accepted_ms === null ? null : new Date(Number(r.boot_accepted_ms)),
    };
  });
}
