import { bigserial, boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { chargers } from './chargers.js';
import { tstz, updatedAt } from './columns.js';
import { tenants } from './tenancy.js';

/**
 * Every OCPP 2.0.1 TransactionEvent as received, once: (charger, transaction, seqNo) is the
 * idempotency key (a station retries a message it got no answer to), and the seqNo gaps show lost messages.
 */
export const transactionEvents = pgTable(
  'transaction_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    chargerId: uuid('charger_id')
      .notNull()
      .references(() => chargers.id),
    sessionId: uuid('session_id'),
    transactionId: text('transaction_id').notNull(),
    seqNo: integer('seq_no').notNull(),
    eventType: text('event_type').notNull(), // Started Updated Ended
    triggerReason: text('trigger_reason').notNull(),
    offline: boolean('offline').notNull().default(false),
    timestamp: tstz('timestamp').notNull(),
    payload: jsonb('payload').notNull(),
    receivedAt: tstz('received_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('transaction_events_seq_key').on(t.chargerId, t.transactionId, t.seqNo)],
);

/**
 * The OCPP 2.0.1 device model of a station (NotifyReport, GetVariables, SetVariables): one row per
 * component / variable / attribute type. Absent instances and EVSE/connector are '' and 0, so the
 * unique key needs no NULL handling.
 */
export const deviceVariables = pgTable(
  'device_variables',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    chargerId: uuid('charger_id')
      .notNull()
      .references(() => chargers.id),
    component: text('component').notNull(),
    componentInstance: text('component_instance').notNull().default(''),
    evseId: integer('evse_id').notNull().default(0),
    connectorId: integer('connector_id').notNull().default(0),
    variable: text('variable').notNull(),
    variableInstance: text('variable_instance').notNull().default(''),
    attributeType: text('attribute_type').notNull().default('Actual'),
    value: text('value'),
    mutability: text('mutability'),
    dataType: text('data_type'),
    unit: text('unit'),
    // NotifyReport characteristics beyond the columns above (valuesList, maxLimit, ...).
    characteristics: jsonb('characteristics'),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('device_variables_key').on(
      t.chargerId,
      t.component,
      t.componentInstance,
      t.evseId,
      t.connectorId,
      t.variable,
      t.variableInstance,
      t.attributeType,
    ),
    index('device_variables_tenant_idx').on(t.tenantId, t.chargerId),
  ],
);
