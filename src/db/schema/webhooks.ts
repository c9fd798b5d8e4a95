import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { chargers } from './chargers.js';
import { createdAt, deletedAt, id, tstz, updatedAt } from './columns.js';
import { sites } from './sites.js';
import { tenants } from './tenancy.js';

/** Where a tenant wants its events pushed (Standard Webhooks 1.0). */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    url: text('url').notNull(),
    description: text('description'),
    // null: every event type except the opt-in ones (meter_values.received).
    eventTypes: text('event_types').array(),
    enabled: boolean('enabled').notNull().default(true),
    disabledReason: text('disabled_reason'),
    siteId: uuid('site_id').references(() => sites.id),
    chargerId: uuid('charger_id').references(() => chargers.id),
    // Kept readable: signing needs the secret itself (Standard Webhooks HMAC), not a hash of it.
    secret: text('secret').notNull(),
    // After a rotation the old secret signs too until this moment, so receivers can switch over.
    previousSecret: text('previous_secret'),
    previousSecretExpiresAt: tstz('previous_secret_expires_at'),
    // Set at the first failure after a success; an endpoint failing for long enough is disabled.
    failingSince: tstz('failing_since'),
    lastSuccessAt: tstz('last_success_at'),
    lastFailureAt: tstz('last_failure_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [index('webhook_endpoints_tenant_idx').on(t.tenantId, t.createdAt)],
);

/**
 * The outbox: one row per event and endpoint, delivered by the webhook worker. A row is PENDING
 * until DELIVERED or FAILED; `next_attempt_at` is both the retry time and the claim lease (a node
 * that dies mid-delivery leaves a row that becomes claimable again when it passes).
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    // Insertion order: per endpoint and ordering key, the lowest seq still PENDING goes first.
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id),
    // Standard Webhooks `webhook-id`: one per event, the same across retries and endpoints.
    eventId: text('event_id').notNull(),
    eventType: text('event_type').notNull(),
    // The body as sent: { type, timestamp, data }.
    payload: jsonb('payload').notNull(),
    // The resource the event is about (charger:<id>, session:<id>, ...): its events are delivered in order.
    orderingKey: text('ordering_key').notNull(),
    status: text('status').notNull().default('PENDING'), // PENDING DELIVERED FAILED
    attempts: integer('attempts').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    lastLatencyMs: integer('last_latency_ms'),
    lastError: text('last_error'),
    responseExcerpt: text('response_excerpt'),
    lastAttemptAt: tstz('last_attempt_at'),
    nextAttemptAt: tstz('next_attempt_at').notNull().defaultNow(),
    claimedBy: text('claimed_by'),
    deliveredAt: tstz('delivered_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('webhook_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'PENDING'`),
    index('webhook_deliveries_order_idx')
      .on(t.endpointId, t.orderingKey, t.seq)
      .where(sql`${t.status} = 'PENDING'`),
    index('webhook_deliveries_tenant_idx').on(t.tenantId, t.createdAt),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt),
  ],
);
