import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { AuthResolver } from './resolvers/auth.resolver.js';
import {
  CircuitAllocationResolver,
  CircuitChargerResolver,
  CircuitResolver,
  SiteCircuitsResolver,
} from './resolvers/circuit.resolver.js';
import { ChargerResolver } from './resolvers/charger.resolver.js';
import { ChargerFactsResolver } from './resolvers/charger-facts.resolver.js';
import { ChargerStatusResolver } from './resolvers/charger-status.resolver.js';
import { LiveResolver } from './resolvers/live.resolver.js';
import { ChargerStatusEventResolver, MeterValuesEventResolver } from './resolvers/live-events.resolver.js';
import { CommandLogResolver } from './resolvers/command-log.resolver.js';
import { CommandMaintenanceResolver } from './resolvers/command-maintenance.resolver.js';
import { CommandReservationResolver } from './resolvers/command-reservation.resolver.js';
import { CommandSessionResolver } from './resolvers/command-session.resolver.js';
import { CommandResolver } from './resolvers/command.resolver.js';
import { DataTransferResolver } from './resolvers/data-transfer.resolver.js';
import { LabResolver } from './resolvers/lab.resolver.js';
import { NodeResolver } from './resolvers/node.resolver.js';
import { OcppMessageResolver } from './resolvers/ocpp-message.resolver.js';
import { SessionCostResolver } from './resolvers/session-cost.resolver.js';
import {
  ChargerTariffResolver,
  ConnectorTariffResolver,
  SiteTariffResolver,
  TenantTariffResolver,
} from './resolvers/tariff-fields.resolver.js';
import { TariffResolver } from './resolvers/tariff.resolver.js';
import { TenantResolver } from './resolvers/tenant.resolver.js';
import { ApiKeyResolver } from './resolvers/api-key.resolver.js';
import { ChargerRelationsResolver } from './resolvers/charger-relations.resolver.js';
import { ChargerHistoryResolver } from './resolvers/charger-history.resolver.js';
import { ConnectorResolver } from './resolvers/connector.resolver.js';
import { DateTimeScalar } from './scalars.js';
import { IdTagResolver, UserIdTagsResolver } from './resolvers/idtag.resolver.js';
import { ReservationResolver } from './resolvers/reservation.resolver.js';
import { SessionResolver } from './resolvers/session.resolver.js';
import { SiteResolver } from './resolvers/site.resolver.js';
import { SiteHierarchyResolver } from './resolvers/site-hierarchy.resolver.js';
import { SiteDetailsResolver } from './resolvers/site-details.resolver.js';
import { StatisticsResolver } from './resolvers/statistics.resolver.js';
import { ChargeDetailRecordResolver } from './resolvers/charge-detail-record.resolver.js';
import { UserResolver } from './resolvers/user.resolver.js';
import { AccountResolver } from './resolvers/account.resolver.js';
import { AllowedIpResolver } from './resolvers/allowed-ip.resolver.js';
import { WebhookDeliveryResolver, WebhookResolver } from './resolvers/webhook.resolver.js';
import { EvseResolver } from './resolvers/evse.resolver.js';
import {
  ExternalAuthorizationResolver,
  TenantExternalAuthorizationResolver,
} from './resolvers/external-authorization.resolver.js';
import { DeviceModelResolver } from './resolvers/device-model.resolver.js';
import { Command201Resolver } from './resolvers/command-201.resolver.js';

// One per line, so features added in parallel merge without conflicts.
export const RESOLVERS = [
  AuthResolver,
  TenantResolver,
  ChargerResolver,
  ChargerFactsResolver,
  ChargerStatusResolver,
  LiveResolver,
  ChargerStatusEventResolver,
  MeterValuesEventResolver,
  NodeResolver,
  UserResolver,
  AccountResolver,
  AllowedIpResolver,
  ApiKeyResolver,
  SiteResolver,
  SiteHierarchyResolver,
  SiteDetailsResolver,
  ChargerRelationsResolver,
  ChargerHistoryResolver,
  ConnectorResolver,
  SessionResolver,
  IdTagResolver,
  UserIdTagsResolver,
  ReservationResolver,
  StatisticsResolver,
  ChargeDetailRecordResolver,
  OcppMessageResolver,
  CommandResolver,
  CommandSessionResolver,
  CommandReservationResolver,
  CommandMaintenanceResolver,
  CommandLogResolver,
  DataTransferResolver,
  LabResolver,
  TariffResolver,
  ChargerTariffResolver,
  ConnectorTariffResolver,
  SiteTariffResolver,
  TenantTariffResolver,
  SessionCostResolver,
  CircuitResolver,
  CircuitAllocationResolver,
  CircuitChargerResolver,
  SiteCircuitsResolver,
  WebhookResolver,
  WebhookDeliveryResolver,
  EvseResolver,
  ExternalAuthorizationResolver,
  TenantExternalAuthorizationResolver,
  DeviceModelResolver,
  Command201Resolver,
] as const;

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
