import { createCoalescer, INGEST_MIN_BATCH } from '../../db/coalescer.js';
import type { EventBus } from '../../events/bus.js';
import type { DomainEventMap } from '../../events/events.js';
import { chargerScope } from '../scope.js';
import { pricingTariffOf } from '../tariffs/tariff.fields.js';
import type { TariffRepository } from '../tariffs/tariff.repository.js';
import type { Cost } from './cost.model.js';
import { computeCost } from './engine.js';
import {
  ENERGY_REGISTER,
  type LockedTariff,
  type PricedSession,
  type PricingRepository,
  type TariffSnapshot,
} from './pricing.repository.js';
import { selectTariff } from './selection.js';
import type { EnergyReading, SessionFacts } from './timeline.js';

/** Past this many readings a session's timeline is read from the database on each run instead of kept. */
const MAX_KEPT_READINGS = 5_000;
/** A session not updated for this long (its stop was lost) drops its kept timeline; a later run reloads it. */
const KEEP_IDLE_MS = 6 * 3_600_000;

interface Timeline {
  readings: EnergyReading[];
  /** Whether `readings` holds the database's rows too (else: only what arrived since this node started). */
  loaded: boolean;
  touchedAt: number;
  /** The session's locked tariff, once read or locked here (it never changes once locked). */
  locked?: LockedTariff;
}

/**
 * Prices sessions as they happen, driven by 'session.updated' from the OCPP lifecycle:
 * locks the tariff at start, stores a live cost on every meter update, and at stop the final
 * cost and an immutable charge detail record. Runs for one session are serialised and a burst
 * of updates collapses into one run, which always reads the latest data.
 */
export function createSessionPricing(deps: {
  pricing: PricingRepository;
  tariffs: TariffRepository;
  events: EventBus;
}) {
  const { pricing, tariffs, events } = deps;
  // Many chargers' meter values price many sessions at once: their reads and live-cost writes share
  // a statement per round instead of two round trips per message.
  const sessionReads = createCoalescer({
    run: async (ids: string[]) => {
      const found = await pricing.sessions(ids);
      return ids.map((id) => found.get(id) ?? null);
    },
    maxConcurrent: 2,
    maxBatch: 500,
    minBatchWhileBusy: INGEST_MIN_BATCH,
  });
  const costWrites = createCoalescer({
    run: async (batch: { sessionId: string; cost: Cost }[]) => {
      await pricing.saveCosts(batch);
      return batch.map(() => undefined);
    },
    maxConcurrent: 2,
    maxBatch: 500,
    minBatchWhileBusy: INGEST_MIN_BATCH,
  });
  const tails = new Map<string, Promise<void>>();
  const queued = new Set<string>();
  // Each session's energy readings, read from the database once per session and node and then kept
  // from the events: reading them all again on every meter value cost O(n) per message (O(n^2) per
  // session). Meter rows are written in batches after the event; the events carry the same values.
  const timelines = new Map<string, Timeline>();
  let sweptAt = Date.now();

  function remember(event: DomainEventMap['meter.values']): void {
    if (!event.sessionId) return;
    const energy = event.values.filter(
      (v) => v.measurand === ENERGY_REGISTER && v.value != null && !v.phase && (!v.location || v.location === 'Outlet'),
    );
    if (!energy.length) return;
    const timeline = timelines.get(event.sessionId) ?? { readings: [], loaded: false, touchedAt: 0 };
    timeline.readings.push(...energy.map((v) => ({ at: v.timestamp, wh: v.value! })));
    timeline.touchedAt = Date.now();
    timelines.set(event.sessionId, timeline);
    sweepIdle(timeline.touchedAt);
  }

  function sweepIdle(now: number): void {
    if (now - sweptAt < 60_000) return;
    sweptAt = now;
    for (const [id, t] of timelines) if (now - t.touchedAt > KEEP_IDLE_MS) timelines.delete(id);
  }

  /**
   * Live runs use the kept timeline. The final run (`fresh`) always merges the database's rows in:
   * a charger that reconnected to another node for part of the session sent readings this node never
   * saw as events, and the final cost is what gets billed.
   */
  async function readingsOf(sessionId: string, fresh: boolean): Promise<EnergyReading[]> {
    const timeline = timelines.get(sessionId) ?? { readings: [], loaded: false, touchedAt: Date.now() };
    if (timeline.loaded && !fresh) return timeline.readings;
    timelines.set(sessionId, timeline); // readings arriving while we read join this one
    const stored = await pricing.readings(sessionId);
    // What arrived by event may be stored already (batched writes): one reading per instant and value.
    const seen = new Set(stored.map(readingKey));
    const readings = [...stored, ...timeline.readings.filter((r) => !seen.has(readingKey(r)))];
    if (readings.length > MAX_KEPT_READINGS) {
      timelines.delete(sessionId);
      return readings;
    }
    timelines.set(sessionId, { readings, loaded: true, touchedAt: timeline.touchedAt, locked: timeline.locked });
    return readings;
  }

  /** The session's locked tariff: kept with its timeline, read once, or locked now (the first run of a session). */
  async function lockedTariff(session: PricedSession): Promise<LockedTariff> {
    const kept = timelines.get(session.id);
    if (kept?.locked) return kept.locked;
    // Locked at the first update we see (the start); a session whose start we missed locks at its stop.
    const locked = (session.locked && (await pricing.snapshot(session.id))) || (await lockTariff(session));
    const timeline = timelines.get(session.id) ?? { readings: [], loaded: false, touchedAt: Date.now() };
    timeline.locked = locked;
    timelines.set(session.id, timeline);
    return locked;
  }

  async function lockTariff(session: PricedSession): Promise<LockedTariff> {
    const startedAt = session.startedAt!;
    const candidates = await tariffs.candidates(chargerScope(session.tenantId), {
      chargerId: session.chargerId,
      connectorId: session.connectorId,
      idTag: session.idTag,
    });
    const chosen = selectTariff(candidates, startedAt);
    const lockedAt = new Date().toISOString();
    if (!chosen) return pricing.lock(session.id, { tariff: null, lockedAt });
    const place = await pricing.place(session.chargerId, session.connectorId);
    return pricing.lock(session.id, { tariff: pricingTariffOf(chosen.row), level: chosen.level, ...place, lockedAt });
  }

  async function factsOf(session: PricedSession, snapshot: TariffSnapshot): Promise<SessionFacts> {
    const readings: EnergyReading[] = [...(await readingsOf(session.id, session.status === 'COMPLETED'))];
    if (session.lastMeterAt && session.lastMeterWh != null)
      readings.push({ at: session.lastMeterAt, wh: session.lastMeterWh });
    const stopped = session.status === 'COMPLETED';
    if (stopped && session.stoppedAt && session.meterStopWh != null)
      readings.push({ at: session.stoppedAt, wh: session.meterStopWh });
    let latest = session.startedAt!.getTime();
    for (const r of readings) latest = Math.max(latest, r.at.getTime());
    return {
      startedAt: session.startedAt!,
      // Live: priced up to the latest reading, so the figure only moves when the charger reports.
      endAt: stopped && session.stoppedAt ? session.stoppedAt : new Date(latest),
      meterStartWh: session.meterStartWh ?? readings[0]?.wh ?? 0,
      readings,
      powerType: snapshot.powerType,
      timeZone: snapshot.timeZone,
    };
  }

  async function price(sessionId: string): Promise<void> {
    const session = await sessionReads.call(sessionId);
    if (!session?.startedAt || (session.status !== 'ACTIVE' && session.status !== 'COMPLETED')) return;
    const stopped = session.status === 'COMPLETED';
    const locked = await lockedTariff(session);
    const cost = locked.tariff ? computeCost(locked.tariff, await factsOf(session, locked), stopped) : null;
    if (stopped) timelines.delete(sessionId);
    if (!locked.tariff || !cost) return; // no tariff applied at start: Session.cost stays null
    await costWrites.call({ sessionId, cost });
    if (stopped) await pricing.insertChargeDetailRecord(chargeDetailRecord(session, locked, cost));
    events.publish('session.updated', {
      tenantId: session.tenantId,
      chargerId: session.chargerId,
      sessionId,
      status: session.status,
      costUpdated: true,
    });
  }

  function schedule(sessionId: string, onError: (err: unknown) => void): void {
    if (queued.has(sessionId)) return; // the run waiting to start will read the newest data anyway
    queued.add(sessionId);
    const tail = (tails.get(sessionId) ?? Promise.resolve())
      .then(() => {
        queued.delete(sessionId);
        return price(sessionId);
      })
      .catch(onError);
    tails.set(sessionId, tail);
    void tail.finally(() => {
      if (tails.get(sessionId) === tail) tails.delete(sessionId);
    });
  }

  return {
    /** Prices one session now (also what the listener runs). */
    price,

    /** Subscribes to session updates; returns the unsubscribe. */
    listen(onError: (err: unknown) => void): () => void {
      const offMeter = events.on('meter.values', remember);
      const offSession = events.on('session.updated', (event: DomainEventMap['session.updated']) => {
        // Only a started session has a price: a PENDING or FAILED one would cost a read to learn that.
        if (!event.costUpdated && (event.status === 'ACTIVE' || event.status === 'COMPLETED'))
          schedule(event.sessionId, onError);
      });
      return () => {
        offMeter();
        offSession();
      };
    },

    /** Resolves when the runs scheduled so far for this session have finished (webhooks wait for the final cost). */
    async settled(sessionId: string): Promise<void> {
      while (tails.has(sessionId)) await tails.get(sessionId)!.catch(() => {});
    },

    /** Resolves when every scheduled run has finished (shutdown, tests). */
    async idle(): Promise<void> {
      while (tails.size) await Promise.all([...tails.values()]);
    },
  };
}

export type SessionPricing = ReturnType<typeof createSessionPricing>;

const readingKey = (r: EnergyReading) => `${r.at.getTime()}:${r.wh}`;

/** What was charged and why: the session facts, the tariff as locked, and the final cost. */
function chargeDetailRecord(session: PricedSession, snapshot: TariffSnapshot, cost: Cost) {
  return {
    tenantId: session.tenantId,
    sessionId: session.id,
    tariffId: snapshot.tariff.id,
    currency: cost.currency,
    totalMinor: cost.totalMinor,
    stoppedAt: session.stoppedAt,
    data: {
      session: {
        transactionId: session.transactionId,
        chargerId: session.chargerId,
        connectorId: session.connectorId,
        idTag: session.idTag,
        startedAt: session.startedAt,
        stoppedAt: session.stoppedAt,
        meterStartWh: session.meterStartWh,
        meterStopWh: session.meterStopWh,
        stopReason: session.stopReason,
      },
      tariff: snapshot,
      cost,
    },
  };
}
