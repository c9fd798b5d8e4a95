import { eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { ownedInScope } from '../../db/scoped.js';
import { chargers, sessions } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';

export type StatisticsGroupBy = 'CHARGER' | 'SITE' | 'USER' | 'ID_TAG' | 'DAY';

export interface StatisticsRow {
  /** The group: a charger, site or user id, an id tag, or a day (YYYY-MM-DD); null for "none" (no user, no site). */
  key: string | null;
  sessionCount: number;
  energyWh: number;
  durationSeconds: number;
}

function groupKey(groupBy: StatisticsGroupBy, timeZone: string): SQL {
  switch (groupBy) {
    case 'CHARGER':
      return sql`${sessions.chargerId}::text`;
    case 'SITE':
      return sql`${chargers.siteId}::text`;
    case 'USER':
      return sql`${sessions.userId}::text`;
    // idTag is CiString20: case-insensitive (OCPP 1.6 §3.9), so group in upper case.
    case 'ID_TAG':
      return sql`upper(${sessions.idTag})`;
    case 'DAY':
      return sql`to_char(${sessions.startedAt} at time zone ${timeZone}, 'YYYY-MM-DD')`;
  }
}

/** One aggregate over the sessions in the Scope that started in [from, to), grouped in SQL. */
export function createStatisticsRepository(db: Db) {
  return {
    async sessionTotals(
      scope: Scope,
      from: Date,
      to: Date,
      groupBy: StatisticsGroupBy,
      timeZone: string,
    ): Promise<StatisticsRow[]> {
      const key = groupKey(groupBy, timeZone);
      const s = sessions;
      const rows = await db
        .select({
          key: sql<string | null>`${key}`.as('key'),
          sessionCount: sql<number>`count(*)::int`,
          energyWh: sql<string>`coalesce(sum(greatest(0, coalesce(${s.meterStopWh}, ${s.lastMeterWh}) - ${s.meterStartWh})), 0)::bigint`,
          durationSeconds: sql<number>`coalesce(sum(extract(epoch from coalesce(${s.stoppedAt}, now()) - ${s.startedAt})), 0)::float8`,
        })
        .from(s)
        .innerJoin(chargers, eq(chargers.id, s.chargerId))
        .where(
          ownedInScope(
            scope,
            s,
            inArray(s.status, ['ACTIVE', 'COMPLETED']),
            gte(s.startedAt, from),
            lt(s.startedAt, to),
          ),
        )
        .groupBy(sql`1`)
        .orderBy(sql`1 nulls last`);
      return rows.map((r) => ({
        key: r.key ?? null,
        sessionCount: Number(r.sessionCount),
        energyWh: Number(r.energyWh),
        durationSeconds: Math.round(Number(r.durationSeconds)),
      }));
    },
  };
}

export type StatisticsRepository = ReturnType<typeof createStatisticsRepository>;
