import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

const BACKLOG_WAIT_MS = 1000;

/** Webhook figures in /metrics: outcomes and latency of this node's attempts, and the shared backlog. */
export function createWebhookMetrics(
  registry: Registry,
  readBacklog: () => Promise<{ pending: number; oldestDueSeconds: number }>,
  inFlight: () => number,
) {
  // One read per scrape for both gauges, and never a scrape that waits on the database: while it is
  // unreachable (when /metrics matters most) the last figures are shown after at most a second.
  let last = { pending: NaN, oldestDueSeconds: NaN };
  let reading: Promise<typeof last> | null = null;
  const backlog = () =>
    (reading ??= Promise.race([
      readBacklog().then((b) => (last = b)),
      new Promise<typeof last>((resolve) => setTimeout(() => resolve(last), BACKLOG_WAIT_MS).unref()),
    ])
      .catch(() => last)
      .finally(() => setTimeout(() => (reading = null), BACKLOG_WAIT_MS).unref()));
  new Gauge({
    name: 'chargeql_webhook_backlog',
    help: 'Webhook deliveries waiting to be sent or retried (all nodes, enabled endpoints)',
    registers: [registry],
    async collect() {
      this.set((await backlog()).pending);
    },
  });
  new Gauge({
    name: 'chargeql_webhook_oldest_due_seconds',
    help: 'How long the oldest due webhook delivery has been waiting',
    registers: [registry],
    async collect() {
      this.set((await backlog()).oldestDueSeconds);
    },
  });
  new Gauge({
    name: 'chargeql_webhook_in_flight',
    help: 'Webhook deliveries this node is sending right now',
    registers: [registry],
    collect() {
      this.set(inFlight());
    },
  });
  return {
    attempts: new Counter({
      name: 'chargeql_webhook_deliveries_total',
      help: 'Webhook delivery attempts by outcome: delivered, retry, failed (gave up), gone (410), released',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'chargeql_webhook_delivery_seconds',
      help: 'Webhook delivery attempt duration',
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
      registers: [registry],
    }),
  };
}

export type WebhookMetrics = ReturnType<typeof createWebhookMetrics>;
