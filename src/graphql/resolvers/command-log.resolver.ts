import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { assertCan } from '../../domain/policy.js';
import { inScopeTenant } from '../../domain/scope.js';
import type { DomainEventMap } from '../../events/events.js';
import { filterEvents } from '../../events/filter.js';
import { requireScope, type Context } from '../context.js';
import { Connection, toConnection } from '../connection.js';
import { Charger } from '../types/charger.type.js';
import { CommandFilter } from '../types/command-input.type.js';
import { Command } from '../types/command.type.js';
import { dbIdOf, filterIdOf } from '../ids.js';
import { relationLoaders } from '../relation-loaders.js';

const CommandConnection = Connection(Command);
type CommandConnection = InstanceType<typeof CommandConnection>;

/** The command log: who sent what to which charger, when, and the answer. */
@Resolver(() => Command)
export class CommandLogResolver {
  @Authorized('commands:read')
  @Query(() => CommandConnection, { description: 'Commands sent to chargers, newest first.' })
  async commands(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => CommandFilter, { nullable: true }) filter?: CommandFilter,
  ): Promise<CommandConnection> {
    const chargerId = filter?.chargerId ? dbIdOf('Charger', filter.chargerId) : null;
    const page = await ctx.services.commands.listCommands(
      requireScope(ctx),
      { chargerId, action: filter?.action },
      { first, after },
    );
    return toConnection(CommandConnection, page, Command.from, !!after);
  }

  @Authorized('commands:read')
  @Query(() => Command, { nullable: true, description: 'One command and its outcome (null when not found).' })
  async command(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Command | null> {
    const dbId = filterIdOf('Command', id);
    if (!dbId) return null;
    const [row] = await ctx.services.commands.commandsByIds(requireScope(ctx), [dbId]);
    return row ? Command.from(row) : null;
  }

  @Subscription(() => Command, {
    description:
      "Commands as their outcome arrives (ACCEPTED, REJECTED, FAILED, TIMED_OUT), from any node. Both filters are optional; send with wait: false, then follow the command's id here.",
    subscribe: ({ args, context }: { args: { chargerId?: string | null; id?: string | null }; context: Context }) => {
      const scope = requireScope(context);
      assertCan(scope, 'commands:read');
      const charger = args.chargerId ? filterIdOf('Charger', args.chargerId) : null;
      const command = args.id ? filterIdOf('Command', args.id) : null;
      return filterEvents(
        context.services.events.subscribe('command.completed'),
        (e) =>
          inScopeTenant(scope, e) &&
          (!args.chargerId || e.chargerId === charger) &&
          (!args.id || e.commandId === command),
      );
    },
  })
  commandUpdated(
    @Root() e: DomainEventMap['command.completed'],
    @Arg('chargerId', () => ID, { nullable: true }) _chargerId?: string,
    @Arg('id', () => ID, { nullable: true, description: 'One command.' }) _id?: string,
  ): Command {
    return Command.from(e.command);
  }

  @FieldResolver(() => Charger, { nullable: true, description: 'Null once the charger is deleted.' })
  async charger(@Root() command: Command, @Ctx() ctx: Context): Promise<Charger | null> {
    const row = await relationLoaders.charger(ctx).load(command.chargerDbId);
    return row ? Charger.from(row) : null;
  }
}
