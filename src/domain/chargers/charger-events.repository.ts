import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inScope } from '../../db/scoped.js';
import { chargerEvents } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';

export type ChargerEventRow = typeof chargerEvents.$inferSelect;

/** What chargers reported that has no table of its own (security events, boot reasons, quirks...). */
export function createChargerEventRepository(db: Db) {
  return {
    async latest(scope: Scope, chargerId: string, opts: { type?: string | null; first: number }) {
      return db
        .select()
        .from(chargerEvents)
        .where(
          inScope(
            scope,
            chargerEvents,
            eq(chargerEvents.chargerId, chargerId),
            opts.type ? eq(chargerEvents.type, opts.type) : undefined,
          ),
        )
        .orderBy(desc(chargerEvents.timestamp), desc(chargerEvents.id))
        .limit(opts.first);
    },
  };
}

export type ChargerEventRepository = ReturnType<typeof createChargerEventRepository>;
