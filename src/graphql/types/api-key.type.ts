import { Field, ID, ObjectType } from 'type-graphql';
import type { ApiKeyRow } from '../../domain/auth/api-key.service.js';
import { Connection } from '../connection.js';
import { Node, toGlobalId } from '../node.js';
import { Role } from './enums.js';

@ObjectType({
  implements: Node,
  description: 'A credential for a machine; send its secret as `Authorization: Bearer <secret>`.',
})
export class ApiKey implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;
  tenantId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => Date, { nullable: true, description: 'Last request made with it (to the minute).' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  static from(row: ApiKeyRow): ApiKey {
    return Object.assign(new ApiKey(), {
      id: toGlobalId('ApiKey', row.id),
      dbId: row.id,
      tenantId: row.tenantId,
      name: row.name,
      role: row.role as Role,
      lastUsedAt: row.lastUsedAt,
      revokedAt: row.revokedAt,
      createdAt: row.createdAt,
    });
  }
}

@ObjectType({ description: 'A new API key and its secret. The secret is shown this once; only its hash is kept.' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String)
  secret!: string;
}

export const ApiKeyConnection = Connection(ApiKey);
export type ApiKeyConnection = InstanceType<typeof ApiKeyConnection>;
