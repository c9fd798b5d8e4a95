import type { EventBus } from '../../events/bus.js';
import type { DomainEventMap } from '../../events/events.js';
import { minorDigits } from '../pricing/currency.js';
import { toMinor } from '../pricing/decimal.js';
import { chargerScope, type Scope } from '../scope.js';
import type { LimitedSession, LimitKind, SessionLimitRepository } from './session-limits.repository.js';

const ENERGY_REGISTER = 'Energy.Active.Import.Register';
/** A stop asked for this long ago while the session still runs is asked for again. */
const RETRY_STOP_AFTER_SECONDS = 60;
/** Sessions remembered per node (limited or not) before the memory is dropped and read again. */
const MAX_KNOWN = 50_000;

/**
 * Enforces the limits set at remote start (max energy, duration, cost): when one is reached the
 * server sends RemoteStopTransaction and marks the session, whose stop reason then says which limit.
 * Energy is checked on every meter value, cost on every live cost, duration by a sweep (which also
 * asks again for a stop the charger did not carry out). Runs on each node for its own events; the
 * claim in the database makes one stop per limit across nodes.
 */
export function createSessionLimits(deps: {
  limits: SessionLimitRepository;
  events: EventBus;
  stop: (scope: Scope, sessionId: string) => Promise<unknown>;
  onError: (err: unknown) => void;
}) {
  const { limits } = deps;
  // Each running session's limits, read once per node (null: none). Sessions without limits cost one read.
  const known = new Map<string, LimitedSession | null>();

  async function limitsOf(tenantId: string, sessionId: string, fresh = false): Promise<LimitedSession | null> {
    const cached = known.get(sessionId);
    // 2.0.1: meterStart may arrive after the first values; read again until it is known.
    if (cached !== undefined && !fresh && (cached === null || cached.meterStartWh !== null)) return cached;
    if (known.size >= MAX_KNOWN) known.clear();
    const row = await limits.limitsOf(chargerScope(tenantId), sessionId);
    known.set(sessionId, row);
    return row;
  }

  async function reached(tenantId: string, sessionId: string, kind: LimitKind): Promise<void> {
    const scope = chargerScope(tenantId);
    if (!(await limits.claim(scope, sessionId, kind, RETRY_STOP_AFTER_SECONDS))) return;
    const cached = known.get(sessionId);
    if (cached) cached.limitReached = kind;
    await deps.stop(scope, sessionId);
  }

  async function onMeterValues(e: DomainEventMap['meter.values']): Promise<void> {
    if (!e.sessionId) return;
    const registers = e.values.filter((v) => v.measurand === ENERGY_REGISTER && !v.phase && v.value != null);
    if (!registers.length) return;
    const s = await limitsOf(e.tenantId, e.sessionId);
    if (!s || s.maxEnergyWh === null || s.limitReached || s.meterStartWh === null) return;
    const latest = Math.max(...registers.map((v) => v.value!));
    if (latest - s.meterStartWh >= s.maxEnergyWh) await reached(e.tenantId, e.sessionId, 'ENERGY');
  }

  async function onSession(e: DomainEventMap['session.updated']): Promise<void> {
    if (e.status !== 'ACTIVE') return void known.delete(e.sessionId);
    if (!e.costUpdated) return;
    const cached = await limitsOf(e.tenantId, e.sessionId);
    if (!cached || cached.maxCost === null || cached.limitReached) return;
    const s = await limitsOf(e.tenantId, e.sessionId, true); // the cost just written
    const cost = s?.cost as { totalMinor: number; currency: string } | null | undefined;
    if (!s?.maxCost || !cost) return;
    if (BigInt(cost.totalMinor) >= toMinor(s.maxCost, minorDigits(cost.currency)))
      await reached(e.tenantId, e.sessionId, 'COST');
  }

  async function sweep(): Promise<void> {
    for (const due of await limits.due(RETRY_STOP_AFTER_SECONDS)) await reached(due.tenantId, due.id, due.kind);
  }

  return {
    sweep,

    /** Listens to this node's events and sweeps every `intervalMs`; returns the stop. */
    listen(intervalMs: number): () => Promise<void> {
      const guard =
        <T>(fn: (e: T) => Promise<void>) =>
        (e: T) =>
          void fn(e).catch(deps.onError);
      const offMeter = deps.events.on('meter.values', guard(onMeterValues));
      const offSession = deps.events.on('session.updated', guard(onSession));
      let running: Promise<void> | null = null;
      const timer = setInterval(() => {
        running ??= sweep()
          .catch(deps.onError)
          .finally(() => (running = null));
      }, intervalMs);
      timer.unref();
      return async () => {
        offMeter();
        offSession();
        clearInterval(timer);
        await running;
      };
    },
  };
}

export type SessionLimits = ReturnType<typeof createSessionLimits>;
