import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { paginate, type Page, type PageArgs } from '../../db/paginate.js';
import { inScope } from '../../db/scoped.js';
import { webhookDeliveries } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';
import type { WebhookDeliveryRow } from './outbox.repository.js';

export interface DeliveryFilter {
  endpointId?: string;
  eventType?: string;
  status?: string;
}

export interface EndpointHealthRow {
  endpointId: string;
  pending: number;
  delivered24h: number;
  failing24h: number;
  lastStatusCode: number | null;
}

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];

/** The delivery log as a tenant reads it. */
export function createDeliveryRepository(db: Db) {
  return {
    list(scope: Scope, filter: DeliveryFilter, page: PageArgs): Promise<Page<WebhookDeliveryRow>> {
      const conditions: (SQL | undefined)[] = [
        filter.endpointId ? eq(webhookDeliveries.endpointId, filter.endpointId) : undefined,
        filter.eventType ? eq(webhookDeliveries.eventType, filter.eventType) : undefined,
        filter.status ? eq(webhookDeliveries.status, filter.status) : undefined,
      ];
      return paginate<WebhookDeliveryRow>(db, {
        table: webhookDeliveries,
        idColumn: webhookDeliveries.id,
        where: inScope(scope, webhookDeliveries, ...conditions),
        sort: { column: webhookDeliveries.createdAt, direction: 'desc' },
        page,
      });
    },

    async get(scope: Scope, id: string): Promise<WebhookDeliveryRow | null> {
      const [row] = await db
        .select()
        .from(webhookDeliveries)
        .where(inScope(scope, webhookDeliveries, eq(webhookDeliveries.id, id)));
      return row ?? null;
    },

    /** Due again at once, whatever became of it; the attempt count goes on. */
    async redeliver(scope: Scope, id: string): Promise<WebhookDeliveryRow | null> {
      const [row] = await db
        .update(webhookDeliveries)
        .set({ status: 'PENDING', nextAttemptAt: new Date(), deliveredAt: null })
        .where(inScope(scope, webhookDeliveries, eq(webhookDeliveries.id, id)))
        .returning();
      return row ?? null;
    },

    async insertOne(
      scope: Scope,
      values: { endpointId: string; eventId: string; eventType: string; payload: unknown; orderingKey: string },
    ): Promise<WebhookDeliveryRow> {
      const [row] = await db
        .insert(webhookDeliveries)
        .values({ ...values, tenantId: scope.tenantId })
        .returning();
      return row!;
    },

    /** Per endpoint: waiting deliveries, and the last day's outcomes. */
    async health(scope: Scope, endpointIds: readonly string[]): Promise<EndpointHealthRow[]> {
      if (!endpointIds.length) return [];
      const where = inScope(scope, webhookDeliveries, inArray(webhookDeliveries.endpointId, [...endpointIds]));
      const rows = rowsOf<{
        endpoint_id: string;
        pending: number;
        delivered: number;
        failed: number;
        last_status: number | null;
      }>(
        await db.execute(sql`
          select endpoint_id,
            count(*) filter (where status = 'PENDING')::int as pending,
            count(*) filter (where status = 'DELIVERED' and delivered_at > now() - interval '1 day')::int as delivered,
            count(*) filter (where last_status_code is distinct from null and status <> 'DELIVERED'
              and last_attempt_at > now() - interval '1 day')::int as failed,
            (array_agg(last_status_code order by last_attempt_at desc nulls last))[1] as last_status
          from ${webhookDeliveries} where ${where} group by endpoint_id`),
      );
      return rows.map((r) => ({
        endpointId: r.endpoint_id,
        pending: Number(r.pending),
        delivered24h: Number(r.delivered),
        failing24h: Number(r.failed),
        lastStatusCode: r.last_status === null ? null : Number(r.last_status),
      }));
    },
  };
}

export type DeliveryRepository = ReturnType<typeof createDeliveryRepository>;
