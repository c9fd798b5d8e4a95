import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { inScope, pageInScope } from '../../db/scoped.js';
import { commands } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';

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

    async byIds(scope: Scope, ids: readonly string[]): Promise<CommandRow[]> {
      if (!ids.length) return [];
      return db
        .select()
        .from(commands)
        .where(inScope(scope, commands, inArray(commands.id, [...ids])));
    },

    list(scope: Scope, filter: CommandFilter, page: PageArgs): Promise<Page<CommandRow>> {
      return pageInScope<CommandRow>(db, scope, {
        table: commands,
        where: [
          filter.chargerId ? eq(commands.chargerId, filter.chargerId) : undefined,
          filter.action ? eq(commands.action, filter.action) : undefined,
        ],
        sort: { column: commands.createdAt, direction: 'desc' },
        page,
      });
    },
  };
}

export type CommandLog = ReturnType<typeof createCommandLog>;
