import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { retryOnDeadlock } from '../../db/deadlock.js';
import type { Db } from '../../db/client.js';
import { chargeDetailRecords, chargers, connectors, meterValues, sessions, sites } from '../../db/schema/index.js';
import type { Cost } from './cost.model.js';
import type { TariffLevel } from './selection.js';
import type { PowerType, PricingTariff } from './tariff.model.js';
import type { EnergyReading } from './timeline.js';

import { jsonRecords } from '../../db/json-records.js';
import { jsonList, liveSessionColumns, type LiveSession } from '../sessions/meter-batches.repository.js';

/**
 * A session as pricing reads it on every run: its live columns, and whether a tariff is locked. The
 * snapshot itself never changes once locked (`lock` writes it only where there is none), so the
 * service reads it once per session and node (`snapshot`) instead of with every meter value.
 */
export type PricedSession = LiveSession & { locked: boolean };

/** Locked onto a session at its start: later tariff edits, moves or zone changes don't reprice it. */
export interface TariffSnapshot {
  tariff: PricingTariff;
  level: TariffLevel;
  powerType: PowerType;
  timeZone: string;
  lockedAt: string;
}

/** Also locked: "no tariff applied at start", so a tariff attached later does not price this session. */
export interface NoTariff {
  tariff: null;
  lockedAt: string;
}

export type LockedTariff = TariffSnapshot | NoTariff;

export const ENERGY_REGISTER = 'Energy.Active.Import.Register';

/** The queries session pricing needs; every one is keyed by a session the caller already scoped. */
export function createPricingRepository(db: Db) {
  // Built once (prepared queries): the statements of every live price, run for many sessions at a time.
  const byIds = db
    .select({ ...liveSessionColumns, locked: sql<boolean>`${sessions.tariffSnapshot} is not null` })
    .from(sessions)
    .where(sql`${sessions.id} = ${jsonList('ids', 'uuid')}`)
    .prepare('pricing_sessions');
  const costs = db
    .update(sessions)
    .set({ cost: sql`v.cost`, updatedAt: sql`now()` })
    .from(sql`${jsonRecords(sql.placeholder('rows'), 'id uuid, cost jsonb', sql.placeholder('count'))} as v`)
    .where(eq(sessions.id, sql`v.id`))
    .prepare('pricing_save_costs');

  return {
    /** Many sessions in one statement (live pricing of many chargers coalesces its reads). */
    async sessions(ids: readonly string[]): Promise<Map<string, PricedSession>> {
      const rows = await byIds.execute({ ids: JSON.stringify([...new Set(ids)]) });
      return new Map(rows.map((r) => [r.id, r]));
    },

    /** The tariff locked on a session, if any (it never changes once locked). */
    async snapshot(sessionId: string): Promise<LockedTariff | null> {
      const [row] = await db
        .select({ snapshot: sessions.tariffSnapshot })
        .from(sessions)
        .where(eq(sessions.id, sessionId));
      return (row?.snapshot as LockedTariff | null | undefined) ?? null;
    },

    /** Many live costs in one statement; the last one given for a session wins. */
    async saveCosts(batch: readonly { sessionId: string; cost: Cost }[]): Promise<void> {
      const latest = new Map(batch.map((b) => [b.sessionId, b.cost]));
      // Sorted by session, and retried as a deadlock victim: meter advances lock the same rows.
      const values = JSON.stringify(
        [...latest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, cost]) => ({ id, cost })),
      );
      await retryOnDeadlock(() => costs.execute({ rows: values, count: latest.size }));
    },

    /** The connector's power type (AC unless set) and the site's time zone (UTC without a site). */
    async place(chargerId: string, connectorId: number): Promise<{ powerType: PowerType; timeZone: string }> {
      const [row] = await db
        .select({ powerType: connectors.powerType, timeZone: sites.timezone })
        .from(chargers)
        .leftJoin(sites, eq(sites.id, chargers.siteId))
        .leftJoin(connectors, and(eq(connectors.chargerId, chargers.id), eq(connectors.connectorId, connectorId)))
        .where(eq(chargers.id, chargerId));
      return { powerType: row?.powerType === 'DC' ? 'DC' : 'AC', timeZone: row?.timeZone ?? 'UTC' };
    },

    /** The session's energy register readings: the total, not per phase, at the outlet (or unstated). */
    async readings(sessionId: string): Promise<EnergyReading[]> {
      const rows = await db
        .select({ at: meterValues.timestamp, wh: meterValues.value })
        .from(meterValues)
        .where(
          and(
            eq(meterValues.sessionId, sessionId),
            eq(meterValues.measurand, ENERGY_REGISTER),
            isNull(meterValues.phase),
            or(isNull(meterValues.location), eq(meterValues.location, 'Outlet')),
          ),
        )
        .orderBy(asc(meterValues.timestamp));
      return rows.filter((r): r is EnergyReading => r.wh != null);
    },

    /** Locks the tariff once; a concurrent lock (another node) wins and is returned instead. */
    async lock(sessionId: string, locked: LockedTariff): Promise<LockedTariff> {
      const [row] = await db
        .update(sessions)
        .set({ tariffId: locked.tariff?.id ?? null, tariffSnapshot: locked })
        .where(and(eq(sessions.id, sessionId), isNull(sessions.tariffSnapshot)))
        .returning({ snapshot: sessions.tariffSnapshot });
      if (row) return row.snapshot as LockedTariff;
      const [current] = await db
        .select({ snapshot: sessions.tariffSnapshot })
        .from(sessions)
        .where(eq(sessions.id, sessionId));
      return (current?.snapshot as LockedTariff | null) ?? locked;
    },

    /** Immutable: the first record written for a session stays; a replayed stop changes nothing. */
    async insertChargeDetailRecord(values: typeof chargeDetailRecords.$inferInsert): Promise<void> {
      await db
        .insert(chargeDetailRecords)
        .values(values)
        .onConflictDoNothing({ target: chargeDetailRecords.sessionId });
    },
  };
}

export type PricingRepository = ReturnType<typeof createPricingRepository>;
