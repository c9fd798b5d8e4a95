import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { dbIdOf } from '../ids.js';
import { toGlobalId } from '../node.js';
import { AuthPayload } from '../types/auth.type.js';
import { Role } from '../types/enums.js';
import { User } from '../types/user.type.js';
import type { UserRow } from '../../domain/users/user.repository.js';

@InputType()
class ChangePasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String, { description: '8-200 characters.' })
  newPassword!: string;
}

@InputType()
class RequestPasswordResetInput {
  @Field(() => String)
  email!: string;
}

@InputType()
class ResetPasswordInput {
  @Field(() => String, { description: 'From the reset mail; works once, until it expires.' })
  token!: string;

  @Field(() => String, { description: '8-200 characters.' })
  newPassword!: string;
}

@InputType()
class RemoveUserInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
class UserRoleChange {
  @Field(() => ID)
  id!: string;

  @Field(() => Role)
  role!: Role;
}

@InputType()
class ChangeUserRolesInput {
  @Field(() => [UserRoleChange], { description: 'At most 500; all change, or none.' })
  changes!: UserRoleChange[];
}

/** A user's own password, and managing several users at once. */
@Resolver()
export class AccountResolver {
  @Authorized('profile:write')
  @Mutation(() => AuthPayload, {
    description:
      'Your own password; the current one must be given. Ends every other login (their refresh tokens) and returns a fresh pair for this one.',
  })
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context) {
    const user = await ctx.services.accounts.changePassword(
      requireScope(ctx),
      input.currentPassword,
      input.newPassword,
    );
    return payload(ctx, user);
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a one-time reset token (or link) to the address when it belongs to a user; always true, so it tells nobody who has an account. At most one mail per address per minute.',
  })
  async requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.accounts.requestPasswordReset(input.email);
    return true;
  }

  @Mutation(() => AuthPayload, {
    description: 'Spends a reset token, sets the password, ends every other login and signs in.',
  })
  async resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: Context) {
    return payload(ctx, await ctx.services.accounts.resetPassword(input.token, input.newPassword));
  }

  @Authorized('users:write')
  @Mutation(() => ID, {
    description:
      'Removes a user of your tenant (not yourself, none above your role); returns its id. Their logins end.',
  })
  async removeUser(@Arg('input', () => RemoveUserInput) input: RemoveUserInput, @Ctx() ctx: Context): Promise<string> {
    const id = await ctx.services.users.remove(requireScope(ctx), dbIdOf('User', input.id));
    return toGlobalId('User', id);
  }

  @Authorized('users:write')
  @Mutation(() => [User], {
    description: 'Several users’ roles at once, all or nothing (not your own, none above your role).',
  })
  async changeUserRoles(
    @Arg('input', () => ChangeUserRolesInput) input: ChangeUserRolesInput,
    @Ctx() ctx: Context,
  ): Promise<User[]> {
    const changes = input.changes.map((c) => ({ id: dbIdOf('User', c.id), role: c.role }));
    return (await ctx.services.users.setRoles(requireScope(ctx), changes)).map(User.from);
  }
}

async function payload(ctx: Context, user: UserRow): Promise<AuthPayload> {
  const data = await ctx.services.auth.issue(user);
  return Object.assign(new AuthPayload(), { ...data, user: User.from(data.user) });
}
