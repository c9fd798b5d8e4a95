import { eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { pageInScope } from '../../db/scoped.js';
import { ocppMessages } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';

export type OcppMessageRow = typeof ocppMessages.$inferSelect;

export interface OcppMessageFilter {
  chargerId?: string | null;
  action?: string | null;
  direction?: 'IN' | 'OUT' | null;
  since?: Date | null;
  until?: Date | null;
}

/** Reads the OCPP message log in the caller's Scope, newest first. */
export function createMessageLogRepository(db: Db) {
  return {
    list(scope: Scope, filter: OcppMessageFilter, page: PageArgs): Promise<Page<OcppMessageRow>> {
      const m = ocppMessages;
      return pageInScope<OcppMessageRow>(db, scope, {
        table: m,
        where: [
          filter.chargerId ? eq(m.chargerId, filter.chargerId) : undefined,
          filter.action ? eq(m.action, filter.action) : undefined,
          filter.direction ? eq(m.direction, filter.direction) : undefined,
          filter.since ? gte(m.timestamp, filter.since) : undefined,
          filter.until ? lt(m.timestamp, filter.until) : undefined,
        ],
        sort: { column: m.id, direction: 'desc' },
        page,
      });
    },
  };
}

export type MessageLogRepository = ReturnType<typeof createMessageLogRepository>;
