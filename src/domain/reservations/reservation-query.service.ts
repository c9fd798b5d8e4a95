import type { PageArgs } from '../../db/paginate.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import type { ReservationFilter, ReservationQueryRepository, ReservationRow } from './reservation-query.repository.js';

/** Reads of reservations; a DRIVER's Scope sees those made with their own id tags. */
export function createReservationQueryService(deps: { reservations: ReservationQueryRepository }) {
  const { reservations } = deps;
  return {
    list(scope: Scope, filter: ReservationFilter, page: PageArgs) {
      assertCan(scope, 'reservations:read');
      return reservations.list(scope, filter, page);
    },

    async get(scope: Scope, id: string): Promise<ReservationRow | null> {
      assertCan(scope, 'reservations:read');
      const [row] = await reservations.byIds(scope, [id]);
      return row ?? null;
    },
  };
}

export type ReservationQueryService = ReturnType<typeof createReservationQueryService>;
