import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/logger.js';
import { startApp, type App } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { testDatabase } from './database.js';
import { createGqlClient, type GqlClient } from './gql.js';
import { subscribe, type Subscription } from './subscribe.js';

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
  /** Subscribes over graphql-ws (as the admin unless a token is given) and waits until the server is listening. */
  subscribe<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<Subscription<T>>;
  stop(): Promise<void>;
}

/** Starts a real server on port 0 with its own database. Env overrides go through loadConfig. */
export async function startServer(env: Record<string, string> = {}, mutate?: (c: Config) => void): Promise<TestServer> {
  const db = await testDatabase();
  const server = await startServerOn(db.config, env, mutate);
  return { ...server, stop: async () => (await server.stop(), await db.drop()) };
}

/** Starts a server on a database someone else owns (several nodes sharing one, say). */
export async function startServerOn(
  database: Config['database'],
  env: Record<string, string> = {},
  mutate?: (c: Config) => void,
): Promise<TestServer> {
  // Each node its own DATA_DIR (its spool) unless the test keeps one across a restart.
  const ownDataDir = env.DATA_DIR ? null : mkdtempSync(join(tmpdir(), 'chargeql-node-'));
  const config = loadConfig({
    DATA_DIR: ownDataDir ?? env.DATA_DIR!,
    PORT: '0',
    HOST: '127.0.0.1',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  config.database = database;
  mutate?.(config);
  const app = await startApp(config, createLogger(config.logLevel));
  const anonymous = createGqlClient(`${app.url}/graphql`);
  const admin = await anonymous.signIn(ADMIN.email, ADMIN.password);
  const wsUrl = `${app.url.replace(/^http/, 'ws')}/graphql`;
  return {
    app,
    url: app.url,
    ocppUrl: `${app.url.replace(/^http/, 'ws')}/ocpp`,
    wsUrl,
    admin,
    anonymous,
    async subscribe(query, variables, token = admin.token) {
      const before = app.subscriptionsServed();
      const sub = await subscribe(wsUrl, token, query, variables);
      const deadline = Date.now() + 5000;
      while (app.subscriptionsServed() <= before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      return sub;
    },
    stop: async () => {
      await app.stop();
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}
