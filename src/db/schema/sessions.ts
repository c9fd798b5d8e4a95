import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgSequence,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { chargers } from './chargers.js';
import { createdAt, id, tstz, updatedAt } from './columns.js';
import { tariffs } from './sites.js';
import { tenants, users } from './tenancy.js';

// OCPP 1.6 transactionId and reservationId are CSMS-assigned integers, unique across all chargers.
export const transactionIdSeq = pgSequence('transaction_id_seq', { startWith: 1 });
export const reservationIdSeq = pgSequence('reservation_id_seq', { startWith: 1 });
// OCPP 2.0.1 RequestStartTransaction.remoteStartId: ours to assign; TransactionEvent echoes it (F01.FR.26).
export const remoteStartIdSeq = pgSequence('remote_start_id_seq', { startWith: 1 });

export const idTags = pgTable(
  'id_tags',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    value: text('value').notNull(),
    userId: uuid('user_id').references(() => users.id),
    status: text('status').notNull().default('ACCEPTED'), // ACCEPTED BLOCKED EXPIRED
    expiresAt: tstz('expires_at'),
    parentIdTag: text('parent_id_tag'),
    groupName: text('group_name'),
    // Load management on PRIORITY circuits: a session of this tag ranks at the higher of this and its charger's priority.
    chargingPriority: integer('charging_priority'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: tstz('deleted_at'),
  },
  (t) => [
    // idTag is CiString20: case-insensitive (OCPP 1.6 §3.9).
    uniqueIndex('id_tags_value_key')
      .on(t.tenantId, sql`lower(${t.value})`)
      .where(sql`${t.deletedAt} is null`),
    index('id_tags_user_idx').on(t.userId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    chargerId: uuid('charger_id')
      .notNull()
      .references(() => chargers.id),
    connectorId: integer('connector_id').notNull(), // 1.6 connector, 2.0.1 EVSE (0 until named)
    // OCPP 2.0.1: the connector within the EVSE, when the station named it (TransactionEvent evse.connectorId).
    evseConnectorId: integer('evse_connector_id'),
    transactionId: integer('transaction_id').unique(),
    // OCPP 2.0.1: the station names its transactions (a string up to 36 characters, unique per station).
    stationTransactionId: text('station_transaction_id'),
    // OCPP 2.0.1: the highest TransactionEvent seqNo applied, and the remoteStartId we sent.
    lastSeqNo: integer('last_seq_no'),
    remoteStartId: integer('remote_start_id'),
    idTag: text('id_tag'),
    userId: uuid('user_id').references(() => users.id),
    reservationId: integer('reservation_id'),
    status: text('status').notNull(), // PENDING ACTIVE COMPLETED FAILED
    startedAt: tstz('started_at'),
    stoppedAt: tstz('stopped_at'),
    meterStartWh: bigint('meter_start_wh', { mode: 'number' }),
    meterStopWh: bigint('meter_stop_wh', { mode: 'number' }),
    // Latest Energy.Active.Import.Register seen while active, for live energy.
    lastMeterWh: bigint('last_meter_wh', { mode: 'number' }),
    lastMeterAt: tstz('last_meter_at'),
    stopReason: text('stop_reason'),
    stopIdTag: text('stop_id_tag'),
    // Idempotency key of StartTransaction: connector, idTag, timestamp, meterStart.
    startKey: text('start_key'),
    tariffId: uuid('tariff_id').references(() => tariffs.id),
    tariffSnapshot: jsonb('tariff_snapshot'),
    cost: jsonb('cost'),
    // When a remote start was asked for; PENDING sessions fail after the charger's connection timeout.
    requestedAt: tstz('requested_at'),
    flags: jsonb('flags'), // quirks seen: zone-less timestamps, future start, ...
    // Limits set at remote start; the server stops the session when one is reached (session-limits.ts).
    maxEnergyWh: bigint('max_energy_wh', { mode: 'number' }),
    maxDurationSeconds: integer('max_duration_seconds'),
    maxCost: numeric('max_cost', { precision: 14, scale: 4 }), // gross, in the currency of the session's tariff
    limitReached: text('limit_reached'), // ENERGY DURATION COST: the server asked the charger to stop
    limitStopRequestedAt: tstz('limit_stop_requested_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('sessions_tenant_started_idx').on(t.tenantId, t.startedAt),
    index('sessions_charger_idx').on(t.chargerId, t.connectorId, t.status),
    index('sessions_user_idx').on(t.userId),
    uniqueIndex('sessions_start_key').on(t.chargerId, t.startKey),
    uniqueIndex('sessions_station_transaction_key').on(t.chargerId, t.stationTransactionId),
    // The FAILED sweep of remote starts that never got a StartTransaction.
    index('sessions_pending_idx')
      .on(t.requestedAt)
      .where(sql`${t.status} = 'PENDING'`),
    // The limits sweep: running sessions that have a limit.
    index('sessions_limited_idx')
      .on(t.startedAt)
      .where(
        sql`${t.status} = 'ACTIVE' and (${t.maxDurationSeconds} is not null or ${t.maxEnergyWh} is not null or ${t.maxCost} is not null)`,
      ),
  ],
);

/** Hot path: written in batches. `value` is normalised (Wh, W, ...); `raw` is as sent. */
export const meterValues = pgTable(
  'meter_values',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    chargerId: uuid('charger_id').notNull(),
    sessionId: uuid('session_id'),
    connectorId: integer('connector_id').notNull(),
    transactionId: integer('transaction_id'),
    timestamp: tstz('timestamp').notNull(),
    measurand: text('measurand').notNull(),
    value: doublePrecision('value'),
    raw: text('raw').notNull(),
    unit: text('unit'),
    rawUnit: text('raw_unit'), // the unit as sent (kWh), when `unit` is its normalised form (Wh)
    phase: text('phase'),
    context: text('context'),
    location: text('location'),
    format: text('format'),
  },
  // Read by session only (its values, its energy, pricing). No index by charger: nothing reads meter
  // values by charger, and each index costs an insert per value (five per MeterValues in the bench).
  (t) => [index('meter_values_session_idx').on(t.sessionId, t.timestamp)],
);

export const reservations = pgTable(
  'reservations',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    reservationId: integer('reservation_id').notNull().unique(),
    chargerId: uuid('charger_id')
      .notNull()
      .references(() => chargers.id),
    connectorId: integer('connector_id').notNull(),
    idTag: text('id_tag').notNull(),
    expiresAt: tstz('expires_at').notNull(),
    status: text('status').notNull(), // PENDING ACTIVE USED EXPIRED CANCELLED REJECTED FAILED
    // The charger's answer to ReserveNow (Accepted, Occupied, Faulted, Rejected, Unavailable).
    answer: text('answer'),
    sessionId: uuid('session_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('reservations_tenant_idx').on(t.tenantId, t.status, t.expiresAt),
    // The server-side expiry sweep.
    index('reservations_active_expiry_idx')
      .on(t.expiresAt)
      .where(sql`${t.status} = 'ACTIVE'`),
  ],
);

/** Charge detail record: immutable, written when a session ends. */
export const chargeDetailRecords = pgTable(
  'charge_detail_records',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    sessionId: uuid('session_id')
      .notNull()
      .unique()
      .references(() => sessions.id),
    tariffId: uuid('tariff_id').references(() => tariffs.id),
    currency: text('currency').notNull(),
    totalMinor: integer('total_minor').notNull(),
    data: jsonb('data').notNull(),
    // The session's stop, copied out of `data`: the list and the export filter and page by it.
    stoppedAt: tstz('stopped_at'),
    createdAt: createdAt(),
  },
  (t) => [index('charge_detail_records_tenant_stopped_idx').on(t.tenantId, t.stoppedAt)],
);
