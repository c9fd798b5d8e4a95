import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { AuthResolver } from './resolvers/auth.resolver.js';
import { ChargerResolver } from './resolvers/charger.resolver.js';
import { ChargerStatusResolver } from './resolvers/charger-status.resolver.js';
import { LabResolver } from './resolvers/lab.resolver.js';
import { NodeResolver } from './resolvers/node.resolver.js';
import { TenantResolver } from './resolvers/tenant.resolver.js';
import { DateTimeScalar } from './scalars.js';

export const RESOLVERS = [AuthResolver, TenantResolver, ChargerResolver, ChargerStatusResolver, NodeResolver, LabResolver] as const;

// Every subscription supplies its own `subscribe` from the event bus (with tenant filters),
// so type-graphql's topic PubSub is never used; it still insists on having one.
const topicsUnused: PubSub = {
  publish: () => {
    throw new Error('publish through the EventBus, not type-graphql topics');
  },
  subscribe: () => {
    throw new Error('subscriptions must pass their own subscribe()');
  },
};

/** Builds the schema from the code. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    authChecker,
    pubSub: topicsUnused,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  });
}
