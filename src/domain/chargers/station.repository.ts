import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chargerEvents, chargers, tenants } from '../../db/schema/index.js';
import type { ChargerRow } from './charger.repository.js';
import { byKey, jsonRecords } from '../../db/json-records.js';
import { retryOnDeadlock } from '../../db/deadlock.js';
import { bulkInsert } from '../../db/bulk-insert.js';

/** A frame heard from a charger, kept in batches (`writeSignsOfLife`). */
export interface SignOfLife {
  chargerId: string;
  at: Date;
  action: string | null;
  /** Set when the charger connected to this node. */
  node: string | null;
  /** Set when the charger connected with another OCPP version than last time. */
  ocppVersion: string | null;
}

/**
 * What chargers report about themselves, as rows. Every write names the charger by the id its own
 * connection resolved (the connection's Scope decided the tenant at the handshake).
 */
export function createStationRepository(db: Db) {
  return {
    /** Charger events in ONE statement (a 2.0.1 boot storm records a BootReason per boot). */
    insertEvents: (rows: readonly NewChargerEvent[]) => insertChargerEvents(db, rows),

    /**
     * Offline, but only where this node still holds the charger (another node may have it by now) and
     * nothing was heard from it since the disconnect: a charger that came back to this same node and
     * booted before this write ran must not read offline while connected.
     */
    async markOffline(batch: readonly { chargerId: string; node: string; at: Date }[]): Promise<void> {
      const json = JSON.stringify(byKey(batch, (r) => r.chargerId));
      // Batched charger UPDATEs can deadlock on a small fleet (boot.repository.ts#writeBoots): run again.
      await retryOnDeadlock(() =>
        db.execute(sql`
        update ${chargers} set online = false, connected_node = null, last_seen_at = v.at
        from ${jsonRecords(json, '"chargerId" uuid, node text, at timestamptz', batch.length)} as v
        where ${chargers.id} = v."chargerId" and ${chargers.connectedNode} = v.node
          and (${chargers.lastSeenAt} is null or ${chargers.lastSeenAt} <= v.at)`),
      );
    },

    /** The tenant that registers unknown chargers under this slug, if it opted in (before any Scope exists). */
    async tenantAcceptingUnknown(slug: string): Promise<{ id: string } | null> {
      const [tenant] = await db
        .select({ id: tenants.id })
        .from(tenants)
        .where(and(eq(tenants.slug, slug), eq(tenants.acceptUnknownChargers, true), isNull(tenants.deletedAt)));
      return tenant ?? null;
    },

    async insertPending(tenantId: string, ocppId: string): Promise<ChargerRow | null> {
      const [row] = await db
        .insert(chargers)
        .values({ tenantId, ocppId, registrationStatus: 'PENDING' })
        .onConflictDoNothing()
        .returning();
      return row ?? null;
    },

    async setFirmwareStatus(chargerId: string, kind: 'diagnostics' | 'firmware', status: string): Promise<void> {
      await db
        .update(chargers)
        .set(kind === 'diagnostics' ? { diagnosticsStatus: status } : { firmwareStatus: status })
        .where(eq(chargers.id, chargerId));
    },

    /** Per charger the latest time, action, node and version, in one UPDATE from a jsonb parameter. */
    async writeSignsOfLife(batch: readonly SignOfLife[]): Promise<void> {
      const latest = new Map<string, SignOfLife>();
      for (const s of batch) {
        const before = latest.get(s.chargerId);
        latest.set(s.chargerId, {
          ...s,
          action: s.action ?? before?.action ?? null,
          node: s.node ?? before?.node ?? null,
          ocppVersion: s.ocppVersion ?? before?.ocppVersion ?? null,
        });
      }
      const json = JSON.stringify(byKey(latest.values(), (r) => r.chargerId));
      // Batched charger UPDATEs can deadlock on a small fleet (boot.repository.ts#writeBoots): run again.
      await retryOnDeadlock(() =>
        db.execute(sql`
        update ${chargers} set last_seen_at = greatest(${chargers.lastSeenAt}, v.at), last_message = coalesce(v.action, ${chargers.lastMessage}),
          online = ${chargers.online} or v.node is not null, connected_node = coalesce(v.node, ${chargers.connectedNode}),
          ocpp_version = coalesce(v."ocppVersion", ${chargers.ocppVersion})
        from ${jsonRecords(json, '"chargerId" uuid, at timestamptz, action text, node text, "ocppVersion" text', latest.size)} as v
        where ${chargers.id} = v."chargerId"`),
      );
    },
  };
}

export interface NewChargerEvent {
  tenantId: string;
  chargerId: string;
  type: string;
  payload: unknown;
  timestamp: Date;
}

/** charger_events rows in ONE statement, in order (BootReasons, quirks, the online/offline history). */
export async function insertChargerEvents(db: Db, rows: readonly NewChargerEvent[]): Promise<void> {
  await bulkInsert(
    db,
    chargerEvents,
    { tenant_id: 'uuid', charger_id: 'uuid', type: 'text', payload: 'jsonb', timestamp: 'timestamptz' },
    rows.map((r) => ({
      tenant_id: r.tenantId,
      charger_id: r.chargerId,
      type: r.type,
      payload: r.payload,
      timestamp: r.timestamp.toISOString(),
    })),
  );
}
