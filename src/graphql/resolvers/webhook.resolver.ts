import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { toConnection } from '../connection.js';
import { dbIdOf, filterIdOf, optionalDbIdOf } from '../ids.js';
import { byKey } from '../loaders.js';
import {
  CreatedWebhookEndpoint,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEndpointHealth,
} from '../types/webhook.type.js';

@InputType()
class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'https://...; private and loopback addresses are refused.' })
  url!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Event types to send (e.g. session.ended); omitted or empty: all but meter_values.received.',
  })
  eventTypes?: string[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  enabled?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only events of chargers on this site.' })
  siteId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events of this charger.' })
  chargerId?: string | null;
}

@InputType({ description: 'Omitted fields stay as they are; null clears a filter.' })
class UpdateWebhookEndpointInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'null or empty: all but meter_values.received.' })
  eventTypes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true also re-enables an endpoint the server disabled.' })
  enabled?: boolean | null;

  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => ID, { nullable: true })
  chargerId?: string | null;
}

@InputType()
class WebhookEndpointIdInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
class RedeliverWebhookInput {
  @Field(() => ID)
  deliveryId!: string;
}

@InputType()
class SendTestWebhookInput {
  @Field(() => ID)
  endpointId!: string;
}

@InputType()
class WebhookDeliveryFilter {
  @Field(() => ID, { nullable: true })
  endpointId?: string | null;

  @Field(() => String, { nullable: true })
  eventType?: string | null;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  status?: WebhookDeliveryStatus | null;
}

const created = (c: { endpoint: Parameters<typeof WebhookEndpoint.from>[0]; secret: string }) =>
  Object.assign(new CreatedWebhookEndpoint(), { endpoint: WebhookEndpoint.from(c.endpoint), secret: c.secret });

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Authorized('webhooks:read')
  @Query(() => [WebhookEndpoint], { description: "The tenant's webhook endpoints, oldest first." })
  async webhookEndpoints(@Ctx() ctx: Context): Promise<WebhookEndpoint[]> {
    return (await ctx.services.webhooks.list(requireScope(ctx))).map(WebhookEndpoint.from);
  }

  @Authorized('webhooks:read')
  @Query(() => WebhookDeliveryConnection, { description: 'The delivery log, newest first.' })
  async webhookDeliveries(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => WebhookDeliveryFilter, { nullable: true }) filter?: WebhookDeliveryFilter,
  ) {
    const page = await ctx.services.webhooks.deliveries(
      requireScope(ctx),
      {
        endpointId: filterIdOf('WebhookEndpoint', filter?.endpointId),
        eventType: filter?.eventType ?? undefined,
        status: filter?.status ?? undefined,
      },
      { first, after },
    );
    return toConnection(WebhookDeliveryConnection, page, WebhookDelivery.from, !!after);
  }

  @Authorized('webhooks:write')
  @Mutation(() => CreatedWebhookEndpoint, { description: 'The signing secret is in the answer, and only there.' })
  async createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedWebhookEndpoint> {
    return created(
      await ctx.services.webhooks.create(requireScope(ctx), {
        ...input,
        siteId: optionalDbIdOf('Site', input.siteId),
        chargerId: optionalDbIdOf('Charger', input.chargerId),
      }),
    );
  }

  @Authorized('webhooks:write')
  @Mutation(() => WebhookEndpoint)
  async updateWebhookEndpoint(
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpoint> {
    const { id, ...rest } = input;
    const row = await ctx.services.webhooks.update(requireScope(ctx), dbIdOf('WebhookEndpoint', id), {
      ...rest,
      siteId: optionalDbIdOf('Site', input.siteId),
      chargerId: optionalDbIdOf('Charger', input.chargerId),
    });
    return WebhookEndpoint.from(row);
  }

  @Authorized('webhooks:write')
  @Mutation(() => ID, { description: 'Returns the deleted id. Its pending deliveries are not sent.' })
  async deleteWebhookEndpoint(
    @Arg('input', () => WebhookEndpointIdInput) input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<string> {
    await ctx.services.webhooks.delete(requireScope(ctx), dbIdOf('WebhookEndpoint', input.id));
    return input.id;
  }

  @Authorized('webhooks:write')
  @Mutation(() => CreatedWebhookEndpoint, {
    description: 'A new secret, shown once; the previous one keeps signing too during the overlap window.',
  })
  async rotateWebhookSecret(
    @Arg('input', () => WebhookEndpointIdInput) input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedWebhookEndpoint> {
    return created(await ctx.services.webhooks.rotateSecret(requireScope(ctx), dbIdOf('WebhookEndpoint', input.id)));
  }

  @Authorized('webhooks:write')
  @Mutation(() => WebhookDelivery, { description: 'Sends the delivery again now, with the same webhook-id.' })
  async redeliverWebhook(
    @Arg('input', () => RedeliverWebhookInput) input: RedeliverWebhookInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookDelivery> {
    const row = await ctx.services.webhooks.redeliver(requireScope(ctx), dbIdOf('WebhookDelivery', input.deliveryId));
    return WebhookDelivery.from(row);
  }

  @Authorized('webhooks:write')
  @Mutation(() => WebhookDelivery, {
    description: 'A webhook.test event to this endpoint (even when disabled it waits).',
  })
  async sendTestWebhook(
    @Arg('input', () => SendTestWebhookInput) input: SendTestWebhookInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookDelivery> {
    const row = await ctx.services.webhooks.sendTest(requireScope(ctx), dbIdOf('WebhookEndpoint', input.endpointId));
    return WebhookDelivery.from(row);
  }

  @FieldResolver(() => WebhookEndpointHealth)
  async health(@Root() endpoint: WebhookEndpoint, @Ctx() ctx: Context): Promise<WebhookEndpointHealth> {
    const scope = requireScope(ctx);
    const loader = ctx.loaders.get<string, Awaited<ReturnType<typeof ctx.services.webhooks.health>>[number] | null>(
      'webhookHealth',
      async (ids) => byKey(ids, await ctx.services.webhooks.health(scope, ids), (r) => r.endpointId),
    );
    return WebhookEndpointHealth.from(endpoint.row, (await loader.load(endpoint.dbId)) ?? undefined);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => WebhookEndpoint, { description: 'Also when the endpoint was deleted since.' })
  async endpoint(@Root() delivery: WebhookDelivery, @Ctx() ctx: Context): Promise<WebhookEndpoint> {
    const scope = requireScope(ctx);
    const loader = ctx.loaders.get<string, Parameters<typeof WebhookEndpoint.from>[0] | null>(
      'webhookEndpoint',
      async (ids) => byKey(ids, await ctx.services.webhooks.byIds(scope, ids), (r) => r.id),
    );
    return WebhookEndpoint.from((await loader.load(delivery.endpointDbId))!);
  }
}
