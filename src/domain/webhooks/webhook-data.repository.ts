import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inScope } from '../../db/scoped.js';
import { chargeDetailRecords, chargers, commands, reservations, sessions } from '../../db/schema/index.js';
import { chargerScope } from '../scope.js';

/** Reads what webhook payloads carry, in the event's tenant (the system acts for it). */
export function createWebhookDataRepository(db: Db) {
  return {
    async chargers(tenantId: string, ids: readonly string[]) {
      if (!ids.length) return [];
      return db
        .select()
        .from(chargers)
        .where(inScope(chargerScope(tenantId), chargers, inArray(chargers.id, [...ids])));
    },

    async session(tenantId: string, id: string) {
      const [row] = await db
        .select()
        .from(sessions)
        .where(inScope(chargerScope(tenantId), sessions, eq(sessions.id, id)));
      return row ?? null;
    },

    async chargeDetailRecord(tenantId: string, sessionId: string) {
      const [row] = await db
        .select()
        .from(chargeDetailRecords)
        .where(inScope(chargerScope(tenantId), chargeDetailRecords, eq(chargeDetailRecords.sessionId, sessionId)));
      return row ?? null;
    },

    async command(tenantId: string, id: string) {
      const [row] = await db
        .select()
        .from(commands)
        .where(inScope(chargerScope(tenantId), commands, eq(commands.id, id)));
      return row ?? null;
    },

    async reservation(tenantId: string, id: string) {
      const [row] = await db
        .select()
        .from(reservations)
        .where(inScope(chargerScope(tenantId), reservations, eq(reservations.id, id)));
      return row ?? null;
    },
  };
}

export type WebhookDataRepository = ReturnType<typeof createWebhookDataRepository>;
