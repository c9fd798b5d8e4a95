import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { toConnection } from '../connection.js';
import { dbIdOf } from '../ids.js';
import { ApiKey, ApiKeyConnection, CreatedApiKey } from '../types/api-key.type.js';
import { Role } from '../types/enums.js';

@InputType()
class CreateApiKeyInput {
  @Field(() => String, { description: 'What uses it, e.g. "billing export".' })
  name!: string;

  @Field(() => Role, { description: 'At most your own role.' })
  role!: Role;
}

@InputType()
class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The ApiKey.' }) id!: string;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized('apikeys:manage')
  @Query(() => ApiKeyConnection, { description: "The tenant's API keys (secrets are never shown again)." })
  async apiKeys(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('includeRevoked', () => Boolean, { nullable: true }) includeRevoked?: boolean,
  ): Promise<ApiKeyConnection> {
    const page = await ctx.services.apiKeys.list(requireScope(ctx), { first, after }, { includeRevoked });
    return toConnection(ApiKeyConnection, page, ApiKey.from, !!after);
  }

  @Authorized('apikeys:manage')
  @Mutation(() => CreatedApiKey, { description: 'A key for a machine. Copy the secret now: it is shown once.' })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedApiKey> {
    const { apiKey, secret } = await ctx.services.apiKeys.create(requireScope(ctx), input);
    return { apiKey: ApiKey.from(apiKey), secret };
  }

  @Authorized('apikeys:manage')
  @Mutation(() => ID, { description: 'The key, and every token traded for it, stop working at once. Returns its id.' })
  async revokeApiKey(
    @Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<string> {
    await ctx.services.apiKeys.revoke(requireScope(ctx), dbIdOf('ApiKey', input.id));
    return input.id;
  }
}
