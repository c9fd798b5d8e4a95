import type { Db } from '../../db/client.js';
import type { EventBus } from '../../events/bus.js';
import { ConflictError, InputChecker, NotFoundError } from '../errors.js';
import { assertCan } from '../policy.js';
import { chargerScope, type Scope } from '../scope.js';
import { noteForCaller, type CommandAnswer, type CommandSender } from './command-sender.js';
import type { CommandStateRepository, CommandStateStatements, ReservationRow } from './command-state.repository.js';
import type { ConnectorMarks } from './connector-marks.js';

export type { ReservationRow };

/** Implemented by the webhooks domain (reservation-outbox.ts). */
export interface ReservationWebhooks {
  write(tx: Db, rows: ReservationRow[]): Promise<void>;
}

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
 * PENDING until the charger answers; one it refused is kept as REJECTED with its answer, one it never
 * answered (offline, timeout, CALLERROR) as FAILED.
 */
export function createReservationCommands(deps: {
  state: CommandStateRepository;
  events: EventBus;
  sender: CommandSender;
  marks: ConnectorMarks;
  /** Writes a change's webhook outbox rows inside its transaction. */
  webhooks?: ReservationWebhooks;
}) {
  const { state, sender, marks } = deps;

  const changed = (row: ReservationRow, webhooksRecorded: boolean) =>
    deps.events.publish('reservation.changed', {
      tenantId: row.tenantId,
      chargerId: row.chargerId,
      reservationId: row.id,
      status: row.status,
      timestamp: row.updatedAt,
      webhooksRecorded,
    });

  async function end(rows: ReservationRow[], webhooksRecorded: boolean): Promise<void> {
    for (const row of rows) {
      await marks.released(chargerScope(row.tenantId), row.chargerId, row.connectorId);
      changed(row, webhooksRecorded);
    }
  }

  /**
   * The operator's and the server's own changes (reserve, cancel, expire) commit with their webhooks.
   * Those a charger's message makes (used, ended by the charger) are recorded from the event bus like
   * every OCPP event: no transaction on the charger's path (README "Webhooks").
   */
  async function withWebhooks(work: (s: CommandStateStatements) => Promise<ReservationRow[]>) {
    const { webhooks } = deps;
    if (!webhooks) return work(state);
    return state.inTransaction(async (s, tx) => {
      const rows = await work(s);
      await webhooks.write(tx, rows);
      return rows;
    });
  }
  const recorded = Boolean(deps.webhooks);

  return {
    async reserveNow(scope: Scope, input: ReserveNowInput): Promise<ReservationRow> {
      assertCan(scope, 'chargers:command');
      new InputChecker()
        .check(input.idTag.length >= 1 && input.idTag.length <= 20, 'idTag', 'must be 1-20 characters (CiString20)')
        .check(input.expiresAt.getTime() > Date.now(), 'expiresAt', 'must be in the future')
        .throwIfAny();
      const charger = await sender.charger(scope, input.chargerId);
      await sender.assertConnector(scope, charger, input.connectorId, { allowZero: true });
      const id = await state.nextReservationId();
      const payload = {
        connectorId: input.connectorId,
        expiryDate: input.expiresAt.toISOString(),
        idTag: input.idTag,
        reservationId: Number(id),
        ...(input.parentIdTag ? { parentIdTag: input.parentIdTag } : {}),
      };
      // Written PENDING before it is sent, so a caller that does not wait has the reservation to follow.
      const pending = await state.insertReservation(scope, {
        reservationId: Number(id),
        chargerId: charger.id,
        connectorId: input.connectorId,
        idTag: input.idTag,
        expiresAt: input.expiresAt,
        status: 'PENDING',
        answer: null,
      });
      noteForCaller('reservation', pending);
      const answer = await sender.command(scope, charger, 'ReserveNow', payload).catch(async (err: unknown) => {
        await state.settleReservation(scope, pending.id, { status: 'FAILED', answer: null });
        throw err;
      });
      const status = answer.status === 'Accepted' ? 'ACTIVE' : 'REJECTED';
      const [row] = await withWebhooks((s) =>
        s.settleReservation(scope, pending.id, { status, answer: answer.status }),
      );
      if (row?.status === 'ACTIVE') {
        await marks.reserved(scope, charger.id, input.connectorId);
        changed(row, recorded);
      }
      return row ?? pending;
    },

    async cancelReservation(scope: Scope, id: string): Promise<CommandAnswer> {
      assertCan(scope, 'chargers:command');
      const reservation = await state.reservation(scope, id);
      if (!reservation) throw new NotFoundError('Reservation', id);
      if (reservation.status !== 'ACTIVE') throw new ConflictError(`Reservation is ${reservation.status}, not ACTIVE`);
      const charger = await sender.charger(scope, reservation.chargerId);
      const answer = await sender.command(scope, charger, 'CancelReservation', {
        reservationId: reservation.reservationId,
      });
      if (answer.status === 'Accepted') {
        await end(await withWebhooks((s) => s.cancelReservation(scope, id)), recorded);
      }
      return answer;
    },

    /**
     * The server's own expiry: the charger expires it too, but may be offline or forget. Every node runs
     * it every sweep, through database outages too: the transaction (porsager/postgres#1208 kills the
     * process when a connection dies inside one) only starts when a plain read found something due.
     */
    async expireReservations(): Promise<ReservationRow[]> {
      if (!(await state.anyReservationDue())) return [];
      const rows = await withWebhooks((s) => s.expireReservationsDue());
      await end(rows, recorded);
      return rows;
    },

    /**
     * The charger ended a reservation itself (OCPP 2.0.1 H01 ReservationStatusUpdate): Expired
     * reads EXPIRED, Removed (the station dropped it, e.g. its EVSE went out of order) CANCELLED.
     * Only an ACTIVE reservation changes: a USED one stays used. Null when unknown or already ended.
     */
    async endedByCharger(match: {
      tenantId: string;
      chargerId: string;
      reservationId: number;
      status: 'Expired' | 'Removed';
    }): Promise<ReservationRow | null> {
      const rows = await state.endReservationByCharger(chargerScope(match.tenantId), {
        chargerId: match.chargerId,
        reservationId: match.reservationId,
        status: match.status === 'Expired' ? 'EXPIRED' : 'CANCELLED',
      });
      await end(rows, false);
      return rows[0] ?? null;
    },

    /**
     * StartTransaction with a reservationId consumed it (OCPP 1.6 §5.13). An already EXPIRED one is
     * taken too: the charger's clock decided, and the transaction happened. Returns null when unknown.
     */
    async useReservation(match: {
      tenantId: string;
      chargerId: string;
      reservationId: number;
      sessionId?: string | null;
    }): Promise<ReservationRow | null> {
      const row = await state.useReservation(chargerScope(match.tenantId), match);
      if (row) await end([row], false);
      return row ?? null;
    },
  };
}

export type ReservationCommands = ReturnType<typeof createReservationCommands>;
