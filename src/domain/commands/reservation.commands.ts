import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { EventBus } from '../../events/bus.js';
import { reservations } from '../../db/schema/index.js';
import { ConflictError, InputChecker, NotFoundError } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Actor } from '../roles.js';
import type { CommandAnswer, CommandSender } from './command-sender.js';
import type { ConnectorMarks } from './connector-marks.js';

export type ReservationRow = typeof reservations.$inferSelect;

export interface ReserveNowInput {
  chargerId: string;
  connectorId: number;
  idTag: string;
  expiresAt: Date;
  parentIdTag?: string | null;
}

/**
 * Reservations (OCPP 1.6 §5.13, §5.3): ACTIVE -> USED by a StartTransaction carrying the
 * reservationId, EXPIRED by the server's sweep, CANCELLED by cancelReservation.
 * A reservation the charger refused is kept as REJECTED with its answer.
 */
export function createReservationCommands(deps: {
  db: Db;
  events: EventBus;
  sender: CommandSender;
  marks: ConnectorMarks;
}) {
  const { db, sender, marks } = deps;

  const changed = (row: ReservationRow) =>
    deps.events.publish('reservation.changed', {
      tenantId: row.tenantId,
      chargerId: row.chargerId,
      reservationId: row.id,
      status: row.status,
      timestamp: row.updatedAt,
    });

  async function end(rows: ReservationRow[]): Promise<void> {
    for (const row of rows) {
      await marks.released(row.chargerId, row.connectorId);
      changed(row);
    }
  }

  return {
    async reserveNow(actor: Actor, input: ReserveNowInput): Promise<ReservationRow> {
      assertCan(actor, 'chargers:command');
      new InputChecker()
        .check(input.idTag.length >= 1 && input.idTag.length <= 20, 'idTag', 'must be 1-20 characters (CiString20)')
        .check(input.expiresAt.getTime() > Date.now(), 'expiresAt', 'must be in the future')
        .throwIfAny();
      const charger = await sender.charger(actor, input.chargerId);
      await sender.assertConnector(charger, input.connectorId, { allowZero: true });
      const id = await nextReservationId(db);
      const payload = {
        connectorId: input.connectorId,
        expiryDate: input.expiresAt.toISOString(),
        idTag: input.idTag,
        reservationId: Number(id),
        ...(input.parentIdTag ? { parentIdTag: input.parentIdTag } : {}),
      };
      const answer = await sender.command(actor, charger, 'ReserveNow', payload);
      const [row] = await db
        .insert(reservations)
        .values({
          tenantId: actor.tenantId,
          reservationId: Number(id),
          chargerId: charger.id,
          connectorId: input.connectorId,
          idTag: input.idTag,
          expiresAt: input.expiresAt,
          status: answer.status === 'Accepted' ? 'ACTIVE' : 'REJECTED',
          answer: answer.status,
        })
        .returning();
      if (row!.status === 'ACTIVE') {
        await marks.reserved(actor.tenantId, charger.id, input.connectorId);
        changed(row!);
      }
      return row!;
    },

    async cancelReservation(actor: Actor, id: string): Promise<CommandAnswer> {
      assertCan(actor, 'chargers:command');
      const [reservation] = await db
        .select()
        .from(reservations)
        .where(and(eq(reservations.tenantId, actor.tenantId), eq(reservations.id, id)));
      if (!reservation) throw new NotFoundError('Reservation', id);
      if (reservation.status !== 'ACTIVE') throw new ConflictError(`Reservation is ${reservation.status}, not ACTIVE`);
      const charger = await sender.charger(actor, reservation.chargerId);
      const answer = await sender.command(actor, charger, 'CancelReservation', {
        reservationId: reservation.reservationId,
      });
      if (answer.status === 'Accepted') {
        const rows = await db
          .update(reservations)
          .set({ status: 'CANCELLED', updatedAt: new Date() })
          .where(and(eq(reservations.id, id), eq(reservations.status, 'ACTIVE')))
          .returning();
        await end(rows);
      }
      return answer;
    },

    /** The server's own expiry: the charger expires it too, but may be offline or forget. */
    async expireReservations(): Promise<ReservationRow[]> {
      const rows = await db
        .update(reservations)
        .set({ status: 'EXPIRED', updatedAt: new Date() })
        .where(and(eq(reservations.status, 'ACTIVE'), lte(reservations.expiresAt, new Date())))
        .returning();
      await end(rows);
      return rows;
    },

    /**
     * The charger ended a reservation itself (OCPP 2.0.1 H01 ReservationStatusUpdate): Expired
     * reads EXPIRED, Removed (the station dropped it, e.g. its EVSE went out of order) CANCELLED.
     * Only an ACTIVE reservation changes: a USED one stays used. Null when unknown or already ended.
     */
    async endedByCharger(match: {
      chargerId: string;
      reservationId: number;
      status: 'Expired' | 'Removed';
    }): Promise<ReservationRow | null> {
      const rows = await db
        .update(reservations)
        .set({ status: match.status === 'Expired' ? 'EXPIRED' : 'CANCELLED', updatedAt: new Date() })
        .where(
          and(
            eq(reservations.chargerId, match.chargerId),
            eq(reservations.reservationId, match.reservationId),
            eq(reservations.status, 'ACTIVE'),
          ),
        )
        .returning();
      await end(rows);
      return rows[0] ?? null;
    },

    /**
     * StartTransaction with a reservationId consumed it (OCPP 1.6 §5.13). An already EXPIRED one is
     * taken too: the charger's clock decided, and the transaction happened. Returns null when unknown.
     */
    async useReservation(match: {
      chargerId: string;
      reservationId: number;
      sessionId?: string | null;
    }): Promise<ReservationRow | null> {
      const [row] = await db
        .update(reservations)
        .set({ status: 'USED', sessionId: match.sessionId ?? null, updatedAt: new Date() })
        .where(
          and(
            eq(reservations.chargerId, match.chargerId),
            eq(reservations.reservationId, match.reservationId),
            inArray(reservations.status, ['ACTIVE', 'EXPIRED']),
          ),
        )
        .returning();
      if (row) await end([row]);
      return row ?? null;
    },
  };
}

// OCPP reservationId: a CSMS-assigned integer, unique across chargers.
async function nextReservationId(db: Db): Promise<number> {
  const result = (await db.execute(sql`select nextval('reservation_id_seq')::int as id`)) as unknown;
  // postgres.js returns the rows; PGlite returns { rows }.
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { id: number }[];
  return Number(rows[0]!.id);
}

export type ReservationCommands = ReturnType<typeof createReservationCommands>;
