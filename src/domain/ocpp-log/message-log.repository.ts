import { eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { bulkInsertStatement } from '../../db/bulk-insert.js';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { pageInScope } from '../../db/scoped.js';
import { ocppMessages, tenants } from '../../db/schema/index.js';
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

const COLUMNS = {
  message_id: 'uuid',
  tenant_id: 'uuid',
  charger_id: 'uuid',
  direction: 'text',
  message_type: 'text',
  action: 'text',
  unique_id: 'text',
  payload: 'jsonb',
  timestamp: 'timestamptz',
};

/** How a batch of spooled frames reaches PostgreSQL: the rows, and each tenant's frame counter. */
export function messageLogWrites(rows: SQL): SQL[] {
  return [
    bulkInsertStatement(ocppMessages, COLUMNS, rows),
    sql`update ${tenants} t set ocpp_message_count = t.ocpp_message_count + n.frames
      from (select tenant_id, count(*) as frames from jsonb_to_recordset(${rows}) as (tenant_id uuid) group by tenant_id) n
      where t.id = n.tenant_id`,
  ];
}

export type MessageLogRepository = ReturnType<typeof createMessageLogRepository>;
