import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireActor, type Context } from '../context.js';
import { byKey } from '../loaders.js';
import { Charger, Connector } from '../types/charger.type.js';
import { Tariff } from '../types/tariff.type.js';
import { Tenant } from '../types/tenant.type.js';

// Tariff relations of types other features own; each goes through a per-request DataLoader.

function tariffLoader(ctx: Context) {
  const { tenantId } = requireActor(ctx);
  return ctx.loaders.get<string, Tariff | null>('tariffById', async (ids) =>
    byKey(ids, (await ctx.services.tariffs.byIds(tenantId, ids)).map(Tariff.from), (t) => t.dbId),
  );
}

async function attachedTariff(ctx: Context, kind: 'charger' | 'connector', id: string): Promise<Tariff | null> {
  const { tenantId } = requireActor(ctx);
  const ids = ctx.loaders.get<string, string | null>(`${kind}TariffId`, async (keys) => {
    const map = await ctx.services.tariffs.attachedTo(tenantId, kind, keys);
    return keys.map((k) => map.get(k) ?? null);
  });
  const tariffId = await ids.load(id);
  return tariffId ? tariffLoader(ctx).load(tariffId) : null;
}

@Resolver(() => Charger)
export class ChargerTariffResolver {
  @Authorized('tariffs:read')
  @FieldResolver(() => Tariff, { nullable: true, description: 'The tariff set on this charger (before its site and the tenant default).' })
  tariff(@Root() charger: Charger, @Ctx() ctx: Context): Promise<Tariff | null> {
    return attachedTariff(ctx, 'charger', charger.dbId);
  }
}

@Resolver(() => Connector)
export class ConnectorTariffResolver {
  @Authorized('tariffs:read')
  @FieldResolver(() => Tariff, { nullable: true, description: 'The tariff set on this connector (before its charger).' })
  tariff(@Root() connector: Connector, @Ctx() ctx: Context): Promise<Tariff | null> {
    return attachedTariff(ctx, 'connector', connector.dbId);
  }
}

@Resolver(() => Tenant)
export class TenantTariffResolver {
  @Authorized('tariffs:read')
  @FieldResolver(() => Tariff, { nullable: true, description: 'Prices sessions where no connector, charger, site or group tariff applies.' })
  async defaultTariff(@Root() tenant: Tenant, @Ctx() ctx: Context): Promise<Tariff | null> {
    const id = await ctx.services.tariffs.tenantDefault(tenant.dbId);
    return id ? tariffLoader(ctx).load(id) : null;
  }
}
