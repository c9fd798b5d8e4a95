// STOPGAP for issue 5's tests only: the smallest StartTransaction/StopTransaction that exercise
// remoteStart adoption and reservation use. Issue 3 owns the real handlers (transactions.service.ts);
// at merge keep theirs and delete this file and src/ocpp/handlers-16-stopgap.ts.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions } from '../../db/schema/index.js';
import type { EventBus } from '../../events/bus.js';
import type { ChargerRow } from '../chargers/charger.repository.js';
import type { CommandService } from './command.service.js';
import { publishSession } from './pending-sessions.js';

export function createStopgapTransactions(deps: { db: Db; events: EventBus; commands: CommandService }) {
  const { db, events, commands } = deps;
  return {
    async start(charger: ChargerRow, p: { connectorId: number; idTag: string; meterStart: number; timestamp: string; reservationId?: number }) {
      const result = (await db.execute(sql`select nextval('transaction_id_seq')::int as id`)) as unknown;
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { id: number }[];
      const values = { transactionId: Number(rows[0]!.id), startedAt: new Date(p.timestamp), meterStartWh: p.meterStart, reservationId: p.reservationId ?? null };
      let session = await commands.adoptPendingSession({ chargerId: charger.id, connectorId: p.connectorId, idTag: p.idTag }, values);
      if (!session) {
        [session] = await db
          .insert(sessions)
          .values({ ...values, tenantId: charger.tenantId, chargerId: charger.id, connectorId: p.connectorId, idTag: p.idTag, status: 'ACTIVE' })
          .returning();
      }
      if (p.reservationId !== undefined) await commands.useReservation({ chargerId: charger.id, reservationId: p.reservationId, sessionId: session!.id });
      publishSession(events, session!);
      return session!.transactionId!;
    },

    async stop(charger: ChargerRow, p: { transactionId: number; meterStop: number; timestamp: string; reason?: string }) {
      const [row] = await db
        .update(sessions)
        .set({ status: 'COMPLETED', stoppedAt: new Date(p.timestamp), meterStopWh: p.meterStop, stopReason: p.reason ?? 'Local', updatedAt: new Date() })
        .where(and(eq(sessions.chargerId, charger.id), eq(sessions.transactionId, p.transactionId), eq(sessions.status, 'ACTIVE')))
        .returning();
      if (row) publishSession(events, row);
    },
  };
}
