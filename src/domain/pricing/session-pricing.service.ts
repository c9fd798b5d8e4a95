import type { EventBus } from '../../events/bus.js';
import type { DomainEventMap } from '../../events/events.js';
import { pricingTariffOf } from '../tariffs/tariff.fields.js';
import type { TariffRepository } from '../tariffs/tariff.repository.js';
import type { Cost } from './cost.model.js';
import { computeCost } from './engine.js';
import {
  ENERGY_REGISTER,
  type LockedTariff,
  type PricingRepository,
  type SessionRow,
  type TariffSnapshot,
} from './pricing.repository.js';
import { selectTariff } from './selection.js';
import type { EnergyReading, SessionFacts } from './timeline.js';

const RECENT_READINGS = 50;

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
  const tails = new Map<string, Promise<void>>();
  const queued = new Set<string>();
  // Meter rows are written in batches after the event; the live price uses what the event carried.
  const recent = new Map<string, EnergyReading[]>();

  function remember(event: DomainEventMap['meter.values']): void {
    if (!event.sessionId) return;
    const energy = event.values.filter(
      (v) => v.measurand === ENERGY_REGISTER && v.value != null && !v.phase && (!v.location || v.location === 'Outlet'),
    );
    if (!energy.length) return;
    const list = recent.get(event.sessionId) ?? [];
    list.push(...energy.map((v) => ({ at: v.timestamp, wh: v.value! })));
    recent.set(event.sessionId, list.slice(-RECENT_READINGS));
  }

  async function lockTariff(session: SessionRow): Promise<LockedTariff> {
    const startedAt = session.startedAt!;
    const candidates = await tariffs.candidates(session.tenantId, {
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

  async function factsOf(session: SessionRow, snapshot: TariffSnapshot): Promise<SessionFacts> {
    const readings: EnergyReading[] = [...(await pricing.readings(session.id)), ...(recent.get(session.id) ?? [])];
    if (session.lastMeterAt && session.lastMeterWh != null)
      readings.push({ at: session.lastMeterAt, wh: session.lastMeterWh });
    const stopped = session.status === 'COMPLETED';
    if (stopped && session.stoppedAt && session.meterStopWh != null)
      readings.push({ at: session.stoppedAt, wh: session.meterStopWh });
    const latest = Math.max(session.startedAt!.getTime(), ...readings.map((r) => r.at.getTime()));
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
    const session = await pricing.session(sessionId);
    if (!session?.startedAt || (session.status !== 'ACTIVE' && session.status !== 'COMPLETED')) return;
    const stopped = session.status === 'COMPLETED';
    // Locked at the first update we see (the start); a session whose start we missed locks at its stop.
    const locked = (session.tariffSnapshot as LockedTariff | null) ?? (await lockTariff(session));
    const cost = locked.tariff ? computeCost(locked.tariff, await factsOf(session, locked), stopped) : null;
    if (stopped) recent.delete(sessionId);
    if (!locked.tariff || !cost) return; // no tariff applied at start: Session.cost stays null
    await pricing.saveCost(sessionId, cost);
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
        if (!event.costUpdated) schedule(event.sessionId, onError);
      });
      return () => {
        offMeter();
        offSession();
      };
    },

    /** Resolves when every scheduled run has finished (shutdown, tests). */
    async idle(): Promise<void> {
      while (tails.size) await Promise.all([...tails.values()]);
    },
  };
}

export type SessionPricing = ReturnType<typeof createSessionPricing>;

/** What was charged and why: the session facts, the tariff as locked, and the final cost. */
function chargeDetailRecord(session: SessionRow, snapshot: TariffSnapshot, cost: Cost) {
  return {
    tenantId: session.tenantId,
    sessionId: session.id,
    tariffId: snapshot.tariff.id,
    currency: cost.currency,
    totalMinor: cost.totalMinor,
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
