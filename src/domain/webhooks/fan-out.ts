import type { WebhookEndpointRow } from './endpoint.repository.js';
import { wantsEventType } from './event-types.js';
import type { OutboxRow } from './outbox.repository.js';
import { newEventId, type WebhookBody } from './payloads.js';

export type EndpointTarget = Pick<WebhookEndpointRow, 'id' | 'eventTypes' | 'siteId' | 'chargerId'>;

/** Whether an endpoint gets an event of this type about this charger (on this site). */
export function endpointWants(
  e: EndpointTarget,
  type: string,
  about: { chargerId: string | null; siteId: string | null },
): boolean {
  if (!wantsEventType(e.eventTypes, type)) return false;
  if (e.chargerId && e.chargerId !== about.chargerId) return false;
  if (e.siteId && e.siteId !== about.siteId) return false;
  return true;
}

/** One outbox row per endpoint that wants the event; one `webhook-id` for all of them. */
export function outboxRowsFor(
  endpoints: EndpointTarget[],
  e: { tenantId: string; about: { id: string; siteId: string | null } | null; orderingKey: string; body: WebhookBody },
): OutboxRow[] {
  const targets = endpoints.filter((t) =>
    endpointWants(t, e.body.type, { chargerId: e.about?.id ?? null, siteId: e.about?.siteId ?? null }),
  );
  const eventId = newEventId();
  return targets.map((t) => ({
    tenantId: e.tenantId,
    endpointId: t.id,
    eventId,
    eventType: e.body.type,
    payload: e.body,
    orderingKey: e.orderingKey,
  }));
}

/**
 * Each tenant's enabled endpoints, kept for a moment: every OCPP event asks, and most tenants
 * have none. A change on this node drops the entry at once; other nodes see it within `ttlMs`.
 */
export function createEndpointCache(load: (tenantId: string) => Promise<EndpointTarget[]>, ttlMs = 2000) {
  const entries = new Map<string, { at: number; endpoints: Promise<EndpointTarget[]> }>();
  return {
    get(tenantId: string): Promise<EndpointTarget[]> {
      const hit = entries.get(tenantId);
      if (hit && Date.now() - hit.at < ttlMs) return hit.endpoints;
      // A drizzle query is a lazy thenable that runs again on every await: settle it once here.
      const endpoints = Promise.resolve().then(() => load(tenantId));
      entries.set(tenantId, { at: Date.now(), endpoints });
      endpoints.catch(() => entries.delete(tenantId));
      return endpoints;
    },
    /** Whether the tenant has any enabled endpoint for this type (no charger known yet). */
    async any(tenantId: string, type: string): Promise<boolean> {
      return (await this.get(tenantId)).some((e) => wantsEventType(e.eventTypes, type));
    },
    invalidate(tenantId: string): void {
      entries.delete(tenantId);
    },
    /** After a change whose tenant is not at hand (the delivery worker disabling an endpoint): rare. */
    clear(): void {
      entries.clear();
    },
  };
}

export type EndpointCache = ReturnType<typeof createEndpointCache>;
