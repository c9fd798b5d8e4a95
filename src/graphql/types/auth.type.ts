import { Field, ObjectType } from 'type-graphql';
import { User } from './user.type.js';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => String, { description: 'Trade for a new token with `refreshToken`; works once (rotation).' })
  refreshToken!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}
