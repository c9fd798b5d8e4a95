import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { commandArgs, commandResult } from '../command-dispatch.js';
import { requireScope, type Context } from '../context.js';
import { dbIdOf } from '../ids.js';
import { Charger } from '../types/charger.type.js';
import {
  ChangeAvailabilityInput,
  ChangeConfigurationInput,
  ChargerCommandInput,
  ConnectorInput,
  RefreshConfigurationInput,
  ResetInput,
  TriggerMessageInput,
  toOcppName,
} from '../types/command-input.type.js';
import { CommandResult } from '../types/command.type.js';

/** Core and RemoteTrigger commands; each returns the charger's own answer as data. */
@Resolver(() => Charger)
export class CommandResolver {
  @Authorized('chargers:command')
  @Mutation(() => CommandResult, {
    description:
      'Reset (OCPP 1.6 §5.14, 2.0.1 B11-B13): SOFT restarts the software (2.0.1: OnIdle), HARD reboots (Immediate); evseId resets one EVSE (2.0.1).',
  })
  async reset(@Arg('input', () => ResetInput) input: ResetInput, @Ctx() ctx: Context): Promise<CommandResult> {
    return commandResult(input, () =>
      ctx.services.commands.reset(requireScope(ctx), {
        chargerId: dbIdOf('Charger', input.chargerId),
        type: input.type,
        evseId: input.evseId,
      }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, {
    description:
      'UnlockConnector: answers Unlocked, UnlockFailed or NotSupported (2.0.1: also OngoingAuthorizedTransaction, UnknownConnector).',
  })
  async unlockConnector(
    @Arg('input', () => ConnectorInput) input: ConnectorInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return commandResult(input, () =>
      ctx.services.commands.unlockConnector(requireScope(ctx), {
        chargerId,
        connectorId: input.connectorId,
        evseConnectorId: input.evseConnectorId,
      }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, {
    description:
      'ChangeAvailability; connector 0 is the whole charger. Scheduled is kept as Connector.scheduledAvailability (one connector of an EVSE with several: EvseConnector.scheduledAvailability) until it takes effect.',
  })
  async changeAvailability(
    @Arg('input', () => ChangeAvailabilityInput) input: ChangeAvailabilityInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return commandResult(input, () =>
      ctx.services.commands.changeAvailability(requireScope(ctx), { ...commandArgs(input), chargerId }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, {
    description: 'ChangeConfiguration; when the charger takes the value, Charger.configuration shows it.',
  })
  async changeConfiguration(
    @Arg('input', () => ChangeConfigurationInput) input: ChangeConfigurationInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return commandResult(input, () =>
      ctx.services.commands.changeConfiguration(requireScope(ctx), { ...commandArgs(input), chargerId }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, {
    description:
      'GetConfiguration (all keys when `keys` is omitted): stores every key with its readonly flag, and the unknown keys.',
  })
  async refreshConfiguration(
    @Arg('input', () => RefreshConfigurationInput) input: RefreshConfigurationInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    return commandResult(input, () =>
      ctx.services.commands.refreshConfiguration(requireScope(ctx), {
        chargerId: dbIdOf('Charger', input.chargerId),
        keys: input.keys,
      }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, { description: 'TriggerMessage: asks the charger to send a message now.' })
  async triggerMessage(
    @Arg('input', () => TriggerMessageInput) input: TriggerMessageInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    const message = toOcppName(input.message) as never;
    return commandResult(input, () =>
      ctx.services.commands.triggerMessage(requireScope(ctx), {
        chargerId,
        message,
        connectorId: input.connectorId,
        evseConnectorId: input.evseConnectorId,
      }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, { description: "ClearCache: empties the charger's authorization cache." })
  async clearCache(
    @Arg('input', () => ChargerCommandInput) input: ChargerCommandInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    return commandResult(input, () =>
      ctx.services.commands.clearCache(requireScope(ctx), dbIdOf('Charger', input.chargerId)),
    );
  }
}
