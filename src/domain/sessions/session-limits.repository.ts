import { and, eq, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inScope } from '../../db/scoped.js';
import { sessions } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';

export type LimitKind = 'ENERGY' | 'DURATION' | 'COST';

/** The stop reason a session shows when the server stopped it at a limit (the charger says Remote). */
export const LIMIT_STOP_REASONS: Record<LimitKind, string> = {
  ENERGY: 'EnergyLimitReached',
  DURATION: 'DurationLimitReached',
  COST: 'CostLimitReached',
};

/**
 * The stop reason to store when a session ends: ours when the server stopped it at a limit, else the
 * charger's. For the stop handlers' UPDATE (1.6 StopTransaction, 2.0.1 TransactionEvent Ended).
 */
export function stopReasonAfterLimit(chargerReason: string): SQL {
  const cases = Object.entries(LIMIT_STOP_REASONS).map(([kind, reason]) => sql`when ${kind} then ${reason}`);
  return sql`coalesce(case ${sessions.limitReached} ${sql.join(cases, sql` `)} end, ${chargerReason})`;
}

export interface LimitedSession {
  id: string;
  tenantId: string;
  meterStartWh: number | null;
  maxEnergyWh: number | null;
  maxDurationSeconds: number | null;
  maxCost: string | null;
  limitReached: string | null;
  cost: unknown;
}

const limitedColumns = {
  id: sessions.id,
  tenantId: sessions.tenantId,
  meterStartWh: sessions.meterStartWh,
  maxEnergyWh: sessions.maxEnergyWh,
  maxDurationSeconds: sessions.maxDurationSeconds,
  maxCost: sessions.maxCost,
  limitReached: sessions.limitReached,
  cost: sessions.cost,
};

const hasLimit = or(
  isNotNull(sessions.maxEnergyWh),
  isNotNull(sessions.maxDurationSeconds),
  isNotNull(sessions.maxCost),
);

/** Reads and claims of sessions' limits. Each call is in the Scope of the charger's tenant. */
export function createSessionLimitRepository(db: Db) {
  return {
    /** The session's limits and what enforcing them needs; null when it has none or is not ACTIVE. */
    async limitsOf(scope: Scope, sessionId: string): Promise<LimitedSession | null> {
      const [row] = await db
        .select(limitedColumns)
        .from(sessions)
        .where(inScope(scope, sessions, eq(sessions.id, sessionId), eq(sessions.status, 'ACTIVE'), hasLimit));
      return row ?? null;
    },

    /**
     * Marks the limit reached, once: of several nodes or events, one wins and sends the stop. A
     * session whose stop was asked for `retryAfterSeconds` ago and still runs may be claimed again.
     */
    async claim(scope: Scope, sessionId: string, kind: LimitKind, retryAfterSeconds: number): Promise<boolean> {
      const rows = await db
        .update(sessions)
        .set({ limitReached: sql`coalesce(${sessions.limitReached}, ${kind})`, limitStopRequestedAt: new Date() })
        .where(
          inScope(
            scope,
            sessions,
            eq(sessions.id, sessionId),
            eq(sessions.status, 'ACTIVE'),
            or(
              isNull(sessions.limitReached),
              lt(sessions.limitStopRequestedAt, sql`now() - make_interval(secs => ${retryAfterSeconds})`),
            ),
          ),
        )
        .returning({ id: sessions.id });
      return rows.length > 0;
    },

    /**
     * Running sessions past their duration limit, or whose stop was asked for long ago and that still
     * run (the charger refused, was offline, or lost the command). Every tenant: the server's own clock.
     */
    async due(retryAfterSeconds: number): Promise<{ id: string; tenantId: string; kind: LimitKind }[]> {
      const rows = await db
        .select({ id: sessions.id, tenantId: sessions.tenantId, limitReached: sessions.limitReached })
        .from(sessions)
        .where(
          and(
            eq(sessions.status, 'ACTIVE'),
            hasLimit,
            or(
              and(
                isNull(sessions.limitReached),
                sql`${sessions.startedAt} + make_interval(secs => ${sessions.maxDurationSeconds}) <= now()`,
              ),
              and(
                isNotNull(sessions.limitReached),
                lt(sessions.limitStopRequestedAt, sql`now() - make_interval(secs => ${retryAfterSeconds})`),
              ),
            ),
          ),
        )
        .limit(500);
      return rows.map((r) => ({ id: r.id, tenantId: r.tenantId, kind: (r.limitReached as LimitKind) ?? 'DURATION' }));
    },
  };
}

export type SessionLimitRepository = ReturnType<typeof createSessionLimitRepository>;
