import { and, asc, desc, eq, gte, inArray, isNull, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inScope } from '../../db/scoped.js';
import {
  chargerConfiguration,
  chargers,
  chargerEvents,
  chargingProfiles,
  commands,
  deviceVariables,
  idTags,
  reservations,
  sessions,
} from '../../db/schema/index.js';
import type { ConfigurationRow } from '../chargers/charger-details.repository.js';
import type { ChargerRow } from '../chargers/charger.repository.js';
import type { ReservationRow } from '../reservations/reservation-query.repository.js';
import type { SessionRow } from '../sessions/session-query.repository.js';
import type { Scope } from '../scope.js';

export type { ConfigurationRow, ReservationRow };

/** The stop reason of a remote start whose transaction did not start in time (the sweep's verdict, not the charger's). */
export const REMOTE_START_TIMED_OUT = 'NoStartTransaction';
export type ChargingProfileRow = typeof chargingProfiles.$inferSelect;
export type ConfigurationValue = { key: string; value: string | null; readonly: boolean; unknown: boolean };
export type ProfileMatch = {
  chargingProfileId?: number | null;
  connectorId?: number | null;
  purpose?: string | null;
  stackLevel?: number | null;
};
/** What a GetChargingProfiles asked for (OCPP 2.0.1 K09), in the stored profiles' terms. */
export type ProfileReportCriteria = {
  connectorId?: number | null;
  purpose?: string | null;
  stackLevel?: number | null;
  chargingProfileIds?: number[] | null;
};

/** The connector, purpose and stack level a ClearChargingProfile or GetChargingProfiles names (unset: any). */
const positionCriteria = (match: Pick<ProfileMatch, 'connectorId' | 'purpose' | 'stackLevel'>): (SQL | undefined)[] => [
  match.connectorId != null ? eq(chargingProfiles.connectorId, match.connectorId) : undefined,
  match.purpose ? eq(chargingProfiles.purpose, match.purpose) : undefined,
  match.stackLevel != null ? eq(chargingProfiles.stackLevel, match.stackLevel) : undefined,
];

/**
 * What the command family reads and keeps about a charger, in the caller's Scope: the charger,
 * its configuration keys, charging profiles, local list version, sessions started remotely and
 * reservations. The sweeps (`*Due`) run for every tenant: they are the server's, not a caller's.
 */
function stateStatements(db: Db) {
  /** The UPDATE that marks the charger's ACTIVE profiles meeting every condition CLEARED, not yet run. */
  function activeProfilesCleared(scope: Scope, chargerId: string, conditions: (SQL | undefined)[]) {
    return db
      .update(chargingProfiles)
      .set({ status: 'CLEARED', clearedAt: new Date() })
      .where(
        inScope(
          scope,
          chargingProfiles,
          eq(chargingProfiles.chargerId, chargerId),
          eq(chargingProfiles.status, 'ACTIVE'),
          ...conditions,
        ),
      );
  }

  /** Marks the charger's ACTIVE profiles that meet every condition CLEARED. */
  async function clearActiveProfiles(scope: Scope, chargerId: string, conditions: (SQL | undefined)[]): Promise<void> {
    await activeProfilesCleared(scope, chargerId, conditions);
  }

  /** With an id the other criteria are ignored (OCPP 1.6 §6.9). */
  function clearProfiles(scope: Scope, chargerId: string, match: ProfileMatch): Promise<void> {
    return clearActiveProfiles(
      scope,
      chargerId,
      match.chargingProfileId != null
        ? [eq(chargingProfiles.chargingProfileId, match.chargingProfileId)]
        : positionCriteria(match),
    );
  }

  return {
    async charger(scope: Scope, chargerId: string): Promise<ChargerRow | null> {
      const [row] = await db
        .select()
        .from(chargers)
        .where(inScope(scope, chargers, eq(chargers.id, chargerId), isNull(chargers.deletedAt)));
      return row ?? null;
    },

    async setLocalListVersion(scope: Scope, chargerId: string, version: number): Promise<void> {
      await db
        .update(chargers)
        .set({ localListVersion: version })
        .where(inScope(scope, chargers, eq(chargers.id, chargerId)));
    },

    /** Live id tags for a local list: all of the tenant's, or those named (case-insensitively). */
    async tagsForLocalList(scope: Scope, wanted: string[] | null) {
      return db
        .select()
        .from(idTags)
        .where(
          inScope(
            scope,
            idTags,
            isNull(idTags.deletedAt),
            wanted
              ? inArray(
                  sql`lower(${idTags.value})`,
                  wanted.map((w) => w.toLowerCase()),
                )
              : undefined,
          ),
        )
        .orderBy(idTags.value);
    },

    async configurationKey(scope: Scope, chargerId: string, key: string): Promise<ConfigurationRow | null> {
      const [row] = await db
        .select()
        .from(chargerConfiguration)
        .where(
          inScope(
            scope,
            chargerConfiguration,
            eq(chargerConfiguration.chargerId, chargerId),
            eq(chargerConfiguration.key, key),
          ),
        );
      return row ?? null;
    },

    async storeConfiguration(scope: Scope, chargerId: string, rows: ConfigurationValue[]): Promise<void> {
      // A charger listing a key twice would make one upsert touch a row twice: the last one wins.
      const unique = [...new Map(rows.map((r) => [r.key, r])).values()];
      if (!unique.length) return;
      await db
        .insert(chargerConfiguration)
        .values(unique.map((r) => ({ ...r, tenantId: scope.tenantId, chargerId })))
        .onConflictDoUpdate({
          target: [chargerConfiguration.chargerId, chargerConfiguration.key],
          set: {
            value: sql`excluded.value`,
            readonly: sql`excluded.readonly`,
            unknown: sql`excluded.unknown`,
            updatedAt: new Date(),
          },
        });
    },

    async keepOnlyConfiguration(scope: Scope, chargerId: string, kept: string[]): Promise<void> {
      await db
        .delete(chargerConfiguration)
        .where(
          inScope(
            scope,
            chargerConfiguration,
            eq(chargerConfiguration.chargerId, chargerId),
            kept.length ? notInArray(chargerConfiguration.key, kept) : undefined,
          ),
        );
    },

    async configurationOf(
      scope: Scope,
      chargerIds: readonly string[],
      includeUnknown: boolean,
    ): Promise<ConfigurationRow[]> {
      if (!chargerIds.length) return [];
      return db
        .select()
        .from(chargerConfiguration)
        .where(
          inScope(
            scope,
            chargerConfiguration,
            inArray(chargerConfiguration.chargerId, [...chargerIds]),
            includeUnknown ? undefined : eq(chargerConfiguration.unknown, false),
          ),
        )
        .orderBy(asc(chargerConfiguration.key));
    },

    /** A TxProfile ends with its transaction (OCPP 1.6 §3.13.1): the charger dropped it, so do we. */
    forgetTxProfiles(scope: Scope, chargerId: string, connectorId: number): Promise<void> {
      return clearProfiles(scope, chargerId, { connectorId, purpose: 'TxProfile' });
    },

    /** A new profile replaces one with the same id, and (1.6 §3.13.2) one with its stackLevel and purpose on the connector. */
    async replaceProfile(
      scope: Scope,
      charger: Pick<ChargerRow, 'id'>,
      connectorId: number,
      profile: {
        chargingProfileId: number;
        stackLevel: number;
        chargingProfilePurpose: string;
        chargingProfileKind: string;
      },
      opts: { sameLevelReplaces: boolean },
    ): Promise<void> {
      // One statement, no transaction (porsager/postgres#1208): load management replaces profiles all the
      // time. The insert cannot be cleared by the update beside it: both read the rows as they were before.
      const cleared = activeProfilesCleared(scope, charger.id, [
        or(
          eq(chargingProfiles.chargingProfileId, profile.chargingProfileId),
          opts.sameLevelReplaces
            ? and(
                eq(chargingProfiles.connectorId, connectorId),
                eq(chargingProfiles.stackLevel, profile.stackLevel),
                eq(chargingProfiles.purpose, profile.chargingProfilePurpose),
              )
            : undefined,
        ),
      ]);
      const added = db.insert(chargingProfiles).values({
        tenantId: scope.tenantId,
        chargerId: charger.id,
        connectorId,
        chargingProfileId: profile.chargingProfileId,
        stackLevel: profile.stackLevel,
        purpose: profile.chargingProfilePurpose,
        kind: profile.chargingProfileKind,
        profile,
      });
      await db.execute(sql`with cleared as (${cleared.getSQL()}) ${added.getSQL()}`);
    },

    clearProfiles,

    /** Clears the ACTIVE profiles matching a report's criteria that the station did not report (K09). */
    async clearProfilesNotReported(
      scope: Scope,
      chargerId: string,
      match: ProfileReportCriteria,
      reportedIds: number[],
    ): Promise<void> {
      await clearActiveProfiles(scope, chargerId, [
        ...positionCriteria(match),
        match.chargingProfileIds?.length
          ? inArray(chargingProfiles.chargingProfileId, match.chargingProfileIds)
          : undefined,
        reportedIds.length ? notInArray(chargingProfiles.chargingProfileId, reportedIds) : undefined,
      ]);
    },

    /**
     * The GetChargingProfiles a report answers, from the command log (the report may reach another
     * node than the one that sent the request); the newest one, as requestIds wrap.
     */
    async profileRequest(
      scope: Scope,
      chargerId: string,
      requestId: number,
    ): Promise<{ payload: unknown; createdAt: Date } | null> {
      const [row] = await db
        .select({ payload: commands.payload, createdAt: commands.createdAt })
        .from(commands)
        .where(
          inScope(
            scope,
            commands,
            eq(commands.chargerId, chargerId),
            eq(commands.action, 'GetChargingProfiles'),
            sql`${commands.payload}->>'requestId' = ${String(requestId)}`,
          ),
        )
        .orderBy(desc(commands.createdAt))
        .limit(1);
      return row ?? null;
    },

    /** The profile ids every ReportChargingProfiles part of one request carried (kept as charger events). */
    async reportedProfileIds(scope: Scope, chargerId: string, requestId: number, since: Date): Promise<number[]> {
      const rows = await db
        .select({ payload: chargerEvents.payload })
        .from(chargerEvents)
        .where(
          inScope(
            scope,
            chargerEvents,
            eq(chargerEvents.chargerId, chargerId),
            eq(chargerEvents.type, 'ReportChargingProfiles'),
            gte(chargerEvents.timestamp, since),
            sql`${chargerEvents.payload}->>'requestId' = ${String(requestId)}`,
          ),
        );
      return rows.flatMap((r) =>
        ((r.payload as { chargingProfile?: { id: number }[] }).chargingProfile ?? []).map((p) => p.id),
      );
    },

    async activeProfiles(scope: Scope, chargerIds: readonly string[]): Promise<ChargingProfileRow[]> {
      if (!chargerIds.length) return [];
      return db
        .select()
        .from(chargingProfiles)
        .where(
          inScope(
            scope,
            chargingProfiles,
            inArray(chargingProfiles.chargerId, [...chargerIds]),
            eq(chargingProfiles.status, 'ACTIVE'),
          ),
        )
        .orderBy(asc(chargingProfiles.connectorId), asc(chargingProfiles.stackLevel));
    },

    /** The station's own id of the transaction running on an EVSE (OCPP 2.0.1), or null. */
    async runningStationTransaction(scope: Scope, chargerId: string, connectorId: number): Promise<string | null> {
      const [row] = await db
        .select({ transactionId: sessions.stationTransactionId })
        .from(sessions)
        .where(
          inScope(
            scope,
            sessions,
            eq(sessions.chargerId, chargerId),
            eq(sessions.connectorId, connectorId),
            eq(sessions.status, 'ACTIVE'),
          ),
        )
        .limit(1);
      return row?.transactionId ?? null;
    },

    /**
     * A remoteStartId for a running transaction no token authorized yet (OCPP 2.0.1 F01: the cable
     * first); null when it was authorized or ended meanwhile.
     */
    async remoteStartIdFor(
      scope: Scope,
      sessionId: string,
      limits: { maxEnergyWh: number | null; maxDurationSeconds: number | null; maxCost: string | null },
    ): Promise<SessionRow | null> {
      const [row] = await db
        .update(sessions)
        .set({ remoteStartId: sql`nextval('remote_start_id_seq')::int`, ...limits, updatedAt: new Date() })
        .where(
          inScope(scope, sessions, eq(sessions.id, sessionId), eq(sessions.status, 'ACTIVE'), isNull(sessions.idTag)),
        )
        .returning();
      return row ?? null;
    },

    async session(scope: Scope, id: string): Promise<SessionRow | null> {
      const [row] = await db
        .select()
        .from(sessions)
        .where(inScope(scope, sessions, eq(sessions.id, id)));
      return row ?? null;
    },

    /** Ends a PENDING session as FAILED; null when it moved on meanwhile. */
    async failPending(scope: Scope, sessionId: string, reason: string): Promise<SessionRow | null> {
      const now = new Date();
      const [row] = await db
        .update(sessions)
        .set({ status: 'FAILED', stopReason: reason, stoppedAt: now, updatedAt: now })
        .where(inScope(scope, sessions, eq(sessions.id, sessionId), eq(sessions.status, 'PENDING')))
        .returning();
      return row ?? null;
    },

    /** Completes an ACTIVE session here (a forced stop); null when it is no longer ACTIVE. */
    async forceComplete(scope: Scope, session: SessionRow, reason: string): Promise<SessionRow | null> {
      const now = new Date();
      const [row] = await db
        .update(sessions)
        .set({
          status: 'COMPLETED',
          stopReason: reason,
          stoppedAt: now,
          meterStopWh: session.lastMeterWh ?? session.meterStartWh,
          updatedAt: now,
        })
        .where(inScope(scope, sessions, eq(sessions.id, session.id), eq(sessions.status, 'ACTIVE')))
        .returning();
      return row ?? null;
    },

    /**
     * PENDING sessions (every tenant) whose transaction never started fail after the time the
     * charger itself waits for the cable, as its reports or our commands left it: OCPP 1.6's
     * ConnectionTimeOut key (§9.1.9), OCPP 2.0.1's TxCtrlr.EVConnectionTimeOut (F01, TC_F_04);
     * `defaultSeconds` when the charger's version has none stored.
     */
    async failStalePendingDue(defaultSeconds: number): Promise<SessionRow[]> {
      const seconds = (value: SQL) => sql`case when ${value} ~ '^[0-9]{1,9}$' then ${value}::int end`;
      const key16 = sql`(select ${seconds(sql`${chargerConfiguration.value}`)} from ${chargerConfiguration}
          where ${chargerConfiguration.chargerId} = "sessions"."charger_id"
            and lower(${chargerConfiguration.key}) = 'connectiontimeout' and not ${chargerConfiguration.unknown})`;
      const variable201 = sql`(select ${seconds(sql`${deviceVariables.value}`)} from ${deviceVariables}
          where ${deviceVariables.chargerId} = "sessions"."charger_id"
            and lower(${deviceVariables.component}) = 'txctrlr' and ${deviceVariables.componentInstance} = ''
            and ${deviceVariables.evseId} = 0 and lower(${deviceVariables.variable}) = 'evconnectiontimeout'
            and ${deviceVariables.variableInstance} = '' and ${deviceVariables.attributeType} = 'Actual')`;
      const timeout = sql`coalesce((
          select case when ${chargers.ocppVersion} = '2.0.1' then ${variable201} else ${key16} end
          from ${chargers} where ${chargers.id} = "sessions"."charger_id"
        ), ${defaultSeconds})`;
      const now = new Date();
      return db
        .update(sessions)
        .set({ status: 'FAILED', stopReason: REMOTE_START_TIMED_OUT, stoppedAt: now, updatedAt: now })
        .where(
          and(
            eq(sessions.status, 'PENDING'),
            sql`${sessions.requestedAt} + make_interval(secs => ${timeout}) <= now()`,
          ),
        )
        .returning();
    },

    /** OCPP reservationId: a CSMS-assigned integer, unique across chargers. */
    async nextReservationId(): Promise<number> {
      const result = (await db.execute(sql`select nextval('reservation_id_seq')::int as id`)) as unknown;
      // postgres.js returns the rows; PGlite returns { rows }.
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { id: number }[];
      return Number(rows[0]!.id);
    },

    async insertReservation(
      scope: Scope,
      values: Omit<typeof reservations.$inferInsert, 'tenantId' | 'id'>,
    ): Promise<ReservationRow> {
      const [row] = await db
        .insert(reservations)
        .values({ ...values, tenantId: scope.tenantId })
        .returning();
      return row!;
    },

    /** A PENDING reservation gets the charger's answer (ACTIVE, REJECTED) or FAILED when none came. */
    async settleReservation(
      scope: Scope,
      id: string,
      outcome: { status: 'ACTIVE' | 'REJECTED' | 'FAILED'; answer: string | null },
    ): Promise<ReservationRow[]> {
      return db
        .update(reservations)
        .set({ ...outcome, updatedAt: new Date() })
        .where(inScope(scope, reservations, eq(reservations.id, id), eq(reservations.status, 'PENDING')))
        .returning();
    },

    async reservation(scope: Scope, id: string): Promise<ReservationRow | null> {
      const [row] = await db
        .select()
        .from(reservations)
        .where(inScope(scope, reservations, eq(reservations.id, id)));
      return row ?? null;
    },

    async cancelReservation(scope: Scope, id: string): Promise<ReservationRow[]> {
      return db
        .update(reservations)
        .set({ status: 'CANCELLED', updatedAt: new Date() })
        .where(inScope(scope, reservations, eq(reservations.id, id), eq(reservations.status, 'ACTIVE')))
        .returning();
    },

    /** Whether any ACTIVE reservation is past its expiry, in any tenant (a read, outside any transaction). */
    async anyReservationDue(): Promise<boolean> {
      const [row] = await db
        .select({ id: reservations.id })
        .from(reservations)
        .where(and(eq(reservations.status, 'ACTIVE'), lte(reservations.expiresAt, new Date())))
        .limit(1);
      return Boolean(row);
    },

    /** ACTIVE reservations past their expiry, in every tenant, become EXPIRED. */
    async expireReservationsDue(): Promise<ReservationRow[]> {
      return db
        .update(reservations)
        .set({ status: 'EXPIRED', updatedAt: new Date() })
        .where(and(eq(reservations.status, 'ACTIVE'), lte(reservations.expiresAt, new Date())))
        .returning();
    },

    /** An ACTIVE reservation the charger ended itself (2.0.1 ReservationStatusUpdate). */
    async endReservationByCharger(
      scope: Scope,
      match: { chargerId: string; reservationId: number; status: 'EXPIRED' | 'CANCELLED' },
    ): Promise<ReservationRow[]> {
      return db
        .update(reservations)
        .set({ status: match.status, updatedAt: new Date() })
        .where(
          inScope(
            scope,
            reservations,
            eq(reservations.chargerId, match.chargerId),
            eq(reservations.reservationId, match.reservationId),
            eq(reservations.status, 'ACTIVE'),
          ),
        )
        .returning();
    },

    /** The reservation a charger's StartTransaction names (its charger, its reservationId). */
    async useReservation(
      scope: Scope,
      match: { chargerId: string; reservationId: number; sessionId?: string | null },
    ): Promise<ReservationRow | null> {
      const [row] = await db
        .update(reservations)
        .set({ status: 'USED', sessionId: match.sessionId ?? null, updatedAt: new Date() })
        .where(
          inScope(
            scope,
            reservations,
            eq(reservations.chargerId, match.chargerId),
            eq(reservations.reservationId, match.reservationId),
            inArray(reservations.status, ['ACTIVE', 'EXPIRED']),
          ),
        )
        .returning();
      return row ?? null;
    },
  };
}

export type CommandStateStatements = ReturnType<typeof stateStatements>;

export function createCommandStateRepository(db: Db) {
  return {
    ...stateStatements(db),
    /** Runs `work` in one transaction, with these statements on it (and the transaction, for other writes in it). */
    inTransaction<T>(work: (state: CommandStateStatements, tx: Db) => Promise<T>): Promise<T> {
      return db.transaction((tx) => work(stateStatements(tx as unknown as Db), tx as unknown as Db));
    },
  };
}

export type CommandStateRepository = ReturnType<typeof createCommandStateRepository>;
