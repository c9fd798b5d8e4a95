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
import { DeleteChargerInput } from '../types/delete-input.type.js';
import { toConnection } from '../connection.js';
import { dbIdOf, optionalDbIdOf } from '../ids.js';
import { fromGlobalId } from '../node.js';
import { relationLoaders } from '../relation-loaders.js';
import { Charger, Connector } from '../types/charger.type.js';
import { ChargerConnection } from '../types/connections.js';
import { ConnectorStatus, toConnectorStatus } from '../types/enums.js';
import { Site } from '../types/site.type.js';
import { ChargerFilter, ChargerOrder, toChargerFilter, toChargerOrder, UpdateChargerInput } from './charger-inputs.js';

@InputType()
export class CreateChargerInput {
  @Field(() => String, { description: 'The identity the charger puts in its OCPP URL.' })
  ocppId!: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true })
  siteId?: string;

  @Field(() => ID, { nullable: true, description: 'Overrides the site and tenant tariffs for this charger.' })
  tariffId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Basic-auth password (OCPP security profile 1/2); stored hashed.',
  })
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
    const scope = requireScope(ctx);
    if (id) {
      const decoded = fromGlobalId(id);
      if (decoded?.type !== 'Charger') return null;
      const [row] = await ctx.services.chargers.byIds(scope, [decoded.id]);
      return row ? Charger.from(row) : null;
    }
    if (ocppId) {
      const row = await ctx.services.chargers.byOcppId(scope, ocppId);
      return row ? Charger.from(row) : null;
    }
    return null;
  }

  @Authorized('chargers:read')
  @Query(() => ChargerConnection, { description: 'Newest first by default; nearest first with filter.near.' })
  async chargers(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size; at most 500.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => ChargerFilter, { nullable: true }) filter?: ChargerFilter,
    @Arg('orderBy', () => ChargerOrder, { nullable: true }) orderBy?: ChargerOrder,
  ) {
    const page = await ctx.services.chargers.list(requireScope(ctx), toChargerFilter(filter), toChargerOrder(orderBy), {
      first,
      after,
    });
    return toConnection(ChargerConnection, page, (row) => Charger.from(row, { distance: !!filter?.near }), !!after);
  }

  @Authorized('chargers:write')
  @Mutation(() => Charger)
  async createCharger(
    @Arg('input', () => CreateChargerInput) input: CreateChargerInput,
    @Ctx() ctx: Context,
  ): Promise<Charger> {
    const ids = { siteId: optionalDbIdOf('Site', input.siteId), tariffId: optionalDbIdOf('Tariff', input.tariffId) };
    return Charger.from(await ctx.services.chargers.create(requireScope(ctx), { ...input, ...ids }));
  }

  @Authorized('chargers:write')
  @Mutation(() => Charger)
  async updateCharger(
    @Arg('input', () => UpdateChargerInput) input: UpdateChargerInput,
    @Ctx() ctx: Context,
  ): Promise<Charger> {
    const { id, ...rest } = input;
    const ids = { siteId: optionalDbIdOf('Site', input.siteId), tariffId: optionalDbIdOf('Tariff', input.tariffId) };
    return Charger.from(
      await ctx.services.chargers.update(requireScope(ctx), dbIdOf('Charger', id), { ...rest, ...ids }),
    );
  }

  @Authorized('chargers:write')
  @Mutation(() => ID, {
    description:
      "Soft delete: sessions keep their history. Closes the charger's socket and refuses it from then on. Returns the id.",
  })
  async deleteCharger(
    @Arg('input', () => DeleteChargerInput) input: DeleteChargerInput,
    @Ctx() ctx: Context,
  ): Promise<string> {
    await ctx.services.chargers.delete(requireScope(ctx), dbIdOf('Charger', input.id));
    return input.id;
  }

  @FieldResolver(() => [Connector], { description: 'The real connectors (1 and up), by connectorId.' })
  async connectors(@Root() charger: Charger, @Ctx() ctx: Context): Promise<Connector[]> {
    const rows = await relationLoaders.connectors(ctx).load(charger.dbId);
    return rows.filter((r) => r.connectorId > 0).map(Connector.from);
  }

  @FieldResolver(() => ConnectorStatus, {
    description:
      'The charger-level status (what it reports for OCPP connector 0; an OCPP 2.0.1 station reports none, so it is read from its EVSEs); UNAVAILABLE while offline, UNKNOWN before its first report.',
  })
  async status(@Root() charger: Charger, @Ctx() ctx: Context): Promise<ConnectorStatus> {
    if (!charger.online) return ConnectorStatus.UNAVAILABLE;
    const rows = await relationLoaders.connectors(ctx).load(charger.dbId);
    const station = rows.find((r) => r.connectorId === 0);
    if (!station && charger.ocppVersion === '2.0.1') return stationStatusOf(rows.map((r) => r.status));
    return toConnectorStatus(station?.status);
  }

  @FieldResolver(() => Site, { nullable: true })
  async site(@Root() charger: Charger, @Ctx() ctx: Context): Promise<Site | null> {
    if (!charger.siteDbId) return null;
    const row = await relationLoaders.site(ctx).load(charger.siteDbId);
    return row ? Site.from(row) : null;
  }
}

/**
 * OCPP 2.0.1 has no status for the station itself (G01 reports EVSE connectors): it is UNAVAILABLE or
 * FAULTED when every EVSE is, AVAILABLE otherwise, UNKNOWN before any EVSE reported.
 */
export function stationStatusOf(evseStatuses: string[]): ConnectorStatus {
  if (!evseStatuses.length) return ConnectorStatus.UNKNOWN;
  for (const all of ['UNAVAILABLE', 'FAULTED']) if (evseStatuses.every((s) => s === all)) return toConnectorStatus(all);
  return ConnectorStatus.AVAILABLE;
}
