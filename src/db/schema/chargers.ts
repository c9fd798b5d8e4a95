import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, deletedAt, id, tstz, updatedAt } from './columns.js';
import { sites } from './sites.js';
import { tenants } from './tenancy.js';

export const chargers = pgTable(
  'chargers',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    siteId: uuid('site_id').references(() => sites.id),
    // The charge point identity in the OCPP URL; globally unique among live chargers.
    ocppId: text('ocpp_id').notNull(),
    name: text('name'),
    passwordHash: text('password_hash'),
    tariffId: uuid('tariff_id'),
    registrationStatus: text('registration_status').notNull().default('ACCEPTED'), // ACCEPTED PENDING REJECTED
    // Boot acceptance belongs to the charger, not to a connection (OCPP-J 1.6 §5.4).
    bootAcceptedAt: tstz('boot_accepted_at'),
    vendor: text('vendor'),
    model: text('model'),
    serialNumber: text('serial_number'),
    chargeBoxSerialNumber: text('charge_box_serial_number'),
    firmwareVersion: text('firmware_version'),
    iccid: text('iccid'),
    imsi: text('imsi'),
    meterType: text('meter_type'),
    meterSerialNumber: text('meter_serial_number'),
    ocppVersion: text('ocpp_version'),
    online: boolean('online').notNull().default(false),
    lastSeenAt: tstz('last_seen_at'),
    lastMessage: text('last_message'),
    lastBootAt: tstz('last_boot_at'),
    connectedNode: text('connected_node'),
    diagnosticsStatus: text('diagnostics_status'),
    firmwareStatus: text('firmware_status'),
    maxPowerW: integer('max_power_w'),
    // Tolerate over-long strings and similar harmless schema breaks from this charger.
    lenientValidation: boolean('lenient_validation').notNull().default(false),
    localListVersion: integer('local_list_version').notNull().default(0),
    // Set by the operator (OCPI 2.2 Capability names); null: derived from what the charger reports.
    capabilities: text('capabilities').array(),
    // The operator's own fields (a JSON object); `filter.customProperties` matches by containment.
    customProperties: jsonb('custom_properties'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex('chargers_ocpp_id_key')
      .on(t.ocppId)
      .where(sql`${t.deletedAt} is null`),
    index('chargers_tenant_idx').on(t.tenantId, t.createdAt),
    index('chargers_site_idx').on(t.siteId),
  ],
);

export const connectors = pgTable(
  'connectors',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    chargerId: uuid('charger_id')
      .notNull()
      .references(() => chargers.id),
    // Our connector position, 0 = the charger itself: the 1.6 connector id, the 2.0.1 EVSE id. One row
    // per EVSE (sessions, reservations, limits and ratings name it); its connectors are `evseConnectors`.
    connectorId: integer('connector_id').notNull(),
    status: text('status').notNull().default('UNKNOWN'),
    errorCode: text('error_code').notNull().default('NoError'),
    info: text('info'),
    vendorId: text('vendor_id'),
    vendorErrorCode: text('vendor_error_code'),
    statusAt: tstz('status_at'),
    maxPowerW: integer('max_power_w'),
    plugType: text('plug_type'),
    powerType: text('power_type').notNull().default('AC'), // AC DC (tariff restrictions)
    tariffId: uuid('tariff_id'),
    // eMI3 EVSE id (DE*ABC*E123*1), upper case; unique among the tenant's live chargers (service-checked).
    evseId: text('evse_id'),
    // The label on the hardware, e.g. A1.
    physicalReference: text('physical_reference'),
    maxVoltageV: integer('max_voltage_v'),
    maxCurrentA: integer('max_current_a'),
    phases: integer('phases'),
    format: text('format'), // SOCKET CABLE (OCPI 2.2 ConnectorFormat)
    // ChangeAvailability answered Scheduled (OCPP 1.6 §5.2): OPERATIVE or INOPERATIVE until it takes effect.
    scheduledAvailability: text('scheduled_availability'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('connectors_charger_connector_key').on(t.chargerId, t.connectorId)],
);

/**
 * OCPP 2.0.1: the connectors of an EVSE (a Type 2 socket and a CCS cable on EVSE 1), each with its
 * own status from StatusNotification(evseId, connectorId). The EVSE's row in `connectors` shows what
 * the EVSE can do as a whole (status.repository.ts#EVSE_STATUS_ORDER). A 1.6 connector is an EVSE with one
 * connector and no row here: its status is its `connectors` row.
 */
export const evseConnectors = pgTable(
  'evse_connectors',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    chargerId: uuid('charger_id')
      .notNull()
      .references(() => chargers.id),
    evseId: integer('evse_id').notNull(), // connectors.connector_id of the EVSE
    connectorId: integer('connector_id').notNull(), // within the EVSE, from 1
    status: text('status').notNull().default('UNKNOWN'),
    statusAt: tstz('status_at'),
    // A ChangeAvailability of this one connector answered Scheduled (the EVSE has several): as
    // connectors.scheduled_availability, until a report of this connector shows it took effect.
    scheduledAvailability: text('scheduled_availability'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('evse_connectors_key').on(t.chargerId, t.evseId, t.connectorId)],
);

export const connectorStatusHistory = pgTable(
  'connector_status_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    chargerId: uuid('charger_id')
      .notNull()
      .references(() => chargers.id),
    connectorId: integer('connector_id').notNull(),
    // OCPP 2.0.1: the connector within the EVSE `connectorId` that reported (null for 1.6).
    evseConnectorId: integer('evse_connector_id'),
    status: text('status').notNull(),
    errorCode: text('error_code').notNull(),
    info: text('info'),
    vendorErrorCode: text('vendor_error_code'),
    timestamp: tstz('timestamp').notNull(),
    receivedAt: tstz('received_at').notNull().defaultNow(),
  },
  (t) => [index('connector_status_history_charger_idx').on(t.chargerId, t.timestamp)],
);

export const chargerConfiguration = pgTable(
  'charger_configuration',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    chargerId: uuid('charger_id')
      .notNull()
      .references(() => chargers.id),
    key: text('key').notNull(),
    value: text('value'),
    readonly: boolean('readonly').notNull().default(false),
    // Keys the charger reported as unknownKey in GetConfiguration.conf.
    unknown: boolean('unknown').notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.chargerId, t.key] })],
);

export const chargingProfiles = pgTable(
  'charging_profiles',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    chargerId: uuid('charger_id')
      .notNull()
      .references(() => chargers.id),
    connectorId: integer('connector_id').notNull(),
    chargingProfileId: integer('charging_profile_id').notNull(),
    stackLevel: integer('stack_level').notNull(),
    purpose: text('purpose').notNull(),
    kind: text('kind').notNull(),
    profile: jsonb('profile').notNull(),
    status: text('status').notNull().default('ACTIVE'), // ACTIVE CLEARED REJECTED
    createdAt: createdAt(),
    clearedAt: tstz('cleared_at'),
  },
  (t) => [index('charging_profiles_charger_idx').on(t.chargerId, t.status)],
);

/** DataTransfer, SecurityEventNotification, diagnostics and firmware progress, as reported. */
export const chargerEvents = pgTable(
  'charger_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    chargerId: uuid('charger_id')
      .notNull()
      .references(() => chargers.id),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    timestamp: tstz('timestamp').notNull().defaultNow(),
  },
  (t) => [index('charger_events_charger_idx').on(t.chargerId, t.timestamp)],
);
