import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inScope } from '../../db/scoped.js';
import {
  allocations,
  chargers,
  circuitChargers,
  circuits,
  connectors,
  idTags,
  sessions,
} from '../../db/schema/index.js';
import type { ChargerRow } from '../chargers/charger.repository.js';
import type { Scope } from '../scope.js';
import type { AttachmentRow, CircuitRow } from './circuit.repository.js';

export type AllocationRow = typeof allocations.$inferSelect;
export type AllocationWrite = Omit<AllocationRow, 'id' | 'tenantId' | 'updatedAt'>;

/** Everything one recomputation of a site reads. */
export interface SiteState {
  circuits: CircuitRow[];
  attachments: (AttachmentRow & { charger: ChargerRow })[];
  /** Connector ids (> 0) each charger reported. */
  connectorIds: Map<string, number[]>;
  activeSessions: {
    id: string;
    chargerId: string;
    connectorId: number;
    transactionId: number | null;
    /** OCPP 2.0.1: the station's own name of the transaction, which its TxProfile must carry (K01.FR.03). */
    stationTransactionId: string | null;
    startedAt: Date | null;
    /** The session's id tag's chargingPriority (PRIORITY circuits), when it has one. */
    idTagPriority: number | null;
  }[];
  rows: AllocationRow[];
}

/** The allocations table and the reads a recomputation needs; the only SQL of load balancing. */
export function createAllocationRepository(db: Db) {
  return {
    async siteState(scope: Scope, siteId: string): Promise<SiteState> {
      const circuitRows = await db
        .select()
        .from(circuits)
        .where(inScope(scope, circuits, eq(circuits.siteId, siteId)));
      const circuitIds = circuitRows.map((c) => c.id);
      if (!circuitIds.length)
        return { circuits: [], attachments: [], connectorIds: new Map(), activeSessions: [], rows: [] };
      const attached = await db
        .select({ a: circuitChargers, charger: chargers })
        .from(circuitChargers)
        .innerJoin(chargers, eq(chargers.id, circuitChargers.chargerId))
        .where(
          inScope(scope, circuitChargers, inArray(circuitChargers.circuitId, circuitIds), isNull(chargers.deletedAt)),
        );
      const chargerIds = [...new Set(attached.map((r) => r.charger.id))];
      if (!chargerIds.length)
        return { circuits: circuitRows, attachments: [], connectorIds: new Map(), activeSessions: [], rows: [] };
      const [connectorRows, sessionRows, rows] = await Promise.all([
        db
          .select({ chargerId: connectors.chargerId, connectorId: connectors.connectorId })
          .from(connectors)
          .where(inScope(scope, connectors, inArray(connectors.chargerId, chargerIds), gt(connectors.connectorId, 0))),
        db
          .select({
            id: sessions.id,
            chargerId: sessions.chargerId,
            connectorId: sessions.connectorId,
            transactionId: sessions.transactionId,
            stationTransactionId: sessions.stationTransactionId,
            startedAt: sessions.startedAt,
            idTagPriority: idTags.chargingPriority,
          })
          .from(sessions)
          // idTag is CiString20: matched case-insensitively, as the unique index has it (OCPP 1.6 §3.9).
          .leftJoin(
            idTags,
            and(
              eq(idTags.tenantId, sessions.tenantId),
              sql`lower(${idTags.value}) = lower(${sessions.idTag})`,
              isNull(idTags.deletedAt),
            ),
          )
          .where(inScope(scope, sessions, inArray(sessions.chargerId, chargerIds), eq(sessions.status, 'ACTIVE'))),
        db
          .select()
          .from(allocations)
          .where(inScope(scope, allocations, inArray(allocations.chargerId, chargerIds))),
      ]);
      const connectorIds = new Map<string, number[]>();
      for (const c of connectorRows)
        connectorIds.set(c.chargerId, [...(connectorIds.get(c.chargerId) ?? []), c.connectorId]);
      return {
        circuits: circuitRows,
        attachments: attached.map((r) => ({ ...r.a, charger: r.charger })),
        connectorIds,
        activeSessions: sessionRows,
        rows,
      };
    },

    /** Per attached charger of the tenant, the sites whose circuits it hangs on (usually one). */
    async sitesOfAttachedChargers(scope: Scope): Promise<Map<string, string[]>> {
      const rows = await db
        .selectDistinct({ chargerId: circuitChargers.chargerId, siteId: circuits.siteId })
        .from(circuitChargers)
        .innerJoin(circuits, eq(circuits.id, circuitChargers.circuitId))
        .where(inScope(scope, circuitChargers));
      const sites = new Map<string, string[]>();
      for (const r of rows) sites.set(r.chargerId, [...(sites.get(r.chargerId) ?? []), r.siteId]);
      return sites;
    },

    /**
     * Writes a site's allocations and drops rows of connectors no longer attached, in one statement (no
     * transaction: porsager/postgres#1208 kills the process when a connection dies inside one, and this
     * runs on every meter value of a managed site). The two parts touch different rows: those kept and the rest.
     */
    async save(scope: Scope, circuitIds: readonly string[], rows: AllocationWrite[]): Promise<void> {
      const keep = rows.map((r) => `${r.chargerId}:${r.connectorId}`);
      const drop = circuitIds.length
        ? db.delete(allocations).where(
            inScope(
              scope,
              allocations,
              inArray(allocations.circuitId, [...circuitIds]),
              keep.length
                ? sql`(${allocations.chargerId}::text || ':' || ${allocations.connectorId}) not in (${sql.join(
                    keep.map((k) => sql`${k}`),
                    sql`, `,
                  )})`
                : undefined,
            ),
          )
        : undefined;
      if (!rows.length) {
        if (drop) await drop;
        return;
      }
      const upsert = db
        .insert(allocations)
        .values(rows.map((r) => ({ ...r, tenantId: scope.tenantId, updatedAt: new Date() })))
        .onConflictDoUpdate({
          target: [allocations.chargerId, allocations.connectorId],
          set: Object.fromEntries(UPSERT_COLUMNS.map((c) => [c, sql.raw(`excluded.${allocations[c].name}`)])) as Record<
            string,
            unknown
          >,
        });
      await db.execute(drop ? sql`with dropped as (${drop.getSQL()}) ${upsert.getSQL()}` : upsert.getSQL());
    },

    /** The charger's answer to a profile, on the row of that connector (session check: a late answer for an ended session is dropped). */
    async recordAnswer(
      scope: Scope,
      key: { chargerId: string; connectorId: number; sessionId: string | null },
      fields: Partial<
        Pick<
          AllocationRow,
          'sentA' | 'sentAt' | 'profileStatus' | 'acceptedA' | 'acceptedAt' | 'rejections' | 'flagged'
        >
      >,
    ): Promise<void> {
      await db
        .update(allocations)
        .set({ ...fields, updatedAt: new Date() })
        .where(
          inScope(
            scope,
            allocations,
            eq(allocations.chargerId, key.chargerId),
            eq(allocations.connectorId, key.connectorId),
            key.sessionId ? eq(allocations.sessionId, key.sessionId) : isNull(allocations.sessionId),
          ),
        );
    },

    /** The default a charger now holds, on each of its rows (null = unknown). */
    async recordDefault(scope: Scope, chargerId: string, defaultA: number | null): Promise<void> {
      await db
        .update(allocations)
        .set({ defaultA, updatedAt: new Date() })
        .where(inScope(scope, allocations, eq(allocations.chargerId, chargerId)));
    },

    async recordMeasured(
      scope: Scope,
      key: { chargerId: string; connectorId: number },
      phases: [number | null, number | null, number | null],
      at: Date,
    ): Promise<void> {
      await db
        .update(allocations)
        .set({ measuredL1: phases[0], measuredL2: phases[1], measuredL3: phases[2], measuredAt: at })
        .where(
          inScope(
            scope,
            allocations,
            eq(allocations.chargerId, key.chargerId),
            eq(allocations.connectorId, key.connectorId),
          ),
        );
    },

    async ofCircuits(scope: Scope, circuitIds: readonly string[]): Promise<AllocationRow[]> {
      if (!circuitIds.length) return [];
      return db
        .select()
        .from(allocations)
        .where(inScope(scope, allocations, inArray(allocations.circuitId, [...circuitIds])))
        .orderBy(asc(allocations.chargerId), asc(allocations.connectorId));
    },
  };
}

export type AllocationRepository = ReturnType<typeof createAllocationRepository>;

const UPSERT_COLUMNS = [
  'circuitId',
  'sessionId',
  'transactionId',
  'targetA',
  'gridPhases',
  'reason',
  'measuredL1',
  'measuredL2',
  'measuredL3',
  'measuredAt',
  'sentA',
  'sentAt',
  'profileStatus',
  'acceptedA',
  'acceptedAt',
  'rejections',
  'flagged',
  'defaultA',
  'updatedAt',
] as const satisfies (keyof AllocationRow)[];
