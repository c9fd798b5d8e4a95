import { and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { pgJson } from '../../db/pg-json.js';
import { inScope } from '../../db/scoped.js';
import { chargers, connectors, evseConnectors, tenants } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';

export type ChargerRow = typeof chargers.$inferSelect;
export type ConnectorRow = typeof connectors.$inferSelect;
export type EvseConnectorRow = typeof evseConnectors.$inferSelect;

/**
 * What a charger connection keeps of its row, read at the handshake: the columns the OCPP edge
 * uses (tenant, site, registration, boot acceptance, validation mode, version), not the whole row.
 * A node holds one per connection and one per charger in the handshake cache: its other strings and
 * Dates cost ~1 KB a connection (bench:heap-diff) for nothing.
 */
export type ConnectedCharger = Pick<
  ChargerRow,
  | 'id'
  | 'tenantId'
  | 'siteId'
  | 'ocppId'
  | 'passwordHash'
  | 'registrationStatus'
  | 'bootAcceptedAt'
  | 'lenientValidation'
  | 'ocppVersion'
>;
/** A connection's charger with its tenant's slug, as the handshake checks it. */
export type HandshakeCharger = ConnectedCharger & { tenantSlug: string };

const handshakeColumns = {
  id: chargers.id,
  tenantId: chargers.tenantId,
  siteId: chargers.siteId,
  ocppId: chargers.ocppId,
  passwordHash: chargers.passwordHash,
  registrationStatus: chargers.registrationStatus,
  bootAcceptedAt: chargers.bootAcceptedAt,
  lenientValidation: chargers.lenientValidation,
  ocppVersion: chargers.ocppVersion,
  tenantSlug: tenants.slug,
};
export type ChargerValues = Partial<
  Pick<
    typeof chargers.$inferInsert,
    | 'name'
    | 'siteId'
    | 'tariffId'
    | 'passwordHash'
    | 'maxPowerW'
    | 'registrationStatus'
    | 'capabilities'
    | 'customProperties'
  >
>;
export type ConnectorValues = Partial<
  Pick<
    typeof connectors.$inferInsert,
    | 'maxPowerW'
    | 'plugType'
    | 'powerType'
    | 'evseId'
    | 'physicalReference'
    | 'maxVoltageV'
    | 'maxCurrentA'
    | 'phases'
    | 'format'
  >
>;

/** Queries on chargers, in the caller's Scope. Only the OCPP handshake looks a charger up across tenants. */
export function createChargerRepository(db: Db) {
  return {
    async byIds(scope: Scope, ids: readonly string[]): Promise<ChargerRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(chargers)
        .where(inScope(scope, chargers, inArray(chargers.id, [...ids]), isNull(chargers.deletedAt)));
    },

    async byOcppIdInScope(scope: Scope, ocppId: string): Promise<ChargerRow | null> {
      const [row] = await db
        .select()
        .from(chargers)
        .where(inScope(scope, chargers, eq(chargers.ocppId, ocppId), isNull(chargers.deletedAt)));
      return row ?? null;
    },

    /** Live chargers by OCPP identity, in one statement: the handshakes of a connect storm share it. */
    async byOcppIds(ocppIds: readonly string[]): Promise<Map<string, HandshakeCharger>> {
      const rows = await db
        .select(handshakeColumns)
        .from(chargers)
        .innerJoin(tenants, eq(tenants.id, chargers.tenantId))
        .where(
          and(
            // One statement text for any number of ids: an IN list is a new text (and prepared statement) per
            // length. `= any(array(...))`, not `in (select ...)`: the planner cannot count a jsonb parameter's
            // elements and hash-joined a scan of every charger (3.5 ms a batch at 19,000 chargers, growing with
            // the fleet); an array it looks up in the ocpp_id index.
            sql`${chargers.ocppId} = any(array(select jsonb_array_elements_text(${pgJson([...new Set(ocppIds)])}::jsonb)))`,
            isNull(chargers.deletedAt),
            isNull(tenants.deletedAt),
          ),
        );
      return new Map(rows.map((r) => [r.ocppId, r]));
    },

    /**
     * Chargers (across tenants, deleted ones too) whose row or tenant changed after `since`: how the
     * handshake cache (`handshake-cache.ts`) learns of a new password, a rejection or a deletion.
     * `live` is false for a deleted charger or one of a deleted tenant.
     */
    async handshakeChangesSince(since: Date): Promise<(HandshakeCharger & { live: boolean })[]> {
      return db
        .select({
          ...handshakeColumns,
          live: sql<boolean>`${chargers.deletedAt} is null and ${tenants.deletedAt} is null`,
        })
        .from(chargers)
        .innerJoin(tenants, eq(tenants.id, chargers.tenantId))
        .where(
          or(
            gt(chargers.updatedAt, since),
            gt(chargers.deletedAt, since),
            gt(tenants.updatedAt, since),
            gt(tenants.deletedAt, since),
          ),
        );
    },

    async insert(values: typeof chargers.$inferInsert): Promise<ChargerRow> {
      const [row] = await db.insert(chargers).values(values).returning();
      return row!;
    },

    /** Deleted chargers too: a session's history keeps showing where it happened. */
    async byIdsWithDeleted(scope: Scope, ids: readonly string[]): Promise<ChargerRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(chargers)
        .where(inScope(scope, chargers, inArray(chargers.id, [...ids])));
    },

    async update(scope: Scope, id: string, values: ChargerValues): Promise<ChargerRow | null> {
      const [row] = await db
        .update(chargers)
        .set({ ...values, updatedAt: new Date() })
        .where(inScope(scope, chargers, eq(chargers.id, id), isNull(chargers.deletedAt)))
        .returning();
      return row ?? null;
    },

    /**
     * The same values on every charger named, in one statement that changes all of them or none
     * (null when one is missing, deleted or in another tenant).
     */
    async updateAll(scope: Scope, ids: readonly string[], values: ChargerValues): Promise<ChargerRow[] | null> {
      const named = () => inScope(scope, chargers, inArray(chargers.id, [...ids]), isNull(chargers.deletedAt));
      const rows = await db
        .update(chargers)
        .set({ ...values, updatedAt: new Date() })
        .where(and(named(), sql`(select count(*) from ${chargers} where ${named()}) = ${ids.length}`))
        .returning();
      return rows.length === ids.length ? rows : null;
    },

    /**
     * The connector holding an EVSE id among the tenant's live chargers. Ids are stored upper case;
     * the * separators are optional in eMI3, so DE*ABC*E1 and DEABCE1 are the same id.
     */
    async connectorWithEvseId(scope: Scope, evseId: string): Promise<ConnectorRow | null> {
      const [row] = await db
        .select({ connector: connectors })
        .from(connectors)
        .innerJoin(chargers, eq(chargers.id, connectors.chargerId))
        .where(
          inScope(
            scope,
            connectors,
            sql`replace(${connectors.evseId}, '*', '') = ${evseId.replaceAll('*', '')}`,
            isNull(chargers.deletedAt),
          ),
        )
        .limit(1);
      return row?.connector ?? null;
    },

    async softDelete(scope: Scope, id: string): Promise<ChargerRow | null> {
      const [row] = await db
        .update(chargers)
        .set({ deletedAt: new Date(), online: false, connectedNode: null })
        .where(inScope(scope, chargers, eq(chargers.id, id), isNull(chargers.deletedAt)))
        .returning();
      return row ?? null;
    },

    /** Operator-set ratings of a connector; creates the row when the charger has not reported it yet. */
    async upsertConnector(charger: ChargerRow, connectorId: number, values: ConnectorValues): Promise<ConnectorRow> {
      const [row] = await db
        .insert(connectors)
        .values({ tenantId: charger.tenantId, chargerId: charger.id, connectorId, ...values })
        .onConflictDoUpdate({
          target: [connectors.chargerId, connectors.connectorId],
          set: { ...values, updatedAt: new Date() },
        })
        .returning();
      return row!;
    },

    async connectorsOf(scope: Scope, chargerIds: readonly string[]): Promise<ConnectorRow[]> {
      if (!chargerIds.length) return [];
      return db
        .select()
        .from(connectors)
        .where(inScope(scope, connectors, inArray(connectors.chargerId, [...chargerIds])))
        .orderBy(connectors.chargerId, connectors.connectorId);
    },

    /** The connectors 2.0.1 stations reported within their EVSEs (none for 1.6 chargers). */
    async evseConnectorsOf(scope: Scope, chargerIds: readonly string[]): Promise<EvseConnectorRow[]> {
      if (!chargerIds.length) return [];
      return db
        .select()
        .from(evseConnectors)
        .where(inScope(scope, evseConnectors, inArray(evseConnectors.chargerId, [...chargerIds])))
        .orderBy(evseConnectors.chargerId, evseConnectors.evseId, evseConnectors.connectorId);
    },
  };
}

export type ChargerRepository = ReturnType<typeof createChargerRepository>;
