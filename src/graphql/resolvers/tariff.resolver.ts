import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Connection, toConnection } from '../connection.js';
import { requireScope, type Context } from '../context.js';
import { dbIdOf } from '../ids.js';
import { DeleteTariffInput } from '../types/delete-input.type.js';
import { fromGlobalId } from '../node.js';
import { Tariff } from '../types/tariff.type.js';
import {
  AssignTariffInput,
  CreateTariffInput,
  TariffFilter,
  toTariffPatch,
  UpdateTariffInput,
} from './tariff.inputs.js';

export const TariffConnection = Connection(Tariff);
export type TariffConnection = InstanceType<typeof TariffConnection>;

@Resolver(() => Tariff)
export class TariffResolver {
  @Authorized('tariffs:read')
  @Query(() => TariffConnection, { description: "The tenant's tariffs (deleted ones are gone), oldest first." })
  async tariffs(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => TariffFilter, { nullable: true }) filter?: TariffFilter,
  ): Promise<TariffConnection> {
    const page = await ctx.services.tariffs.list(requireScope(ctx), { first, after }, filter);
    return toConnection(TariffConnection, page, Tariff.from, !!after);
  }

  @Authorized('tariffs:read')
  @Query(() => Tariff, { nullable: true })
  async tariff(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Tariff | null> {
    const decoded = fromGlobalId(id);
    if (decoded?.type !== 'Tariff') return null;
    const [row] = await ctx.services.tariffs.byIds(requireScope(ctx), [decoded.id]);
    return row ? Tariff.from(row) : null;
  }

  @Authorized('tariffs:write')
  @Mutation(() => Tariff)
  async createTariff(
    @Arg('input', () => CreateTariffInput) input: CreateTariffInput,
    @Ctx() ctx: Context,
  ): Promise<Tariff> {
    const patch = toTariffPatch(input);
    return Tariff.from(
      await ctx.services.tariffs.create(requireScope(ctx), { ...patch, name: input.name, currency: patch.currency! }),
    );
  }

  @Authorized('tariffs:write')
  @Mutation(() => Tariff)
  async updateTariff(
    @Arg('input', () => UpdateTariffInput) input: UpdateTariffInput,
    @Ctx() ctx: Context,
  ): Promise<Tariff> {
    return Tariff.from(
      await ctx.services.tariffs.update(requireScope(ctx), dbIdOf('Tariff', input.id), toTariffPatch(input)),
    );
  }

  @Authorized('tariffs:write')
  @Mutation(() => ID, {
    description: 'Soft delete: sessions priced by it keep their snapshot; it is no longer selected. Returns the id.',
  })
  async deleteTariff(
    @Arg('input', () => DeleteTariffInput) input: DeleteTariffInput,
    @Ctx() ctx: Context,
  ): Promise<string> {
    await ctx.services.tariffs.delete(requireScope(ctx), dbIdOf('Tariff', input.id));
    return input.id;
  }

  @Authorized('tariffs:write')
  @Mutation(() => Tariff, {
    nullable: true,
    description:
      'Attaches a tariff to a connector, charger, site, id tag group or as the tenant default (tariffId null detaches). ' +
      'A session locks the tariff that applies when it starts: highest priority, then the most specific place.',
  })
  async assignTariff(
    @Arg('input', () => AssignTariffInput) input: AssignTariffInput,
    @Ctx() ctx: Context,
  ): Promise<Tariff | null> {
    const row = await ctx.services.tariffs.assign(
      requireScope(ctx),
      {
        chargerId: input.chargerId ? dbIdOf('Charger', input.chargerId) : null,
        connectorId: input.connectorId ?? null,
        siteId: input.siteId ? dbIdOf('Site', input.siteId) : null,
        tenantDefault: input.tenantDefault ?? null,
        idTagGroup: input.idTagGroup ?? null,
      },
      input.tariffId ? dbIdOf('Tariff', input.tariffId) : null,
    );
    return row ? Tariff.from(row) : null;
  }
}
