import { pino } from 'pino';
import { startApp, type App } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { testDatabase } from './database.js';
import { createGqlClient, type GqlClient } from './gql.js';

export const ADMIN = { email: 'admin@example.com', password: 'admin-password-1' };

export interface TestServer {
  app: App;
  url: string;
  ocppUrl: string;
  wsUrl: string;
  /** A GraphQL client signed in as the first-start platform admin. */
  admin: GqlClient;
  /** A GraphQL client with no credentials. */
  anonymous: GqlClient;
  stop(): Promise<void>;
}

/** Starts a real server on port 0 with its own database. Env overrides go through loadConfig. */
export async function startServer(env: Record<string, string> = {}, mutate?: (c: Config) => void): Promise<TestServer> {
  const db = await testDatabase();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  config.database = db.config;
  mutate?.(config);
  const app = await startApp(config, pino({ level: config.logLevel }));
  const anonymous = createGqlClient(`${app.url}/graphql`);
  const admin = await anonymous.signIn(ADMIN.email, ADMIN.password);
  return {
    app,
    url: app.url,
    ocppUrl: `${app.url.replace(/^http/, 'ws')}/ocpp`,
    wsUrl: `${app.url.replace(/^http/, 'ws')}/graphql`,
    admin,
    anonymous,
    async stop() {
      await app.stop();
      await db.drop();
    },
  };
}
