import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../../domain/errors.js';
import { requireActor, type Context } from '../context.js';
import { groupByKey } from '../loaders.js';
import { fromGlobalId } from '../node.js';
import { Charger, Connector } from '../types/charger.type.js';

@InputType()
export class CreateChargerInput {
  @Field(() => String, { description: 'The identity the charger puts in its OCPP URL.' })
  ocppId!: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true })
  siteId?: string;

  @Field(() => String, { nullable: true, description: 'Basic-auth password (OCPP security profile 1/2); stored hashed.' })
  password?: string;
}

@Resolver(() => Charger)
export class ChargerResolver {
  @Authorized('chargers:read')
  @Query(() => Charger, { nullable: true, description: 'One charger, by global id or by OCPP identity.' })
  async charger(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('ocppId', () => String, { nullable: true }) ocppId?: string,
  ): Promise<Charger | null> {
    const actor = requireActor(ctx);
    if (id) {
      const decoded = fromGlobalId(id);
      if (decoded?.type !== 'Charger') return null;
      const [row] = await ctx.services.chargerRepository.byIds(actor.tenantId, [decoded.id]);
      return row ? Charger.from(row) : null;
    }
    if (ocppId) {
      const row = await ctx.services.chargerRepository.byOcppId(ocppId);
      return row && row.tenantId === actor.tenantId ? Charger.from(row) : null;
    }
    return null;
  }

  @Authorized('chargers:write')
  @Mutation(() => Charger)
  async createCharger(@Arg('input', () => CreateChargerInput) input: CreateChargerInput, @Ctx() ctx: Context): Promise<Charger> {
    const siteId = input.siteId ? fromGlobalId(input.siteId) : null;
    if (input.siteId && siteId?.type !== 'Site') throw new NotFoundError('Site', input.siteId);
    return Charger.from(await ctx.services.chargers.create(requireActor(ctx), { ...input, siteId: siteId?.id }));
  }

  @FieldResolver(() => [Connector])
  async connectors(@Root() charger: Charger, @Ctx() ctx: Context): Promise<Connector[]> {
    const loader = ctx.loaders.get<string, ReturnType<typeof Connector.from>[]>('connectorsByCharger', async (ids) => {
      const rows = await ctx.services.chargerRepository.connectorsOf(charger.tenantId, ids);
      return groupByKey(ids, rows.map(Connector.from), (c) => c.chargerDbId);
    });
    return loader.load(charger.dbId);
  }
}
