import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { paginate, type Page, type PageArgs } from '../../db/paginate.js';
import { commands } from '../../db/schema/index.js';

export type CommandRow = typeof commands.$inferSelect;
export type CommandOutcome = 'ANSWERED' | 'OFFLINE' | 'TIMEOUT' | 'ERROR';

export interface CommandFilter {
  chargerId?: string | null;
  action?: string | null;
}

/** The command log: who sent what to which charger, when, and the answer. */
export function createCommandLog(db: Db) {
  return {
    async started(entry: {
      id?: string;
      tenantId: string;
      chargerId: string;
      action: string;
      payload: object;
      requestedBy: string;
    }): Promise<string> {
      const [row] = await db
        .insert(commands)
        .values({ ...entry, status: 'PENDING' })
        .returning({ id: commands.id });
      return row!.id;
    },

    async finished(
      id: string,
      outcome: CommandOutcome,
      result: { response?: object; errorCode?: string },
    ): Promise<void> {
      await db
        .update(commands)
        .set({
          status: outcome,
          response: result.response ?? null,
          errorCode: result.errorCode ?? null,
          answeredAt: new Date(),
        })
        .where(eq(commands.id, id));
    },

    async byIds(tenantId: string, ids: readonly string[]): Promise<CommandRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(commands)
        .where(and(eq(commands.tenantId, tenantId), inArray(commands.id, [...ids])));
    },

    list(tenantId: string, filter: CommandFilter, page: PageArgs): Promise<Page<CommandRow>> {
      const conditions: SQL[] = [eq(commands.tenantId, tenantId)];
      if (filter.chargerId) conditions.push(eq(commands.chargerId, filter.chargerId));
      if (filter.action) conditions.push(eq(commands.action, filter.action));
      return paginate<CommandRow>(db, {
        table: commands,
        idColumn: commands.id,
        where: and(...conditions),
        sort: { column: commands.createdAt, direction: 'desc' },
        page,
      });
    },
  };
}

export type CommandLog = ReturnType<typeof createCommandLog>;
