import { Field, ID, ObjectType } from 'type-graphql';
import type { UserRow } from '../../domain/tenancy/tenant.service.js';
import { Node, toGlobalId } from '../node.js';
import { Role } from './enums.js';

@ObjectType({ implements: Node })
export class User implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;
  tenantId!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Role)
  role!: Role;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Boolean, { description: 'Invited and not yet accepted: cannot log in yet.' })
  invitePending!: boolean;

  static from(row: UserRow): User {
    return Object.assign(new User(), {
      id: toGlobalId('User', row.id),
      dbId: row.id,
      tenantId: row.tenantId,
      email: row.email,
      name: row.name,
      role: row.role as Role,
      lastLoginAt: row.lastLoginAt,
      createdAt: row.createdAt,
      invitePending: !row.passwordHash,
    });
  }
}
