import { InputChecker, InvalidInputError } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import type { CommandAnswer, CommandSender } from './command-sender.js';
import type { CommandStateRepository, ConfigurationRow } from './command-state.repository.js';

export type { ConfigurationRow };

interface KeyValue {
  key: string;
  readonly: boolean;
  value?: string;
}

/** ChangeConfiguration and GetConfiguration (OCPP 1.6 §5.3, §5.8); the answers keep our copy of the keys. */
export function createConfigurationCommands(deps: { state: CommandStateRepository; sender: CommandSender }) {
  const { state, sender } = deps;

  return {
    async changeConfiguration(
      scope: Scope,
      input: { chargerId: string; key: string; value: string },
    ): Promise<CommandAnswer> {
      assertCan(scope, 'chargers:command');
      new InputChecker()
        .check(input.key.length >= 1 && input.key.length <= 50, 'key', 'must be 1-50 characters (CiString50)')
        .check(input.value.length <= 500, 'value', 'must be at most 500 characters (CiString500)')
        .throwIfAny();
      const charger = await sender.charger(scope, input.chargerId);
      const known = await state.configurationKey(scope, charger.id, input.key);
      if (known?.readonly)
        throw new InvalidInputError([{ field: 'key', message: `${input.key} is read-only on this charger` }]);
      const answer = await sender.command(scope, charger, 'ChangeConfiguration', {
        key: input.key,
        value: input.value,
      });
      // RebootRequired: the charger took the value and applies it after a reboot (OCPP 1.6 §5.3).
      if (answer.status === 'Accepted' || answer.status === 'RebootRequired') {
        await state.storeConfiguration(scope, charger.id, [
          { key: input.key, value: input.value, readonly: false, unknown: false },
        ]);
      } else if (answer.status === 'NotSupported') {
        await state.storeConfiguration(scope, charger.id, [
          { key: input.key, value: null, readonly: false, unknown: true },
        ]);
      }
      return answer;
    },

    /** GetConfiguration: stores every key with its readonly flag, and the unknown keys. Without keys, the stored set is replaced. */
    async refreshConfiguration(
      scope: Scope,
      input: { chargerId: string; keys?: string[] | null },
    ): Promise<CommandAnswer> {
      assertCan(scope, 'chargers:command');
      const charger = await sender.charger(scope, input.chargerId);
      const keys = input.keys?.length ? input.keys : null;
      const answer = await sender.command(scope, charger, 'GetConfiguration', keys ? { key: keys } : {});
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
      await state.storeConfiguration(scope, charger.id, rows);
      if (!keys) {
        const kept = rows.map((r) => r.key);
        await state.keepOnlyConfiguration(scope, charger.id, kept);
      }
      return answer;
    },
  };
}

export type ConfigurationCommands = ReturnType<typeof createConfigurationCommands>;
