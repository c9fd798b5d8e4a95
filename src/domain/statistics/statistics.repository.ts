import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

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
      return sql`s.charger_id::text`;
    case 'SITE':
      return sql`c.site_id::text`;
    case 'USER':
      return sql`s.user_id::text`;
    // idTag is CiString20: case-insensitive (OCPP 1.6 §3.9), so group in upper case.
    case 'ID_TAG':
      return sql`upper(s.id_tag)`;
    case 'DAY':
      return sql`to_char(s.started_at at time zone ${timeZone}, 'YYYY-MM-DD')`;
  }
}

/** One aggregate over the sessions that started in [from, to), grouped in SQL. */
export function createStatisticsRepository(db: Db) {
  return {
    async sessionTotals(
      tenantId: string,
      from: Date,
      to: Date,
      groupBy: StatisticsGroupBy,
      timeZone: string,
    ): Promise<StatisticsRow[]> {
      const key = groupKey(groupBy, timeZone);
      const rows = await db.execute(sql`
        select ${key} as key,
               count(*)::int as session_count,
               coalesce(sum(greatest(0, coalesce(s.meter_stop_wh, s.last_meter_wh) - s.meter_start_wh)), 0)::bigint as energy_wh,
               coalesce(sum(extract(epoch from coalesce(s.stopped_at, now()) - s.started_at)), 0)::float8 as duration_seconds
        from sessions s join chargers c on c.id = s.charger_id
        where s.tenant_id = ${tenantId}
          and s.status in ('ACTIVE', 'COMPLETED')
          and s.started_at >= ${from.toISOString()}::timestamptz and s.started_at < ${to.toISOString()}::timestamptz
        group by 1
        order by 1 nulls last`);
      const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Record<string, unknown>[];
      return list.map((r) => ({
        key: (r.key as string | null) ?? null,
        sessionCount: Number(r.session_count),
        energyWh: Number(r.energy_wh),
        durationSeconds: Math.round(Number(r.duration_seconds)),
      }));
    },
  };
}

export type StatisticsRepository = ReturnType<typeof createStatisticsRepository>;
