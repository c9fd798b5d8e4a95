import type { Db } from '../../db/client.js';
import type { EventBus } from '../../events/bus.js';
import type { ChargerRepository, ChargerRow, ConnectedCharger } from './charger.repository.js';
import { createBatcher } from '../../db/batcher.js';
import { createCoalescer, STORM_MIN_BATCH } from '../../db/coalescer.js';
import { CONNECTED, DISCONNECTED, publishConnection, type ConnectionEventRow } from './connection-events.js';
import { writeBoots, type BootInfo, type BootWrite } from './boot.repository.js';
import { writeStatusReports, type StatusWrite, type StatusWritten } from './status.repository.js';
import { createDataTransferRegistry } from './data-transfer.js';
import { createStationRepository, insertChargerEvents, type SignOfLife } from './station.repository.js';

export interface StatusReport {
  /** Our connector position: the 1.6 connectorId, the 2.0.1 EVSE id. */
  connectorId: number;
  /** OCPP 2.0.1: the connector within the EVSE that reported; null when the report is about the EVSE. */
  evseConnectorId?: number | null;
  status: string; // SCREAMING_CASE
  errorCode: string;
  info?: string;
  vendorId?: string;
  vendorErrorCode?: string;
  timestamp: Date;
}

type ChargerRef = Pick<ChargerRow, 'id' | 'tenantId'>;

export type BootStatus = 'Accepted' | 'Pending' | 'Rejected';

/** BootNotification's answer for a charger's registration (ACCEPTED, PENDING, REJECTED). */
export const bootStatusOf = (registration: string): BootStatus =>
  registration === 'ACCEPTED' ? 'Accepted' : registration === 'PENDING' ? 'Pending' : 'Rejected';

/** What chargers report about themselves, whatever OCPP version they speak. */
export function createStationService(deps: {
  db: Db;
  chargers: ChargerRepository;
  events: EventBus;
  onError: (err: unknown) => void;
}) {
  const { db, events } = deps;
  const rows = createStationRepository(db);

  /**
   * `stored.status`: the EVSE's status once a report on one of its connectors is stored (what the
   * EVSE can do as a whole); the report's own status otherwise (1.6, or not stored yet: an outage).
   * `stored.scheduledAvailability`: a Scheduled availability change still waiting on that position.
   */
  function publishStatus(
    charger: Pick<ChargerRow, 'id' | 'tenantId' | 'siteId'>,
    report: StatusReport,
    stored: StatusWritten = { status: report.status, scheduledAvailability: null },
  ): void {
    events.publish('charger.status', {
      tenantId: charger.tenantId,
      chargerId: charger.id,
      siteId: charger.siteId,
      connectorId: report.connectorId,
      ...(report.evseConnectorId != null
        ? { evseConnectorId: report.evseConnectorId, evseConnectorStatus: report.status }
        : {}),
      status: stored.status,
      ...(stored.scheduledAvailability ? { scheduledAvailability: stored.scheduledAvailability } : {}),
      ...(stored.evseConnectorScheduledAvailability
        ? { evseConnectorScheduledAvailability: stored.evseConnectorScheduledAvailability }
        : {}),
      errorCode: report.errorCode,
      online: true,
      timestamp: report.timestamp,
    });
  }

  function publishBooted(charger: Pick<ChargerRow, 'id' | 'tenantId' | 'ocppId'>, status: BootStatus, at: Date): void {
    events.publish('charger.booted', {
      tenantId: charger.tenantId,
      chargerId: charger.id,
      ocppId: charger.ocppId,
      registrationStatus: status,
      timestamp: at,
    });
  }

  /** Keeps what a charger reported that has no table of its own, and tells listeners. */
  async function recordEvent(
    charger: ChargerRef,
    type: string,
    payload: unknown,
    timestamp = new Date(),
  ): Promise<void> {
    await eventWrites.call({ tenantId: charger.tenantId, chargerId: charger.id, type, payload, timestamp });
    events.publish('charger.event', { tenantId: charger.tenantId, chargerId: charger.id, type, payload, timestamp });
  }

  // Awaited like a single INSERT (the event is told once written), but shared: a 2.0.1 boot storm
  // records a BootReason per boot.
  const eventWrites = createCoalescer({
    run: async (batch: Parameters<typeof rows.insertEvents>[0]) => {
      await rows.insertEvents(batch);
      return batch.map(() => undefined);
    },
    maxConcurrent: 4,
    maxBatch: 500,
    minBatchWhileBusy: STORM_MIN_BATCH,
  });
  // Boots arriving together (a site back from a power cut) share one UPDATE.
  const boots = createCoalescer({
    run: (batch: BootWrite[]) => writeBoots(db, batch),
    maxConcurrent: 4,
    maxBatch: 500,
    minBatchWhileBusy: STORM_MIN_BATCH,
  });
  // A boot storm sends three StatusNotifications per charger: they share two statements a round.
  const statusWrites = createCoalescer({
    run: (batch: StatusWrite[]) => writeStatusReports(db, batch),
    maxConcurrent: 4,
    maxBatch: 500,
    minBatchWhileBusy: STORM_MIN_BATCH,
  });
  // The online/offline history: rows nobody waits for, so a reconnect storm costs a few inserts.
  const connectionLog = createBatcher<ConnectionEventRow>({
    write: (batch) => insertChargerEvents(db, batch),
    onError: deps.onError,
    flushEveryMs: 200,
  });
  const signsOfLife = createBatcher<SignOfLife>({
    write: (batch) => rows.writeSignsOfLife(batch),
    onError: deps.onError,
    flushEveryMs: 200,
  });
  // Going offline is awaited (the charger must read offline before anything else is told), but a
  // thousand sockets dropping together (a network cut, a node shutting down) share a statement.
  const offlineMarks = createCoalescer<{ chargerId: string; node: string; at: Date }, void>({
    run: async (batch) => {
      await rows.markOffline(batch);
      return batch.map(() => undefined);
    },
    maxConcurrent: 2,
    maxBatch: 1000,
  });

  return {
    recordEvent,
    /** A heartbeat is told to listeners only: lastSeenAt already records it (see `seen`). */
    heartbeat(charger: ChargerRef): void {
      events.publish('charger.event', {
        tenantId: charger.tenantId,
        chargerId: charger.id,
        type: 'Heartbeat',
        payload: {},
        timestamp: new Date(),
      });
    },

    /** Vendor-specific DataTransfer handlers, by vendorId; unknown vendors get UnknownVendorId. */
    dataTransfer: createDataTransferRegistry(),

    /**
     * Live chargers by OCPP identity, across tenants: the handshake learns a charger's tenant from it
     * (identities are globally unique). One statement serves a connect storm's handshakes.
     */
    chargersByOcppIds: (ocppIds: readonly string[]) => deps.chargers.byOcppIds(ocppIds),

    /** Chargers changed since `since` (across tenants): keeps the handshake cache fresh. */
    handshakeChangesSince: (since: Date) => deps.chargers.handshakeChangesSince(since),

    /** The tenant that registers unknown chargers under this slug as Pending, if it opted in. */
    tenantAcceptingUnknown: (slug: string) => rows.tenantAcceptingUnknown(slug),

    /** An unknown charger under an opted-in tenant's slug: registered PENDING for an operator to approve. */
    registerPending: (tenantId: string, ocppId: string) => rows.insertPending(tenantId, ocppId),

    async boot(
      charger: ConnectedCharger,
      info: BootInfo,
      ocppVersion: string,
      nodeId: string,
    ): Promise<{ status: BootStatus; charger: ConnectedCharger }> {
      const now = new Date();
      // A booting charger is online here, whether or not its connection was written yet.
      const updated = await boots.call({ ...info, chargerId: charger.id, at: now, ocppVersion, nodeId });
      const booted = { ...charger, ...updated };
      const status = bootStatusOf(booted.registrationStatus);
      publishBooted(booted, status, now);
      return { status, charger: booted };
    },

    /**
     * A boot answered while PostgreSQL was unreachable (from the registration this node knew), written
     * once it is back. Replayed late, it must not undo a boot recorded since: only a newer boot is written.
     */
    replayBoot: async (write: BootWrite) => void (await writeBoots(db, [write], { onlyNewer: true })),

    publishBooted,

    /**
     * The OCPP version a charger connected with (a charger may switch): written with the signs of
     * life when it changed, so a first connect costs no statement of its own.
     */
    protocolVersion(charger: ConnectedCharger, ocppVersion: string): ConnectedCharger {
      if (charger.ocppVersion === ocppVersion) return charger;
      signsOfLife.push({ chargerId: charger.id, at: new Date(), action: null, node: null, ocppVersion });
      return { ...charger, ocppVersion };
    },

    /** DiagnosticsStatusNotification / FirmwareStatusNotification: the latest status on the charger, each one kept. */
    async firmwareProgress(
      charger: ChargerRef,
      kind: 'diagnostics' | 'firmware',
      status: string,
      payload: unknown,
    ): Promise<void> {
      await rows.setFirmwareStatus(charger.id, kind, status);
      await recordEvent(
        charger,
        kind === 'diagnostics' ? 'DiagnosticsStatusNotification' : 'FirmwareStatusNotification',
        payload,
      );
    },

    /**
     * Going online is written with the signs of life (a reconnect storm costs a few statements);
     * going offline at once, after them, and only by the node that holds the charger.
     */
    async connected(
      charger: Pick<ChargerRow, 'id' | 'tenantId' | 'ocppId' | 'siteId'>,
      nodeId: string,
      online: boolean,
    ): Promise<void> {
      const now = new Date();
      if (online) signsOfLife.push({ chargerId: charger.id, at: now, action: null, node: nodeId, ocppVersion: null });
      else {
        await signsOfLife.flush();
        await offlineMarks.call({ chargerId: charger.id, node: nodeId, at: now });
      }
      connectionLog.push({
        tenantId: charger.tenantId,
        chargerId: charger.id,
        type: online ? CONNECTED : DISCONNECTED,
        payload: { nodeId },
        timestamp: now,
      });
      publishConnection(events, charger, online, now);
    },

    /**
     * A sign of life (any frame, a pong; OCPP 1.6 §4.6): kept in batches, one UPDATE for every
     * charger heard from since the last flush, so a thousand booting chargers cost a few statements.
     */
    seen(chargerId: string, action: string | null): void {
      signsOfLife.push({ chargerId, at: new Date(), action, node: null, ocppVersion: null });
    },

    /** Writes pending signs of life and connection history (shutdown, tests). */
    flush: async () => void (await Promise.all([signsOfLife.flush(), connectionLog.flush()])),

    /** Writes a status report without telling listeners again (a StatusNotification deferred through an outage). */
    writeStatus: async (charger: ChargerRef, report: StatusReport): Promise<void> =>
      void (await statusWrites.call(statusValues(charger, report))),

    async status(charger: Pick<ChargerRow, 'id' | 'tenantId' | 'siteId'>, report: StatusReport): Promise<void> {
      publishStatus(charger, report, await statusWrites.call(statusValues(charger, report)));
    },

    /** Tells listeners of a status report now; its write may come later (database outage). */
    publishStatus,
  };
}

function statusValues(charger: ChargerRef, report: StatusReport) {
  return {
    tenantId: charger.tenantId,
    chargerId: charger.id,
    connectorId: report.connectorId,
    ...(report.evseConnectorId != null ? { evseConnectorId: report.evseConnectorId } : {}),
    status: report.status,
    errorCode: report.errorCode,
    info: report.info ?? null,
    vendorId: report.vendorId ?? null,
    vendorErrorCode: report.vendorErrorCode ?? null,
    statusAt: report.timestamp,
  };
}

export type StationService = ReturnType<typeof createStationService>;
