import { eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inScope, ownedInScope } from '../../db/scoped.js';
import { chargers, sessions } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';
import { sessionEnergySql } from '../sessions/session-conditions.repository.js';

export type StatisticsGroupBy = 'CHARGER' | 'SITE' | 'USER' | 'ID_TAG' | 'DAY' | 'WEEK' | 'MONTH';
export const PERIODS: Partial<Record<StatisticsGroupBy, 'day' | 'week' | 'month'>> = {
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
};

/** Which sessions count: all four lists narrow (AND between lists, OR inside one). */
export interface StatisticsFilter {
  chargerIds?: string[] | null;
  siteIds?: string[] | null;
  userIds?: string[] | null;
  /** Case-insensitive, as OCPP compares id tags. */
  idTags?: string[] | null;
}

export interface StatisticsQuery {
  from: Date;
  to: Date;
  groupBy: StatisticsGroupBy;
  timeZone: string;
  filter: StatisticsFilter;
}

export interface StatisticsRow {
  /**
   * The group: a charger, site or user id, an id tag, or a period's first day (YYYY-MM-DD in the time
   * zone); null for "none" (no user, no site).
   */
  key: string | null;
  /** DAY, WEEK, MONTH: the instant the period begins (midnight in the time zone). */
  periodStart: Date | null;
  sessionCount: number;
  energyWh: number;
  durationSeconds: number;
  /** Sum of Session.cost totals (gross), per currency; sessions without a cost add nothing. */
  revenue: { currency: string; totalMinor: number }[];
}

function groupKey(groupBy: StatisticsGroupBy, timeZone: string): SQL {
  const period = PERIODS[groupBy];
  if (period) return sql`to_char(date_trunc(${period}, ${localStart(timeZone)}), 'YYYY-MM-DD')`;
  switch (groupBy) {
    case 'CHARGER':
      return sql`${sessions.chargerId}::text`;
    case 'SITE':
      return sql`${chargers.siteId}::text`;
    case 'USER':
      return sql`${sessions.userId}::text`;
    // idTag is CiString20: case-insensitive (OCPP 1.6 §3.9), so group in upper case.
    default:
      return sql`upper(${sessions.idTag})`;
  }
}

/** The session's start as wall-clock time in the zone: days, ISO weeks (Monday) and months begin there. */
const localStart = (timeZone: string) => sql`(${sessions.startedAt} at time zone ${timeZone})`;

/** Aggregates over the sessions in a Scope that started in [from, to), grouped in SQL. */
export function createStatisticsRepository(db: Db) {
  function where(scope: Scope, q: StatisticsQuery): SQL {
    const f = q.filter;
    return ownedInScope(
      scope,
      sessions,
      inArray(sessions.status, ['ACTIVE', 'COMPLETED']),
      gte(sessions.startedAt, q.from),
      lt(sessions.startedAt, q.to),
      f.chargerIds?.length ? inArray(sessions.chargerId, f.chargerIds) : undefined,
      f.siteIds?.length
        ? inArray(
            sessions.chargerId,
            db
              .select({ id: chargers.id })
              .from(chargers)
              .where(inScope(scope, chargers, inArray(chargers.siteId, f.siteIds))),
          )
        : undefined,
      f.userIds?.length ? inArray(sessions.userId, f.userIds) : undefined,
      f.idTags?.length
        ? inArray(
            sql`lower(${sessions.idTag})`,
            f.idTags.map((t) => t.toLowerCase()),
          )
        : undefined,
    );
  }

  return {
    async sessionTotals(scope: Scope, q: StatisticsQuery): Promise<StatisticsRow[]> {
      const key = groupKey(q.groupBy, q.timeZone);
      const period = PERIODS[q.groupBy];
      // Grouped by position (`group by 1`): the time zone is a bound parameter, and the same
      // expression with a second placeholder would not count as the grouped one.
      const totals = db
        .select({
          key: sql<string | null>`${key}`.as('key'),
          periodStart: period
            ? sql<string>`min(date_trunc(${period}, ${localStart(q.timeZone)}) at time zone ${q.timeZone})`
            : sql<null>`null`,
          sessionCount: sql<number>`count(*)::int`,
          energyWh: sql<string>`coalesce(sum(${sessionEnergySql}), 0)::bigint`,
          durationSeconds: sql<number>`coalesce(sum(extract(epoch from coalesce(${sessions.stoppedAt}, now()) - ${sessions.startedAt})), 0)::float8`,
        })
        .from(sessions)
        .leftJoin(chargers, eq(chargers.id, sessions.chargerId))
        .where(where(scope, q))
        .groupBy(sql`1`)
        .orderBy(sql`1 nulls last`);
      const revenue = db
        .select({
          key: sql<string | null>`${key}`,
          currency: sql<string>`${sessions.cost}->>'currency'`,
          totalMinor: sql<string>`sum((${sessions.cost}->>'totalMinor')::bigint)`,
        })
        .from(sessions)
        .leftJoin(chargers, eq(chargers.id, sessions.chargerId))
        .where(sql`${where(scope, q)} and ${sessions.cost} is not null`)
        .groupBy(sql`1`, sql`2`)
        .orderBy(sql`2`);
      const [rows, money] = await Promise.all([totals, revenue]);
      return rows.map((r) => ({
        key: r.key ?? null,
        periodStart: r.periodStart ? new Date(r.periodStart) : null,
        sessionCount: Number(r.sessionCount),
        energyWh: Number(r.energyWh),
        durationSeconds: Math.round(Number(r.durationSeconds)),
        revenue: money
          .filter((m) => (m.key ?? null) === (r.key ?? null))
          .map((m) => ({ currency: m.currency, totalMinor: Number(m.totalMinor) })),
      }));
    },
  };
}

export type StatisticsRepository = ReturnType<typeof createStatisticsRepository>;
