import type { Logger } from 'pino';
import type { ConnectedCharger } from '../domain/chargers/charger.repository.js';
import type { StationService } from '../domain/chargers/station.service.js';
import { chargerScope, type Scope } from '../domain/scope.js';
import type { CallVerdict, ConnectionState, OcppVersion } from './handler.js';
import { flagQuirk } from './quirks.js';

/** What every connection of a server shares: passed by reference, never copied per socket. */
export interface ConnectionContext {
  /** The OCPP edge's logger; a connection's own (naming the charger) is made when first needed. */
  log: Logger;
  station: StationService;
}

/**
 * One charger connection's state between its frames. A node holds one per socket (19,000 here), so it
 * keeps only fields: the logger, the Scope and the quirk set are made on first use (most connections
 * never log, and a boot storm needs no Scope), and the frame log and garbage counter (`frames.ts`,
 * `server.ts`) are listeners shared by every socket that find this object as `client.session`
 * instead of closures per socket.
 */
export class ChargerConnection implements ConnectionState {
  #log: Logger | undefined;
  #scope: Scope | undefined;
  #quirks: Set<string> | undefined;
  /** CALL ids waiting for their answer, with their action (a CALLRESULT names none), per direction. */
  callsIn: Map<string, string> | undefined;
  callsOut: Map<string, string> | undefined;
  /** The raw inbound frame between ocpp-rpc's 'message' and its parsed 'call'/'response' event. */
  inbound: string | null = null;
  /** The parsed outbound frame between ocpp-rpc's 'call'/'response' and its 'message' event. */
  outboundParsed: unknown[] | null = null;
  /** Invalid messages in a row (`server.ts#disconnectOnGarbage`). */
  badMessages = 0;
  /** The rate budget's verdict on the last inbound CALL: `frames.ts` takes it, `guardRate` answers by it. */
  lastCall: { id: string; verdict: CallVerdict } | undefined;
  /** CALLs refused in a row: the first is logged, the rest only counted (`frames.ts`). */
  refusedInRow = 0;
  /** Refused CALLs not logged, whose CALLERROR is not logged either. */
  unlogged: Set<string> | undefined;

  constructor(
    public charger: ConnectedCharger,
    /** The agreed subprotocol: 'ocpp1.6' or 'ocpp2.0.1'. */
    readonly protocol: string,
    readonly version: OcppVersion,
    private readonly context: ConnectionContext,
  ) {}

  /** This connection's logger (names the charger). */
  get log(): Logger {
    return (this.#log ??= this.context.log.child({ chargePointId: this.charger.ocppId }));
  }

  /** The charger acts in its whole tenant (`chargerScope`). */
  get scope(): Scope {
    return (this.#scope ??= chargerScope(this.charger.tenantId));
  }

  /** Logs and keeps each kind of tolerated quirk once per connection (`quirks.ts`). */
  flag(quirk: string, detail: Record<string, unknown>): void {
    const seen = (this.#quirks ??= new Set());
    if (seen.has(quirk)) return;
    seen.add(quirk);
    flagQuirk(this.charger, this.context.station, this.log, quirk, detail);
  }
}
