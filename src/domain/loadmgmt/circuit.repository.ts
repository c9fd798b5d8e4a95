import { asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { inScope } from '../../db/scoped.js';
import { chargers, circuitChargers, circuits, sites } from '../../db/schema/index.js';
import { ConflictError } from '../errors.js';
import type { Scope } from '../scope.js';

export type CircuitRow = typeof circuits.$inferSelect;
export type CircuitValues = Partial<
  Pick<
    typeof circuits.$inferInsert,
    'parentId' | 'name' | 'maxCurrentA' | 'maxPowerW' | 'phases' | 'strategy' | 'minCurrentA' | 'reserveA'
  >
>;
export type AttachmentRow = typeof circuitChargers.$inferSelect;
export type AttachmentValues = Pick<
  typeof circuitChargers.$inferInsert,
  'circuitId' | 'chargerId' | 'connectorId' | 'phases' | 'phaseRotation' | 'priority' | 'maxCurrentA' | 'fallbackLimitA'
>;

/** Circuits and which chargers hang on them; the only SQL of their CRUD. */
export function createCircuitRepository(db: Db) {
  return {
    async byIds(scope: Scope, ids: readonly string[]): Promise<CircuitRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(circuits)
        .where(inScope(scope, circuits, inArray(circuits.id, [...ids])));
    },

    async ofSites(scope: Scope, siteIds: readonly string[]): Promise<CircuitRow[]> {
      if (!siteIds.length) return [];
      return db
        .select()
        .from(circuits)
        .where(inScope(scope, circuits, inArray(circuits.siteId, [...siteIds])))
        .orderBy(asc(circuits.createdAt), asc(circuits.id));
    },

    async childrenOf(scope: Scope, parentIds: readonly string[]): Promise<CircuitRow[]> {
      if (!parentIds.length) return [];
      return db
        .select()
        .from(circuits)
        .where(inScope(scope, circuits, inArray(circuits.parentId, [...parentIds])))
        .orderBy(asc(circuits.createdAt), asc(circuits.id));
    },

    async siteExists(scope: Scope, siteId: string): Promise<boolean> {
      const rows = await db
        .select({ id: sites.id })
        .from(sites)
        .where(inScope(scope, sites, eq(sites.id, siteId), isNull(sites.deletedAt)));
      return rows.length > 0;
    },

    async insert(scope: Scope, values: CircuitValues & { siteId: string; name: string; maxCurrentA: number }) {
      const [row] = await db
        .insert(circuits)
        .values({ ...values, tenantId: scope.tenantId })
        .returning();
      return row!;
    },

    async update(scope: Scope, id: string, values: CircuitValues): Promise<CircuitRow | null> {
      const [row] = await db
        .update(circuits)
        .set({ ...values, updatedAt: new Date() })
        .where(inScope(scope, circuits, eq(circuits.id, id)))
        .returning();
      return row ?? null;
    },

    /** Attachments and allocations go with it (cascade); a circuit with sub-circuits is refused first. */
    async delete(scope: Scope, id: string): Promise<boolean> {
      const rows = await db
        .delete(circuits)
        .where(inScope(scope, circuits, eq(circuits.id, id)))
        .returning({ id: circuits.id });
      return rows.length > 0;
    },

    async attachmentsOf(scope: Scope, circuitIds: readonly string[]): Promise<AttachmentRow[]> {
      if (!circuitIds.length) return [];
      return db
        .select()
        .from(circuitChargers)
        .where(inScope(scope, circuitChargers, inArray(circuitChargers.circuitId, [...circuitIds])))
        .orderBy(asc(circuitChargers.createdAt), asc(circuitChargers.id));
    },

    async attachmentsOfCharger(scope: Scope, chargerId: string): Promise<AttachmentRow[]> {
      return db
        .select()
        .from(circuitChargers)
        .where(inScope(scope, circuitChargers, eq(circuitChargers.chargerId, chargerId)));
    },

    async liveCharger(scope: Scope, chargerId: string): Promise<{ id: string; siteId: string | null } | null> {
      const [row] = await db
        .select({ id: chargers.id, siteId: chargers.siteId })
        .from(chargers)
        .where(inScope(scope, chargers, eq(chargers.id, chargerId), isNull(chargers.deletedAt)));
      return row ?? null;
    },

    async attach(scope: Scope, values: AttachmentValues): Promise<AttachmentRow> {
      try {
        const [row] = await db
          .insert(circuitChargers)
          .values({ ...values, tenantId: scope.tenantId })
          .returning();
        return row!;
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError('This charger (or connector) is already on a circuit');
        throw err;
      }
    },

    async detach(scope: Scope, circuitId: string, chargerId: string, connectorId?: number | null): Promise<number> {
      const rows = await db
        .delete(circuitChargers)
        .where(
          inScope(
            scope,
            circuitChargers,
            eq(circuitChargers.circuitId, circuitId),
            eq(circuitChargers.chargerId, chargerId),
            connectorId == null ? undefined : sql`coalesce(${circuitChargers.connectorId}, 0) = ${connectorId}`,
          ),
        )
        .returning({ id: circuitChargers.id });
      return rows.length;
    },
  };
}

export type CircuitRepository = ReturnType<typeof createCircuitRepository>;
