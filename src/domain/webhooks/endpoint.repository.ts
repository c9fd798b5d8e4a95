import { asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inScope } from '../../db/scoped.js';
import { webhookEndpoints } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookEndpointValues = Partial<
  Omit<typeof webhookEndpoints.$inferInsert, 'id' | 'tenantId' | 'createdAt' | 'deletedAt'>
>;

/** Webhook endpoints of the scope's tenant; deleted ones are gone for every reader. */
export function createWebhookEndpointRepository(db: Db) {
  const live = (scope: Scope, ...more: SQL[]) =>
    inScope(scope, webhookEndpoints, isNull(webhookEndpoints.deletedAt), ...more);
  return {
    list(scope: Scope): Promise<WebhookEndpointRow[]> {
      return db
        .select()
        .from(webhookEndpoints)
        .where(live(scope))
        .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
    },

    async get(scope: Scope, id: string): Promise<WebhookEndpointRow | null> {
      const [row] = await db
        .select()
        .from(webhookEndpoints)
        .where(live(scope, eq(webhookEndpoints.id, id)));
      return row ?? null;
    },

    async byIds(scope: Scope, ids: readonly string[]): Promise<WebhookEndpointRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(webhookEndpoints)
        .where(inScope(scope, webhookEndpoints, inArray(webhookEndpoints.id, [...ids])));
    },

    async insert(scope: Scope, values: WebhookEndpointValues & { url: string; secret: string }) {
      const [row] = await db
        .insert(webhookEndpoints)
        .values({ ...values, tenantId: scope.tenantId })
        .returning();
      return row!;
    },

    async update(scope: Scope, id: string, values: WebhookEndpointValues): Promise<WebhookEndpointRow | null> {
      const [row] = await db
        .update(webhookEndpoints)
        .set({ ...values, updatedAt: new Date() })
        .where(live(scope, eq(webhookEndpoints.id, id)))
        .returning();
      return row ?? null;
    },

    /** Soft delete: the delivery log keeps naming the endpoint; its pending deliveries are never claimed. */
    async softDelete(scope: Scope, id: string): Promise<boolean> {
      const rows = await db
        .update(webhookEndpoints)
        .set({ deletedAt: new Date(), enabled: false })
        .where(live(scope, eq(webhookEndpoints.id, id)))
        .returning({ id: webhookEndpoints.id });
      return rows.length > 0;
    },

    /** Enabled endpoints of the tenant: what an event fans out to. */
    enabledOf(scope: Scope): Promise<WebhookEndpointRow[]> {
      return db
        .select()
        .from(webhookEndpoints)
        .where(live(scope, eq(webhookEndpoints.enabled, true)));
    },
  };
}

export type WebhookEndpointRepository = ReturnType<typeof createWebhookEndpointRepository>;
