import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { Connection, toConnection } from '../connection.js';
import { Charger } from '../types/charger.type.js';
import { CommandFilter } from '../types/command-input.type.js';
import { Command } from '../types/command.type.js';
import { dbIdOf } from '../ids.js';
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

  @FieldResolver(() => Charger, { nullable: true, description: 'Null once the charger is deleted.' })
  async charger(@Root() command: Command, @Ctx() ctx: Context): Promise<Charger | null> {
    const row = await relationLoaders.charger(ctx).load(command.chargerDbId);
    return row ? Charger.from(row) : null;
  }
}
