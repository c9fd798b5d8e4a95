import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { paginate, type Page, type PageArgs } from '../../db/paginate.js';
import { idTags, reservations } from '../../db/schema/index.js';

export type ReservationRow = typeof reservations.$inferSelect;

export interface ReservationFilter {
  chargerId?: string | null;
  status?: string[] | null;
  idTag?: string | null;
}

/** Reads of reservations, scoped by tenant. Making and cancelling them belongs to the remote commands. */
export function createReservationQueryRepository(db: Db) {
  return {
    async byIds(tenantId: string, ids: readonly string[]): Promise<ReservationRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(reservations)
        .where(and(eq(reservations.tenantId, tenantId), inArray(reservations.id, [...ids])));
    },

    list(
      tenantId: string,
      f: ReservationFilter,
      page: PageArgs,
      driverUserId: string | null,
    ): Promise<Page<ReservationRow>> {
      const c: (SQL | undefined)[] = [eq(reservations.tenantId, tenantId)];
      if (f.chargerId) c.push(eq(reservations.chargerId, f.chargerId));
      if (f.status?.length) c.push(inArray(reservations.status, f.status));
      if (f.idTag) c.push(sql`lower(${reservations.idTag}) = ${f.idTag.toLowerCase()}`);
      // A driver's reservations are those made with one of their id tags.
      if (driverUserId) {
        c.push(
          inArray(
            sql`lower(${reservations.idTag})`,
            db
              .select({ v: sql`lower(${idTags.value})` })
              .from(idTags)
              .where(eq(idTags.userId, driverUserId)),
          ),
        );
      }
      return paginate<ReservationRow>(db, {
        table: reservations,
        idColumn: reservations.id,
        where: and(...c),
        sort: { column: reservations.expiresAt, direction: 'desc' },
        page,
      });
    },
  };
}

export type ReservationQueryRepository = ReturnType<typeof createReservationQueryRepository>;
