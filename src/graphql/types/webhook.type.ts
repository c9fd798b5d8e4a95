import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EndpointHealthRow } from '../../domain/webhooks/delivery.repository.js';
import type { WebhookEndpointRow } from '../../domain/webhooks/endpoint.repository.js';
import type { WebhookDeliveryRow } from '../../domain/webhooks/outbox.repository.js';
import { Connection } from '../connection.js';
import { Node, toGlobalId } from '../node.js';
import { JSONScalar } from '../scalars.js';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first attempt or for a retry (see nextAttemptAt).' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Retries ran out, or the receiver answered 410 Gone. redeliverWebhook tries again.' },
  },
});

export enum WebhookEndpointState {
  HEALTHY = 'HEALTHY',
  FAILING = 'FAILING',
  DISABLED = 'DISABLED',
}
registerEnumType(WebhookEndpointState, {
  name: 'WebhookEndpointState',
  valuesConfig: {
    FAILING: { description: 'Its latest attempts failed; deliveries are being retried (see failingSince).' },
    DISABLED: { description: 'Nothing is sent until it is enabled again (see disabledReason).' },
  },
});

@ObjectType({ description: "How an endpoint's deliveries are going." })
export class WebhookEndpointHealth {
  @Field(() => WebhookEndpointState)
  state!: WebhookEndpointState;

  @Field(() => Int, { description: 'Deliveries waiting to be sent or retried.' })
  pending!: number;

  @Field(() => Int, { description: 'Deliveries that succeeded in the last 24 hours.' })
  delivered24h!: number;

  @Field(() => Int, { description: 'Deliveries whose latest attempt, in the last 24 hours, failed.' })
  failing24h!: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the latest attempt; null when none answered.' })
  lastStatusCode!: number | null;

  @Field(() => Date, { nullable: true })
  lastSuccessAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastFailureAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Failing without a success since then; failing for too long disables the endpoint.',
  })
  failingSince!: Date | null;

  static from(row: WebhookEndpointRow, stats: EndpointHealthRow | undefined): WebhookEndpointHealth {
    const state = !row.enabled
      ? WebhookEndpointState.DISABLED
      : row.failingSince
        ? WebhookEndpointState.FAILING
        : WebhookEndpointState.HEALTHY;
    return Object.assign(new WebhookEndpointHealth(), {
      state,
      pending: stats?.pending ?? 0,
      delivered24h: stats?.delivered24h ?? 0,
      failing24h: stats?.failing24h ?? 0,
      lastStatusCode: stats?.lastStatusCode ?? null,
      lastSuccessAt: row.lastSuccessAt,
      lastFailureAt: row.lastFailureAt,
      failingSince: row.failingSince,
    });
  }
}

@ObjectType({ implements: Node, description: 'Where events are pushed, signed per Standard Webhooks 1.0.' })
export class WebhookEndpoint implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;
  row!: WebhookEndpointRow;

  @Field(() => String)
  url!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Event types sent here; null: all of them except the opt-in meter_values.received.',
  })
  eventTypes!: string[] | null;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was disabled: by a user, 410 Gone, or failing for days.',
  })
  disabledReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events of chargers on this site.' })
  siteId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events of this charger.' })
  chargerId!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'After rotateWebhookSecret: until then deliveries carry a signature with the previous secret too.',
  })
  previousSecretExpiresAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  static from(row: WebhookEndpointRow): WebhookEndpoint {
    return Object.assign(new WebhookEndpoint(), {
      id: toGlobalId('WebhookEndpoint', row.id),
      dbId: row.id,
      row,
      url: row.url,
      description: row.description,
      eventTypes: row.eventTypes,
      enabled: row.enabled,
      disabledReason: row.disabledReason,
      siteId: row.siteId ? toGlobalId('Site', row.siteId) : null,
      chargerId: row.chargerId ? toGlobalId('Charger', row.chargerId) : null,
      previousSecretExpiresAt:
        row.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date() ? row.previousSecretExpiresAt : null,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  }
}

@ObjectType({ description: 'A new endpoint or a rotated secret. The secret is shown only here, once.' })
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpoint)
  endpoint!: WebhookEndpoint;

  @Field(() => String, { description: 'whsec_...: verify deliveries with it (any Standard Webhooks library).' })
  secret!: string;
}

@ObjectType({ implements: Node, description: 'One event on its way to one endpoint, with its latest attempt.' })
export class WebhookDelivery implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;
  endpointDbId!: string;

  @Field(() => String, { description: 'charger.connected, session.ended, ... (webhook.test for sendTestWebhook).' })
  eventType!: string;

  @Field(() => String, { description: 'The webhook-id header: the same for every attempt and endpoint of an event.' })
  eventId!: string;

  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the latest attempt; null when none answered.' })
  lastStatusCode!: number | null;

  @Field(() => Int, { nullable: true, description: 'How long the latest attempt took, in milliseconds.' })
  lastLatencyMs!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the latest attempt failed (timeout, refused, ...).' })
  lastError!: string | null;

  @Field(() => String, { nullable: true, description: "The start of the receiver's latest answer." })
  responseExcerpt!: string | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it is tried next; null once DELIVERED or FAILED.' })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => JSONScalar, { description: 'The body sent: { type, timestamp, data }.' })
  payload!: unknown;

  static from(row: WebhookDeliveryRow): WebhookDelivery {
    return Object.assign(new WebhookDelivery(), {
      id: toGlobalId('WebhookDelivery', row.id),
      dbId: row.id,
      endpointDbId: row.endpointId,
      eventType: row.eventType,
      eventId: row.eventId,
      status: row.status as WebhookDeliveryStatus,
      attempts: row.attempts,
      lastStatusCode: row.lastStatusCode,
      lastLatencyMs: row.lastLatencyMs,
      lastError: row.lastError,
      responseExcerpt: row.responseExcerpt,
      lastAttemptAt: row.lastAttemptAt,
      nextAttemptAt: row.status === 'PENDING' ? row.nextAttemptAt : null,
      deliveredAt: row.deliveredAt,
      createdAt: row.createdAt,
      payload: row.payload,
    });
  }
}

export const WebhookDeliveryConnection = Connection(WebhookDelivery);
