import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics for one server instance (tests run several in one process). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    connectedChargers: new Gauge({
      name: 'chargeql_connected_chargers',
      help: 'Chargers with an open OCPP socket',
      registers: [registry],
    }),
    ocppMessages: new Counter({
      name: 'chargeql_ocpp_messages_total',
      help: 'OCPP frames by direction, message type and action',
      labelNames: ['direction', 'type', 'action'] as const,
      registers: [registry],
    }),
    // Not logged beyond the first of a run (ocpp/frames.ts): a flooding charger shows here.
    ocppCallsRefused: new Counter({
      name: 'chargeql_ocpp_calls_rate_limited_total',
      help: 'Charger CALLs refused by the per-charger rate limit (OCPP_RATE_LIMIT_*)',
      registers: [registry],
    }),
    graphqlOperations: new Counter({
      name: 'chargeql_graphql_operations_total',
      help: 'GraphQL operations by name, type and first error code (none when it succeeded)',
      labelNames: ['operation', 'type', 'code'] as const,
      registers: [registry],
    }),
    // An operation whose statements grow with the page size is an N+1 in production.
    graphqlStatements: new Histogram({
      name: 'chargeql_graphql_operation_statements',
      help: 'Database statements one GraphQL operation sent (HTTP), by operation name',
      labelNames: ['operation'] as const,
      buckets: [1, 2, 4, 8, 16, 32, 64, 128],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Statements' waits for a pool connection: a connect storm that exhausts the pool shows here first. */
export function observePoolWait(metrics: Metrics, poolWait: { observe(seconds: number): void }): void {
  const histogram = new Histogram({
    name: 'chargeql_db_pool_wait_seconds',
    help: "Time a database statement waited before PostgreSQL started on it (queued for this node's pool, or pipelined behind other statements on a connection); a transaction, until it had its connection",
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrics.registry],
  });
  poolWait.observe = (seconds) => histogram.observe(seconds);
}

/** Live subscription figures, read from the event bus and graphql-ws when Prometheus scrapes. */
export function observeSubscriptions(
  metrics: Metrics,
  bus: { droppedEvents(): number },
  subscriptions: {
    served(): number;
    groups(): number;
    executions(): number;
    deliveries(): number;
    dropped(): number;
  },
): void {
  const gauge = liveGauge(metrics);
  const counter = liveCounter(metrics);
  gauge('chargeql_graphql_subscriptions', 'GraphQL subscriptions being served by this node', subscriptions.served);
  gauge(
    'chargeql_subscription_shared_executions',
    'Shared executions running: one per group of identical subscriptions (document, variables, tenant, role, owner)',
    subscriptions.groups,
  );
  counter(
    'chargeql_subscription_executions_total',
    'Subscription results executed and serialised: once per event per group of identical subscriptions',
    subscriptions.executions,
  );
  counter(
    'chargeql_subscription_deliveries_total',
    'Subscription results sent to subscribers',
    subscriptions.deliveries,
  );
  counter(
    'chargeql_subscription_events_dropped_total',
    'Events a slow subscriber lost because it fell too far behind',
    () => bus.droppedEvents() + subscriptions.dropped(),
  );
}

/** The durable spool's figures (db/spool/), read when Prometheus scrapes. */
export function observeSpool(
  metrics: Metrics,
  spool: {
    stats(): { pendingBytes: number; setAside: number; tornLines: number; diskWriteErrors: number };
  },
): void {
  const gauge = liveGauge(metrics);
  const counter = liveCounter(metrics);
  gauge(
    'chargeql_spool_pending_bytes',
    'Bytes answered for and on disk, not yet in PostgreSQL (SPOOL_MAX_BYTES bounds it)',
    () => spool.stats().pendingBytes,
  );
  counter(
    'chargeql_spool_set_aside_total',
    'Spooled rows and deferred calls PostgreSQL refused for good, kept in DATA_DIR/spool/rejected.log',
    () => spool.stats().setAside,
  );
  counter(
    'chargeql_spool_disk_write_errors_total',
    'Spool writes the disk failed (their CALLs were answered with InternalError)',
    () => spool.stats().diskWriteErrors,
  );
  counter(
    'chargeql_spool_torn_lines_total',
    'Torn spool lines found at start before the end of the spool (acknowledged records may be lost)',
    () => spool.stats().tornLines,
  );
}

const liveGauge = (metrics: Metrics) => (name: string, help: string, read: () => number) =>
  new Gauge({
    name,
    help,
    registers: [metrics.registry],
    collect() {
      this.set(read());
    },
  });

const liveCounter = (metrics: Metrics) => (name: string, help: string, read: () => number) =>
  new Counter({
    name,
    help,
    registers: [metrics.registry],
    collect() {
      this.reset();
      this.inc(read());
    },
  });
