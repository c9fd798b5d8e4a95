import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { requireScope, type Context } from '../context.js';
import { fromGlobalId, Node } from '../node.js';
import { ChargeDetailRecord } from '../types/charge-detail-record.type.js';
import { Charger } from '../types/charger.type.js';
import { Circuit } from '../types/circuit.type.js';
import { Command } from '../types/command.type.js';
import { Tariff } from '../types/tariff.type.js';
import { Tenant } from '../types/tenant.type.js';
import { User } from '../types/user.type.js';
import { ApiKey } from '../types/api-key.type.js';
import { IdTag, Reservation } from '../types/idtag.type.js';
import { Session } from '../types/session.type.js';
import { Site } from '../types/site.type.js';
import { WebhookEndpoint } from '../types/webhook.type.js';

/** Each node type registers how to fetch one row in the caller's tenant. */
const fetchers: Record<string, (ctx: Context, id: string) => Promise<Node | null>> = {
  Charger: async (ctx, id) => {
    const [row] = await ctx.services.chargers.byIds(requireScope(ctx), [id]);
    return row ? Charger.from(row) : null;
  },
  Tariff: async (ctx, id) => {
    const [row] = await ctx.services.tariffs.byIds(requireScope(ctx), [id]);
    return row ? Tariff.from(row) : null;
  },
  Tenant: async (ctx, id) => Tenant.from(await ctx.services.tenants.get(requireScope(ctx), id)),
  User: async (ctx, id) => User.from(await ctx.services.users.get(requireScope(ctx), id)),
  ApiKey: async (ctx, id) => ApiKey.from(await ctx.services.apiKeys.get(requireScope(ctx), id)),
  Site: async (ctx, id) => {
    const row = await ctx.services.sites.get(requireScope(ctx), id);
    return row ? Site.from(row) : null;
  },
  Session: async (ctx, id) => {
    const row = await ctx.services.sessionQueries.get(requireScope(ctx), id);
    return row ? Session.from(row) : null;
  },
  IdTag: async (ctx, id) => {
    const row = await ctx.services.idTags.get(requireScope(ctx), id);
    return row ? IdTag.from(row) : null;
  },
  Reservation: async (ctx, id) => {
    const row = await ctx.services.reservationQueries.get(requireScope(ctx), id);
    return row ? Reservation.from(row) : null;
  },
  Circuit: async (ctx, id) => Circuit.from(await ctx.services.circuits.get(requireScope(ctx), id)),
  WebhookEndpoint: async (ctx, id) => {
    const [row] = await ctx.services.webhooks.byIds(requireScope(ctx), [id]);
    return row && !row.deletedAt ? WebhookEndpoint.from(row) : null;
  },
  ChargeDetailRecord: async (ctx, id) => {
    const row = await ctx.services.chargeDetailRecords.get(requireScope(ctx), id);
    return row ? ChargeDetailRecord.from(row) : null;
  },
  Command: async (ctx, id) => {
    const [row] = await ctx.services.commands.commandsByIds(requireScope(ctx), [id]);
    return row ? Command.from(row) : null;
  },
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id; null when it is not yours or does not exist.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    requireScope(ctx);
    const decoded = fromGlobalId(id);
    const fetch = decoded && fetchers[decoded.type];
    // "Not yours" and "does not exist" are the same answer: null.
    return fetch ? fetch(ctx, decoded.id).catch((err) => (isHidden(err) ? null : Promise.reject(err))) : null;
  }
}

const isHidden = (err: unknown) => err instanceof NotFoundError || err instanceof ForbiddenError;
