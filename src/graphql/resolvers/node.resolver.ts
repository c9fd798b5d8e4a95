import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireActor, type Context } from '../context.js';
import { fromGlobalId, Node } from '../node.js';
import { Charger } from '../types/charger.type.js';
import { Command } from '../types/command.type.js';
import { Reservation } from '../types/idtag.type.js';
import { Session } from '../types/session.type.js';
import { Tenant } from '../types/tenant.type.js';

/** Each node type registers how to fetch one row in the caller's tenant. */
const fetchers: Record<string, (ctx: Context, id: string) => Promise<Node | null>> = {
  Charger: async (ctx, id) => {
    const [row] = await ctx.services.chargerRepository.byIds(requireActor(ctx).tenantId, [id]);
    return row ? Charger.from(row) : null;
  },
  Session: async (ctx, id) => {
    const [row] = await ctx.services.commands.sessionsByIds(requireActor(ctx), [id]);
    return row ? Session.from(row) : null;
  },
  Reservation: async (ctx, id) => {
    const [row] = await ctx.services.commands.reservationsByIds(requireActor(ctx), [id]);
    return row ? Reservation.from(row) : null;
  },
  Command: async (ctx, id) => {
    const [row] = await ctx.services.commands.commandsByIds(requireActor(ctx), [id]);
    return row ? Command.from(row) : null;
  },
  Tenant: async (ctx, id) => {
    const row = await ctx.services.tenants.current(requireActor(ctx));
    return row.id === id ? Tenant.from(row) : null;
  },
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it is not yours or does not exist.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    requireActor(ctx);
    const decoded = fromGlobalId(id);
    const fetch = decoded && fetchers[decoded.type];
    return fetch ? fetch(ctx, decoded.id) : null;
  }
}
