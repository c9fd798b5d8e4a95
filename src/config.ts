import { z } from 'zod';
import { accountsConfig, accountsEnv, type AccountsConfig } from './config-accounts.js';
import { webhookConfig, webhookConfigProblems, webhookEnv, type WebhookConfig } from './config-webhooks.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const optionalUrl = (protocols: string[], prepare: (v: string) => string = (v) => v) =>
  z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || isUrlWith(prepare(v), protocols), {
      message: `must be a URL starting with ${protocols.map((p) => p + '//').join(' or ')}`,
    })
    .transform((v) => (v ? v : undefined));

function isUrlWith(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const envSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  // Unset: embedded PGlite under DATA_DIR. 'memory': a throwaway PGlite database.
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => !v || v === 'memory' || isUrlWith(v, ['postgres:', 'postgresql:']), {
      message: "must be a postgres:// URL, 'memory', or unset for the embedded database",
    }),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  DATABASE_PREPARED_STATEMENTS: z.enum(['true', 'false']).default('true'),
  DATA_DIR: z.string().min(1).default('./data'),
  REDIS_URL: optionalUrl(['redis:', 'rediss:']),
  PRESENCE_TTL_SECONDS: positiveInt.default(15),
  REDIS_KEY_PREFIX: z.string().min(1).default('chargeql:'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_TTL_SECONDS: positiveInt.default(900),
  REFRESH_TOKEN_TTL_SECONDS: positiveInt.default(30 * 24 * 3600),
  ADMIN_EMAIL: z.string().email().default('admin@example.com'),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  PUBLIC_URL: optionalUrl(['http:', 'https:']),
  // `{slug}` in the URL gives host-style tenant URLs (wss://{slug}.example.com/ocpp); without it, path style.
  OCPP_PUBLIC_URL: optionalUrl(['ws:', 'wss:'], (v) => v.replaceAll('{slug}', 'slug')),
  OCPP_HEARTBEAT_INTERVAL_SECONDS: positiveInt.default(300),
  OCPP_MAX_FRAME_BYTES: positiveInt.default(64 * 1024),
  OCPP_COMMAND_TIMEOUT_MS: positiveInt.default(30_000),
  // A PENDING remote start fails after the charger's own wait for the cable (1.6 ConnectionTimeOut,
  // 2.0.1 TxCtrlr.EVConnectionTimeOut), or this when unknown.
  OCPP_REMOTE_START_TIMEOUT_SECONDS: positiveInt.default(60),
  // How often expired reservations and stale PENDING sessions are swept.
  OCPP_SWEEP_INTERVAL_MS: positiveInt.default(5000),
  // How often the handshake cache reads chargers changed since (a new password is seen within this).
  OCPP_HANDSHAKE_CACHE_REFRESH_MS: positiveInt.default(10_000),
  OCPP_PING_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(60),
  OCPP_MAX_BAD_MESSAGES: positiveInt.default(20),
  OCPP_MESSAGE_RETENTION_DAYS: positiveInt.default(30),
  OCPP_MESSAGE_RETENTION_COUNT: positiveInt.default(1_000_000),
  OCPP_RECONNECTS_FREE_PER_MINUTE: positiveInt.default(20),
  OCPP_RECONNECT_MAX_DELAY_SECONDS: positiveInt.default(30),
  OCPP_MAX_CONCURRENT_HANDSHAKES: positiveInt.default(5),
  // CALLs per charger: beyond the burst, at most this many a second; the excess gets a CALLERROR.
  // Generous: a charger replaying its offline queue sends hundreds at once.
  OCPP_RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(50),
  OCPP_RATE_LIMIT_BURST: positiveInt.default(500),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).default('true'),
  GRAPHQL_MAX_DEPTH: positiveInt.default(12),
  GRAPHQL_MAX_COST: positiveInt.default(50_000),
  GRAPHQL_MAX_ALIASES: positiveInt.default(30),
  GRAPHQL_MAX_QUERY_BYTES: positiveInt.default(32 * 1024),
  GRAPHQL_RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(100),
  GRAPHQL_RATE_LIMIT_BURST: positiveInt.default(200),
  // Identical subscriptions share one execution (src/http/shared-subscriptions.ts); false for a baseline.
  GRAPHQL_SHARED_SUBSCRIPTIONS: z.enum(['true', 'false']).default('true'),
  LOGIN_MAX_FAILURES: positiveInt.default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: positiveInt.default(50),
  LOGIN_FAILURE_WINDOW_SECONDS: positiveInt.default(900),
  INVITE_TTL_SECONDS: positiveInt.default(7 * 24 * 3600),
  // Rows answered for but not yet in PostgreSQL (a database outage): past this, data CALLs get InternalError.
  SPOOL_MAX_BYTES: positiveInt.default(512 * 1024 * 1024),
  ...webhookEnv,
  ...accountsEnv,
  // How long spooled rows wait to be written to PostgreSQL together (sooner when 500 are waiting).
  SPOOL_FLUSH_EVERY_MS: positiveInt.default(100),
  // `false` answers chargers without waiting for the disk (a crash then loses what the OS had not
  // written), `memory` does not even write the file (rows wait in memory for PostgreSQL, as before the
  // spool): only for measuring what the spool costs (npm run bench:spool), never in production.
  SPOOL_FSYNC: z.enum(['true', 'false', 'memory']).default('true'),
});

export type Env = Record<string, string | undefined>;

export interface Config {
  port: number;
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  dataDir: string;
  publicUrl: string | undefined;
  database:
    | {
        kind: 'postgres';
        url: string;
        poolSize: number;
        /** Named prepared statements (db/prepared.ts); default true. */
        preparedStatements?: boolean;
      }
    | { kind: 'pglite'; dataDir: string | undefined /* undefined = in memory */ };
  redisUrl: string | undefined;
  /** How long a dead node's chargers keep showing online (with REDIS_URL). */
  presenceTtlSeconds: number;
  redisKeyPrefix: string;
  auth: {
    jwtSecret: string | undefined; // undefined: generated once and kept in DATA_DIR
    jwtTtlSeconds: number;
    refreshTokenTtlSeconds: number;
    adminEmail: string;
    adminPassword: string | undefined;
    /** Failed logins allowed per email, and per client address, within the window. */
    loginMaxFailures: number;
    loginMaxFailuresPerAddress: number;
    loginFailureWindowSeconds: number;
    inviteTtlSeconds: number;
  };
  ocpp: {
    publicUrl: string | undefined;
    heartbeatIntervalSeconds: number;
    maxFrameBytes: number;
    commandTimeoutMs: number;
    remoteStartTimeoutSeconds: number;
    sweepIntervalMs: number;
    pingIntervalSeconds: number;
    maxBadMessages: number;
    messageRetentionDays: number;
    messageRetentionCount: number;
    /** Reconnect storms: connections a charger may make within a minute before it must back off... */
    reconnectsFreePerMinute: number;
    /** ...with a wait (HTTP 429 meanwhile) doubling from 1 s up to this. */
    reconnectMaxDelaySeconds: number;
    /** Handshake lookups querying the database at once (each batches the handshakes waiting); the rest wait in line. */
    maxConcurrentHandshakes: number;
    /** How often the handshake cache (for reconnects during a database outage) reads the chargers changed since. */
    handshakeCacheRefreshMs: number;
    /** Token bucket of CALLs per charger (OCPP_RATE_LIMIT_*). */
    rateLimit: { perSecond: number; burst: number };
  };
  graphql: GraphqlLimits;
  /** The local durable spool (db/spool/): what chargers are answered for, on disk before the answer. */
  spool: { dir: string; maxBytes: number; flushEveryMs: number; fsync: boolean; file: boolean };
  webhooks: WebhookConfig;
  accounts: AccountsConfig;
}

export interface GraphqlLimits {
  introspection: boolean;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxQueryBytes: number;
  /** Per token (or per address without one): a token bucket. */
  rateLimitPerSecond: number;
  rateLimitBurst: number;
  /** Identical subscriptions (document, variables, Scope) executed once per event for all their subscribers. */
  sharedSubscriptions: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates every variable at once; throws ConfigError listing all problems. */
export function loadConfig(env: Env): Config {
  // Empty strings mean "unset" (docker-compose and shells often pass VAR= ).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        const shown = env[name] === undefined ? '' : ` (got ${JSON.stringify(env[name])})`;
        return `${name}: ${i.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  const problems = webhookConfigProblems(e);
  if (problems.length) throw new ConfigError(problems);
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    dataDir: e.DATA_DIR,
    publicUrl: e.PUBLIC_URL,
    database:
      e.DATABASE_URL && e.DATABASE_URL !== 'memory'
        ? {
            kind: 'postgres',
            url: e.DATABASE_URL,
            poolSize: e.DATABASE_POOL_SIZE,
            preparedStatements: e.DATABASE_PREPARED_STATEMENTS === 'true',
          }
        : { kind: 'pglite', dataDir: e.DATABASE_URL === 'memory' ? undefined : `${e.DATA_DIR}/pglite` },
    redisUrl: e.REDIS_URL,
    presenceTtlSeconds: e.PRESENCE_TTL_SECONDS,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    auth: {
      jwtSecret: e.JWT_SECRET,
      jwtTtlSeconds: e.JWT_TTL_SECONDS,
      refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL_SECONDS,
      adminEmail: e.ADMIN_EMAIL,
      adminPassword: e.ADMIN_PASSWORD,
      loginMaxFailures: e.LOGIN_MAX_FAILURES,
      loginMaxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
      loginFailureWindowSeconds: e.LOGIN_FAILURE_WINDOW_SECONDS,
      inviteTtlSeconds: e.INVITE_TTL_SECONDS,
    },
    ocpp: {
      publicUrl: e.OCPP_PUBLIC_URL,
      heartbeatIntervalSeconds: e.OCPP_HEARTBEAT_INTERVAL_SECONDS,
      maxFrameBytes: e.OCPP_MAX_FRAME_BYTES,
      commandTimeoutMs: e.OCPP_COMMAND_TIMEOUT_MS,
      remoteStartTimeoutSeconds: e.OCPP_REMOTE_START_TIMEOUT_SECONDS,
      sweepIntervalMs: e.OCPP_SWEEP_INTERVAL_MS,
      pingIntervalSeconds: e.OCPP_PING_INTERVAL_SECONDS,
      maxBadMessages: e.OCPP_MAX_BAD_MESSAGES,
      messageRetentionDays: e.OCPP_MESSAGE_RETENTION_DAYS,
      messageRetentionCount: e.OCPP_MESSAGE_RETENTION_COUNT,
      reconnectsFreePerMinute: e.OCPP_RECONNECTS_FREE_PER_MINUTE,
      reconnectMaxDelaySeconds: e.OCPP_RECONNECT_MAX_DELAY_SECONDS,
      maxConcurrentHandshakes: e.OCPP_MAX_CONCURRENT_HANDSHAKES,
      handshakeCacheRefreshMs: e.OCPP_HANDSHAKE_CACHE_REFRESH_MS,
      rateLimit: { perSecond: e.OCPP_RATE_LIMIT_PER_SECOND, burst: e.OCPP_RATE_LIMIT_BURST },
    },
    graphql: {
      introspection: e.GRAPHQL_INTROSPECTION === 'true',
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxQueryBytes: e.GRAPHQL_MAX_QUERY_BYTES,
      rateLimitPerSecond: e.GRAPHQL_RATE_LIMIT_PER_SECOND,
      rateLimitBurst: e.GRAPHQL_RATE_LIMIT_BURST,
      sharedSubscriptions: e.GRAPHQL_SHARED_SUBSCRIPTIONS === 'true',
    },
    spool: {
      dir: `${e.DATA_DIR}/spool`,
      maxBytes: e.SPOOL_MAX_BYTES,
      flushEveryMs: e.SPOOL_FLUSH_EVERY_MS,
      fsync: e.SPOOL_FSYNC === 'true',
      file: e.SPOOL_FSYNC !== 'memory',
    },
    webhooks: webhookConfig(e),
    accounts: accountsConfig(e),
  };
}
