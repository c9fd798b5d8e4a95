import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AuthPayloadData } from '../../domain/auth/auth.service.js';
import type { Context } from '../context.js';
import { AuthPayload } from '../types/auth.type.js';
import { User } from '../types/user.type.js';
import { users } from '../../db/schema/index.js';
import { eq } from 'drizzle-orm';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Trade email and password for a token and a refresh token.' })
  async login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    return toPayload(ctx, await ctx.services.auth.login(email, password));
  }

  @Mutation(() => AuthPayload, { description: 'Trade a refresh token (spent by this call) for a new pair.' })
  async refreshToken(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: Context) {
    return toPayload(ctx, await ctx.services.auth.refresh(refreshToken));
  }

  @Mutation(() => Boolean, { description: 'Revoke a refresh token. True when it was live.' })
  logout(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: Context) {
    return ctx.services.auth.logout(refreshToken);
  }
}

async function toPayload(ctx: Context, data: AuthPayloadData): Promise<AuthPayload> {
  const [user] = await ctx.services.db.select().from(users).where(eq(users.id, data.userId));
  return Object.assign(new AuthPayload(), { ...data, user: User.from(user!) });
}
