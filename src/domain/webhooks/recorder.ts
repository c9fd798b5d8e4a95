import type { EventBus } from '../../events/bus.js';
import type { DomainEventMap } from '../../events/events.js';
import { CONNECTOR_ERROR_CODES, FIRMWARE_STATUSES } from '../ocpp-report-words.js';
import { toGlobalId } from '../global-id.js';
import { endpointWants, outboxRowsFor, type EndpointCache } from './fan-out.js';
import { reservationEventType } from './event-types.js';
import type { OutboxRepository, OutboxRow } from './outbox.repository.js';
import {
  chargeDetailRecordData,
  chargerData,
  chargerRef,
  commandData,
  meterValueData,
  reservationData,
  sessionData,
  webhookBody,
} from './payloads.js';
import type { WebhookDataRepository } from './webhook-data.repository.js';
import { createSessionThrottle } from './session-throttle.js';

export interface RecorderOptions {
  sessionUpdateIntervalSeconds: number;
  meterBatchSeconds: number;
}

interface ChargerFacts {
  id: string;
  ocppId: string;
  siteId: string | null;
}

/**
 * Turns domain events into outbox rows, one per interested endpoint. It listens to this node's
 * own events (`events.on`), so each event is recorded once across nodes; rows are written in
 * batches and a failed batch is retried, so what the bus delivered reaches the outbox
 * (at-least-once from the event bus; a node dying between a change and this write loses it).
 */
export function createWebhookRecorder(deps: {
  events: EventBus;
  outbox: OutboxRepository;
  data: WebhookDataRepository;
  endpoints: EndpointCache;
  options: RecorderOptions;
  /** Resolves once pricing has finished with the session (its final cost and CDR are written). */
  pricingSettled: (sessionId: string) => Promise<void>;
  onError: (err: unknown) => void;
}) {
  const { events, data, endpoints } = deps;
  const written = new Set<() => void>();
  const writer = createOutboxWriter(deps.outbox, deps.onError, () => written.forEach((fn) => fn()));
  const pending = new Set<Promise<unknown>>();

  const tails = new Map<string, Promise<unknown>>();

  /**
   * Runs an event's recording off the publisher's path, after the earlier events about the same
   * resource (reads take varying time; the outbox order is the delivery order).
   */
  function track(key: string, work: () => Promise<unknown>): void {
    const p: Promise<unknown> = (tails.get(key) ?? Promise.resolve())
      .then(work)
      .catch(deps.onError)
      .finally(() => {
        pending.delete(p);
        if (tails.get(key) === p) tails.delete(key);
      });
    tails.set(key, p);
    pending.add(p);
  }

  async function record(
    tenantId: string,
    type: string,
    about: ChargerFacts | null,
    orderingKey: string,
    timestamp: Date,
    build: () => unknown | Promise<unknown>,
  ): Promise<void> {
    const wanted = (await endpoints.get(tenantId)).filter((e) =>
      endpointWants(e, type, { chargerId: about?.id ?? null, siteId: about?.siteId ?? null }),
    );
    if (!wanted.length) return;
    const body = webhookBody(type, timestamp, await build());
    writer.push(...outboxRowsFor(wanted, { tenantId, about, orderingKey, body }));
  }

  async function chargerOf(tenantId: string, chargerId: string) {
    const [row] = await data.chargers(tenantId, [chargerId]);
    return row ?? null;
  }

  /**
   * Events about the charger itself carry the whole Charger, read after the change; `known` are facts
   * the event carries that the row may not have yet (going online is written in batches).
   */
  function chargerEvent(
    tenantId: string,
    chargerId: string,
    type: string,
    timestamp: Date,
    extra = {},
    known: Partial<ReturnType<typeof chargerData>> = {},
  ) {
    track(`charger:${chargerId}`, async () => {
      if (!(await endpoints.any(tenantId, type))) return;
      const charger = await chargerOf(tenantId, chargerId);
      if (!charger) return;
      await record(tenantId, type, charger, `charger:${chargerId}`, timestamp, () => ({
        charger: { ...chargerData(charger), ...known },
        ...extra,
      }));
    });
  }

  async function sessionEvent(tenantId: string, sessionId: string, type: string, timestamp: Date): Promise<void> {
    if (!(await endpoints.any(tenantId, type))) return;
    if (type === 'session.ended') await deps.pricingSettled(sessionId);
    const session = await data.session(tenantId, sessionId);
    const charger = session && (await chargerOf(tenantId, session.chargerId));
    if (!session || !charger) return;
    await record(tenantId, type, charger, `session:${sessionId}`, timestamp, async () => {
      const body = sessionData(session, charger);
      if (type !== 'session.ended') return body;
      const cdr = await data.chargeDetailRecord(tenantId, sessionId);
      return { ...body, chargeDetailRecord: cdr ? chargeDetailRecordData(cdr) : null };
    });
  }

  const throttle = createSessionThrottle(deps.options.sessionUpdateIntervalSeconds * 1000, (tenantId, sessionId) =>
    track(`session:${sessionId}`, () => sessionEvent(tenantId, sessionId, 'session.updated', new Date())),
  );
  const meters = createMeterBatcher(deps.options.meterBatchSeconds * 1000, (tenantId, chargerId, readings) =>
    track(`meter:${chargerId}`, async () => {
      const charger = await chargerOf(tenantId, chargerId);
      if (!charger) return;
      await record(tenantId, 'meter_values.received', charger, `meter:${chargerId}`, new Date(), () => ({
        charger: chargerRef(charger),
        readings,
      }));
    }),
  );

  const handlers: { [T in keyof DomainEventMap]?: (e: DomainEventMap[T]) => void } = {
    'charger.connection': (e) =>
      chargerEvent(
        e.tenantId,
        e.chargerId,
        e.online ? 'charger.connected' : 'charger.disconnected',
        e.timestamp,
        {},
        // A connection is a sign of life; the row's online flag and lastSeenAt follow within 200 ms.
        e.online ? { online: true, lastSeenAt: e.timestamp.toISOString() } : { online: false },
      ),
    'charger.booted': (e) => chargerEvent(e.tenantId, e.chargerId, 'charger.booted', e.timestamp),
    'charger.registration': (e) => chargerEvent(e.tenantId, e.chargerId, 'charger.registration_changed', e.timestamp),
    'charger.status': (e) =>
      track(`charger:${e.chargerId}`, async () => {
        const type = 'connector.status_changed';
        if (!(await endpoints.any(e.tenantId, type))) return;
        const charger = await chargerOf(e.tenantId, e.chargerId);
        if (!charger) return;
        const errorCode = CONNECTOR_ERROR_CODES.nameOf(e.errorCode);
        await record(e.tenantId, type, charger, `charger:${e.chargerId}`, e.timestamp, () => ({
          charger: chargerRef(charger),
          connector: { connectorId: e.connectorId, status: e.status, errorCode },
          connectorId: e.connectorId,
          evseId: e.connectorId,
          evseConnectorId: e.evseConnectorId ?? (e.connectorId > 0 ? 1 : null),
          evseConnectorStatus: e.connectorId > 0 ? (e.evseConnectorStatus ?? e.status) : null,
          status: e.status,
          errorCode,
          online: e.online,
          timestamp: e.timestamp.toISOString(),
        }));
      }),
    'charger.event': (e) => {
      // Shaped like GraphQL's SecurityEvent and FirmwareStatusEvent (Charger.securityEvents, firmwareStatusHistory).
      if (e.type === 'SecurityEventNotification') {
        const p = e.payload as { type: string; timestamp?: string; techInfo?: string };
        const timestamp = p.timestamp ? new Date(p.timestamp).toISOString() : e.timestamp.toISOString();
        chargerEvent(e.tenantId, e.chargerId, 'charger.security_event', e.timestamp, {
          event: { type: p.type, timestamp, techInfo: p.techInfo ?? null },
        });
      }
      if (e.type === 'FirmwareStatusNotification')
        chargerEvent(e.tenantId, e.chargerId, 'firmware.status_changed', e.timestamp, {
          event: {
            kind: 'FIRMWARE',
            firmwareStatus: FIRMWARE_STATUSES.nameOf((e.payload as { status: string }).status),
            diagnosticsStatus: null,
            timestamp: e.timestamp.toISOString(),
          },
        });
    },
    'session.updated': (e) => {
      const key = `session:${e.sessionId}`;
      const at = e.timestamp ?? new Date();
      if (e.change === 'started') return track(key, () => sessionEvent(e.tenantId, e.sessionId, 'session.started', at));
      if (e.change === 'stopped') {
        throttle.forget(e.sessionId);
        return track(key, () => sessionEvent(e.tenantId, e.sessionId, 'session.ended', at));
      }
      if (e.status === 'ACTIVE') throttle.touch(e.tenantId, e.sessionId);
    },
    'meter.values': (e) =>
      track(`meter:${e.chargerId}`, async () => {
        if (await endpoints.any(e.tenantId, 'meter_values.received')) meters.push(e.tenantId, e.chargerId, reading(e));
      }),
    'reservation.changed': (e) =>
      track(`reservation:${e.reservationId}`, async () => {
        const type = reservationEventType(e.status);
        // Written with the change, in its transaction (reservation-outbox.ts): nothing to record here.
        if (!type || e.webhooksRecorded || !(await endpoints.any(e.tenantId, type))) return;
        const [reservation, charger] = [
          await data.reservation(e.tenantId, e.reservationId),
          await chargerOf(e.tenantId, e.chargerId),
        ];
        if (!reservation || !charger) return;
        await record(e.tenantId, type, charger, `reservation:${e.reservationId}`, e.timestamp, () =>
          reservationData(reservation, charger),
        );
      }),
    'command.completed': (e) =>
      track(`command:${e.commandId}`, async () => {
        if (!(await endpoints.any(e.tenantId, 'command.completed'))) return;
        const charger = await chargerOf(e.tenantId, e.chargerId);
        // The command's log row is final when this is published (unless writing it failed: nothing to show).
        const command = await data.command(e.tenantId, e.commandId);
        if (!charger || !command) return;
        await record(e.tenantId, 'command.completed', charger, `command:${e.commandId}`, e.timestamp, () =>
          commandData(command, charger),
        );
      }),
  };

  return {
    listen(): () => void {
      const offs = Object.entries(handlers).map(([topic, handler]) =>
        events.on(topic as keyof DomainEventMap, handler as (e: unknown) => void),
      );
      return () => {
        offs.forEach((off) => off());
        throttle.stop();
        meters.stop();
      };
    },

    /** Called after rows reach the outbox (the delivery worker looks at once). */
    onRecorded(listener: () => void): () => void {
      written.add(listener);
      return () => written.delete(listener);
    },

    /** Waits until every event heard so far is in the outbox (tests, shutdown). */
    async flush(): Promise<void> {
      meters.flushAll();
      while (pending.size) await Promise.all([...pending]);
      await writer.flush();
    },
  };
}

export type WebhookRecorder = ReturnType<typeof createWebhookRecorder>;

type MeterReadingData = ReturnType<typeof reading>;

function reading(e: DomainEventMap['meter.values']) {
  return {
    connectorId: e.connectorId,
    session: e.sessionId ? { id: toGlobalId('Session', e.sessionId) } : null,
    timestamp: e.timestamp.toISOString(),
    values: e.values.map(meterValueData),
  };
}

/** A charger's readings collected over a window and sent as one event. */
function createMeterBatcher(
  windowMs: number,
  send: (tenantId: string, chargerId: string, readings: MeterReadingData[]) => void,
) {
  const batches = new Map<
    string,
    { tenantId: string; chargerId: string; readings: MeterReadingData[]; timer: NodeJS.Timeout }
  >();
  const flush = (key: string) => {
    const batch = batches.get(key);
    if (!batch) return;
    clearTimeout(batch.timer);
    batches.delete(key);
    send(batch.tenantId, batch.chargerId, batch.readings);
  };
  return {
    push(tenantId: string, chargerId: string, r: MeterReadingData): void {
      const key = `${tenantId}:${chargerId}`;
      const batch = batches.get(key);
      if (batch) batch.readings.push(r);
      else batches.set(key, { tenantId, chargerId, readings: [r], timer: setTimeout(() => flush(key), windowMs) });
    },
    flushAll: () => [...batches.keys()].forEach(flush),
    stop: () => [...batches.keys()].forEach(flush),
  };
}

/** Outbox rows in batches; a failed write is retried (with the rows kept in order) rather than dropped. */
function createOutboxWriter(outbox: OutboxRepository, onError: (err: unknown) => void, onWritten: () => void) {
  let buffer: OutboxRow[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  async function write(batch: OutboxRow[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await outbox.insert(batch);
        return onWritten();
      } catch (err) {
        onError(err);
        if (attempt >= 10) return; // the database has been away for about a minute: give up on this batch
        await new Promise((r) => setTimeout(r, Math.min(200 * 2 ** attempt, 10_000)));
      }
    }
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = buffer;
    buffer = [];
    if (batch.length) writing = writing.then(() => write(batch));
    return writing;
  }

  return {
    push(...rows: OutboxRow[]): void {
      buffer.push(...rows);
      if (buffer.length >= 500) void flush();
      else timer ??= setTimeout(() => void flush(), 50);
    },
    flush,
  };
}
