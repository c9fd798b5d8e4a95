import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Page, PageArgs } from '../../db/paginate.js';
import { inScope, pageInScope } from '../../db/scoped.js';
import { chargerConfiguration, chargerEvents, connectorStatusHistory } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';
import type { ChargerEventRow } from './charger-events.repository.js';

export type ConfigurationRow = typeof chargerConfiguration.$inferSelect;
export type StatusHistoryRow = typeof connectorStatusHistory.$inferSelect;

/** What a charger told us about itself over time: configuration keys and status changes. */
export function createChargerDetailsRepository(db: Db) {
  return {
    /** Keys as last read (GetConfiguration) or changed; keys the charger called unknown only on request. */
    async configurationOf(
      scope: Scope,
      chargerIds: readonly string[],
      opts: { includeUnknown: boolean },
    ): Promise<ConfigurationRow[]> {
      if (!chargerIds.length) return [];
      return db
        .select()
        .from(chargerConfiguration)
        .where(
          inScope(
            scope,
            chargerConfiguration,
            inArray(chargerConfiguration.chargerId, [...chargerIds]),
            opts.includeUnknown ? undefined : eq(chargerConfiguration.unknown, false),
          ),
        )
        .orderBy(chargerConfiguration.chargerId, chargerConfiguration.key);
    },

    statusHistory(
      scope: Scope,
      chargerId: string,
      connectorId: number | null | undefined,
      page: PageArgs,
    ): Promise<Page<StatusHistoryRow>> {
      return pageInScope<StatusHistoryRow>(db, scope, {
        table: connectorStatusHistory,
        where: [
          eq(connectorStatusHistory.chargerId, chargerId),
          connectorId != null ? eq(connectorStatusHistory.connectorId, connectorId) : undefined,
        ],
        sort: { column: connectorStatusHistory.timestamp, direction: 'desc' },
        page,
      });
    },

    /** What the charger reported of the given kinds (charger_events types), newest first. */
    events(scope: Scope, chargerId: string, types: readonly string[], page: PageArgs): Promise<Page<ChargerEventRow>> {
      return pageInScope<ChargerEventRow>(db, scope, {
        table: chargerEvents,
        where: [eq(chargerEvents.chargerId, chargerId), inArray(chargerEvents.type, [...types])],
        sort: { column: chargerEvents.timestamp, direction: 'desc' },
        page,
      });
    },
  };
}

export type ChargerDetailsRepository = ReturnType<typeof createChargerDetailsRepository>;
