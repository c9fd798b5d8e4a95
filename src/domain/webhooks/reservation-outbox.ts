import type { Db } from '../../db/client.js';
import type { ReservationRow } from '../reservations/reservation-query.repository.js';
import { reservationEventType } from './event-types.js';
import { outboxRowsFor, type EndpointCache } from './fan-out.js';
import type { OutboxRepository, OutboxRow } from './outbox.repository.js';
import { reservationData, webhookBody } from './payloads.js';
import type { WebhookDataRepository } from './webhook-data.repository.js';

/**
 * Reservation webhooks written inside the transaction of the change they report (reserveNow,
 * cancelReservation, the expiry sweep): the reservation and its outbox rows commit together or
 * not at all. These are rare writes, so the transaction costs nothing on a hot path.
 */
export function createReservationOutbox(deps: {
  outbox: OutboxRepository;
  data: WebhookDataRepository;
  endpoints: EndpointCache;
}) {
  return {
    async write(tx: Db, rows: ReservationRow[]): Promise<void> {
      const out: OutboxRow[] = [];
      for (const r of rows) {
        const type = reservationEventType(r.status);
        if (!type || !(await deps.endpoints.any(r.tenantId, type))) continue;
        const [charger] = await deps.data.chargers(r.tenantId, [r.chargerId]);
        if (!charger) continue;
        out.push(
          ...outboxRowsFor(await deps.endpoints.get(r.tenantId), {
            tenantId: r.tenantId,
            about: charger,
            orderingKey: `reservation:${r.id}`,
            body: webhookBody(type, r.updatedAt, reservationData(r, charger)),
          }),
        );
      }
      if (out.length) await deps.outbox.insert(out, tx);
    },
  };
}

export type ReservationOutbox = ReturnType<typeof createReservationOutbox>;
