import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createDatabase, type Database } from './db/client.js';
import { migrate } from './db/migrate.js';
import { createTokenSigner } from './domain/auth/tokens.js';
import { createStationService } from './domain/chargers/station.service.js';
import { createMessageLog } from './domain/ocpp-log/message-log.js';
import { createServices, type Services } from './domain/services.js';
import { bootstrapFirstStart, type BootstrapResult } from './domain/tenancy/bootstrap.js';
import { createEventBus } from './events/bus.js';
import { createGraphqlHandlers } from './http/graphql.js';
import { createMetrics } from './http/metrics.js';
import { createHttpDoors } from './http/server.js';
import { createSchema } from './graphql/schema.js';
import { loadOrCreateJwtSecret } from './jwt-secret.js';
import { createOcppServer } from './ocpp/server.js';
import { createLabRunner } from './lab/runner.js';

export interface App {
  url: string;
  port: number;
  services: Services;
  database: Database;
  bootstrap: BootstrapResult;
  /** Writes pending batches (message log); tests call it before reading the log. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds every layer from config and listens. `main.ts` and the test kit both call this. */
export async function startApp(config: Config, logger: Logger): Promise<App> {
  const database = await createDatabase(config.database);
  await migrate(database, config.database.kind === 'postgres' ? config.database.url : undefined);
  const events = createEventBus();
  const metrics = createMetrics();
  const signer = createTokenSigner(config.auth.jwtSecret ?? loadOrCreateJwtSecret(config.dataDir), config.auth.jwtTtlSeconds);
  const labRunner = createLabRunner(logger);
  const services = createServices({
    db: database.db,
    events,
    signer,
    refreshTtlSeconds: config.auth.refreshTokenTtlSeconds,
    ocppPublicUrl: (slug) => `${ocppBase(config)}/${slug}`,
    labRunner,
  });
  const bootstrap = await bootstrapFirstStart(database.db, { email: config.auth.adminEmail, password: config.auth.adminPassword });

  const doors = createHttpDoors({ database, metrics, logger });
  const messageLog = createMessageLog({ db: database.db, events, onError: (err) => logger.error({ err }, 'message log write failed') });
  const station = createStationService({ db: database.db, events });
  const ocpp = createOcppServer({ config: config.ocpp, services, station, messageLog, metrics, logger, nodeId: randomUUID() });
  doors.setOcppUpgrade(ocpp.handleUpgrade);
  const schema = await createSchema();
  const graphql = await createGraphqlHandlers({
    schema,
    services,
    httpServer: doors.httpServer,
    wsServer: doors.graphqlWs,
    metrics,
    logger,
    introspection: config.graphql.introspection,
  });
  doors.app.use(graphql.router);

  await new Promise<void>((resolve, reject) => {
    doors.httpServer.once('error', reject);
    doors.httpServer.listen(config.port, config.host, resolve);
  });
  const port = (doors.httpServer.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  // The lab's virtual chargers dial this server's own port over loopback when it listens on every interface.
  labRunner.setEndpoint(`ws://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host === '::' ? '[::1]' : config.host}:${port}/ocpp`);

  let stopping: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}`,
    port,
    services,
    database,
    bootstrap,
    flush: () => messageLog.flush(),
    stop: () =>
      (stopping ??= (async () => {
        await services.lab.stopAll();
        await ocpp.close(); // chargers get 1001 Going Away
        await graphql.stop(); // drains HTTP and graphql-ws
        await messageLog.flush();
        await database.close();
      })()),
  };
}

function ocppBase(config: Config): string {
  if (config.ocpp.publicUrl) return config.ocpp.publicUrl.replace(/\/$/, '');
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return `ws://${host}:${config.port}/ocpp`;
}
