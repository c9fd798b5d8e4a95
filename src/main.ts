import 'reflect-metadata';
import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';

// The only place that reads process.env.
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`chargeql: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  // A stray rejection (a database connection dropped under a batched write, say) is logged, not fatal:
  // one lost background write must not take every charger on this node offline.
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled promise rejection'));
  let app;
  try {
    app = await startApp(config, logger);
  } catch (err) {
    process.stderr.write(`chargeql: could not start: ${describeStartError(err)}\n`);
    process.exit(1);
  }
  const db =
    config.database.kind === 'postgres'
      ? 'PostgreSQL'
      : config.database.dataDir
        ? `embedded PGlite in ${config.database.dataDir}`
        : 'embedded PGlite in memory';
  logger.info(`ChargeQL is up on ${db} (node ${app.nodeId})`);
  logger.info(`Dashboard ${app.url}/  (open it in a browser)`);
  logger.info(`GraphQL   ${app.url}/graphql  (GraphiQL: open it in a browser)`);
  logger.info(`OCPP 1.6  ${app.url.replace(/^http/, 'ws')}/ocpp/{chargePointId}`);
  if (app.bootstrap.created) {
    logger.info(`First start: created tenant "demo" and admin ${app.bootstrap.adminEmail}`);
    if (app.bootstrap.generatedPassword) {
      process.stdout.write(`\n  Admin password (shown once): ${app.bootstrap.generatedPassword}\n\n`);
    }
  }
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await app.stop();
    clearTimeout(force);
    process.exit(0);
  };
  // `on`, not `once`: signal-exit (a dependency) re-raises a signal when no other listener remains.
  let shuttingDown = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (!shuttingDown) void shutdown(signal);
      shuttingDown = true;
    });
  }
}

function describeStartError(err: unknown): string {
  const e = err as { code?: string; message?: string; cause?: { message?: string } };
  if (e?.code === 'EADDRINUSE') return `the port is already in use (${e.message})`;
  if (e?.code === 'ECONNREFUSED') return `cannot reach the database (${e.message})`;
  return e?.message ?? String(err);
}

void main();
