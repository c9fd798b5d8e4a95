import { desc, inArray, lt, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { ocppMessages } from '../../db/schema/index.js';

// Deleting in slices keeps each statement (and its locks) short on a large log.
const SLICE = 10_000;

export interface Retention {
  maxAgeDays: number;
  maxCount: number;
}

/** Drops messages older than `maxAgeDays`, then the oldest beyond `maxCount`. Returns how many went. */
export async function pruneMessageLog(db: Db, retention: Retention, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retention.maxAgeDays * 86_400_000);
  let deleted = await deleteWhere(db, lt(ocppMessages.timestamp, cutoff));
  const [edge] = await db
    .select({ id: ocppMessages.id })
    .from(ocppMessages)
    .orderBy(desc(ocppMessages.id))
    .offset(retention.maxCount)
    .limit(1);
  if (edge) deleted += await deleteWhere(db, lte(ocppMessages.id, edge.id));
  return deleted;
}

async function deleteWhere(db: Db, where: SQL): Promise<number> {
  let total = 0;
  for (;;) {
    const slice = db.select({ id: ocppMessages.id }).from(ocppMessages).where(where).limit(SLICE);
    const gone = await db
      .delete(ocppMessages)
      .where(inArray(ocppMessages.id, slice))
      .returning({ id: ocppMessages.id });
    total += gone.length;
    if (gone.length < SLICE) return total;
  }
}
