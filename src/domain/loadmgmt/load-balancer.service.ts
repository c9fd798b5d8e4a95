import type { EventBus } from '../../events/bus.js';
import type { DomainEventMap } from '../../events/events.js';
import type { ChargerRow } from '../chargers/charger.repository.js';
import type { LimitAnswer } from '../commands/charging-limit.commands.js';
import { chargerScope } from '../scope.js';
import type { AllocationRepository } from './allocation.repository.js';
import { allocate, DRAWS_LESS_BY_A, HEADROOM_A, type AllocationResult } from './allocator.js';
import type { ChargingLimit } from './charging-limit.js';
import {
  defaultTarget,
  HYSTERESIS_A,
  type DefaultConnector,
  MAX_REJECTIONS,
  planDefaults,
  planSends,
} from './enforcement.js';
import { highest, phaseCurrentsOf, type PhaseCurrents } from './measured.js';
import { createSiteRuns } from './site-runs.js';
import {
  circuitInputs,
  connectorInput,
  connectorKey,
  planEntry,
  rowOf,
  settled,
  siteConnectors,
  transactionOf,
  type SiteConnector,
} from './site-inputs.js';

/** Sends a limit to a charger; the domain declares it, the command layer carries it out. */
export interface ChargingLimitPort {
  applyChargingLimit(charger: ChargerRow, limit: ChargingLimit): Promise<LimitAnswer>;
  /** The session at this connector ended, and its TxProfile with it (what Charger.chargingProfiles shows). */
  forgetSessionLimit(charger: { id: string; tenantId: string }, connectorId: number): Promise<void>;
}

const RETRY_REJECTED_MS = 1_000;
const YOUNG_SESSION_MS = 10_000;
const FOLLOW_UP_MS = [1_500, 4_000];
const ENDED_MEMORY_MS = 60_000;
const RETRY_FAILED_MS = 5_000;
const SITE_CACHE_MS = 30_000;

/**
 * Keeps every site's circuits within their limits: recomputes a site when a session starts or
 * stops, a charger goes offline or comes back (or boots), a car draws clearly less or more than
 * its limit, or circuits change; stores the allocation and sends the limits that really changed.
 * Runs per site are serialised and collapse bursts. Listens to this node's own events (`on`), so
 * each change is handled once in a cluster.
 */
export function createLoadBalancer(deps: {
  allocations: AllocationRepository;
  events: EventBus;
  limits: ChargingLimitPort;
  /** Whether this node holds the charger's socket (the table learns of a connect only with the next batch). */
  isConnected: (ocppId: string) => boolean;
  /** Runs `fn` while no other node runs it for the same key (a site); absent on a single node. */
  lock?: (key: string, fn: () => Promise<void>) => Promise<void>;
  onError: (err: unknown) => void;
  debounceMs?: number;
}) {
  const { allocations: repo, events, limits } = deps;
  const debounceMs = deps.debounceMs ?? 150;
  /** Chargers that must get every limit again (boot, reconnect, attach). */
  const forced = new Set<string>();
  /** Latest Current.Import per connector, in the charger's phase order. */
  const measured = new Map<string, { charger: PhaseCurrents; at: Date }>();
  /** Last computed limit per connector, to tell from a meter value whether a recomputation is worth it. */
  const plans = new Map<
    string,
    {
      sessionId: string | null;
      limitA: number;
      reason: string;
      acceptedA: number | null;
      acceptedAt: Date | null;
      siteKey: string;
    }
  >();
  /**
   * Per tenant, which sites each attached charger belongs to: one read per tenant (not per charger),
   * so a boot storm in a tenant without circuits costs one statement, not one per charger.
   */
  const siteCache = new Map<string, { sites: Promise<Map<string, string[]>>; at: number }>();
  /** When this node first allocated each running session (rejections of young sessions do not count). */
  const firstSeen = new Map<string, number>();
  /** Sessions this node saw end, for a minute (the table may still say ACTIVE). */
  const ended = new Map<string, number>();
  const runs = createSiteRuns((key) => recompute(key), { debounceMs, onError: deps.onError });

  const siteKey = (tenantId: string, siteId: string) => `${tenantId}/${siteId}`;

  async function sitesOf(tenantId: string, chargerId: string): Promise<string[]> {
    let hit = siteCache.get(tenantId);
    if (!hit || Date.now() - hit.at >= SITE_CACHE_MS) {
      const sites = repo.sitesOfAttachedChargers(chargerScope(tenantId));
      hit = { sites, at: Date.now() };
      siteCache.set(tenantId, hit);
      sites.catch(() => siteCache.delete(tenantId));
    }
    return (await hit.sites).get(chargerId) ?? [];
  }

  function scheduleCharger(tenantId: string, chargerId: string, delayMs?: number): void {
    sitesOf(tenantId, chargerId)
      .then((sites) => sites.forEach((s) => runs.schedule(siteKey(tenantId, s), delayMs)))
      .catch(deps.onError);
  }

  async function recompute(key: string): Promise<void> {
    // One site at a time across the cluster: two nodes planning from the same rows would send
    // limits that add up to more than the circuit (see HACKING.md "Load management").
    await (deps.lock ? deps.lock(`loadmgmt:${key}`, () => recomputeLocked(key)) : recomputeLocked(key));
  }

  async function recomputeLocked(key: string): Promise<void> {
    const [tenantId, siteId] = key.split('/') as [string, string];
    const scope = chargerScope(tenantId);
    const state = await repo.siteState(scope, siteId);
    for (const [id, at] of ended) if (Date.now() - at > ENDED_MEMORY_MS) ended.delete(id);
    state.activeSessions = state.activeSessions.filter((s) => !ended.has(s.id));
    const circuits = circuitInputs(state);
    const connectors = siteConnectors(
      state,
      (k) => measured.get(k) ?? null,
      (charger) => deps.isConnected(charger.ocppId),
    );
    const result = allocate(circuits, connectors.map(connectorInput));
    const entries = connectors.map((c, i) => planEntry(c, result.connectors[i]!, forced.has(c.chargerId)));
    const rows = connectors.map((c, i) => rowOf(c, result.connectors[i]!));
    for (const c of connectors) if (c.session && !firstSeen.has(c.session.id)) firstSeen.set(c.session.id, Date.now());
    await repo.save(
      scope,
      state.circuits.map((c) => c.id),
      rows,
    );
    const circuitIds = state.circuits.map((c) => c.id);
    const published = () =>
      events.publish('circuit.allocation', { tenantId, siteId, circuitIds, timestamp: new Date() });
    published();

    const plan = planSends(circuits, entries);
    const byKey = new Map(connectors.map((c, i) => [c.key, { c, row: rows[i]!, result: result.connectors[i]! }]));
    const chargersHere = groupByCharger(connectors, result.connectors);
    const targets = new Map(
      [...chargersHere.values()].map((g) => [
        g.first.chargerId,
        defaultTarget(g.connectors, g.first.defaultA, g.first.attachment.fallbackLimitA),
      ]),
    );
    const defaultPlan = planDefaults(
      [...chargersHere.values()]
        .filter((g) => g.first.online)
        .map((g) => ({
          chargerId: g.first.chargerId,
          targetA: targets.get(g.first.chargerId)!,
          inForceA: g.first.defaultA,
          forced: forced.has(g.first.chargerId),
        })),
    );

    const sendDefault = async (chargerId: string): Promise<LimitAnswer> => {
      const c = chargersHere.get(chargerId)!.first;
      const limitA = targets.get(chargerId)!;
      const answer = await limits.applyChargingLimit(c.charger, {
        purpose: 'DEFAULT',
        connectorId: 0,
        limitA,
        phases: c.attachment.phases === 1 ? 1 : 3,
      });
      // Rejected: the old default stays in force. No answer: it may have taken, so the higher of the two.
      const now =
        answer === 'ACCEPTED'
          ? limitA
          : answer === 'REJECTED' || c.defaultA == null
            ? c.defaultA
            : Math.max(c.defaultA, limitA);
      if (now !== c.defaultA) await repo.recordDefault(scope, chargerId, now);
      if (answer === 'FAILED') runs.schedule(key, RETRY_FAILED_MS);
      return answer;
    };
    const sendSession = async (key: string): Promise<LimitAnswer> => {
      const { c, row, result: r } = byKey.get(key)!;
      const limit: ChargingLimit = {
        purpose: 'SESSION',
        connectorId: c.connectorId,
        transactionId: transactionOf(c),
        limitA: r.limitA,
        phases: r.gridPhases.length === 1 ? 1 : 3,
      };
      const answer = await limits.applyChargingLimit(c.charger, limit);
      const now = new Date();
      // A charger may not know its transactionId yet (our StartTransaction answer still on its way):
      // a rejection that young is retried without counting.
      const seen = firstSeen.get(c.session!.id) ?? Date.now();
      const counts = Date.now() - seen > YOUNG_SESSION_MS;
      const rejections = row.rejections + (counts ? 1 : 0);
      const fields =
        answer === 'ACCEPTED'
          ? { acceptedA: r.limitA, acceptedAt: now, rejections: 0, flagged: false }
          : answer === 'REJECTED'
            ? { rejections, flagged: rejections >= MAX_REJECTIONS }
            : {};
      Object.assign(row, { sentA: r.limitA, sentAt: now, profileStatus: answer, ...fields });
      await repo.recordAnswer(
        scope,
        { chargerId: c.chargerId, connectorId: c.connectorId, sessionId: c.session!.id },
        { sentA: r.limitA, sentAt: now, profileStatus: answer, ...fields },
      );
      // Rejected: once more shortly (it may have crossed the StartTransaction answer), then the
      // flag makes the allocator count the charger at what it may draw. Failed: later.
      if (answer === 'REJECTED') runs.schedule(siteKey(tenantId, siteId), RETRY_REJECTED_MS);
      if (answer === 'FAILED') runs.schedule(siteKey(tenantId, siteId), RETRY_FAILED_MS);
      return answer;
    };

    // Decreases first; increases only when every decrease took, else the next run (which counts a
    // charger that did not take at what it may still draw) decides again.
    const lowered = await Promise.all([...defaultPlan.decreases.map(sendDefault), ...plan.decreases.map(sendSession)]);
    const safe = lowered.every((a) => a === 'ACCEPTED');
    if (safe) await Promise.all([...defaultPlan.increases.map(sendDefault), ...plan.increases.map(sendSession)]);
    else runs.schedule(key, RETRY_REJECTED_MS);
    for (const c of connectors) forced.delete(c.chargerId);
    for (const [key, { row }] of byKey)
      plans.set(key, {
        sessionId: row.sessionId,
        limitA: row.targetA ?? 0,
        reason: row.reason,
        acceptedA: row.acceptedA,
        acceptedAt: row.acceptedAt,
        siteKey: siteKey(tenantId, siteId),
      });
    if (lowered.length || (safe && (defaultPlan.increases.length || plan.increases.length))) published();
  }

  /** A meter value: remember the current; recompute when the car draws clearly less than its limit, or wants more again. */
  function onMeterValues(e: DomainEventMap['meter.values']): void {
    if (!e.sessionId || e.connectorId < 1) return;
    const currents = phaseCurrentsOf(e.values);
    if (!currents) return;
    const key = connectorKey(e.chargerId, e.connectorId);
    // It is compared with when a limit was accepted (our clock): the received time, or the charger's own
    // time of the reading when that is earlier. A reading taken before the new limit but delivered late
    // (a busy link, a queue) would otherwise look like a car that draws less, and take its share away.
    const seen = { charger: currents, at: new Date(Math.min(Date.now(), e.timestamp.getTime())) };
    measured.set(key, seen);
    const plan = plans.get(key);
    const now = highest(currents)!;
    if (!plan) return scheduleCharger(e.tenantId, e.chargerId);
    if (plan.acceptedA == null || !settled(seen, plan.acceptedAt)) return;
    const drawsLess =
      plan.reason !== 'CAR_DRAWS_LESS' &&
      now < plan.acceptedA - DRAWS_LESS_BY_A &&
      now + HEADROOM_A < plan.limitA - HYSTERESIS_A;
    const wantsMore = plan.reason === 'CAR_DRAWS_LESS' && now >= plan.acceptedA - HYSTERESIS_A;
    if (drawsLess || wantsMore) runs.schedule(plan.siteKey);
  }

  /**
   * A session change reaches the table a little after its event (batched writes, the durable spool):
   * the site is recomputed at once and again shortly after, and a session this node saw end is
   * not counted even if the table still says ACTIVE.
   */
  function scheduleSessionChange(tenantId: string, chargerId: string): void {
    scheduleCharger(tenantId, chargerId);
    for (const delay of FOLLOW_UP_MS) setTimeout(() => scheduleCharger(tenantId, chargerId), delay).unref();
  }

  /**
   * Finishing or Available at a connector with a running session: the car stopped drawing (OCPP 1.6
   * §4.9). Its share is handed out now rather than when the StopTransaction is through.
   */
  function onStatus(e: DomainEventMap['charger.status']): void {
    if (e.connectorId < 1 || !/^(finishing|available)$/i.test(e.status)) return;
    const key = connectorKey(e.chargerId, e.connectorId);
    const sessionId = plans.get(key)?.sessionId;
    if (!sessionId) return;
    forget(key, sessionId);
    scheduleSessionChange(e.tenantId, e.chargerId);
  }

  function forget(key: string, sessionId: string): void {
    ended.set(sessionId, Date.now());
    firstSeen.delete(sessionId);
    measured.delete(key);
    plans.delete(key);
  }

  function onSession(e: DomainEventMap['session.updated']): void {
    if (e.costUpdated || e.connectorId === undefined) return;
    const key = connectorKey(e.chargerId, e.connectorId);
    if (e.status === 'PENDING') return;
    if (e.status === 'ACTIVE' && plans.get(key)?.sessionId === e.sessionId) return; // a meter update of a known session
    if (e.status !== 'ACTIVE') {
      forget(key, e.sessionId);
      limits.forgetSessionLimit({ id: e.chargerId, tenantId: e.tenantId }, e.connectorId).catch(deps.onError);
    }
    scheduleSessionChange(e.tenantId, e.chargerId);
  }

  return {
    listen(): () => void {
      const offs = [
        events.on('meter.values', onMeterValues),
        events.on('session.updated', onSession),
        events.on('charger.status', onStatus),
        events.on('charger.connection', (e) => {
          if (e.online) forced.add(e.chargerId);
          scheduleCharger(e.tenantId, e.chargerId);
        }),
        events.on('charger.booted', (e) => {
          if (e.registrationStatus !== 'Accepted') return;
          forced.add(e.chargerId);
          scheduleCharger(e.tenantId, e.chargerId);
        }),
      ];
      return () => offs.forEach((off) => off());
    },

    /** After circuits or attachments changed: recompute the site (new attachments get their default). */
    siteChanged(tenantId: string, siteId: string, attachedChargerIds: string[] = []): void {
      for (const id of attachedChargerIds) forced.add(id);
      siteCache.delete(tenantId);
      runs.schedule(siteKey(tenantId, siteId), 0);
    },

    chargerDetached(chargerId: string): void {
      siteCache.clear(); // rare; the tenant is not at hand here
    },

    idle: () => runs.idle(),
    stop: () => runs.stop(),
  };
}

export type LoadBalancer = ReturnType<typeof createLoadBalancer>;

/** The site's connectors per charger, each with its allocated limit (a default is charger-wide). */
function groupByCharger(connectors: SiteConnector[], results: AllocationResult['connectors']) {
  const out = new Map<string, { first: SiteConnector; connectors: DefaultConnector[] }>();
  connectors.forEach((c, i) => {
    const g = out.get(c.chargerId) ?? { first: c, connectors: [] };
    g.connectors.push({ charging: !!c.session, limitA: results[i]!.limitA });
    out.set(c.chargerId, g);
  });
  return out;
}
