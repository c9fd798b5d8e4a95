import { eq, getTableColumns, inArray } from 'drizzle-orm';
import { builtOnceValues } from '../../db/built-once.js';
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

/** Every field of a log row, as placeholders `command_<field>` (a statement built once). */
const logRowValues = builtOnceValues(
  commands,
  Object.keys(getTableColumns(commands)) as (keyof CommandRow)[],
  'command_',
);

/**
 * A CTE writing a command's log row, for a statement that writes it together with rows of its own
 * (remoteStart: with its PENDING session), so both exist before the charger is asked, in one round trip.
 * The statement is built once (db/built-once.ts) and run with `commandLogValues(row)`.
 */
export function commandLogRow(db: Db) {
  return db.$with('command_log_row', {}).as(db.insert(commands).values(logRowValues.set).getSQL());
}

/** The values of `commandLogRow`'s placeholders for one row. */
export const commandLogValues = (row: CommandRow) => logRowValues.fill(row);

const outcomeValues = builtOnceValues(commands, ['status', 'response', 'errorCode', 'answeredAt', 'id']);

/**
 * The outcome does not wait for PostgreSQL's WAL flush (db/async-commit.ts): a crash of the
 * database just after leaves the row PENDING, as a node dying before this write does. Built once.
 */
function outcomeUpdate(db: Db) {
  const fast = asyncCommit(db);
  const { id, ...outcome } = outcomeValues.set;
  return db.with(fast).update(commands).set(outcome).from(fast).where(eq(commands.id, id)).prepare('command_outcome');
}

/** The command log: who sent what to which charger, when, and the answer. */
export function createCommandLog(db: Db) {
  let outcome: ReturnType<typeof outcomeUpdate> | undefined;
  return {
    async started(row: CommandRow): Promise<void> {
      await db.insert(commands).values(row);
    },

    /** The charger's answer, or why there is none (`outcomeUpdate`). */
    async finished(row: CommandRow): Promise<void> {
      outcome ??= outcomeUpdate(db);
      await outcome.execute(outcomeValues.fill(row));
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
