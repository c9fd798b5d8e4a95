import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createDatabase, type Database } from './db/client.js';
import { migrate } from './db/migrate.js';
import { createTokenSigner } from './domain/auth/tokens.js';
import type { ChargerGateway } from './domain/gateway.js';
import { createStationService } from './domain/chargers/station.service.js';
import { createMessageLog } from './domain/ocpp-log/message-log.js';
import { createServices, type Services } from './domain/services.js';
import { bootstrapFirstStart, type BootstrapResult } from './domain/tenancy/bootstrap.js';
import { createCluster } from './cluster/cluster.js';
import { createGraphqlHandlers } from './http/graphql.js';
import { createMetrics, observeEventBus } from './http/metrics.js';
import { createHttpDoors } from './http/server.js';
import { oauthRouter } from './http/oauth.js';
import { createSchema } from './graphql/schema.js';
import { loadOrCreateJwtSecret } from './jwt-secret.js';
import { createOcppServer } from './ocpp/server.js';

export interface App {
  url: string;
  port: number;
  services: Services;
  database: Database;
  /** Commands to chargers, routed across nodes when REDIS_URL is set. */
  gateway: ChargerGateway;
  bootstrap: BootstrapResult;
  /** Writes pending batches (message log); tests call it before reading the log. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds every layer from config and listens. `main.ts` and the test kit both call this. */
export async function startApp(config: Config, logger: Logger): Promise<App> {
  const database = await createDatabase(config.database);
  await migrate(database, config.database.kind === 'postgres' ? config.database.url : undefined);
  const nodeId = randomUUID();
  const cluster = await createCluster({ nodeId, redisUrl: config.redisUrl, redisPrefix: config.redisKeyPrefix, presenceTtlSeconds: config.presenceTtlSeconds, logger });
  const { events } = cluster;
  const metrics = createMetrics();
  observeEventBus(metrics, events);
  const signer = createTokenSigner(config.auth.jwtSecret ?? loadOrCreateJwtSecret(config.dataDir), config.auth.jwtTtlSeconds);
  const services = createServices({
    db: database.db,
    events,
    signer,
    refreshTtlSeconds: config.auth.refreshTokenTtlSeconds,
    inviteTtlSeconds: config.auth.inviteTtlSeconds,
    loginThrottle: {
      maxFailuresPerEmail: config.auth.loginMaxFailures,
      maxFailuresPerAddress: config.auth.loginMaxFailuresPerAddress,
      windowSeconds: config.auth.loginFailureWindowSeconds,
    },
    ocppPublicBase: ocppBase(config),
  });
  const stopPricing = services.sessionPricing.listen((err) => logger.error({ err }, 'session pricing failed'));
  const bootstrap = await bootstrapFirstStart(database.db, { email: config.auth.adminEmail, password: config.auth.adminPassword });

  const doors = createHttpDoors({ database, metrics, logger });
  const messageLog = createMessageLog({ db: database.db, events, onError: (err) => logger.error({ err }, 'message log write failed') });
  const station = createStationService({ db: database.db, events });
  const ocpp = createOcppServer({ config: config.ocpp, services, station, messageLog, metrics, logger, nodeId });
  doors.setOcppUpgrade(ocpp.handleUpgrade);
  const gateway = cluster.gateway(ocpp.gateway, config.ocpp.commandTimeoutMs);
  await cluster.start(database.db);
  const schema = await createSchema();
  const graphql = await createGraphqlHandlers({
    schema,
    services,
    httpServer: doors.httpServer,
    wsServer: doors.graphqlWs,
    metrics,
    logger,
    limits: config.graphql,
  });
  doors.app.use(graphql.router);
  doors.app.use(oauthRouter(services));

  await new Promise<void>((resolve, reject) => {
    doors.httpServer.once('error', reject);
    doors.httpServer.listen(config.port, config.host, resolve);
  });
  const port = (doors.httpServer.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  let stopping: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    port,
    services,
    database,
    gateway,
    bootstrap,
    flush: () => messageLog.flush(),
    stop: () =>
      (stopping ??= (async () => {
        await ocpp.close(); // chargers get 1001 Going Away
        await graphql.stop(); // drains HTTP and graphql-ws
        stopPricing();
        await services.sessionPricing.idle();
        await messageLog.flush();
        await cluster.stop();
        await database.close();
      })()),
  };
}

function ocppBase(config: Config): string {
  if (config.ocpp.publicUrl) return config.ocpp.publicUrl.replace(/\/$/, '');
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return `ws://${host}:${config.port}/ocpp`;
}
