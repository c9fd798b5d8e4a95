import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();
const seconds = z.coerce.number().positive();

// Standard Webhooks' schedule: after the first attempt, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (~27 h in all).
const STANDARD_RETRY_SCHEDULE = '5,300,1800,7200,18000,36000,36000';

/** WEBHOOK_* variables: outbound event delivery and the external authorizer. */
export const webhookEnv = {
  // Lets endpoints (and authorizers) reach loopback/private addresses and plain http: development and tests only.
  WEBHOOK_ALLOW_PRIVATE_URLS: z.enum(['true', 'false']).default('false'),
  WEBHOOK_TIMEOUT_MS: positiveInt.default(15_000),
  // Seconds to wait before each retry, comma-separated; the delivery fails for good after the last.
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .default(STANDARD_RETRY_SCHEDULE)
    .refine(
      (v) => v.split(',').every((p) => Number(p) > 0),
      'must be comma-separated positive seconds, e.g. 5,300,1800',
    ),
  // An endpoint failing without a single success this long is disabled (default 5 days).
  WEBHOOK_DISABLE_AFTER_SECONDS: seconds.default(5 * 24 * 3600),
  WEBHOOK_CONCURRENCY: positiveInt.default(64),
  WEBHOOK_CONCURRENCY_PER_ENDPOINT: positiveInt.default(4),
  WEBHOOK_POLL_INTERVAL_MS: positiveInt.default(1000),
  // At most one session.updated per session this often (started/ended always go out).
  WEBHOOK_SESSION_UPDATE_INTERVAL_SECONDS: z.coerce.number().min(0).default(60),
  // meter_values.received batches a charger's readings over this window.
  WEBHOOK_METER_BATCH_SECONDS: z.coerce.number().min(0).default(10),
  WEBHOOK_SECRET_ROTATION_OVERLAP_SECONDS: seconds.default(24 * 3600),
  // How long a claimed delivery stays with its node: a node that dies mid-delivery hands it to another
  // node after this. Default: twice the timeout plus 5 s. Must exceed the timeout, or a live node's slow
  // attempt would be taken over and sent twice.
  WEBHOOK_LEASE_SECONDS: seconds.optional(),
  WEBHOOK_WORKER: z.enum(['true', 'false']).default('true'),
};

export interface WebhookConfig {
  allowPrivateUrls: boolean;
  timeoutMs: number;
  /** Delay before retry n (seconds). */
  retryScheduleSeconds: number[];
  disableAfterSeconds: number;
  concurrency: number;
  concurrencyPerEndpoint: number;
  pollIntervalMs: number;
  sessionUpdateIntervalSeconds: number;
  meterBatchSeconds: number;
  rotationOverlapSeconds: number;
  /** How long a claim lasts before another node may take the delivery over. */
  leaseMs: number;
  /** false: this node records events but leaves delivering them to other nodes. */
  worker: boolean;
}

type WebhookEnv = z.infer<z.ZodObject<typeof webhookEnv>>;

export function webhookConfig(e: WebhookEnv): WebhookConfig {
  return {
    allowPrivateUrls: e.WEBHOOK_ALLOW_PRIVATE_URLS === 'true',
    timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    retryScheduleSeconds: e.WEBHOOK_RETRY_SCHEDULE.split(',').map(Number),
    disableAfterSeconds: e.WEBHOOK_DISABLE_AFTER_SECONDS,
    concurrency: e.WEBHOOK_CONCURRENCY,
    concurrencyPerEndpoint: e.WEBHOOK_CONCURRENCY_PER_ENDPOINT,
    pollIntervalMs: e.WEBHOOK_POLL_INTERVAL_MS,
    sessionUpdateIntervalSeconds: e.WEBHOOK_SESSION_UPDATE_INTERVAL_SECONDS,
    meterBatchSeconds: e.WEBHOOK_METER_BATCH_SECONDS,
    rotationOverlapSeconds: e.WEBHOOK_SECRET_ROTATION_OVERLAP_SECONDS,
    leaseMs: e.WEBHOOK_LEASE_SECONDS ? e.WEBHOOK_LEASE_SECONDS * 1000 : e.WEBHOOK_TIMEOUT_MS * 2 + 5000,
    worker: e.WEBHOOK_WORKER === 'true',
  };
}

/** Problems between WEBHOOK_* variables (each alone is valid). */
export function webhookConfigProblems(e: WebhookEnv): string[] {
  if (e.WEBHOOK_LEASE_SECONDS !== undefined && e.WEBHOOK_LEASE_SECONDS * 1000 <= e.WEBHOOK_TIMEOUT_MS + 1000)
    return [
      `WEBHOOK_LEASE_SECONDS: must exceed WEBHOOK_TIMEOUT_MS by more than a second (got ${e.WEBHOOK_LEASE_SECONDS} s against a ${e.WEBHOOK_TIMEOUT_MS} ms timeout)`,
    ];
  return [];
}
