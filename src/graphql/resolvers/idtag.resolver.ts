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
import { DeleteIdTagInput } from '../types/delete-input.type.js';
import { toConnection } from '../connection.js';
import { dbIdOf, filterIdOf, optionalDbIdOf } from '../ids.js';
import { fromGlobalId } from '../node.js';
import { relationLoaders } from '../relation-loaders.js';
import { IdTagConnection } from '../types/connections.js';
import { IdTag, IdTagStatus } from '../types/idtag.type.js';
import { User } from '../types/user.type.js';

@InputType()
export class CreateIdTagInput {
  @Field(() => String, {
    description: 'The token as the charger sends it (CiString20: case-insensitive, at most 20 characters).',
  })
  value!: string;

  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => IdTagStatus, { nullable: true, defaultValue: IdTagStatus.ACCEPTED })
  status?: IdTagStatus | null;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'OCPP parentIdTag: tags with the same parent count as one (e.g. a fleet).',
  })
  parentIdTag?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A group for pricing: tariffs can be offered to it (assignTariff idTagGroup).',
  })
  groupName?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Load management: a session of this tag ranks at the higher of this and its charger's priority on the circuit (PRIORITY circuits fill higher first; any circuit holds the lowest at 0 first). Null: the charger's alone.",
  })
  chargingPriority?: number | null;
}

@InputType({ description: 'Omitted fields stay as they are; null clears a nullable one.' })
export class UpdateIdTagInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  value?: string | null;

  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => IdTagStatus, { nullable: true })
  status?: IdTagStatus | null;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;

  @Field(() => String, { nullable: true })
  parentIdTag?: string | null;

  @Field(() => String, { nullable: true })
  groupName?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Load management: a session of this tag ranks at the higher of this and its charger's priority on the circuit (PRIORITY circuits fill higher first; any circuit holds the lowest at 0 first). Null: the charger's alone.",
  })
  chargingPriority?: number | null;
}

@InputType()
export class IdTagFilter {
  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => [IdTagStatus], { nullable: true })
  status?: IdTagStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Part of the value.' })
  search?: string | null;
}

@Resolver(() => IdTag)
export class IdTagResolver {
  @Authorized('idtags:read')
  @Query(() => IdTagConnection, { description: 'Newest first. A DRIVER sees only their own.' })
  async idTags(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size; at most 500.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => IdTagFilter, { nullable: true }) filter?: IdTagFilter,
  ) {
    const domainFilter = { ...filter, userId: filterIdOf('User', filter?.userId) };
    const page = await ctx.services.idTags.list(requireScope(ctx), domainFilter, { first, after });
    return toConnection(IdTagConnection, page, IdTag.from, !!after);
  }

  @Authorized('idtags:read')
  @Query(() => IdTag, { nullable: true })
  async idTag(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<IdTag | null> {
    const decoded = fromGlobalId(id);
    if (decoded?.type !== 'IdTag') return null;
    const row = await ctx.services.idTags.get(requireScope(ctx), decoded.id);
    return row ? IdTag.from(row) : null;
  }

  @Authorized('idtags:write')
  @Mutation(() => IdTag)
  async createIdTag(
    @Arg('input', () => CreateIdTagInput) input: CreateIdTagInput,
    @Ctx() ctx: Context,
  ): Promise<IdTag> {
    return IdTag.from(
      await ctx.services.idTags.create(requireScope(ctx), { ...input, userId: optionalDbIdOf('User', input.userId) }),
    );
  }

  @Authorized('idtags:write')
  @Mutation(() => IdTag)
  async updateIdTag(
    @Arg('input', () => UpdateIdTagInput) input: UpdateIdTagInput,
    @Ctx() ctx: Context,
  ): Promise<IdTag> {
    const { id, ...rest } = input;
    const row = await ctx.services.idTags.update(requireScope(ctx), dbIdOf('IdTag', id), {
      ...rest,
      userId: optionalDbIdOf('User', input.userId),
    });
    return IdTag.from(row);
  }

  @Authorized('idtags:write')
  @Mutation(() => ID, {
    description: 'Soft delete: the tag stops authorizing; past sessions keep its value. Returns the id.',
  })
  async deleteIdTag(
    @Arg('input', () => DeleteIdTagInput) input: DeleteIdTagInput,
    @Ctx() ctx: Context,
  ): Promise<string> {
    await ctx.services.idTags.delete(requireScope(ctx), dbIdOf('IdTag', input.id));
    return input.id;
  }

  @FieldResolver(() => User, { nullable: true })
  async user(@Root() tag: IdTag, @Ctx() ctx: Context): Promise<User | null> {
    if (!tag.userDbId) return null;
    const row = await relationLoaders.user(ctx).load(tag.userDbId);
    return row ? User.from(row) : null;
  }
}

@Resolver(() => User)
export class UserIdTagsResolver {
  @Authorized('idtags:read')
  @FieldResolver(() => [IdTag])
  async idTags(@Root() user: User, @Ctx() ctx: Context): Promise<IdTag[]> {
    return (await relationLoaders.idTagsOfUser(ctx).load(user.dbId)).map(IdTag.from);
  }
}
