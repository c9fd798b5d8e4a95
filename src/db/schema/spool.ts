import { bigint, pgTable, text } from 'drizzle-orm/pg-core';
import { tstz, updatedAt } from './columns.js';

/**
 * How far each node's local spool (db/spool/) has been written to PostgreSQL. The mark moves in the
 * same transaction as the rows it covers, so a replay after a crash writes each record exactly once.
 * Not tenant data: one row per node spool.
 */
export const spoolMarks = pgTable('spool_marks', {
  spoolId: text('spool_id').primaryKey(),
  appliedSeq: bigint('applied_seq', { mode: 'number' }).notNull(),
  updatedAt: updatedAt(),
});

/**
 * Who may run a piece of work that must not run on two nodes at once (a site's load allocation),
 * until when. Not tenant data: one row per key while it is held (db/lease-lock.ts).
 */
export const leases = pgTable('leases', {
  key: text('key').primaryKey(),
  holder: text('holder').notNull(),
  until: tstz('until').notNull(),
});
