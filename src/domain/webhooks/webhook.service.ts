import { randomBytes } from 'node:crypto';
import type { Page, PageArgs } from '../../db/paginate.js';
import { InputChecker, InvalidInputError, NotFoundError } from '../errors.js';
import { toGlobalId } from '../global-id.js';
import { assertCan } from '../policy.js';
import type { ReferenceRepository } from '../references.repository.js';
import type { Scope } from '../scope.js';
import type { DeliveryFilter, DeliveryRepository, EndpointHealthRow } from './delivery.repository.js';
import type { WebhookEndpointRepository, WebhookEndpointRow, WebhookEndpointValues } from './endpoint.repository.js';
import { isWebhookEventType, WEBHOOK_EVENT_TYPES } from './event-types.js';
import type { WebhookDeliveryRow } from './outbox.repository.js';
import { newEventId, webhookBody } from './payloads.js';

/** Why a URL may not be used (SSRF guard, scheme), or null. Declared here, implemented by the webhooks edge. */
export type WebhookUrlCheck = (url: string) => Promise<string | null>;

export interface EndpointInput {
  url?: string | null;
  description?: string | null;
  /** null or omitted on create: every type except the opt-in ones. */
  eventTypes?: string[] | null;
  enabled?: boolean | null;
  siteId?: string | null;
  chargerId?: string | null;
}

export interface CreatedEndpoint {
  endpoint: WebhookEndpointRow;
  /** Shown once. */
  secret: string;
}

/** Standard Webhooks secrets: `whsec_` + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** Managing webhook endpoints and reading their delivery log. */
export function createWebhookService(deps: {
  endpoints: WebhookEndpointRepository;
  deliveries: DeliveryRepository;
  /** Whether a site or charger an endpoint filters on exists in the tenant. */
  references: Pick<ReferenceRepository, 'siteExists' | 'chargerExists'>;
  checkUrl: WebhookUrlCheck;
  /** How long the previous secret keeps signing after a rotation. */
  rotationOverlapSeconds: number;
  /** Endpoint lists cached for event fan-out are dropped when one changes. */
  onEndpointsChanged: (tenantId: string) => void;
}) {
  const { endpoints, deliveries } = deps;

  async function checked(scope: Scope, input: EndpointInput): Promise<void> {
    const unknown = (input.eventTypes ?? []).filter((t) => !isWebhookEventType(t));
    const urlProblem = input.url != null ? await deps.checkUrl(input.url) : null;
    new InputChecker()
      .check(input.url !== null, 'url', 'is required')
      .check(!urlProblem, 'url', urlProblem ?? '')
      .check(!unknown.length, 'eventTypes', `unknown: ${unknown.join(', ')}; known: ${WEBHOOK_EVENT_TYPES.join(' ')}`)
      .check((input.description ?? '').length <= 500, 'description', 'must be at most 500 characters')
      .throwIfAny();
    if (input.siteId && !(await deps.references.siteExists(scope, input.siteId)))
      throw new NotFoundError('Site', input.siteId);
    if (input.chargerId && !(await deps.references.chargerExists(scope, input.chargerId)))
      throw new NotFoundError('Charger', input.chargerId);
  }

  const changed = (row: WebhookEndpointRow) => (deps.onEndpointsChanged(row.tenantId), row);

  async function existing(scope: Scope, id: string): Promise<WebhookEndpointRow> {
    const row = await endpoints.get(scope, id);
    if (!row) throw new NotFoundError('WebhookEndpoint', id);
    return row;
  }

  return {
    async list(scope: Scope): Promise<WebhookEndpointRow[]> {
      assertCan(scope, 'webhooks:read');
      return endpoints.list(scope);
    },

    async byIds(scope: Scope, ids: readonly string[]): Promise<WebhookEndpointRow[]> {
      assertCan(scope, 'webhooks:read');
      return endpoints.byIds(scope, ids);
    },

    async create(scope: Scope, input: EndpointInput & { url: string }): Promise<CreatedEndpoint> {
      assertCan(scope, 'webhooks:write');
      await checked(scope, input);
      const secret = newWebhookSecret();
      const row = await endpoints.insert(scope, {
        url: input.url,
        description: input.description ?? null,
        eventTypes: input.eventTypes?.length ? [...new Set(input.eventTypes)] : null,
        enabled: input.enabled ?? true,
        siteId: input.siteId ?? null,
        chargerId: input.chargerId ?? null,
        secret,
      });
      return { endpoint: changed(row), secret };
    },

    /** Omitted fields stay; enabling again clears the reason it was disabled and its failure streak. */
    async update(scope: Scope, id: string, input: EndpointInput): Promise<WebhookEndpointRow> {
      assertCan(scope, 'webhooks:write');
      await existing(scope, id);
      await checked(scope, input);
      const values: WebhookEndpointValues = {};
      if (input.url != null) values.url = input.url;
      if (input.description !== undefined) values.description = input.description;
      if (input.eventTypes !== undefined)
        values.eventTypes = input.eventTypes?.length ? [...new Set(input.eventTypes)] : null;
      if (input.siteId !== undefined) values.siteId = input.siteId;
      if (input.chargerId !== undefined) values.chargerId = input.chargerId;
      if (input.enabled != null) {
        values.enabled = input.enabled;
        values.disabledReason = input.enabled ? null : 'Disabled by a user';
        if (input.enabled) values.failingSince = null;
      }
      const row = await endpoints.update(scope, id, values);
      if (!row) throw new NotFoundError('WebhookEndpoint', id);
      return changed(row);
    },

    async delete(scope: Scope, id: string): Promise<void> {
      assertCan(scope, 'webhooks:write');
      const row = await existing(scope, id);
      await endpoints.softDelete(scope, id);
      changed(row);
    },

    /** A new secret; the old one keeps signing (a second signature) for the overlap window. */
    async rotateSecret(scope: Scope, id: string): Promise<CreatedEndpoint> {
      assertCan(scope, 'webhooks:write');
      const before = await existing(scope, id);
      const secret = newWebhookSecret();
      const row = await endpoints.update(scope, id, {
        secret,
        previousSecret: before.secret,
        previousSecretExpiresAt: new Date(Date.now() + deps.rotationOverlapSeconds * 1000),
      });
      return { endpoint: changed(row!), secret };
    },

    async deliveries(scope: Scope, filter: DeliveryFilter, page: PageArgs): Promise<Page<WebhookDeliveryRow>> {
      assertCan(scope, 'webhooks:read');
      if (filter.eventType && filter.eventType !== 'webhook.test' && !isWebhookEventType(filter.eventType))
        throw new InvalidInputError([{ field: 'eventType', message: 'unknown event type' }]);
      return deliveries.list(scope, filter, page);
    },

    async redeliver(scope: Scope, deliveryId: string): Promise<WebhookDeliveryRow> {
      assertCan(scope, 'webhooks:write');
      const row = await deliveries.redeliver(scope, deliveryId);
      if (!row) throw new NotFoundError('WebhookDelivery', deliveryId);
      return row;
    },

    /** A `webhook.test` event to one endpoint, through the outbox like any other. */
    async sendTest(scope: Scope, endpointId: string): Promise<WebhookDeliveryRow> {
      assertCan(scope, 'webhooks:write');
      const endpoint = await existing(scope, endpointId);
      const eventId = newEventId();
      const now = new Date();
      return deliveries.insertOne(scope, {
        endpointId: endpoint.id,
        eventId,
        eventType: 'webhook.test',
        payload: webhookBody('webhook.test', now, {
          message: 'A test event from ChargeQL',
          endpointId: toGlobalId('WebhookEndpoint', endpoint.id),
        }),
        orderingKey: `test:${eventId}`,
      });
    },

    async health(scope: Scope, endpointIds: readonly string[]): Promise<EndpointHealthRow[]> {
      assertCan(scope, 'webhooks:read');
      return deliveries.health(scope, endpointIds);
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
