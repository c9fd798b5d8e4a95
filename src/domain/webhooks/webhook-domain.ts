import type { Db } from '../../db/client.js';
import type { EventBus } from '../../events/bus.js';
import type { ReferenceRepository } from '../references.repository.js';
import { chargerScope } from '../scope.js';
import { createDeliveryRepository } from './delivery.repository.js';
import { createWebhookEndpointRepository } from './endpoint.repository.js';
import { createEndpointCache } from './fan-out.js';
import { createOutboxRepository } from './outbox.repository.js';
import { createWebhookRecorder, type RecorderOptions } from './recorder.js';
import { createReservationOutbox } from './reservation-outbox.js';
import { createWebhookDataRepository } from './webhook-data.repository.js';
import { createWebhookService, type WebhookUrlCheck } from './webhook.service.js';

export interface WebhookDomainOptions extends RecorderOptions {
  checkUrl: WebhookUrlCheck;
  rotationOverlapSeconds: number;
}

/** The webhooks part of the domain: endpoint management, the outbox and what fills it. */
export function createWebhookDomain(
  deps: WebhookDomainOptions & {
    db: Db;
    events: EventBus;
    references: ReferenceRepository;
    onError: (err: unknown) => void;
    pricingSettled: (sessionId: string) => Promise<void>;
  },
) {
  const endpointRepository = createWebhookEndpointRepository(deps.db);
  const cache = createEndpointCache((tenantId) => endpointRepository.enabledOf(chargerScope(tenantId)));
  const outboxRepository = createOutboxRepository(deps.db);
  // An endpoint the worker disables (410, failing for days) gets no new events from this node at once.
  const outbox: typeof outboxRepository = {
    ...outboxRepository,
    async disableEndpoint(endpointId, reason) {
      await outboxRepository.disableEndpoint(endpointId, reason);
      cache.clear();
    },
  };
  const service = createWebhookService({
    endpoints: endpointRepository,
    deliveries: createDeliveryRepository(deps.db),
    references: deps.references,
    checkUrl: deps.checkUrl,
    rotationOverlapSeconds: deps.rotationOverlapSeconds,
    onEndpointsChanged: cache.invalidate,
  });
  const data = createWebhookDataRepository(deps.db);
  const recorder = createWebhookRecorder({
    events: deps.events,
    outbox,
    data,
    endpoints: cache,
    options: deps,
    pricingSettled: deps.pricingSettled,
    onError: deps.onError,
  });
  return { service, recorder, outbox, reservations: createReservationOutbox({ outbox, data, endpoints: cache }) };
}

export type WebhookDomain = ReturnType<typeof createWebhookDomain>;
