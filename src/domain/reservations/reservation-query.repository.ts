import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { ownedInScope, pageInScope } from '../../db/scoped.js';
import { reservations } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';

export type ReservationRow = typeof reservations.$inferSelect;

export interface ReservationFilter {
  chargerId?: string | null;
  status?: string[] | null;
  idTag?: string | null;
}

/**
 * Reads of reservations in a scope: a driver's are those made with one of their id tags
 * (`ownedInScope`). Making and cancelling them belongs to the remote commands.
 */
export function createReservationQueryRepository(db: Db) {
  return {
    async byIds(scope: Scope, ids: readonly string[]): Promise<ReservationRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(reservations)
        .where(ownedInScope(scope, reservations, inArray(reservations.id, [...ids])));
    },

    list(scope: Scope, f: ReservationFilter, page: PageArgs): Promise<Page<ReservationRow>> {
      return pageInScope<ReservationRow>(db, scope, {
        table: reservations,
        owned: reservations,
        where: [
          f.chargerId ? eq(reservations.chargerId, f.chargerId) : undefined,
          f.status?.length ? inArray(reservations.status, f.status) : undefined,
          f.idTag ? sql`lower(${reservations.idTag}) = ${f.idTag.toLowerCase()}` : undefined,
        ],
        sort: { column: reservations.expiresAt, direction: 'desc' },
        page,
      });
    },
  };
}

export type ReservationQueryRepository = ReturnType<typeof createReservationQueryRepository>;
