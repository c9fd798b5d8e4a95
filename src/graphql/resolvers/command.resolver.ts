import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { CommandAnswer } from '../../domain/commands/command-sender.js';
import { NotFoundError } from '../../domain/errors.js';
import { requireActor, type Context } from '../context.js';
import { groupByKey } from '../loaders.js';
import { fromGlobalId } from '../node.js';
import { Charger } from '../types/charger.type.js';
import {
  ChangeAvailabilityInput,
  ChangeConfigurationInput,
  ChargingProfile,
  ConfigurationKey,
  ConnectorInput,
  ResetInput,
  TriggerMessageInput,
  toOcppName,
} from '../types/command-input.type.js';
import { CommandResult } from '../types/command.type.js';

/** The database id inside a global id of the given type; NOT_FOUND for anything else. */
export function dbIdOf(type: string, globalId: string): string {
  const decoded = fromGlobalId(globalId);
  if (decoded?.type !== type) throw new NotFoundError(type, globalId);
  return decoded.id;
}

export const resultOf = (answer: CommandAnswer) => CommandResult.of(answer.status, answer.response);

/** Core and RemoteTrigger commands; each returns the charger's own answer as data. */
@Resolver(() => Charger)
export class CommandResolver {
  @Authorized('chargers:command')
  @Mutation(() => CommandResult, { description: 'Reset (OCPP 1.6 §5.14): SOFT restarts the software, HARD reboots.' })
  async reset(@Arg('input', () => ResetInput) input: ResetInput, @Ctx() ctx: Context): Promise<CommandResult> {
    return resultOf(
      await ctx.services.commands.reset(requireActor(ctx), {
        chargerId: dbIdOf('Charger', input.chargerId),
        type: input.type,
      }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, { description: 'UnlockConnector: answers Unlocked, UnlockFailed or NotSupported.' })
  async unlockConnector(
    @Arg('input', () => ConnectorInput) input: ConnectorInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return resultOf(
      await ctx.services.commands.unlockConnector(requireActor(ctx), { chargerId, connectorId: input.connectorId }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, {
    description:
      'ChangeAvailability; connector 0 is the whole charger. Scheduled is kept as Connector.scheduledAvailability until it takes effect.',
  })
  async changeAvailability(
    @Arg('input', () => ChangeAvailabilityInput) input: ChangeAvailabilityInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return resultOf(await ctx.services.commands.changeAvailability(requireActor(ctx), { ...input, chargerId }));
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
    return resultOf(await ctx.services.commands.changeConfiguration(requireActor(ctx), { ...input, chargerId }));
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, {
    description:
      'GetConfiguration (all keys when `keys` is omitted): stores every key with its readonly flag, and the unknown keys.',
  })
  async refreshConfiguration(
    @Arg('chargerId', () => ID) chargerId: string,
    @Ctx() ctx: Context,
    @Arg('keys', () => [String], { nullable: true }) keys?: string[],
  ): Promise<CommandResult> {
    return resultOf(
      await ctx.services.commands.refreshConfiguration(requireActor(ctx), {
        chargerId: dbIdOf('Charger', chargerId),
        keys,
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
    return resultOf(
      await ctx.services.commands.triggerMessage(requireActor(ctx), {
        chargerId,
        message,
        connectorId: input.connectorId,
      }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, { description: "ClearCache: empties the charger's authorization cache." })
  async clearCache(@Arg('chargerId', () => ID) chargerId: string, @Ctx() ctx: Context): Promise<CommandResult> {
    return resultOf(await ctx.services.commands.clearCache(requireActor(ctx), dbIdOf('Charger', chargerId)));
  }

  @Authorized('chargers:read')
  @FieldResolver(() => [ConfigurationKey], {
    description: 'Configuration keys as last reported (refreshConfiguration) or changed.',
  })
  async configuration(
    @Root() charger: Charger,
    @Ctx() ctx: Context,
    @Arg('includeUnknown', () => Boolean, {
      defaultValue: false,
      description: 'Also list keys the charger said it does not know.',
    })
    includeUnknown: boolean,
  ): Promise<ConfigurationKey[]> {
    const loader = ctx.loaders.get<string, ConfigurationKey[]>(
      `commands.configuration.${includeUnknown}`,
      async (ids) => {
        const rows = await ctx.services.commands.configurationOf(charger.tenantId, ids, includeUnknown);
        return groupByKey(ids, rows.map(ConfigurationKey.from), (k) => k.chargerDbId);
      },
    );
    return loader.load(charger.dbId);
  }

  @Authorized('chargers:read')
  @FieldResolver(() => [ChargingProfile], {
    description: 'Charging profiles the charger accepted and that are not cleared.',
  })
  async chargingProfiles(@Root() charger: Charger, @Ctx() ctx: Context): Promise<ChargingProfile[]> {
    const loader = ctx.loaders.get<string, ChargingProfile[]>('commands.chargingProfiles', async (ids) => {
      const rows = await ctx.services.commands.profilesOf(charger.tenantId, ids);
      return groupByKey(ids, rows.map(ChargingProfile.from), (p) => p.chargerDbId);
    });
    return loader.load(charger.dbId);
  }
}
