import { eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { inScope, ownedInScope, pageInScope } from '../../db/scoped.js';
import { chargeDetailRecords, chargers, sessions, sites, tariffs, users } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';
import { sessionConditions, type SessionFilter } from '../sessions/session-conditions.repository.js';

export type ChargeDetailRecordRow = typeof chargeDetailRecords.$inferSelect;

/** Which records: those whose session stopped in [from, to), and whose session matches the rest. */
export interface ChargeDetailRecordFilter extends Pick<
  SessionFilter,
  'chargerId' | 'siteId' | 'userId' | 'idTag' | 'tariffId' | 'city'
> {
  from?: Date | null;
  to?: Date | null;
}

/** A record with the names an invoice or a spreadsheet shows beside it. */
export interface ChargeDetailRecordExportRow {
  record: ChargeDetailRecordRow;
  userId: string | null;
  userEmail: string | null;
  chargerOcppId: string | null;
  chargerName: string | null;
  siteId: string | null;
  siteName: string | null;
  city: string | null;
  tariffName: string | null;
}

/**
 * Charge detail records in a Scope. A record belongs to its session's owner: the session is read
 * through `ownedInScope`, so a DRIVER finds the records of their own sessions only.
 */
export function createChargeDetailRecordRepository(db: Db) {
  function ownSessions(scope: Scope, f: ChargeDetailRecordFilter) {
    return db
      .select({ id: sessions.id })
      .from(sessions)
      .where(ownedInScope(scope, sessions, ...sessionConditions(db, scope, f)));
  }

  /** Records in the Scope that also match `condition`; a driver's are those of their own sessions. */
  const visible = (scope: Scope, condition: SQL) =>
    db
      .select()
      .from(chargeDetailRecords)
      .where(
        inScope(scope, chargeDetailRecords, condition, inArray(chargeDetailRecords.sessionId, ownSessions(scope, {}))),
      );

  return {
    /** Oldest first when `ascending` (exports), else newest first; by the session's stop. */
    list(
      scope: Scope,
      filter: ChargeDetailRecordFilter,
      page: PageArgs,
      ascending = false,
    ): Promise<Page<ChargeDetailRecordRow>> {
      return pageInScope<ChargeDetailRecordRow>(db, scope, {
        table: chargeDetailRecords,
        where: [
          filter.from ? gte(chargeDetailRecords.stoppedAt, filter.from) : undefined,
          filter.to ? lt(chargeDetailRecords.stoppedAt, filter.to) : undefined,
          inArray(chargeDetailRecords.sessionId, ownSessions(scope, filter)),
        ],
        sort: { column: chargeDetailRecords.stoppedAt, direction: ascending ? 'asc' : 'desc', nullable: true },
        page,
      });
    },

    async byIds(scope: Scope, ids: readonly string[]): Promise<ChargeDetailRecordRow[]> {
      return ids.length ? visible(scope, inArray(chargeDetailRecords.id, [...ids])) : [];
    },

    async bySessions(scope: Scope, sessionIds: readonly string[]): Promise<ChargeDetailRecordRow[]> {
      return sessionIds.length ? visible(scope, inArray(chargeDetailRecords.sessionId, [...sessionIds])) : [];
    },

    /** The records of a page with their names, in the page's order (one statement). */
    async withNames(scope: Scope, records: readonly ChargeDetailRecordRow[]): Promise<ChargeDetailRecordExportRow[]> {
      if (!records.length) return [];
      const rows = await db
        .select({
          id: chargeDetailRecords.id,
          userId: sessions.userId,
          userEmail: users.email,
          chargerOcppId: chargers.ocppId,
          chargerName: chargers.name,
          siteId: sites.id,
          siteName: sites.name,
          city: sites.city,
          tariffName: tariffs.name,
        })
        .from(chargeDetailRecords)
        .innerJoin(sessions, eq(sessions.id, chargeDetailRecords.sessionId))
        .leftJoin(users, eq(users.id, sessions.userId))
        .leftJoin(chargers, eq(chargers.id, sessions.chargerId))
        .leftJoin(sites, eq(sites.id, chargers.siteId))
        .leftJoin(tariffs, eq(tariffs.id, chargeDetailRecords.tariffId))
        .where(
          inScope(
            scope,
            chargeDetailRecords,
            inArray(
              chargeDetailRecords.id,
              records.map((r) => r.id),
            ),
          ),
        );
      const names = new Map(rows.map((r) => [r.id, r]));
      return records.map((record) => {
        const { id: _id, ...n } = names.get(record.id) ?? emptyNames(record.id);
        return { record, ...n };
      });
    },
  };
}

const emptyNames = (id: string) => ({
  id,
  userId: null,
  userEmail: null,
  chargerOcppId: null,
  chargerName: null,
  siteId: null,
  siteName: null,
  city: null,
  tariffName: null,
});

export type ChargeDetailRecordRepository = ReturnType<typeof createChargeDetailRecordRepository>;
