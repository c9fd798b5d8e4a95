import { count, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs, SortKey } from '../../db/paginate.js';
import { inScope, ownedInScope, pageInScope } from '../../db/scoped.js';
import { meterValues, sessions } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';
import { sessionConditions, sessionEnergySql, type SessionFilter } from './session-conditions.repository.js';

export type { SessionFilter };

export type SessionRow = typeof sessions.$inferSelect;
export type MeterValueRow = typeof meterValues.$inferSelect;

export type SessionOrderField = 'STARTED_AT' | 'STOPPED_AT' | 'CREATED_AT';

export interface MeterValueFilter {
  measurand?: string[] | null;
  since?: Date | null;
  until?: Date | null;
}

export interface ChargerTotalsRow {
  chargerId: string;
  sessionCount: number;
  energyWh: number;
}

export const ENERGY_REGISTER = 'Energy.Active.Import.Register';

/**
 * Reads of sessions and their meter values in a scope: a driver's own sessions only (started by them
 * or with one of their id tags, `ownedInScope`). Writing them belongs to the OCPP handlers.
 */
export function createSessionQueryRepository(db: Db) {
  return {
    async byIds(scope: Scope, ids: readonly string[]): Promise<SessionRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(sessions)
        .where(ownedInScope(scope, sessions, inArray(sessions.id, [...ids])));
    },

    list(
      scope: Scope,
      filter: SessionFilter,
      order: { field: SessionOrderField; direction: 'asc' | 'desc' },
      page: PageArgs,
    ): Promise<Page<SessionRow>> {
      const sort: SortKey =
        order.field === 'CREATED_AT'
          ? { column: sessions.createdAt, direction: order.direction }
          : {
              column: order.field === 'STARTED_AT' ? sessions.startedAt : sessions.stoppedAt,
              direction: order.direction,
              nullable: true,
            };
      return pageInScope<SessionRow>(db, scope, {
        table: sessions,
        owned: sessions,
        where: sessionConditions(db, scope, filter),
        sort,
        page,
      });
    },

    async activeByChargers(scope: Scope, chargerIds: readonly string[]): Promise<SessionRow[]> {
      if (!chargerIds.length) return [];
      return db
        .select()
        .from(sessions)
        .where(
          ownedInScope(scope, sessions, inArray(sessions.chargerId, [...chargerIds]), eq(sessions.status, 'ACTIVE')),
        )
        .orderBy(sessions.chargerId, sessions.connectorId);
    },

    async totalsByChargers(scope: Scope, chargerIds: readonly string[]): Promise<ChargerTotalsRow[]> {
      if (!chargerIds.length) return [];
      const rows = await db
        .select({
          chargerId: sessions.chargerId,
          sessionCount: count(),
          energyWh: sql<string>`coalesce(sum(${sessionEnergySql}), 0)::bigint`,
        })
        .from(sessions)
        .where(ownedInScope(scope, sessions, inArray(sessions.chargerId, [...chargerIds])))
        .groupBy(sessions.chargerId);
      return rows.map((r) => ({ ...r, energyWh: Number(r.energyWh) }));
    },

    /** The latest energy register per session, for active sessions whose row has none yet. */
    async latestRegisters(
      scope: Scope,
      sessionIds: readonly string[],
    ): Promise<{ sessionId: string; value: number | null }[]> {
      if (!sessionIds.length) return [];
      const rows = await db
        .selectDistinctOn([meterValues.sessionId], { sessionId: meterValues.sessionId, value: meterValues.value })
        .from(meterValues)
        .where(
          inScope(
            scope,
            meterValues,
            inArray(meterValues.sessionId, [...sessionIds]),
            eq(meterValues.measurand, ENERGY_REGISTER),
          ),
        )
        .orderBy(meterValues.sessionId, sql`${meterValues.timestamp} desc`, sql`${meterValues.id} desc`);
      return rows as { sessionId: string; value: number | null }[];
    },

    /** The latest value of each measurand (per phase and location) of each session: what a dashboard shows. */
    async latestPerMeasurand(scope: Scope, sessionIds: readonly string[]): Promise<MeterValueRow[]> {
      if (!sessionIds.length) return [];
      return db
        .selectDistinctOn([meterValues.sessionId, meterValues.measurand, meterValues.phase, meterValues.location])
        .from(meterValues)
        .where(inScope(scope, meterValues, inArray(meterValues.sessionId, [...sessionIds])))
        .orderBy(
          meterValues.sessionId,
          meterValues.measurand,
          meterValues.phase,
          meterValues.location,
          sql`${meterValues.timestamp} desc`,
          sql`${meterValues.id} desc`,
        );
    },

    meterValues(
      scope: Scope,
      sessionId: string,
      filter: MeterValueFilter,
      page: PageArgs,
    ): Promise<Page<MeterValueRow>> {
      return pageInScope<MeterValueRow>(db, scope, {
        table: meterValues,
        where: [
          eq(meterValues.sessionId, sessionId),
          filter.measurand?.length ? inArray(meterValues.measurand, filter.measurand) : undefined,
          filter.since ? gte(meterValues.timestamp, filter.since) : undefined,
          filter.until ? lt(meterValues.timestamp, filter.until) : undefined,
        ],
        sort: { column: meterValues.timestamp, direction: 'asc' },
        page,
      });
    },
  };
}

export type SessionQueryRepository = ReturnType<typeof createSessionQueryRepository>;
