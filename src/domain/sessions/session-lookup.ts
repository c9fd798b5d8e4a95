import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions } from '../../db/schema/index.js';

export type SessionRow = typeof sessions.$inferSelect;

/** One session of a tenant, or null: the read behind live `sessionUpdated` events. */
export async function findSession(db: Db, tenantId: string, sessionId: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(sessions).where(and(eq(sessions.id, sessionId), eq(sessions.tenantId, tenantId)));
  return row ?? null;
}
