import { bigint, pgTable, text } from 'drizzle-orm/pg-core';
import { updatedAt } from './columns.js';

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
