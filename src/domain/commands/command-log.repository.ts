import { eq, inArray } from 'drizzle-orm';
import { asyncCommit } from '../../db/async-commit.js';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { inScope, pageInScope } from '../../db/scoped.js';
import { commands } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';

export type CommandRow = typeof commands.$inferSelect;
/**
 * PENDING until the charger answers; then ACCEPTED or REJECTED by its own status word (kept in
 * `response`), FAILED (offline, CALLERROR: see `errorCode`) or TIMED_OUT.
 */
export type CommandStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'FAILED' | 'TIMED_OUT';
export type CommandOutcome = Exclude<CommandStatus, 'PENDING'>;

export interface CommandFilter {
  chargerId?: string | null;
  action?: string | null;
}

/**
 * A CTE writing a command's log row, for a statement that writes it together with rows of its own
 * (remoteStart: with its PENDING session), so both exist before the charger is asked, in one round trip.
 */
export function commandLogRow(db: Db, row: CommandRow) {
  return db.$with('command_log_row', {}).as(db.insert(commands).values(row).getSQL());
}

/** The command log: who sent what to which charger, when, and the answer. */
export function createCommandLog(db: Db) {
  return {
    async started(row: CommandRow): Promise<void> {
      await db.insert(commands).values(row);
    },

    /**
     * The outcome does not wait for PostgreSQL's WAL flush (db/async-commit.ts): a crash of the
     * database just after leaves the row PENDING, as a node dying before this write does.
     */
    async finished(row: CommandRow): Promise<void> {
      const fast = asyncCommit(db);
      await db
        .with(fast)
        .update(commands)
        .set({ status: row.status, response: row.response, errorCode: row.errorCode, answeredAt: row.answeredAt })
        .from(fast)
        .where(eq(commands.id, row.id));
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
