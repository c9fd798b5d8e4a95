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
import { Connection, toConnection } from '../connection.js';
import { dbIdOf } from '../ids.js';
import { ExternalAuthorizationInput } from '../types/external-authorization.type.js';
import { Tenant, TenantStats } from '../types/tenant.type.js';
import { User } from '../types/user.type.js';

const TenantConnection = Connection(Tenant);
type TenantConnection = InstanceType<typeof TenantConnection>;

@InputType()
class CreateTenantInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'a-z 0-9 -; the OCPP URL prefix (path or host name).' })
  slug!: string;

  @Field(() => String, { description: "The tenant's first TENANT_ADMIN." })
  adminEmail!: string;

  @Field(() => String)
  adminPassword!: string;

  @Field(() => String, { nullable: true, description: 'A host name of the tenant, e.g. charge.acme.com.' })
  customDomain?: string;
}

@InputType()
class UpdateTenantInput {
  @Field(() => ID, { nullable: true, description: 'Another tenant (PLATFORM_ADMIN). Omitted: your own.' })
  id?: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true, description: "PLATFORM_ADMIN only: it moves every charger's OCPP URL." })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'Empty string clears it.' })
  customDomain?: string;

  @Field(() => Boolean, { nullable: true })
  acceptUnknownChargers?: boolean;

  @Field(() => ID, { nullable: true, description: 'The default tariff (the last in precedence); null clears it.' })
  tariffId?: string | null;

  @Field(() => ExternalAuthorizationInput, { nullable: true, description: 'Ask your own system about id tags.' })
  externalAuthorization?: ExternalAuthorizationInput | null;
}

@Resolver(() => Tenant)
export class TenantResolver {
  @Authorized('tenant:read')
  @Query(() => Tenant, { description: "The caller's own tenant." })
  async tenant(@Ctx() ctx: Context): Promise<Tenant> {
    return Tenant.from(await ctx.services.tenants.current(requireScope(ctx)));
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user; null for an API key.' })
  async viewer(@Ctx() ctx: Context): Promise<User | null> {
    const row = await ctx.services.tenants.viewer(requireScope(ctx));
    return row ? User.from(row) : null;
  }

  @Authorized('tenants:manage')
  @Query(() => TenantConnection, { description: 'Every tenant (PLATFORM_ADMIN).' })
  async tenants(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<TenantConnection> {
    const page = await ctx.services.tenants.list(requireScope(ctx), { first, after });
    return toConnection(TenantConnection, page, Tenant.from, !!after);
  }

  @Authorized('tenants:manage')
  @Mutation(() => Tenant, { description: 'A new tenant and its first TENANT_ADMIN (PLATFORM_ADMIN).' })
  async createTenant(
    @Arg('input', () => CreateTenantInput) input: CreateTenantInput,
    @Ctx() ctx: Context,
  ): Promise<Tenant> {
    return Tenant.from(await ctx.services.tenants.create(requireScope(ctx), input));
  }

  @Authorized('tenant:write')
  @Mutation(() => Tenant)
  async updateTenant(
    @Arg('input', () => UpdateTenantInput) input: UpdateTenantInput,
    @Ctx() ctx: Context,
  ): Promise<Tenant> {
    const { externalAuthorization, ...rest } = input;
    const id = input.id ? dbIdOf('Tenant', input.id) : null;
    if (externalAuthorization)
      await ctx.services.externalAuthorization.set(
        requireScope(ctx),
        id ?? requireScope(ctx).tenantId,
        externalAuthorization,
      );
    const row = await ctx.services.tenants.update(requireScope(ctx), {
      ...rest,
      id,
      tariffId: input.tariffId ? dbIdOf('Tariff', input.tariffId) : input.tariffId,
    });
    return Tenant.from(row);
  }

  @FieldResolver(() => String, { description: "Where this tenant's chargers connect; append the charger id." })
  ocppUrl(@Root() tenant: Tenant, @Ctx() ctx: Context): string {
    return ctx.services.tenants.ocppUrl(tenant);
  }

  @Authorized('stats:read')
  @FieldResolver(() => TenantStats)
  stats(@Root() tenant: Tenant, @Ctx() ctx: Context): Promise<TenantStats> {
    return ctx.services.tenants.stats(requireScope(ctx), tenant.dbId);
  }
}
