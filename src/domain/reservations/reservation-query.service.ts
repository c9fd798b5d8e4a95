import type { PageArgs } from '../../db/paginate.js';
import { assertCan } from '../policy.js';
import type { Actor } from '../roles.js';
import type { ReservationFilter, ReservationQueryRepository, ReservationRow } from './reservation-query.repository.js';

const NOBODY = '00000000-0000-0000-0000-000000000000';

export function createReservationQueryService(deps: { reservations: ReservationQueryRepository }) {
  const { reservations } = deps;
  return {
    list(actor: Actor, filter: ReservationFilter, page: PageArgs) {
      assertCan(actor, 'reservations:read');
      const driver = actor.role === 'DRIVER' ? (actor.userId ?? NOBODY) : null;
      return reservations.list(actor.tenantId, filter, page, driver);
    },

    async get(actor: Actor, id: string): Promise<ReservationRow | null> {
      assertCan(actor, 'reservations:read');
      const [row] = await reservations.byIds(actor.tenantId, [id]);
      return row ?? null;
    },
  };
}

export type ReservationQueryService = ReturnType<typeof createReservationQueryService>;
