import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chargerConfiguration } from '../../db/schema/index.js';
import { InputChecker, InvalidInputError } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Actor } from '../roles.js';
import type { CommandAnswer, CommandSender } from './command-sender.js';

export type ConfigurationRow = typeof chargerConfiguration.$inferSelect;

interface KeyValue {
  key: string;
  readonly: boolean;
  value?: string;
}

/** ChangeConfiguration and GetConfiguration (OCPP 1.6 §5.3, §5.8); the answers keep our copy of the keys. */
export function createConfigurationCommands(deps: { db: Db; sender: CommandSender }) {
  const { db, sender } = deps;

  async function store(
    tenantId: string,
    chargerId: string,
    rows: { key: string; value: string | null; readonly: boolean; unknown: boolean }[],
  ) {
    // A charger listing a key twice would make one upsert touch a row twice: the last one wins.
    const unique = [...new Map(rows.map((r) => [r.key, r])).values()];
    if (!unique.length) return;
    await db
      .insert(chargerConfiguration)
      .values(unique.map((r) => ({ ...r, tenantId, chargerId })))
      .onConflictDoUpdate({
        target: [chargerConfiguration.chargerId, chargerConfiguration.key],
        set: {
          value: sql`excluded.value`,
          readonly: sql`excluded.readonly`,
          unknown: sql`excluded.unknown`,
          updatedAt: new Date(),
        },
      });
  }

  return {
    async changeConfiguration(
      actor: Actor,
      input: { chargerId: string; key: string; value: string },
    ): Promise<CommandAnswer> {
      assertCan(actor, 'chargers:command');
      new InputChecker()
        .check(input.key.length >= 1 && input.key.length <= 50, 'key', 'must be 1-50 characters (CiString50)')
        .check(input.value.length <= 500, 'value', 'must be at most 500 characters (CiString500)')
        .throwIfAny();
      const charger = await sender.charger(actor, input.chargerId);
      const [known] = await db
        .select()
        .from(chargerConfiguration)
        .where(and(eq(chargerConfiguration.chargerId, charger.id), eq(chargerConfiguration.key, input.key)));
      if (known?.readonly)
        throw new InvalidInputError([{ field: 'key', message: `${input.key} is read-only on this charger` }]);
      const answer = await sender.command(actor, charger, 'ChangeConfiguration', {
        key: input.key,
        value: input.value,
      });
      // RebootRequired: the charger took the value and applies it after a reboot (OCPP 1.6 §5.3).
      if (answer.status === 'Accepted' || answer.status === 'RebootRequired') {
        await store(charger.tenantId, charger.id, [
          { key: input.key, value: input.value, readonly: false, unknown: false },
        ]);
      } else if (answer.status === 'NotSupported') {
        await store(charger.tenantId, charger.id, [{ key: input.key, value: null, readonly: false, unknown: true }]);
      }
      return answer;
    },

    /** GetConfiguration: stores every key with its readonly flag, and the unknown keys. Without keys, the stored set is replaced. */
    async refreshConfiguration(
      actor: Actor,
      input: { chargerId: string; keys?: string[] | null },
    ): Promise<CommandAnswer> {
      assertCan(actor, 'chargers:command');
      const charger = await sender.charger(actor, input.chargerId);
      const keys = input.keys?.length ? input.keys : null;
      const answer = await sender.command(actor, charger, 'GetConfiguration', keys ? { key: keys } : {});
      const known = ((answer.response.configurationKey ?? []) as KeyValue[]).map((k) => ({
        key: k.key,
        value: k.value ?? null,
        readonly: k.readonly,
        unknown: false,
      }));
      const unknown = ((answer.response.unknownKey ?? []) as string[]).map((key) => ({
        key,
        value: null,
        readonly: false,
        unknown: true,
      }));
      const rows = [...known, ...unknown];
      await store(charger.tenantId, charger.id, rows);
      if (!keys) {
        const kept = rows.map((r) => r.key);
        await db
          .delete(chargerConfiguration)
          .where(
            and(
              eq(chargerConfiguration.chargerId, charger.id),
              ...(kept.length ? [notInArray(chargerConfiguration.key, kept)] : []),
            ),
          );
      }
      return answer;
    },

    async configurationOf(
      tenantId: string,
      chargerIds: readonly string[],
      includeUnknown: boolean,
    ): Promise<ConfigurationRow[]> {
      if (!chargerIds.length) return [];
      return db
        .select()
        .from(chargerConfiguration)
        .where(
          and(
            eq(chargerConfiguration.tenantId, tenantId),
            inArray(chargerConfiguration.chargerId, [...chargerIds]),
            ...(includeUnknown ? [] : [eq(chargerConfiguration.unknown, false)]),
          ),
        )
        .orderBy(asc(chargerConfiguration.key));
    },
  };
}

export type ConfigurationCommands = ReturnType<typeof createConfigurationCommands>;
