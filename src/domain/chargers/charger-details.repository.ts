import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { paginate, type Page, type PageArgs } from '../../db/paginate.js';
import { chargerConfiguration, connectorStatusHistory } from '../../db/schema/index.js';

export type ConfigurationRow = typeof chargerConfiguration.$inferSelect;
export type StatusHistoryRow = typeof connectorStatusHistory.$inferSelect;

/** What a charger told us about itself over time: configuration keys and status changes. */
export function createChargerDetailsRepository(db: Db) {
  return {
    /** Keys as last read from the charger (GetConfiguration); keys it called unknown are left out. */
    async configurationOf(tenantId: string, chargerIds: readonly string[]): Promise<ConfigurationRow[]> {
      if (!chargerIds.length) return [];
      return db
        .select()
        .from(chargerConfiguration)
        .where(
          and(
            eq(chargerConfiguration.tenantId, tenantId),
            inArray(chargerConfiguration.chargerId, [...chargerIds]),
            eq(chargerConfiguration.unknown, false),
          ),
        )
        .orderBy(chargerConfiguration.chargerId, chargerConfiguration.key);
    },

    statusHistory(
      tenantId: string,
      chargerId: string,
      connectorId: number | null | undefined,
      page: PageArgs,
    ): Promise<Page<StatusHistoryRow>> {
      const c: (SQL | undefined)[] = [
        eq(connectorStatusHistory.tenantId, tenantId),
        eq(connectorStatusHistory.chargerId, chargerId),
      ];
      if (connectorId != null) c.push(eq(connectorStatusHistory.connectorId, connectorId));
      return paginate<StatusHistoryRow>(db, {
        table: connectorStatusHistory,
        idColumn: connectorStatusHistory.id,
        where: and(...c),
        sort: { column: connectorStatusHistory.timestamp, direction: 'desc' },
        page,
      });
    },
  };
}

export type ChargerDetailsRepository = ReturnType<typeof createChargerDetailsRepository>;
