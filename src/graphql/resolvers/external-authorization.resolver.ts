import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { ExternalAuthorization } from '../types/external-authorization.type.js';
import { Tenant } from '../types/tenant.type.js';

@Resolver(() => ExternalAuthorization)
export class ExternalAuthorizationResolver {
  @Authorized('tenant:write')
  @FieldResolver(() => String, {
    description: 'whsec_...: requests carry Standard Webhooks signatures made with it (admins only).',
  })
  secret(@Root() root: ExternalAuthorization): string {
    return root.secret;
  }
}

@Resolver(() => Tenant)
export class TenantExternalAuthorizationResolver {
  @FieldResolver(() => ExternalAuthorization, { nullable: true, description: 'null: the local id tag list alone.' })
  async externalAuthorization(@Root() tenant: Tenant, @Ctx() ctx: Context): Promise<ExternalAuthorization | null> {
    const config = await ctx.services.externalAuthorization.get(requireScope(ctx), tenant.dbId);
    return config ? Object.assign(new ExternalAuthorization(), config) : null;
  }
}
