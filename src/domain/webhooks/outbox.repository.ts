import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { bulkInsert } from '../../db/bulk-insert.js';
import { webhookDeliveries, webhookEndpoints } from '../../db/schema/index.js';

export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
type EndpointRow = typeof webhookEndpoints.$inferSelect;

export interface OutboxRow {
  tenantId: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  payload: unknown;
  orderingKey: string;
}

/** A claimed delivery with what sending it needs from its endpoint. */
export interface ClaimedDelivery {
  delivery: WebhookDeliveryRow;
  endpoint: Pick<EndpointRow, 'id' | 'url' | 'secret' | 'previousSecret' | 'previousSecretExpiresAt' | 'failingSince'>;
}

export interface AttemptResult {
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  responseExcerpt: string | null;
}

const OUTBOX_COLUMNS = {
  tenant_id: 'uuid',
  endpoint_id: 'uuid',
  event_id: 'text',
  event_type: 'text',
  payload: 'jsonb',
  ordering_key: 'text',
};

// postgres.js returns the rows; PGlite returns { rows }.
const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];

/**
 * The outbox as the delivery worker sees it, across tenants: the worker serves every tenant's
 * endpoints, so these statements have no tenant condition at all (tenant reads go through
 * delivery.repository.ts and the Scope).
 */
export function createOutboxRepository(db: Db) {
  return {
    /** `executor`: a transaction, when the rows must commit with the change they report. */
    async insert(rows: OutboxRow[], executor: Db = db): Promise<void> {
      await bulkInsert(
        executor,
        webhookDeliveries,
        OUTBOX_COLUMNS,
        rows.map((r) => ({
          tenant_id: r.tenantId,
          endpoint_id: r.endpointId,
          event_id: r.eventId,
          event_type: r.eventType,
          payload: r.payload,
          ordering_key: r.orderingKey,
        })),
      );
    },

    /**
     * Claims due deliveries for this node (FOR UPDATE SKIP LOCKED: two nodes never take the same
     * row). Only the oldest PENDING row per endpoint and ordering key is due, so a resource's
     * events arrive in order; at most `free[endpoint]` (default `perEndpoint`) rows per endpoint.
     * The claim moves `next_attempt_at` past the lease: a node that dies mid-delivery leaves a row
     * that is due again when the lease runs out.
     */
    async claim(opts: {
      node: string;
      limit: number;
      perEndpoint: number;
      free: Record<string, number>;
      leaseMs: number;
    }): Promise<ClaimedDelivery[]> {
      if (opts.limit <= 0) return [];
      const claimed = rowsOf<{ id: string }>(
        await db.execute(sql`
        with heads as (
          -- The oldest PENDING row of each endpoint and ordering key (an index scan of webhook_deliveries_order_idx).
          select distinct on (d.endpoint_id, d.ordering_key) d.id, d.endpoint_id, d.seq, d.next_attempt_at
          from webhook_deliveries d
          where d.status = 'PENDING'
          order by d.endpoint_id, d.ordering_key, d.seq
        ), ready as (
          select h.id, h.endpoint_id, row_number() over (partition by h.endpoint_id order by h.seq) as rank
          from heads h
          join webhook_endpoints e on e.id = h.endpoint_id and e.enabled and e.deleted_at is null
          where h.next_attempt_at <= now()
          order by h.seq
          limit ${opts.limit * 10}
        ), picked as (
          select d.id from webhook_deliveries d join ready r on r.id = d.id
          -- Re-checked on the row's newest version when another node changed it meanwhile.
          where d.status = 'PENDING' and d.next_attempt_at <= now()
            and r.rank <= coalesce((${JSON.stringify(opts.free)}::jsonb ->> r.endpoint_id::text)::int, ${opts.perEndpoint})
          order by d.seq
          limit ${opts.limit}
          for update of d skip locked
        )
        update webhook_deliveries w
        set next_attempt_at = now() + ${opts.leaseMs} * interval '1 millisecond', claimed_by = ${opts.node},
          attempts = w.attempts + 1, last_attempt_at = now()
        from picked where w.id = picked.id
        returning w.id`),
      );
      if (!claimed.length) return [];
      const rows = await db
        .select({
          delivery: webhookDeliveries,
          endpoint: {
            id: webhookEndpoints.id,
            url: webhookEndpoints.url,
            secret: webhookEndpoints.secret,
            previousSecret: webhookEndpoints.previousSecret,
            previousSecretExpiresAt: webhookEndpoints.previousSecretExpiresAt,
            failingSince: webhookEndpoints.failingSince,
          },
        })
        .from(webhookDeliveries)
        .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
        .where(
          inArray(
            webhookDeliveries.id,
            claimed.map((c) => c.id),
          ),
        );
      return rows.sort((a, b) => a.delivery.seq - b.delivery.seq);
    },

    async delivered(id: string, node: string, result: AttemptResult): Promise<void> {
      await db
        .update(webhookDeliveries)
        .set({ ...attemptColumns(result), status: 'DELIVERED', deliveredAt: new Date() })
        .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.claimedBy, node)));
    },

    /** Another try at `nextAttemptAt`, or FAILED for good when it is null. */
    async failed(id: string, node: string, result: AttemptResult, nextAttemptAt: Date | null): Promise<void> {
      await db
        .update(webhookDeliveries)
        .set({
          ...attemptColumns(result),
          ...(nextAttemptAt ? { nextAttemptAt } : { status: 'FAILED' }),
        })
        .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.claimedBy, node)));
    },

    /** A node stopping hands back what it claimed and did not finish: due at once, the attempt not counted. */
    async release(ids: string[], node: string): Promise<void> {
      if (!ids.length) return;
      await db
        .update(webhookDeliveries)
        .set({ nextAttemptAt: new Date(), attempts: sql`greatest(${webhookDeliveries.attempts} - 1, 0)` })
        .where(
          and(
            inArray(webhookDeliveries.id, ids),
            eq(webhookDeliveries.claimedBy, node),
            eq(webhookDeliveries.status, 'PENDING'),
          ),
        );
    },

    async endpointSucceeded(endpointId: string): Promise<void> {
      await db
        .update(webhookEndpoints)
        .set({ failingSince: null, lastSuccessAt: new Date() })
        .where(eq(webhookEndpoints.id, endpointId));
    },

    /** Returns since when the endpoint has been failing (its first failure after the last success). */
    async endpointFailed(endpointId: string): Promise<Date> {
      const [row] = await db
        .update(webhookEndpoints)
        .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, now())`, lastFailureAt: new Date() })
        .where(eq(webhookEndpoints.id, endpointId))
        .returning({ failingSince: webhookEndpoints.failingSince });
      return row?.failingSince ?? new Date();
    },

    async disableEndpoint(endpointId: string, reason: string): Promise<void> {
      await db
        .update(webhookEndpoints)
        .set({ enabled: false, disabledReason: reason, updatedAt: new Date() })
        .where(eq(webhookEndpoints.id, endpointId));
    },

    /** PENDING deliveries of enabled endpoints, and how late the oldest due one is (metrics). */
    async backlog(): Promise<{ pending: number; oldestDueSeconds: number }> {
      const [row] = rowsOf<{ pending: number; oldest: number | null }>(
        await db.execute(sql`
          select count(*)::int as pending,
            extract(epoch from now() - min(d.next_attempt_at) filter (where d.next_attempt_at <= now()))::float8 as oldest
          from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id and e.enabled and e.deleted_at is null
          where d.status = 'PENDING'`),
      );
      return { pending: Number(row?.pending ?? 0), oldestDueSeconds: Number(row?.oldest ?? 0) };
    },
  };
}

function attemptColumns(r: AttemptResult) {
  return {
    lastStatusCode: r.statusCode,
    lastLatencyMs: Math.round(r.latencyMs),
    lastError: r.error,
    responseExcerpt: r.responseExcerpt,
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
