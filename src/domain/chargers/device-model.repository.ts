import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inScope } from '../../db/scoped.js';
import { deviceVariables } from '../../db/schema/index.js';
import type { Scope } from '../scope.js';

export type DeviceVariableRow = typeof deviceVariables.$inferSelect;
export type DeviceVariableWrite = typeof deviceVariables.$inferInsert;

const KEY = [
  deviceVariables.chargerId,
  deviceVariables.component,
  deviceVariables.componentInstance,
  deviceVariables.evseId,
  deviceVariables.connectorId,
  deviceVariables.variable,
  deviceVariables.variableInstance,
  deviceVariables.attributeType,
];

/** What an upsert may overwrite: a value read back must not erase what a report said about the variable. */
type Updatable = 'value' | 'mutability' | 'dataType' | 'unit' | 'characteristics';

export function createDeviceModelRepository(db: Db) {
  return {
    async upsert(rows: DeviceVariableWrite[], fields: Updatable[]): Promise<void> {
      if (!rows.length) return;
      const set: Record<string, SQL> = { updatedAt: sql`now()` };
      for (const f of fields) set[f] = sql.raw(`excluded.${deviceVariables[f].name}`);
      // One statement per report part; a key twice in one part keeps the last.
      const unique = new Map(rows.map((r) => [keyOf(r), r]));
      await db
        .insert(deviceVariables)
        .values([...unique.values()])
        .onConflictDoUpdate({ target: KEY, set });
    },

    async list(
      scope: Scope,
      chargerId: string,
      filter: { component?: string | null; variable?: string | null },
    ): Promise<DeviceVariableRow[]> {
      return db
        .select()
        .from(deviceVariables)
        .where(
          inScope(
            scope,
            deviceVariables,
            eq(deviceVariables.chargerId, chargerId),
            filter.component ? sql`lower(${deviceVariables.component}) = lower(${filter.component})` : undefined,
            filter.variable ? sql`lower(${deviceVariables.variable}) = lower(${filter.variable})` : undefined,
          ),
        )
        .orderBy(
          asc(deviceVariables.component),
          asc(deviceVariables.componentInstance),
          asc(deviceVariables.evseId),
          asc(deviceVariables.connectorId),
          asc(deviceVariables.variable),
          asc(deviceVariables.variableInstance),
          asc(deviceVariables.attributeType),
        );
    },
  };
}

function keyOf(r: DeviceVariableWrite): string {
  return JSON.stringify([
    r.component,
    r.componentInstance ?? '',
    r.evseId ?? 0,
    r.connectorId ?? 0,
    r.variable,
    r.variableInstance ?? '',
    r.attributeType ?? 'Actual',
  ]);
}

export type DeviceModelRepository = ReturnType<typeof createDeviceModelRepository>;
