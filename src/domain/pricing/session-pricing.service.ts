import { createCoalescer, INGEST_MIN_BATCH } from '../../db/coalescer.js';
import type { EventBus } from '../../events/bus.js';
import type { DomainEventMap } from '../../events/events.js';
import { chargerScope } from '../scope.js';
import { pricingTariffOf } from '../tariffs/tariff.fields.js';
import type { TariffRepository } from '../tariffs/tariff.repository.js';
import type { Cost } from './cost.model.js';
import { computeCost, computeLiveCost, pricesLive } from './engine.js';
import {
  ENERGY_REGISTER,
  type LockedTariff,
  type PricedSession,
  type PricingRepository,
  type TariffSnapshot,
} from './pricing.repository.js';
import type { PricingTariff } from './tariff.model.js';
import { selectTariff } from './selection.js';
import { extendCurve, startCurve, type EnergyReading, type LiveCurve, type SessionFacts } from './timeline.js';

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
  /** Live pricing's curve over `readings` (a tariff without restrictions), extended as they arrive. */
  kept?: KeptCurve;
}

interface KeptCurve {
  curve: LiveCurve;
  /** How many of the timeline's readings are in the curve. */
  folded: number;
  /** The latest folded readings' keys: the session row's last reading is usually one of them. */
  recent: string[];
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

  /**
   * The live cost from the session's kept curve, extended by the readings that arrived since the last
   * run: O(1) per reading instead of the whole session's. Null when the full computation must run: a
   * tariff with restrictions, no meter start, too many readings to keep, or a reading before the latest
   * one (the curve is then folded again in time order, so the next in-order readings extend it).
   */
  async function keptCurveCost(session: PricedSession, tariff: PricingTariff, snapshot: TariffSnapshot) {
    if (session.meterStartWh == null || !pricesLive(tariff)) return null;
    const readings = await readingsOf(session.id, false);
    const timeline = timelines.get(session.id);
    if (timeline?.readings !== readings) return null; // past MAX_KEPT_READINGS: not kept
    const start = session.startedAt!;
    let kept = timeline.kept;
    if (kept?.curve.start !== start.getTime() || kept.curve.meterStartWh !== session.meterStartWh)
      kept = timeline.kept = { curve: startCurve(start, session.meterStartWh), folded: 0, recent: [] };
    for (; kept.folded < readings.length; kept.folded++) {
      const reading = readings[kept.folded]!;
      if (!extendCurve(kept.curve, reading)) {
        timeline.kept = foldSorted(readings, start, session.meterStartWh);
        return null;
      }
      keepRecent(kept, reading);
    }
    const curve = { ...kept.curve };
    // The session row's last reading joins this run only, as in factsOf (it may not be among the readings).
    if (session.lastMeterAt && session.lastMeterWh != null) {
      const last = { at: session.lastMeterAt, wh: session.lastMeterWh };
      if (!kept.recent.includes(readingKey(last)) && !extendCurve(curve, last)) return null;
    }
    return computeLiveCost(tariff, curve, snapshot);
  }

  async function price(sessionId: string): Promise<void> {
    const session = await sessionReads.call(sessionId);
    if (!session?.startedAt || (session.status !== 'ACTIVE' && session.status !== 'COMPLETED')) return;
    const stopped = session.status === 'COMPLETED';
    const locked = await lockedTariff(session);
    const cost = !locked.tariff
      ? null
      : ((stopped ? null : await keptCurveCost(session, locked.tariff, locked)) ??
        computeCost(locked.tariff, await factsOf(session, locked), stopped));
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

const RECENT_KEYS = 8;

function keepRecent(kept: KeptCurve, reading: EnergyReading): void {
  kept.recent.push(readingKey(reading));
  if (kept.recent.length > RECENT_KEYS) kept.recent.shift();
}

/** A curve over readings that came out of order: folded once in time order (O(n log n), as the full run). */
function foldSorted(readings: EnergyReading[], startedAt: Date, meterStartWh: number): KeptCurve {
  const kept: KeptCurve = { curve: startCurve(startedAt, meterStartWh), folded: readings.length, recent: [] };
  for (const reading of [...readings].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    extendCurve(kept.curve, reading);
    keepRecent(kept, reading);
  }
  return kept;
}

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
