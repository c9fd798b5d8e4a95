import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createDatabase, type Database } from './db/client.js';
import { migrate } from './db/migrate.js';
import { openSpool } from './db/spool/spool.js';
import { createDbHealth } from './db/health.js';
import { createTokenSigner } from './domain/auth/tokens.js';
import { startCommandSweeper } from './domain/commands/sweeper.js';
import { createGatewayHolder, type ChargerGateway } from './domain/gateway.js';
import { createMessageLog } from './domain/ocpp-log/message-log.js';
import { pruneMessageLog } from './domain/ocpp-log/retention.repository.js';
import { createServices, type Services } from './domain/services.js';
import { bootstrapFirstStart, type BootstrapResult } from './domain/tenancy/bootstrap.repository.js';
import { createCluster } from './cluster/cluster.js';
import { createGraphqlHandlers } from './http/graphql.js';
import { createMailer } from './mail/mailer.js';
import { createMetrics, observePoolWait, observeSpool, observeSubscriptions } from './http/metrics.js';
import { dashboardRouter } from './http/dashboard.js';
import { createHttpDoors } from './http/server.js';
import { oauthRouter } from './http/oauth.js';
import { exportRouter } from './http/export.js';
import { createSchema } from './graphql/schema.js';
import { loadOrCreateJwtSecret } from './jwt-secret.js';
import { createOcppServer } from './ocpp/server.js';
import { createLabRunner } from './lab/runner.js';
import { startWebhooks, webhookDomainOptions } from './webhooks/webhooks.js';
import { authorizerClient } from './webhooks/authorizer-client.js';

export interface App {
  url: string;
  port: number;
  /** This process's id among the nodes (presence, and `claimed_by` on webhook deliveries). */
  nodeId: string;
  services: Services;
  database: Database;
  /** Commands to chargers, routed across nodes when REDIS_URL is set. */
  gateway: ChargerGateway;
  bootstrap: BootstrapResult;
  /** Writes pending batches (message log); tests call it before reading the log. */
  flush(): Promise<void>;
  /** Writes every webhook event heard so far to the outbox. */
  flushWebhooks(): Promise<void>;
  /** GraphQL subscriptions being served now, shared or not (tests wait on it for a subscriber to listen). */
  subscriptionsServed(): number;
  /** Applies the message-log retention now (it also runs every few minutes); returns rows deleted. */
  pruneMessageLog(): Promise<number>;
  stop(): Promise<void>;
}

/** Builds every layer from config and listens. `main.ts` and the test kit both call this. */
export async function startApp(config: Config, logger: Logger): Promise<App> {
  const database = await createDatabase(config.database);
  await migrate(database, config.database.kind === 'postgres' ? config.database.url : undefined);
  const health = createDbHealth({
    ping: database.ping,
    onChange: (up, err) =>
      up
        ? logger.info('PostgreSQL reachable again')
        : logger.error({ err }, 'PostgreSQL unreachable: answering chargers from the spool'),
  });
  const spool = await openSpool({
    dir: config.spool.dir,
    db: database.db,
    health,
    maxBytes: config.spool.maxBytes,
    flushEveryMs: config.spool.flushEveryMs,
    fsync: config.spool.fsync,
    file: config.spool.file,
    onError: (err, message) => (err ? logger.error({ err }, message) : logger.info(message)),
  });
  if (spool.replayed) logger.info({ records: spool.replayed }, 'spool: replaying records an earlier run answered for');
  const nodeId = randomUUID();
  const cluster = await createCluster({
    nodeId,
    redisUrl: config.redisUrl,
    redisPrefix: config.redisKeyPrefix,
    presenceTtlSeconds: config.presenceTtlSeconds,
    logger,
  });
  const { events } = cluster;
  const metrics = createMetrics();
  observePoolWait(metrics, database.poolWait);
  observeSpool(metrics, spool);
  const signer = createTokenSigner(
    config.auth.jwtSecret ?? loadOrCreateJwtSecret(config.dataDir),
    config.auth.jwtTtlSeconds,
  );
  const gateway = createGatewayHolder(); // bound to the OCPP server's gateway below
  const labRunner = createLabRunner(logger);
  const services = createServices({
    db: database.db,
    lock: database.lock,
    spool,
    events,
    signer,
    refreshTtlSeconds: config.auth.refreshTokenTtlSeconds,
    inviteTtlSeconds: config.auth.inviteTtlSeconds,
    mailer: createMailer({ smtpUrl: config.accounts.smtpUrl, from: config.accounts.mailFrom, logger }),
    passwordReset: { ttlSeconds: config.accounts.passwordResetTtlSeconds, url: config.accounts.passwordResetUrl },
    loginThrottle: cluster.loginThrottle({
      maxFailuresPerEmail: config.auth.loginMaxFailures,
      maxFailuresPerAddress: config.auth.loginMaxFailuresPerAddress,
      windowSeconds: config.auth.loginFailureWindowSeconds,
    }),
    ocppPublicBase: ocppBase(config),
    onBackgroundError: (err) => logger.error({ err }, 'batched write failed'),
    gateway,
    remoteStartTimeoutSeconds: config.ocpp.remoteStartTimeoutSeconds,
    labRunner,
    webhooks: webhookDomainOptions(config.webhooks),
    askAuthorizer: authorizerClient(config.webhooks),
  });
  const stopPricing = services.sessionPricing.listen((err) => logger.error({ err }, 'session pricing failed'));
  const stopLimits = services.sessionLimits.listen(config.ocpp.sweepIntervalMs);
  const stopBalancer = services.loadBalancer.listen();
  // After pricing's listener: session.ended waits for the final cost it writes.
  const webhooks = startWebhooks({ config: config.webhooks, services, metrics, logger, nodeId });
  const bootstrap = await bootstrapFirstStart(database.db, {
    email: config.auth.adminEmail,
    password: config.auth.adminPassword,
  });

  const doors = createHttpDoors({ database, health, metrics, logger, trustProxy: config.accounts.trustProxy });
  const messageLog = createMessageLog({ spool, events });
  spool.start(); // every kind of spooled row has its writer now: replay, then keep writing
  await services.outage.reserveIds();
  const stopRefill = health.onUp(() =>
    services.outage.reserveIds().catch((err) => logger.warn({ err }, 'could not reserve transaction ids')),
  );
  const ocpp = createOcppServer({
    config: config.ocpp,
    services,
    messageLog,
    durability: spool,
    database: health,
    metrics,
    logger,
    nodeId,
  });
  doors.setOcppUpgrade(ocpp.handleUpgrade);
  // Commands go through the cluster: the local socket, or Redis to the node that holds the charger.
  gateway.bind(cluster.gateway(ocpp.gateway, config.ocpp.commandTimeoutMs));
  await cluster.start(database.db);
  const sweeper = startCommandSweeper({
    commands: services.commands,
    events,
    intervalMs: config.ocpp.sweepIntervalMs,
    onError: (err) => logger.error({ err }, 'command sweep failed'),
  });
  const schema = await createSchema();
  const graphql = await createGraphqlHandlers({
    schema,
    services,
    httpServer: doors.httpServer,
    wsServer: doors.graphqlWs,
    metrics,
    logger,
    limits: config.graphql,
    rateLimiter: cluster.rateLimiter({
      perSecond: config.graphql.rateLimitPerSecond,
      burst: config.graphql.rateLimitBurst,
    }),
    clientAddress: doors.clientAddress,
  });
  observeSubscriptions(metrics, events, graphql.subscriptions);
  doors.app.use(graphql.router);
  doors.app.use(oauthRouter(services));
  doors.app.use(exportRouter({ services, health, logger }));
  doors.app.use(dashboardRouter()); // last: its SPA fallback answers any other GET for HTML

  await new Promise<void>((resolve, reject) => {
    doors.httpServer.once('error', reject);
    // A reconnect storm lands thousands of connects in a second on a node still busy starting: Node's
    // default backlog (511) overflowed and the kernel reset connections (SYN cookies that failed).
    // The kernel caps this at net.core.somaxconn (4096 on current kernels).
    doors.httpServer.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG }, resolve);
  });
  const port = (doors.httpServer.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  // The lab's virtual chargers dial this server's own port over loopback when it listens on every interface.
  labRunner.setEndpoint(
    `ws://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host === '::' ? '[::1]' : config.host}:${port}/ocpp`,
  );

  const retention = { maxAgeDays: config.ocpp.messageRetentionDays, maxCount: config.ocpp.messageRetentionCount };
  const prune = () => pruneMessageLog(database.db, retention);
  const pruning = setInterval(
    () => prune().catch((err) => logger.error({ err }, 'message log retention failed')),
    RETENTION_EVERY_MS,
  ).unref();

  let stopping: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    port,
    nodeId,
    services,
    database,
    gateway,
    bootstrap,
    flush: async () => void (await Promise.all([spool.flush(), services.station.flush()])),
    flushWebhooks: webhooks.flush,
    subscriptionsServed: graphql.subscriptions.served,
    pruneMessageLog: prune,
    stop: () =>
      (stopping ??= (async () => {
        await sweeper.stop();
        await stopLimits();
        await services.lab.stopAll();
        stopBalancer();
        await services.loadBalancer.stop();
        await ocpp.close(); // chargers get 1001 Going Away
        await graphql.stop(); // drains HTTP and graphql-ws
        clearInterval(pruning);
        stopPricing();
        await services.sessionPricing.idle();
        await webhooks.stop();
        await services.station.flush();
        await spool.close(); // what PostgreSQL did not take in time stays on disk for the next start
        stopRefill();
        health.stop();
        await cluster.stop();
        await database.close();
      })()),
  };
}

const RETENTION_EVERY_MS = 10 * 60_000;
/** Connections the kernel queues for accept (see the listen call). */
const LISTEN_BACKLOG = 4096;

function ocppBase(config: Config): string {
  if (config.ocpp.publicUrl) return config.ocpp.publicUrl.replace(/\/$/, '');
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return `ws://${host}:${config.port}/ocpp`;
}
