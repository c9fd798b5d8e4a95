import type { Logger } from 'pino';
import type { WebhookConfig } from '../config-webhooks.js';
import type { AttemptResult, ClaimedDelivery, OutboxRepository } from '../domain/webhooks/outbox.repository.js';
import { guardedPost, type PostResult } from './http-post.js';
import type { WebhookMetrics } from './metrics.js';
import { webhookHeaders } from './signing.js';

const EXCERPT_BYTES = 1024;

/** What to do after an attempt (pure, so the rules read in one place). */
export function verdictOf(
  result: Pick<PostResult, 'statusCode'>,
  attempts: number,
  scheduleSeconds: number[],
  now = new Date(),
): { kind: 'delivered' } | { kind: 'gone' } | { kind: 'retry'; at: Date } | { kind: 'failed' } {
  const code = result.statusCode;
  if (code !== null && code >= 200 && code < 300) return { kind: 'delivered' };
  // 410 Gone: the receiver says this endpoint no longer exists (Standard Webhooks: disable it).
  if (code === 410) return { kind: 'gone' };
  // Everything else (429, 5xx, 4xx, 3xx as no redirect is followed, timeouts, refusals) is retried.
  const delay = scheduleSeconds[attempts - 1];
  return delay === undefined ? { kind: 'failed' } : { kind: 'retry', at: new Date(now.getTime() + delay * 1000) };
}

/**
 * Delivers the outbox. Several nodes may run it: rows are claimed with SKIP LOCKED and a lease,
 * so each delivery is attempted by one node at a time and a dead node's claims come back when
 * their lease runs out. Concurrency is bounded overall and per endpoint, so a slow receiver
 * holds only its own slots; OCPP handling never waits for any of it.
 */
export function createWebhookWorker(deps: {
  outbox: OutboxRepository;
  config: WebhookConfig;
  node: string;
  metrics: WebhookMetrics | null;
  logger: Logger;
}) {
  const { outbox, config, node } = deps;
  const policy = { allowPrivate: config.allowPrivateUrls };
  // Longer than any attempt can take (checked in config), so a lease never runs out under a live node.
  const { leaseMs } = config;
  const inFlight = new Map<string, Set<string>>(); // endpoint -> delivery ids
  let total = 0;
  let stopping = false;
  let polling: Promise<void> | null = null;
  let again = false;
  const abort = new AbortController();
  const lastSuccessWrite = new Map<string, number>();

  async function attempt({ delivery, endpoint }: ClaimedDelivery): Promise<void> {
    const body = JSON.stringify(delivery.payload);
    const secrets = [endpoint.secret];
    if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date())
      secrets.push(endpoint.previousSecret);
    const result = await guardedPost(endpoint.url, webhookHeaders(secrets, delivery.eventId, body), body, {
      timeoutMs: config.timeoutMs,
      policy,
      maxBodyBytes: EXCERPT_BYTES,
      signal: abort.signal,
    });
    if (abort.signal.aborted && result.statusCode === null) {
      await outbox.release([delivery.id], node);
      deps.metrics?.attempts.inc({ outcome: 'released' });
      return;
    }
    deps.metrics?.latency.observe(result.latencyMs / 1000);
    const attemptResult: AttemptResult = {
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      error: result.error,
      responseExcerpt: result.body ? result.body.slice(0, 500) : null,
    };
    const verdict = verdictOf(result, delivery.attempts, config.retryScheduleSeconds);
    deps.metrics?.attempts.inc({ outcome: verdict.kind });
    if (verdict.kind === 'delivered') {
      await outbox.delivered(delivery.id, node, attemptResult);
      await succeeded(endpoint.id, endpoint.failingSince);
      return;
    }
    await outbox.failed(delivery.id, node, attemptResult, verdict.kind === 'retry' ? verdict.at : null);
    if (verdict.kind === 'gone') return outbox.disableEndpoint(endpoint.id, 'The receiver answered 410 Gone');
    const since = await outbox.endpointFailed(endpoint.id);
    if (Date.now() - since.getTime() >= config.disableAfterSeconds * 1000)
      await outbox.disableEndpoint(endpoint.id, `Failing since ${since.toISOString()} without a successful delivery`);
  }

  // The endpoint's health row is written when it was failing, and otherwise at most once a minute.
  async function succeeded(endpointId: string, failingSince: Date | null): Promise<void> {
    const last = lastSuccessWrite.get(endpointId) ?? 0;
    if (!failingSince && Date.now() - last < 60_000) return;
    lastSuccessWrite.set(endpointId, Date.now());
    await outbox.endpointSucceeded(endpointId);
  }

  function start(claimed: ClaimedDelivery): void {
    const endpointId = claimed.endpoint.id;
    let set = inFlight.get(endpointId);
    if (!set) inFlight.set(endpointId, (set = new Set()));
    set.add(claimed.delivery.id);
    total++;
    void attempt(claimed)
      .catch((err) => deps.logger.error({ err, deliveryId: claimed.delivery.id }, 'webhook delivery failed to record'))
      .finally(() => {
        set.delete(claimed.delivery.id);
        if (!set.size) inFlight.delete(endpointId);
        total--;
        soon();
      });
  }

  async function claimRound(): Promise<void> {
    const limit = config.concurrency - total;
    if (limit <= 0 || stopping) return;
    const free: Record<string, number> = {};
    for (const [endpointId, set] of inFlight) free[endpointId] = Math.max(0, config.concurrencyPerEndpoint - set.size);
    const claimed = await outbox.claim({ node, limit, perEndpoint: config.concurrencyPerEndpoint, free, leaseMs });
    for (const c of claimed) start(c);
    // A full batch: more may be due at once.
    if (claimed.length === limit) again = true;
  }

  // Deliveries finishing within a few ms share one claim: a claim statement per batch, not per delivery.
  let soonTimer: NodeJS.Timeout | null = null;
  function soon(): void {
    soonTimer ??= setTimeout(() => {
      soonTimer = null;
      poll();
    }, 5);
  }

  /** Claims what is due now; calls while a claim runs make it run once more afterwards. */
  function poll(): void {
    if (stopping) return;
    if (polling) {
      again = true;
      return;
    }
    polling = (async () => {
      do {
        again = false;
        try {
          await claimRound();
        } catch (err) {
          deps.logger.error({ err }, 'webhook claim failed');
        }
      } while (again && !stopping);
      polling = null;
    })();
  }

  const timer = setInterval(poll, config.pollIntervalMs);
  timer.unref();
  poll();

  return {
    /** Something was just written to the outbox: look now rather than at the next tick. */
    nudge: poll,
    inFlight: () => total,
    /** Stops claiming; attempts under way are cut short and handed back (due again at once). */
    async stop(): Promise<void> {
      stopping = true;
      clearInterval(timer);
      if (soonTimer) clearTimeout(soonTimer);
      await polling;
      abort.abort();
      while (total > 0) await new Promise((r) => setTimeout(r, 10));
    },
  };
}

export type WebhookWorker = ReturnType<typeof createWebhookWorker>;
