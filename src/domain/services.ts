import type { Db } from '../db/client.js';
import type { NamedLock } from '../db/lease-lock.js';
import type { Spool } from '../db/spool/spool.js';
import type { EventBus } from '../events/bus.js';
import { createAuthService, type AuthService } from './auth/auth.service.js';
import { createApiKeyService, type ApiKeyService } from './auth/api-key.service.js';
import type { SharedLoginThrottle } from './auth/login-throttle.js';
import type { TokenSigner } from './auth/tokens.js';
import { createChargerRepository } from './chargers/charger.repository.js';
import { createChargerService, type ChargerService } from './chargers/charger.service.js';
import { createStationService, type StationService } from './chargers/station.service.js';
import { createAuthorization } from './idtags/authorization.js';
import type { AuthorizerCall } from './idtags/external-authorization.js';
import {
  createExternalAuthorizationService,
  type ExternalAuthorizationService,
} from './idtags/external-authorization.service.js';
import { createMessageLogRepository } from './ocpp-log/message-log.repository.js';
import { createMessageLogService, type MessageLogService } from './ocpp-log/message-log.service.js';
import { createTransactionService, type TransactionService } from './sessions/transactions.service.js';
import { createOutageService, type OutageService } from './outage/outage.service.js';
import { createCommandLog } from './commands/command-log.repository.js';
import { createCommandStateRepository } from './commands/command-state.repository.js';
import { createCommandService, type CommandService } from './commands/command.service.js';
import { createConnectorMarkRepository } from './commands/connector-marks.repository.js';
import { createRemoteStartRepository } from './commands/remote-start.repository.js';
import type { ChargerGateway } from './gateway.js';
import { createTenantRepository } from './tenancy/tenant.repository.js';
import { createTenantService, type TenantService } from './tenancy/tenant.service.js';
import { createPricingRepository } from './pricing/pricing.repository.js';
import { createChargeDetailRecordRepository } from './cdrs/cdr.repository.js';
import { createChargeDetailRecordService, type ChargeDetailRecordService } from './cdrs/cdr.service.js';
import { createSessionPricing, type SessionPricing } from './pricing/session-pricing.service.js';
import { createSessionLimitRepository } from './sessions/session-limits.repository.js';
import { createSessionLimits, type SessionLimits } from './sessions/session-limits.service.js';
import { createTariffRepository } from './tariffs/tariff.repository.js';
import { createTariffService, type TariffService } from './tariffs/tariff.service.js';
import { createUserRepository } from './users/user.repository.js';
import { createUserService, type UserService } from './users/user.service.js';
import { createAccountService, type AccountService } from './users/account.service.js';
import { createLiveUsers } from './users/live-users.js';
import type { Mailer } from './users/mailer.js';
import { createAllowedIpRepository } from './tenancy/allowed-ip.repository.js';
import { createIpAllowList, type IpAllowList } from './tenancy/ip-allow-list.service.js';
import { createChargerListRepository } from './chargers/charger-list.repository.js';
import { createChargerDetailsRepository } from './chargers/charger-details.repository.js';
import { createIdTagRepository } from './idtags/idtag.repository.js';
import { createIdTagService, type IdTagService } from './idtags/idtag.service.js';
import { createReferenceRepository } from './references.repository.js';
import { createReservationQueryRepository } from './reservations/reservation-query.repository.js';
import {
  createReservationQueryService,
  type ReservationQueryService,
} from './reservations/reservation-query.service.js';
import { createSessionQueryRepository } from './sessions/session-query.repository.js';
import { createSessionQueryService, type SessionQueryService } from './sessions/session-query.service.js';
import { createSiteRepository } from './sites/site.repository.js';
import { createSiteService, type SiteService } from './sites/site.service.js';
import { createStatisticsRepository } from './statistics/statistics.repository.js';
import { createStatisticsService, type StatisticsService } from './statistics/statistics.service.js';
import { createChargerEventRepository } from './chargers/charger-events.repository.js';
import { createChargerEventService, type ChargerEventService } from './chargers/charger-events.service.js';
import { createDeviceModelRepository } from './chargers/device-model.repository.js';
import { createDeviceModelService, type DeviceModelService } from './chargers/device-model.service.js';
import { createStationTransactionRepository } from './sessions/station-transactions.repository.js';
import { createStationTransactions, type StationTransactions } from './sessions/station-transactions.service.js';
import { createLabService, type LabService, type VirtualChargerRunner } from './lab/lab.service.js';
import { createAllocationRepository } from './loadmgmt/allocation.repository.js';
import { createCircuitRepository } from './loadmgmt/circuit.repository.js';
import { createCircuitService, type CircuitService } from './loadmgmt/circuit.service.js';
import { createLoadBalancer, type LoadBalancer } from './loadmgmt/load-balancer.service.js';
import { createWebhookDomain, type WebhookDomain, type WebhookDomainOptions } from './webhooks/webhook-domain.js';

export interface Services {
  events: EventBus;
  auth: AuthService;
  signer: TokenSigner;
  apiKeys: ApiKeyService;
  users: UserService;
  /** A user's own password: change, and reset by mail. */
  accounts: AccountService;
  /** The tenant's IP allow-list for API access. */
  ipAllowList: IpAllowList;
  tenants: TenantService;
  chargers: ChargerService;
  sites: SiteService;
  idTags: IdTagService;
  sessionQueries: SessionQueryService;
  reservationQueries: ReservationQueryService;
  statistics: StatisticsService;
  /** What chargers report about themselves (boot, status, events). */
  station: StationService;
  /** Charging transactions as chargers report them (start, stop, meter values). */
  transactions: TransactionService;
  /** OCPP 2.0.1 TransactionEvent: transactions the station names, on the same sessions. */
  stationTransactions: StationTransactions;
  /** OCPP 2.0.1 device model (components, variables) as stations report it. */
  deviceModel: DeviceModelService;
  /** Reads what chargers reported as events (security events, boot reasons, ...). */
  chargerEvents: ChargerEventService;
  /** What chargers are answered while PostgreSQL is unreachable. */
  outage: OutageService;
  /** Reads the OCPP message log. */
  messageLog: MessageLogService;
  gateway: ChargerGateway;
  commands: CommandService;
  lab: LabService;
  tariffs: TariffService;
  /** Charge detail records: the list, the export, and the record of a session. */
  chargeDetailRecords: ChargeDetailRecordService;
  sessionPricing: SessionPricing;
  /** Stops sessions at the limits set at remote start (`listen()` in app.ts). */
  sessionLimits: SessionLimits;
  circuits: CircuitService;
  /** Keeps circuits within their limits (listens to charger and session events; `listen()` in app.ts). */
  loadBalancer: LoadBalancer;
  /** Webhook endpoints, the delivery log, and the recorder that writes the outbox. */
  webhooks: WebhookDomain['service'];
  webhookDomain: WebhookDomain;
  /** A tenant's external authorizer for id tags. */
  externalAuthorization: ExternalAuthorizationService;
}

export interface ServiceDeps {
  db: Db;
  /** Keeps work that must not run on two nodes at once (a site's load allocation) to one node at a time. */
  lock?: NamedLock;
  /** The node's durable spool: what chargers are answered for is on disk before the answer. */
  spool: Spool;
  events: EventBus;
  signer: TokenSigner;
  refreshTtlSeconds: number;
  inviteTtlSeconds: number;
  /** Sends password reset mails (SMTP, or a logged warning without it). */
  mailer: Mailer;
  passwordReset: { ttlSeconds: number; url: string | undefined };
  /** Failed logins, counted across the cluster when it shares Redis (cluster.loginThrottle). */
  loginThrottle: SharedLoginThrottle;
  /** Base of each tenant's ocppUrl; may contain `{slug}` (host style). */
  ocppPublicBase: string;
  /** Batched writes fail off any request; they are reported here. */
  onBackgroundError?: (err: unknown) => void;
  gateway: ChargerGateway;
  remoteStartTimeoutSeconds: number;
  labRunner: VirtualChargerRunner;
  webhooks: WebhookDomainOptions;
  /** Asks a tenant's external authorizer (the webhooks edge makes the signed POST). */
  askAuthorizer?: AuthorizerCall;
}

/** Composition without a container: each service gets exactly what it needs. */
export function createServices(deps: ServiceDeps): Services {
  const chargerRepository = createChargerRepository(deps.db);
  const tariffRepository = createTariffRepository(deps.db);
  const pricingRepository = createPricingRepository(deps.db);
  const apiKeys = createApiKeyService({ db: deps.db });
  const throttle = deps.loginThrottle;
  const references = createReferenceRepository(deps.db);
  const tenantRepository = createTenantRepository(deps.db);
  const userRepository = createUserRepository(deps.db);
  const liveUsers = createLiveUsers({ users: userRepository });
  const siteRepository = createSiteRepository(deps.db);
  const idTagRepository = createIdTagRepository(deps.db);
  const sessionRepository = createSessionQueryRepository(deps.db);
  const onError = deps.onBackgroundError ?? ((err: unknown) => console.error('background write failed', err));
  const station = createStationService({ db: deps.db, chargers: chargerRepository, events: deps.events, onError });
  const deviceModel = createDeviceModelService({ repo: createDeviceModelRepository(deps.db) });
  const webhookDomain = createWebhookDomain({
    db: deps.db,
    events: deps.events,
    references,
    onError,
    // Pricing is built below; session.ended waits for its final price.
    pricingSettled: (sessionId) => sessionPricing.settled(sessionId),
    ...deps.webhooks,
  });
  const commands = createCommandService({
    log: createCommandLog(deps.db),
    state: createCommandStateRepository(deps.db),
    marks: createConnectorMarkRepository(deps.db),
    chargers: chargerRepository,
    remoteStart: createRemoteStartRepository(deps.db),
    sessions: sessionRepository,
    events: deps.events,
    gateway: deps.gateway,
    remoteStartTimeoutSeconds: deps.remoteStartTimeoutSeconds,
    onError,
    deviceModel,
    setStationPassword: async (scope, chargerId, passwordHash) =>
      void (await chargerRepository.update(scope, chargerId, { passwordHash })),
    reservationWebhooks: webhookDomain.reservations,
  });
  const allocationRepository = createAllocationRepository(deps.db);
  const loadBalancer = createLoadBalancer({
    allocations: allocationRepository,
    events: deps.events,
    limits: commands,
    isConnected: (ocppId) => deps.gateway.isConnected(ocppId),
    lock: deps.lock,
    onError: (err) => onError(err),
  });
  const chargers = createChargerService({
    chargers: chargerRepository,
    chargerList: createChargerListRepository(deps.db),
    details: createChargerDetailsRepository(deps.db),
    references,
    events: deps.events,
  });
  const sessionPricing = createSessionPricing({
    pricing: pricingRepository,
    tariffs: tariffRepository,
    events: deps.events,
  });
  const authorization = createAuthorization({
    idTags: idTagRepository,
    tenants: tenantRepository,
    chargers: chargerRepository,
    askAuthorizer: deps.askAuthorizer,
  });
  const transactions = createTransactionService({
    db: deps.db,
    events: deps.events,
    spool: deps.spool,
    authorization,
    recordEvent: station.recordEvent,
    useReservation: commands.useReservation,
  });
  const stationTransactions = createStationTransactions({
    repo: createStationTransactionRepository(deps.db),
    spool: deps.spool,
    transactions,
    recordEvent: station.recordEvent,
    useReservation: commands.useReservation,
  });
  return {
    events: deps.events,
    auth: createAuthService({
      db: deps.db,
      signer: deps.signer,
      refreshTtlSeconds: deps.refreshTtlSeconds,
      throttle,
      apiKeys,
      userIsLive: liveUsers.isLive,
    }),
    signer: deps.signer,
    apiKeys,
    users: createUserService({
      users: userRepository,
      inviteTtlSeconds: deps.inviteTtlSeconds,
      onRemoved: liveUsers.forget,
    }),
    accounts: createAccountService({
      users: userRepository,
      mailer: deps.mailer,
      throttle,
      resetTtlSeconds: deps.passwordReset.ttlSeconds,
      resetUrl: deps.passwordReset.url,
      onError,
    }),
    ipAllowList: createIpAllowList({ repo: createAllowedIpRepository(deps.db) }),
    tenants: createTenantService({
      tenants: tenantRepository,
      users: userRepository,
      references,
      ocppPublicBase: deps.ocppPublicBase,
    }),
    chargers,
    sites: createSiteService({ sites: siteRepository, references }),
    idTags: createIdTagService({ idTags: idTagRepository, references }),
    sessionQueries: createSessionQueryService({ sessions: sessionRepository }),
    reservationQueries: createReservationQueryService({ reservations: createReservationQueryRepository(deps.db) }),
    statistics: createStatisticsService({ statistics: createStatisticsRepository(deps.db) }),
    station,
    messageLog: createMessageLogService({ log: createMessageLogRepository(deps.db) }),
    transactions,
    stationTransactions,
    deviceModel,
    chargerEvents: createChargerEventService({ events: createChargerEventRepository(deps.db) }),
    outage: createOutageService({ spool: deps.spool, transactions, stationTransactions, station, authorization }),
    gateway: deps.gateway,
    commands,
    lab: createLabService({ chargers, runner: deps.labRunner }),
    tariffs: createTariffService({ tariffs: tariffRepository }),
    chargeDetailRecords: createChargeDetailRecordService({
      records: createChargeDetailRecordRepository(deps.db),
    }),
    sessionPricing,
    sessionLimits: createSessionLimits({
      limits: createSessionLimitRepository(deps.db),
      events: deps.events,
      stop: (scope, sessionId) => commands.remoteStop(scope, { sessionId }),
      onError,
    }),
    webhooks: webhookDomain.service,
    webhookDomain,
    externalAuthorization: createExternalAuthorizationService({
      tenants: tenantRepository,
      checkUrl: deps.webhooks.checkUrl,
      onChanged: authorization.forgetConfig,
    }),
    circuits: createCircuitService({
      circuits: createCircuitRepository(deps.db),
      allocations: allocationRepository,
      balancer: loadBalancer,
    }),
    loadBalancer,
  };
}
