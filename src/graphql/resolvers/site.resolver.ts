import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { DeleteSiteInput } from '../types/delete-input.type.js';
import { toConnection } from '../connection.js';
import { dbIdOf, filterIdOf, optionalDbIdOf } from '../ids.js';
import { fromGlobalId } from '../node.js';
import { Charger } from '../types/charger.type.js';
import { ChargerConnection, SiteConnection } from '../types/connections.js';
import { OrderDirection } from '../types/enums.js';
import { JSONScalar } from '../scalars.js';
import { OpeningHoursInput, ParkingType, toOpeningHours } from '../types/site-details.type.js';
import { Site } from '../types/site.type.js';
import { ChargerFilter, ChargerOrder, toChargerFilter, toChargerOrder } from './charger-inputs.js';

@InputType()
export class AddressInput {
  @Field(() => String, { nullable: true })
  street?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. DE.' })
  country?: string | null;
}

@InputType()
export class LocationInput {
  @Field(() => Float, { description: '-90 to 90' })
  latitude!: number;

  @Field(() => Float, { description: '-180 to 180' })
  longitude!: number;
}

/** The fields a site is created and updated with (omitted: unchanged on update; null clears a nullable one). */
@InputType()
abstract class SiteFieldsInput {
  @Field(() => AddressInput, { nullable: true })
  address?: AddressInput | null;

  @Field(() => LocationInput, { nullable: true })
  location?: LocationInput | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone; UTC while none is set.' })
  timezone?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The tariff for this site's chargers (unless a charger has its own).",
  })
  tariffId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The site this one sits in; null makes it top-level.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Shown to the public (apps, roaming); false by default.' })
  public?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The name shown to the public.' })
  publicName?: string | null;

  @Field(() => String, { nullable: true, description: "The site's id in another system." })
  externalId?: string | null;

  @Field(() => OpeningHoursInput, { nullable: true, description: 'Replaced whole; null clears (not stated).' })
  openingHours?: OpeningHoursInput | null;

  @Field(() => ParkingType, { nullable: true })
  parkingType?: ParkingType | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Your own fields: a JSON object of at most 16 KiB, replaced whole; null clears.',
  })
  customProperties?: Record<string, unknown> | null;
}

@InputType()
export class CreateSiteInput extends SiteFieldsInput {
  @Field(() => String)
  name!: string;
}

@InputType({ description: 'Omitted fields stay as they are; null clears a nullable one.' })
export class UpdateSiteInput extends SiteFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

@InputType()
export class SiteFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, street or city.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  public?: boolean | null;

  @Field(() => String, { nullable: true })
  externalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Sites directly inside this one.' })
  parentId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'With parentId: every site below it, at any depth.',
  })
  includeSubSites?: boolean | null;

  @Field(() => [ParkingType], { nullable: true, description: 'Sites with one of these parking types.' })
  parkingType?: ParkingType[] | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Sites whose customProperties contain this JSON object, e.g. {"region": "north"}.',
  })
  customProperties?: Record<string, unknown> | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: open now by their opening hours; false: closed now. Sites without opening hours match neither.',
  })
  openNow?: boolean | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Open at this instant instead of now (closed, with openNow: false).',
  })
  openAt?: Date | null;
}

export enum SiteOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(SiteOrderField, { name: 'SiteOrderField' });

@InputType()
export class SiteOrder {
  @Field(() => SiteOrderField)
  field!: SiteOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction!: OrderDirection;
}

const lower = (d: OrderDirection): 'asc' | 'desc' => (d === OrderDirection.ASC ? 'asc' : 'desc');

@Resolver(() => Site)
export class SiteResolver {
  @Authorized('sites:read')
  @Query(() => SiteConnection)
  async sites(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size; at most 500.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => SiteFilter, { nullable: true }) filter?: SiteFilter,
    @Arg('orderBy', () => SiteOrder, { nullable: true }) orderBy?: SiteOrder,
  ) {
    const order = orderBy
      ? { field: orderBy.field, direction: lower(orderBy.direction) }
      : { field: 'NAME' as const, direction: 'asc' as const };
    const siteFilter = {
      search: filter?.search,
      public: filter?.public,
      externalId: filter?.externalId,
      parentId: filterIdOf('Site', filter?.parentId),
      includeSubSites: filter?.includeSubSites,
      parkingType: filter?.parkingType,
      customProperties: filter?.customProperties,
      open:
        filter?.openNow != null || filter?.openAt
          ? { open: filter.openNow ?? true, at: filter.openAt ?? new Date() }
          : null,
    };
    const page = await ctx.services.sites.list(requireScope(ctx), siteFilter, order, { first, after });
    return toConnection(SiteConnection, page, Site.from, !!after);
  }

  @Authorized('sites:read')
  @Query(() => Site, { nullable: true })
  async site(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Site | null> {
    const decoded = fromGlobalId(id);
    if (decoded?.type !== 'Site') return null;
    const row = await ctx.services.sites.get(requireScope(ctx), decoded.id);
    return row ? Site.from(row) : null;
  }

  @Authorized('sites:write')
  @Mutation(() => Site)
  async createSite(@Arg('input', () => CreateSiteInput) input: CreateSiteInput, @Ctx() ctx: Context): Promise<Site> {
    const row = await ctx.services.sites.create(requireScope(ctx), {
      ...input,
      openingHours: toOpeningHours(input.openingHours),
      tariffId: optionalDbIdOf('Tariff', input.tariffId),
      parentId: optionalDbIdOf('Site', input.parentId),
    });
    return Site.from(row);
  }

  @Authorized('sites:write')
  @Mutation(() => Site)
  async updateSite(@Arg('input', () => UpdateSiteInput) input: UpdateSiteInput, @Ctx() ctx: Context): Promise<Site> {
    const { id, ...rest } = input;
    const row = await ctx.services.sites.update(requireScope(ctx), dbIdOf('Site', id), {
      ...rest,
      openingHours: toOpeningHours(input.openingHours),
      tariffId: optionalDbIdOf('Tariff', input.tariffId),
      parentId: optionalDbIdOf('Site', input.parentId),
    });
    return Site.from(row);
  }

  @Authorized('sites:write')
  @Mutation(() => ID, {
    description:
      'Soft delete: past sessions keep it. Refused (CONFLICT) while chargers are on the site. Returns the id.',
  })
  async deleteSite(@Arg('input', () => DeleteSiteInput) input: DeleteSiteInput, @Ctx() ctx: Context): Promise<string> {
    await ctx.services.sites.delete(requireScope(ctx), dbIdOf('Site', input.id));
    return input.id;
  }

  @FieldResolver(() => ChargerConnection, {
    description: 'The chargers on this site; takes the same filter and order as `chargers`.',
  })
  async chargers(
    @Root() site: Site,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => ChargerFilter, { nullable: true }) filter?: ChargerFilter,
    @Arg('orderBy', () => ChargerOrder, { nullable: true }) orderBy?: ChargerOrder,
  ) {
    const domainFilter = { ...toChargerFilter(filter), siteId: site.dbId };
    const page = await ctx.services.chargers.list(requireScope(ctx), domainFilter, toChargerOrder(orderBy), {
      first,
      after,
    });
    return toConnection(ChargerConnection, page, (row) => Charger.from(row, { distance: !!filter?.near }), !!after);
  }
}
