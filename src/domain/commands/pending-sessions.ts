import type { EventBus } from '../../events/bus.js';
import type { SessionRow } from '../sessions/session-query.repository.js';
import type { CommandStateRepository } from './command-state.repository.js';

/**
 * PENDING sessions whose transaction never started fail after the time the charger itself waits
 * for the cable after an authorization (OCPP 1.6 §9.1.9 ConnectionTimeOut, OCPP 2.0.1
 * TxCtrlr.EVConnectionTimeOut), or `defaultSeconds` when that is unknown.
 */
export async function failStalePendingSessions(
  state: CommandStateRepository,
  events: EventBus,
  defaultSeconds: number,
): Promise<SessionRow[]> {
  const rows = await state.failStalePendingDue(defaultSeconds);
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
