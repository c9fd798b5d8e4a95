import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, jsonb, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, deletedAt, id, tstz, updatedAt } from './columns.js';
import { tenants } from './tenancy.js';

export const sites = pgTable(
  'sites',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    name: text('name').notNull(),
    street: text('street'),
    city: text('city'),
    postalCode: text('postal_code'),
    country: text('country'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    timezone: text('timezone').notNull().default('UTC'),
    tariffId: uuid('tariff_id'),
    // A site may sit inside another (a garage inside a campus); the service keeps it acyclic and in-tenant.
    parentId: uuid('parent_id'),
    // Shown to the public (apps, roaming) under publicName; private sites are for their own users.
    public: boolean('public').notNull().default(false),
    publicName: text('public_name'),
    // The site's id in another system (ERP, roaming platform).
    externalId: text('external_id'),
    // { twentyFourSeven, weekly: [{ dayOfWeek, from, to }], exceptions: [{ date, periods }] } (domain/sites/opening-hours.ts);
    // null: not stated.
    openingHours: jsonb('opening_hours'),
    parkingType: text('parking_type'), // OCPI 2.2 ParkingType: ON_STREET PARKING_GARAGE ...
    // The operator's own fields (a JSON object), shown as given; `filter.customProperties` matches by containment.
    customProperties: jsonb('custom_properties'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [index('sites_tenant_idx').on(t.tenantId, t.createdAt), index('sites_parent_idx').on(t.parentId)],
);

/**
 * Prices are net of tax. Unit prices are exact decimals (numeric, never float);
 * fixed amounts are integer minor units. `elements` holds OCPI-2.2-shaped price
 * components and restrictions (time of day, weekday, kWh, duration, AC/DC).
 */
export const tariffs = pgTable(
  'tariffs',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    name: text('name').notNull(),
    currency: text('currency').notNull(),
    sessionFeeMinor: integer('session_fee_minor').notNull().default(0),
    energyPricePerKwh: numeric('energy_price_per_kwh', { precision: 14, scale: 6 }).notNull().default('0'),
    timePricePerHour: numeric('time_price_per_hour', { precision: 14, scale: 6 }).notNull().default('0'),
    idleFeePerMinute: numeric('idle_fee_per_minute', { precision: 14, scale: 6 }).notNull().default('0'),
    idleGraceMinutes: integer('idle_grace_minutes').notNull().default(0),
    minPriceMinor: integer('min_price_minor'),
    maxPriceMinor: integer('max_price_minor'),
    taxRatePercent: numeric('tax_rate_percent', { precision: 6, scale: 3 }).notNull().default('0'),
    elements: jsonb('elements'),
    // Billing blocks and rounding modes (UP DOWN EXACT) of the flat prices (OCPI step_size).
    energyStepWh: integer('energy_step_wh').notNull().default(1),
    timeStepSeconds: integer('time_step_seconds').notNull().default(1),
    idleStepSeconds: integer('idle_step_seconds').notNull().default(1),
    energyRounding: text('energy_rounding').notNull().default('EXACT'),
    timeRounding: text('time_rounding').notNull().default('EXACT'),
    // Id tag groups (id_tags.group_name) this tariff is offered to, e.g. members or employees.
    idTagGroups: text('id_tag_groups')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    priority: integer('priority').notNull().default(0),
    validFrom: tstz('valid_from'),
    validUntil: tstz('valid_until'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [index('tariffs_tenant_idx').on(t.tenantId, t.createdAt)],
);
