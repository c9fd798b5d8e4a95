import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { paginate, type Page, type PageArgs } from '../../db/paginate.js';
import { ocppMessages } from '../../db/schema/index.js';

export type OcppMessageRow = typeof ocppMessages.$inferSelect;

export interface OcppMessageFilter {
  chargerId?: string | null;
  action?: string | null;
  direction?: 'IN' | 'OUT' | null;
  since?: Date | null;
  until?: Date | null;
}

/** Reads the OCPP message log of one tenant, newest first. */
export function createMessageLogRepository(db: Db) {
  return {
    list(tenantId: string, filter: OcppMessageFilter, page: PageArgs): Promise<Page<OcppMessageRow>> {
      const where: (SQL | undefined)[] = [eq(ocppMessages.tenantId, tenantId)];
      if (filter.chargerId) where.push(eq(ocppMessages.chargerId, filter.chargerId));
      if (filter.action) where.push(eq(ocppMessages.action, filter.action));
      if (filter.direction) where.push(eq(ocppMessages.direction, filter.direction));
      if (filter.since) where.push(gte(ocppMessages.timestamp, filter.since));
      if (filter.until) where.push(lt(ocppMessages.timestamp, filter.until));
      return paginate<OcppMessageRow>(db, {
        table: ocppMessages,
        idColumn: ocppMessages.id,
        where: and(...where),
        sort: { column: ocppMessages.id, direction: 'desc' },
        page,
      });
    },
  };
}

export type MessageLogRepository = ReturnType<typeof createMessageLogRepository>;
