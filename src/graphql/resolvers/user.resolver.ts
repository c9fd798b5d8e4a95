import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { Connection, toConnection } from '../connection.js';
import { dbIdOf } from '../ids.js';
import { Role } from '../types/enums.js';
import { User } from '../types/user.type.js';

const UserConnection = Connection(User);
type UserConnection = InstanceType<typeof UserConnection>;

@InputType()
class UserFilter {
  @Field(() => Role, { nullable: true })
  role?: Role;
}

@InputType()
class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => Role, { description: 'At most your own role.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Omitted: the user is invited instead (see inviteUser).' })
  password?: string;
}

@InputType()
class InviteUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => Role)
  role!: Role;
}

@InputType()
class UpdateUserInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => Role, { nullable: true, description: 'Admins only, at most their own role; nobody changes their own.' })
  role?: Role;
}

@ObjectType({ description: 'An invited user and the one-time token that accepts the invite (shown once).' })
class Invitation {
  @Field(() => User)
  user!: User;

  @Field(() => String, { description: 'Hand it to the user; `acceptInvite(token, password)` spends it.' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@Resolver(() => User)
export class UserResolver {
  @Authorized('users:read')
  @Query(() => UserConnection, { description: "The tenant's users." })
  async users(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
  ): Promise<UserConnection> {
    const page = await ctx.services.users.list(requireScope(ctx), { first, after }, { role: filter?.role });
    return toConnection(UserConnection, page, User.from, !!after);
  }

  @Authorized('users:write')
  @Mutation(() => User, { description: 'A user of your tenant; without a password, an invitation.' })
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return User.from(await ctx.services.users.create(requireScope(ctx), input));
  }

  @Authorized('users:write')
  @Mutation(() => Invitation, { description: 'Invite by email with a role; the token is shown once.' })
  async inviteUser(
    @Arg('input', () => InviteUserInput) input: InviteUserInput,
    @Ctx() ctx: Context,
  ): Promise<Invitation> {
    const { user, token, expiresAt } = await ctx.services.users.invite(requireScope(ctx), input);
    return { user: User.from(user), token, expiresAt };
  }

  @Authorized('profile:write')
  @Mutation(() => User, { description: 'Rename yourself, or (admins) change another user of your tenant.' })
  async updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: Context): Promise<User> {
    return User.from(await ctx.services.users.update(requireScope(ctx), { ...input, id: dbIdOf('User', input.id) }));
  }
}
