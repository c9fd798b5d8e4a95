import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AuthPayloadData } from '../../domain/auth/auth.service.js';
import type { Context } from '../context.js';
import { AuthPayload } from '../types/auth.type.js';
import { User } from '../types/user.type.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description: 'Trade email and password for a token and a refresh token. Repeated failures answer RATE_LIMITED.',
  })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    return toPayload(await ctx.services.auth.login(email, password, ctx.remoteAddress));
  }

  @Mutation(() => AuthPayload, {
    description:
      'Trade a refresh token (spent by this call) for a new pair. Reusing a spent one ends every token of that login.',
  })
  async refreshToken(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: Context) {
    return toPayload(await ctx.services.auth.refresh(refreshToken));
  }

  @Mutation(() => Boolean, { description: 'Revoke a refresh token. True when it was live.' })
  logout(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: Context) {
    return ctx.services.auth.logout(refreshToken);
  }

  @Mutation(() => AuthPayload, { description: 'Spend an invitation token, set a password, and sign in.' })
  async acceptInvite(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    const user = await ctx.services.users.acceptInvite(token, password);
    return toPayload(await ctx.services.auth.issue(user));
  }
}

function toPayload(data: AuthPayloadData): AuthPayload {
  return Object.assign(new AuthPayload(), { ...data, user: User.from(data.user) });
}
