import type { Logger } from 'pino';
import type { ConnectedCharger } from '../domain/chargers/charger.repository.js';
import type { ReservationCommands } from '../domain/commands/reservation.commands.js';
import type { SmartChargingCommands } from '../domain/commands/smart-charging.commands.js';
import type { DeviceModelService } from '../domain/chargers/device-model.service.js';
import type { StationService } from '../domain/chargers/station.service.js';
import type { StationTransactions } from '../domain/sessions/station-transactions.service.js';
import type { SpooledSoFar, TransactionService } from '../domain/sessions/transactions.service.js';
import type { OutageService } from '../domain/outage/outage.service.js';
import type { Scope } from '../domain/scope.js';
import { createRPCError, type HandlerArgs } from './ocpp-rpc.js';
import type { FlagQuirk } from './quirks.js';
import { parseOcppTime } from './time.js';

export type OcppVersion = '1.6' | '2.0.1';

/** 'ocpp2.0.1' -> '2.0.1'. */
export const versionOf = (subprotocol: string): OcppVersion => (subprotocol === 'ocpp2.0.1' ? '2.0.1' : '1.6');

/** What one charger connection carries between its frames (`ChargerConnection` in connection.ts). */
export interface ConnectionState {
  charger: ConnectedCharger;
  /** The charger acts in its whole tenant (`chargerScope`), built once per connection when first used. */
  readonly scope: Scope;
  /** The agreed subprotocol: 'ocpp1.6' or 'ocpp2.0.1'. */
  protocol: string;
  /** The same as Charger.ocppVersion shows it: '1.6' or '2.0.1'. */
  version: OcppVersion;
  flag: FlagQuirk;
  /** This connection's logger (names the charger). */
  readonly log: Logger;
}

export interface HandlerDeps {
  station: StationService;
  transactions: TransactionService;
  /** OCPP 2.0.1 TransactionEvent: transactions the station names. */
  stationTransactions: StationTransactions;
  deviceModel: DeviceModelService;
  /** OCPP 2.0.1 ReservationStatusUpdate: the station ended a reservation itself. */
  reservations: Pick<ReservationCommands, 'endedByCharger'>;
  /** OCPP 2.0.1 ReportChargingProfiles: what the station holds, reconciled with the stored profiles. */
  profileReports: Pick<SmartChargingCommands, 'profilesReported'>;
  /** Answers from what the node knows while PostgreSQL is unreachable. */
  outage: OutageService;
  database: DatabaseState;
  heartbeatIntervalSeconds: number;
  /** This server node, recorded as where the charger is connected. */
  nodeId: string;
}

/** An action's request and response, as the generated `Ocpp16Actions` / `Ocpp201Actions` maps hold them. */
interface ActionTypes {
  request: unknown;
  response: unknown;
}

export type Handler<A extends ActionTypes = ActionTypes> = (
  state: ConnectionState,
  args: HandlerArgs<A['request']>,
) => Promise<A['response']>;

/** Handlers for some of a protocol version's actions, each typed by the generated payload types. */
export type HandlersOf<M> = { [K in keyof M]?: M[K] extends ActionTypes ? Handler<M[K]> : never };

/** Reads a timestamp the charger sent, flagging +03 offsets and zone-less times (read as UTC). */
export function timeOf(state: ConnectionState, action: string, value: string | undefined): Date {
  if (value === undefined) return new Date();
  const { date, quirk } = parseOcppTime(value);
  if (quirk) state.flag(`timestamp.${quirk}`, { action, value });
  return date;
}

/**
 * A handler's unexpected failure (a database error, a bug) reaches the charger as a bare
 * InternalError: the details go to our log, never onto the wire.
 */
export function guardInternal(
  action: string,
  handler: Handler,
  onError: (err: unknown, action: string, state: ConnectionState) => void,
): Handler {
  return async (state, args) => {
    try {
      return await handler(state, args);
    } catch (err) {
      if ((err as { rpcErrorCode?: string }).rpcErrorCode) throw err;
      onError(err, action, state);
      throw createRPCError('InternalError', 'The server could not process this message; retry later', {});
    }
  };
}

/**
 * Boot acceptance belongs to the charger, not the connection (OCPP-J 1.6 §5.4): a charger
 * never Accepted gets SecurityError for anything but BootNotification (OCPP-J 1.6 errata §3.8;
 * OCPP 2.0.1 B02.FR.09/B03.FR.07 say the same for a Pending or Rejected station).
 */
export function guardBoot(action: string, handler: Handler): Handler {
  if (action === 'BootNotification') return handler;
  return async (state, args) => {
    if (!state.charger.bootAcceptedAt) {
      throw createRPCError('SecurityError', 'Send BootNotification and be Accepted first', {});
    }
    return handler(state, args);
  };
}

/** The per-charger rate budget's answer to one CALL. */
export type CallVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * CALLs beyond the charger's budget (OCPP_RATE_LIMIT_*) get a CALLERROR at once, before any work:
 * one flooding charger must not load the node for the others. OCPP-J has no code for "slow down";
 * GenericError says so in words, with the seconds to wait in the details. `verdict` is the one the
 * frame log took for this CALL (it logs refused CALLs only by number).
 */
export function guardRate(
  verdict: (state: ConnectionState, messageId: string) => CallVerdict,
  handler: Handler,
): Handler {
  return async (state, args) => {
    const taken = verdict(state, args.messageId);
    if (!taken.ok)
      throw createRPCError('GenericError', `Too many messages; retry in ${taken.retryAfterSeconds}s`, {
        retryAfterSeconds: taken.retryAfterSeconds,
      });
    return handler(state, args);
  };
}

/** Whether PostgreSQL answers, as the OCPP edge needs to know it (db/health.ts). */
export interface DatabaseState {
  up(): boolean;
  /** Since when it is down (ms since epoch), 0 when up. */
  downSince(): number;
  /** Reports a failure; true when it was the connection (the database is then down). */
  failed(err: unknown): boolean;
}

/**
 * Runs the usual path, or the outage path when the database is known down or the usual path finds
 * it down. The usual path may have spooled part of what the charger sent before a later statement
 * failed (its readings, then the session's register): it says so in `spooled`, and the outage path
 * spools only the rest, so nothing reaches PostgreSQL twice.
 */
export async function throughOutage<T>(
  database: DatabaseState,
  usual: (spooled: SpooledSoFar) => Promise<T>,
  outage: (spooled: SpooledSoFar) => T,
): Promise<T> {
  const spooled: SpooledSoFar = { readings: false };
  if (!database.up()) return outage(spooled);
  try {
    return await usual(spooled);
  } catch (err) {
    if (database.failed(err)) return outage(spooled);
    throw err;
  }
}
