import type { Spool } from '../../db/spool/spool.js';
import type { BootInfo, BootWrite } from '../chargers/boot.repository.js';
import type { ConnectedCharger } from '../chargers/charger.repository.js';
import { bootStatusOf, type BootStatus, type StationService, type StatusReport } from '../chargers/station.service.js';
import { ServiceUnavailableError } from '../errors.js';
import type { Authorization, IdTagVerdict } from '../idtags/authorization.js';
import type { StationTransactionEvent, StationTransactions } from '../sessions/station-transactions.service.js';
import {
  NO_AUTHORIZATION_NEEDED,
  type ChargerRef,
  type MeterInput,
  type StartInput,
  type SpooledSoFar,
  type StopInput,
  type TransactionService,
} from '../sessions/transactions.service.js';

// Transaction ids taken from the sequence ahead of need, for StartTransactions during an outage.
const RESERVED_IDS = 200;
// Offline starts remembered so that a retried StartTransaction gets the same id (OCPP 1.6 §4.8).
const REMEMBERED_STARTS = 10_000;

const revive = <T extends { timestamp: Date }>(input: T): T => ({ ...input, timestamp: new Date(input.timestamp) });
const reviveStop = (input: StopInput): StopInput => ({
  ...revive(input),
  transactionData: input.transactionData?.map(revive),
});
const reviveEvent = (e: StationTransactionEvent): StationTransactionEvent => ({
  ...revive(e),
  readings: e.readings.map(revive),
});
const ref = (c: ChargerRef): ChargerRef => ({ id: c.id, tenantId: c.tenantId, siteId: c.siteId });

/**
 * What a node answers while PostgreSQL is unreachable (a failover takes 30-60 s): the charger is
 * answered at once from what the node knows (cached id tag verdicts, transaction ids reserved in
 * advance) and what it reported goes through the durable spool, as rows or as a deferred domain call
 * replayed in order once the database is back. Nothing here waits for the database.
 */
export function createOutageService(deps: {
  spool: Spool;
  transactions: TransactionService;
  stationTransactions: StationTransactions;
  station: StationService;
  authorization: Authorization;
}) {
  const { spool, transactions } = deps;
  let reserved: number[] = [];
  const starts = new Map<string, number>();

  spool.registerCall('session.start', (p: { charger: ChargerRef; input: StartInput; transactionId: number }) =>
    transactions.start(p.charger, revive(p.input), p.transactionId),
  );
  spool.registerCall('session.stop', (p: { charger: ChargerRef; input: StopInput }) =>
    transactions.stop(p.charger, reviveStop(p.input), true),
  );
  spool.registerCall('station.transactionEvent', (p: { charger: ChargerRef; event: StationTransactionEvent }) =>
    deps.stationTransactions.event(p.charger, reviveEvent(p.event), { replayed: true }),
  );
  spool.registerCall('station.boot', (p: BootWrite) => deps.station.replayBoot({ ...p, at: new Date(p.at) }));
  // Replayed at least once: a crash between the insert and the spool's mark can keep an event twice.
  spool.registerCall('station.event', (p: { charger: ChargerRef; type: string; payload: unknown; timestamp: string }) =>
    deps.station.recordEvent(p.charger, p.type, p.payload, new Date(p.timestamp)),
  );
  spool.registerCall('station.status', (p: { charger: ChargerRef; report: StatusReport }) =>
    deps.station.writeStatus(p.charger, revive(p.report)),
  );

  function verdict(charger: ChargerRef, idTag: string): IdTagVerdict {
    const known = deps.authorization.cached(charger.tenantId, idTag);
    // A tag this node has not seen: no answer we could stand by. The charger retries (or uses its own list).
    if (!known)
      throw new ServiceUnavailableError(`id tag ${idTag} is not known to this node while the database is unreachable`);
    return known;
  }

  function tokenVerdict(charger: ChargerRef, idTag: string, tokenType?: string): IdTagVerdict {
    return tokenType === 'NoAuthorization' ? NO_AUTHORIZATION_NEEDED : verdict(charger, idTag);
  }

  return {
    /** Takes transaction ids ahead of need (at start, and after an outage used some). */
    async reserveIds(): Promise<void> {
      if (reserved.length >= RESERVED_IDS / 2) return;
      reserved = reserved.concat(await transactions.reserveTransactionIds(RESERVED_IDS - reserved.length));
    },
    reservedIds: () => reserved.length,

    /** `tokenType`: OCPP 2.0.1's IdTokenEnumType (NoAuthorization needs no lookup). */
    authorize: tokenVerdict,

    /**
     * OCPP 2.0.1 TransactionEvent: the station names its transaction, so nothing here needs the
     * database but the token's verdict (from the cache). The event is replayed in spool order, kept
     * once by (station, transactionId, seqNo), so a retry spooled twice is applied once.
     */
    transactionEvent(charger: ChargerRef, event: StationTransactionEvent): { idTag: IdTagVerdict | null } {
      const idTag = event.idTag ? tokenVerdict(charger, event.idTag, event.tokenType ?? undefined) : null;
      spool.append('station.transactionEvent', { charger: ref(charger), event });
      return { idTag };
    },

    start(charger: ChargerRef, input: StartInput): { transactionId: number; idTag: IdTagVerdict } {
      const idTag = verdict(charger, input.idTag);
      const key = [
        charger.id,
        input.connectorId,
        input.idTag.toLowerCase(),
        input.timestamp.toISOString(),
        input.meterStartWh,
      ].join('|');
      const again = starts.get(key);
      if (again !== undefined) return { transactionId: again, idTag };
      const transactionId = reserved.shift();
      if (transactionId === undefined) throw new ServiceUnavailableError('no reserved transaction id left');
      spool.append('session.start', { charger: ref(charger), input, transactionId });
      starts.set(key, transactionId);
      if (starts.size > REMEMBERED_STARTS) starts.delete(starts.keys().next().value!);
      return { transactionId, idTag };
    },

    /** `spooled`: the usual path kept the readings already (it failed after): the stop goes without them. */
    stop(charger: ChargerRef, input: StopInput, spooled?: SpooledSoFar): { idTag: IdTagVerdict | null } {
      const stop = spooled?.readings ? { ...input, transactionData: [] } : input;
      spool.append('session.stop', { charger: ref(charger), input: stop });
      return { idTag: input.idTag ? (deps.authorization.cached(charger.tenantId, input.idTag) ?? null) : null };
    },

    /**
     * MeterValues: every value kept; the session is found by its transactionId when the rows are written.
     * Readings the usual path spooled before it failed (`spooled`) are kept once; only the session's live
     * register misses them, and the next reading or the stop moves it.
     */
    meterValues(charger: ChargerRef, input: MeterInput, spooled?: SpooledSoFar): void {
      if (spooled?.readings) return;
      transactions.recordReadings(charger, input.connectorId, input.transactionId ?? null, null, input.readings);
    },

    /**
     * BootNotification of a charger the handshake knew from its cache: answered from the registration
     * the node last read, the boot written once the database is back.
     */
    boot(
      charger: ConnectedCharger,
      info: BootInfo,
      ocppVersion: string,
      nodeId: string,
    ): { status: BootStatus; charger: ConnectedCharger } {
      const at = new Date();
      const write: BootWrite = { ...info, chargerId: charger.id, at, ocppVersion, nodeId };
      spool.append('station.boot', { ...write });
      const status = bootStatusOf(charger.registrationStatus);
      const booted = {
        ...charger,
        ocppVersion,
        lastBootAt: at,
        bootAcceptedAt: status === 'Accepted' ? at : charger.bootAcceptedAt,
      };
      deps.station.publishBooted(booted, status, at);
      return { status, charger: booted };
    },

    /** A charger event (2.0.1's BootReason) kept for when the database is back. */
    event(charger: ChargerRef, type: string, payload: unknown): void {
      spool.append('station.event', { charger: ref(charger), type, payload, timestamp: new Date() });
    },

    status(charger: ChargerRef, report: StatusReport): void {
      spool.append('station.status', { charger: ref(charger), report });
      deps.station.publishStatus(charger, report);
    },
  };
}

export type OutageService = ReturnType<typeof createOutageService>;
