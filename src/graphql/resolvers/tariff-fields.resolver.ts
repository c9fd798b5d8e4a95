import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { byKey } from '../loaders.js';
import { Charger, Connector } from '../types/charger.type.js';
import { Site } from '../types/site.type.js';
import { Tariff } from '../types/tariff.type.js';
import { Tenant } from '../types/tenant.type.js';

// Tariff relations of types other features own; each goes through a per-request DataLoader.

function tariffLoader(ctx: Context) {
  const scope = requireScope(ctx);
  return ctx.loaders.get<string, Tariff | null>('tariffById', async (ids) =>
    byKey(ids, (await ctx.services.tariffs.byIds(scope, ids)).map(Tariff.from), (t) => t.dbId),
  );
}

const tariffOf = (ctx: Context, tariffId: string | null) =>
  tariffId ? tariffLoader(ctx).load(tariffId) : Promise.resolve(null);

@Resolver(() => Charger)
export class ChargerTariffResolver {
  @Authorized('tariffs:read')
  @FieldResolver(() => Tariff, {
    nullable: true,
    description: 'The tariff set on this charger (before its site and the tenant default).',
  })
  tariff(@Root() charger: Charger, @Ctx() ctx: Context): Promise<Tariff | null> {
    return tariffOf(ctx, charger.tariffDbId);
  }
}

@Resolver(() => Site)
export class SiteTariffResolver {
  @Authorized('tariffs:read')
  @FieldResolver(() => Tariff, {
    nullable: true,
    description: "The tariff for this site's chargers (unless a charger or connector has its own).",
  })
  tariff(@Root() site: Site, @Ctx() ctx: Context): Promise<Tariff | null> {
    return tariffOf(ctx, site.tariffDbId);
  }
}

@Resolver(() => Connector)
export class ConnectorTariffResolver {
  @Authorized('tariffs:read')
  @FieldResolver(() => Tariff, {
    nullable: true,
    description: 'The tariff set on this connector (before its charger).',
  })
  async tariff(@Root() connector: Connector, @Ctx() ctx: Context): Promise<Tariff | null> {
    const scope = requireScope(ctx);
    const ids = ctx.loaders.get<string, string | null>('connectorTariffId', async (keys) => {
      const map = await ctx.services.tariffs.connectorTariffIds(scope, keys);
      return keys.map((k) => map.get(k) ?? null);
    });
    return tariffOf(ctx, await ids.load(connector.dbId));
  }
}

@Resolver(() => Tenant)
export class TenantTariffResolver {
  @Authorized('tariffs:read')
  @FieldResolver(() => Tariff, {
    nullable: true,
    description: 'Prices sessions where no connector, charger, site or group tariff applies.',
  })
  async defaultTariff(@Root() tenant: Tenant, @Ctx() ctx: Context): Promise<Tariff | null> {
    // Another tenant's (a PLATFORM_ADMIN listing tenants) is outside the caller's Scope, like its tariffs.
    const scope = requireScope(ctx);
    const id = tenant.dbId === scope.tenantId ? await ctx.services.tariffs.tenantDefault(scope) : null;
    return id ? tariffLoader(ctx).load(id) : null;
  }
}
