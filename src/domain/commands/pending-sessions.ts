import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chargerConfiguration, sessions } from '../../db/schema/index.js';
import type { EventBus } from '../../events/bus.js';

export type SessionRow = typeof sessions.$inferSelect;

/** Ends a PENDING session as FAILED (no-op when it moved on meanwhile) and tells subscribers. */
export async function failPendingSession(
  db: Db,
  events: EventBus,
  sessionId: string,
  reason: string,
): Promise<SessionRow | null> {
  const now = new Date();
  const [row] = await db
    .update(sessions)
    .set({ status: 'FAILED', stopReason: reason, stoppedAt: now, updatedAt: now })
    .where(and(eq(sessions.id, sessionId), eq(sessions.status, 'PENDING')))
    .returning();
  if (row) publishSession(events, row);
  return row ?? null;
}

/**
 * PENDING sessions whose StartTransaction never came fail after the charger's
 * ConnectionTimeOut key (OCPP 1.6 §9.1.9: how long the charger itself waits for the
 * cable after an authorization), or `defaultSeconds` when that key is unknown.
 */
export async function failStalePendingSessions(
  db: Db,
  events: EventBus,
  defaultSeconds: number,
): Promise<SessionRow[]> {
  const timeout = sql`coalesce((
      select case when ${chargerConfiguration.value} ~ '^[0-9]{1,9}$' then ${chargerConfiguration.value}::int end
      from ${chargerConfiguration}
      where ${chargerConfiguration.chargerId} = "sessions"."charger_id"
        and lower(${chargerConfiguration.key}) = 'connectiontimeout' and not ${chargerConfiguration.unknown}
    ), ${defaultSeconds})`;
  const now = new Date();
  const rows = await db
    .update(sessions)
    .set({ status: 'FAILED', stopReason: 'NoStartTransaction', stoppedAt: now, updatedAt: now })
    .where(
      and(eq(sessions.status, 'PENDING'), sql`${sessions.requestedAt} + make_interval(secs => ${timeout}) <= now()`),
    )
    .returning();
  for (const row of rows) publishSession(events, row);
  return rows;
}

export function publishSession(events: EventBus, row: SessionRow): void {
  events.publish('session.updated', {
    tenantId: row.tenantId,
    chargerId: row.chargerId,
    sessionId: row.id,
    status: row.status,
  });
}
