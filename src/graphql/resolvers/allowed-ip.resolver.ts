import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import type { AllowedIpRow } from '../../domain/tenancy/allowed-ip.repository.js';
import { requireScope, type Context } from '../context.js';
import { dbIdOf } from '../ids.js';
import { toGlobalId } from '../node.js';
import { Tenant } from '../types/tenant.type.js';

@ObjectType({ description: 'One entry of the tenant’s IP allow-list.' })
export class AllowedIp {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'An address (203.0.113.7) or a CIDR block (203.0.113.0/24, 2001:db8::/32).' })
  cidr!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  static from(row: AllowedIpRow): AllowedIp {
    return Object.assign(new AllowedIp(), { ...row, id: toGlobalId('AllowedIp', row.id) });
  }
}

@InputType()
class AddAllowedIpInput {
  @Field(() => String, { description: 'An address or a CIDR block.' })
  cidr!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
class RemoveAllowedIpInput {
  @Field(() => ID)
  id!: string;
}

/**
 * The tenant's IP allow-list (Exolink's `ips`). Empty: any address may use the tenant's credentials;
 * otherwise requests from other addresses answer FORBIDDEN (graphql-ws closes with 4403).
 */
@Resolver(() => Tenant)
export class AllowedIpResolver {
  @Authorized('tenant:write')
  @FieldResolver(() => [AllowedIp], {
    description: 'Addresses that may use this tenant’s API credentials; empty = any (admins only).',
  })
  async allowedIps(@Root() tenant: Tenant, @Ctx() ctx: Context): Promise<AllowedIp[]> {
    const scope = requireScope(ctx);
    // Only the caller's own tenant: a platform admin looking at another tenant sees its list through that tenant's admin.
    if (tenant.dbId !== scope.tenantId) return [];
    return (await ctx.services.ipAllowList.list(scope)).map(AllowedIp.from);
  }

  @Authorized('tenant:write')
  @Mutation(() => AllowedIp, {
    description:
      'Adds an address or block. Refused (BAD_USER_INPUT) when the list would then leave out your own address.',
  })
  async addAllowedIp(@Arg('input', () => AddAllowedIpInput) input: AddAllowedIpInput, @Ctx() ctx: Context) {
    return AllowedIp.from(await ctx.services.ipAllowList.add(requireScope(ctx), input, ctx.remoteAddress));
  }

  @Authorized('tenant:write')
  @Mutation(() => ID, {
    description: 'Removes an entry; returns its id. Refused when the rest would leave out your own address.',
  })
  async removeAllowedIp(@Arg('input', () => RemoveAllowedIpInput) input: RemoveAllowedIpInput, @Ctx() ctx: Context) {
    const id = await ctx.services.ipAllowList.remove(
      requireScope(ctx),
      dbIdOf('AllowedIp', input.id),
      ctx.remoteAddress,
    );
    return toGlobalId('AllowedIp', id);
  }
}
