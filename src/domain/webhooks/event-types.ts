/** Every webhook event type (API.md "Webhooks"); `webhook.test` is only sent by sendTestWebhook. */
export const WEBHOOK_EVENT_TYPES = [
  'charger.connected',
  'charger.disconnected',
  'charger.booted',
  'charger.registration_changed',
  'connector.status_changed',
  'session.started',
  'session.updated',
  'session.ended',
  'meter_values.received',
  'reservation.created',
  'reservation.used',
  'reservation.expired',
  'reservation.cancelled',
  'command.completed',
  'charger.security_event',
  'firmware.status_changed',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number] | 'webhook.test';

/** High-volume types an endpoint gets only when it lists them (an endpoint with "all" does not). */
export const OPT_IN_EVENT_TYPES: ReadonlySet<string> = new Set(['meter_values.received']);

/** The event a reservation's status reports (REJECTED reports none: the reservation never existed for the charger). */
export function reservationEventType(status: string): WebhookEventType | null {
  const types: Record<string, WebhookEventType> = {
    ACTIVE: 'reservation.created',
    USED: 'reservation.used',
    EXPIRED: 'reservation.expired',
    CANCELLED: 'reservation.cancelled',
  };
  return types[status] ?? null;
}

export function isWebhookEventType(value: string): value is (typeof WEBHOOK_EVENT_TYPES)[number] {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** Whether an endpoint subscribed to `types` (null = all but the opt-in ones) wants `type`. */
export function wantsEventType(types: readonly string[] | null, type: string): boolean {
  if (type === 'webhook.test') return true;
  return types === null ? !OPT_IN_EVENT_TYPES.has(type) : types.includes(type);
}
