import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { chargers } from './chargers.js';
import { createdAt, id, tstz, updatedAt } from './columns.js';
import { sites } from './sites.js';
import { tenants } from './tenancy.js';

/**
 * A circuit of a site's electrical tree (the grid connection at the root, sub-circuits below).
 * Limits are per phase in A; `maxPowerW` optionally caps it further (converted at 230 V per phase);
 * `reserveA` is kept free for load we do not manage (lights, a heat pump).
 */
export const circuits = pgTable(
  'circuits',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => circuits.id),
    name: text('name').notNull(),
    maxCurrentA: doublePrecision('max_current_a').notNull(),
    maxPowerW: integer('max_power_w'),
    phases: integer('phases').notNull().default(3), // 1 or 3
    strategy: text('strategy').notNull().default('EQUAL'), // EQUAL PRIORITY FIFO
    // IEC 61851-1: below 6 A a car may not charge at all; nobody is given less (held at 0 instead).
    minCurrentA: doublePrecision('min_current_a').notNull().default(6),
    reserveA: doublePrecision('reserve_a').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('circuits_site_idx').on(t.tenantId, t.siteId)],
);

/** A charger (or one connector of it, `connectorId` set) fed by a circuit. A charger hangs on one circuit. */
export const circuitChargers = pgTable(
  'circuit_chargers',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    circuitId: uuid('circuit_id')
      .notNull()
      .references(() => circuits.id, { onDelete: 'cascade' }),
    chargerId: uuid('charger_id')
      .notNull()
      .references(() => chargers.id),
    connectorId: integer('connector_id'), // null = every connector of the charger
    phases: integer('phases').notNull().default(3), // 1 or 3
    // Which grid phases the charger's L1 L2 L3 are wired to (OCPP 2.0.1 PhaseRotation: RST, STR, TRS, ...).
    phaseRotation: text('phase_rotation').notNull().default('RST'),
    priority: integer('priority').notNull().default(0),
    maxCurrentA: doublePrecision('max_current_a').notNull().default(32),
    // What the charger may draw when it cannot hear us: its TxDefaultProfile, and its weight while offline.
    fallbackLimitA: doublePrecision('fallback_limit_a').notNull().default(6),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('circuit_chargers_charger_key').on(t.chargerId, sql`coalesce(${t.connectorId}, 0)`),
    index('circuit_chargers_circuit_idx').on(t.circuitId),
  ],
);

/**
 * The live allocation of one connector: what the allocator wants (`targetA`), what was sent and
 * what the charger accepted (`acceptedA`, the only limit the API shows as in force), and the
 * measured current per grid phase. One row per attached connector.
 */
export const allocations = pgTable(
  'allocations',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    circuitId: uuid('circuit_id')
      .notNull()
      .references(() => circuits.id, { onDelete: 'cascade' }),
    chargerId: uuid('charger_id')
      .notNull()
      .references(() => chargers.id),
    connectorId: integer('connector_id').notNull(),
    sessionId: uuid('session_id'),
    transactionId: integer('transaction_id'),
    targetA: doublePrecision('target_a'),
    // Grid phases the connector loads, e.g. '{L1,L2,L3}' or '{L2}'.
    gridPhases: text('grid_phases')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    reason: text('reason').notNull().default('IDLE'),
    measuredL1: doublePrecision('measured_l1'),
    measuredL2: doublePrecision('measured_l2'),
    measuredL3: doublePrecision('measured_l3'),
    measuredAt: tstz('measured_at'),
    sentA: doublePrecision('sent_a'),
    sentAt: tstz('sent_at'),
    // The charger's answer to the last profile: ACCEPTED REJECTED OFFLINE FAILED (null = nothing sent yet).
    profileStatus: text('profile_status'),
    acceptedA: doublePrecision('accepted_a'),
    acceptedAt: tstz('accepted_at'),
    // The charger's default (TxDefaultProfile) it accepted, in A: what a new session here may draw before
    // its own limit arrives (null = never accepted one). Charger-wide, so the same on each of its rows.
    defaultA: doublePrecision('default_a'),
    rejections: integer('rejections').notNull().default(0),
    // Set when the charger keeps rejecting our limits: the allocator then counts it at what it may draw.
    flagged: boolean('flagged').notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('allocations_connector_key').on(t.chargerId, t.connectorId),
    index('allocations_circuit_idx').on(t.circuitId),
  ],
);
