import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireActor, type Context } from '../context.js';
import { Tenant, TenantStats } from '../types/tenant.type.js';
import { User } from '../types/user.type.js';

@Resolver(() => Tenant)
export class TenantResolver {
  @Authorized('tenant:read')
  @Query(() => Tenant, { description: "The caller's own tenant." })
  async tenant(@Ctx() ctx: Context): Promise<Tenant> {
    return Tenant.from(await ctx.services.tenants.current(requireActor(ctx)));
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user; null for an API key.' })
  async viewer(@Ctx() ctx: Context): Promise<User | null> {
    const row = await ctx.services.tenants.viewer(requireActor(ctx));
    return row ? User.from(row) : null;
  }

  @FieldResolver(() => String, { description: 'Where this tenant\'s chargers connect; append the charger id.' })
  ocppUrl(@Root() tenant: Tenant, @Ctx() ctx: Context): string {
    return ctx.services.tenants.ocppUrl(tenant.slug);
  }

  @Authorized('stats:read')
  @FieldResolver(() => TenantStats)
  stats(@Root() tenant: Tenant, @Ctx() ctx: Context): Promise<TenantStats> {
    return ctx.services.tenants.stats(tenant.dbId);
  }
}
