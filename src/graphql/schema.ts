import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { AuthResolver } from './resolvers/auth.resolver.js';
import { ChargerResolver } from './resolvers/charger.resolver.js';
import { NodeResolver } from './resolvers/node.resolver.js';
import { TenantResolver } from './resolvers/tenant.resolver.js';
import { DateTimeScalar } from './scalars.js';

export const RESOLVERS = [AuthResolver, TenantResolver, ChargerResolver, NodeResolver] as const;

/** Builds the schema from the code. `pubSub` is only needed to run subscriptions, not to print the schema. */
export function createSchema(pubSub?: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    authChecker,
    pubSub,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  });
}
