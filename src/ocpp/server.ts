import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createCoalescer, STORM_MIN_BATCH } from '../db/coalescer.js';
import { createRateLimiter } from '../domain/rate-limit.js';
import { pgStorable } from '../db/pg-json.js';
import { OCPP_ID_PATTERN } from '../domain/chargers/charger.service.js';
import { createHandshakeCache } from '../domain/chargers/handshake-cache.js';
import type { Services } from '../domain/services.js';
import type { MessageLog } from '../domain/ocpp-log/message-log.js';
import type { Metrics } from '../http/metrics.js';
import { BUSY, createConcurrencyLimit, createReconnectLimiter } from './connection-guard.js';
import { createLocalGateway } from './gateway.js';
import { checkHandshake, SUPPORTED_PROTOCOLS } from './handshake.js';
import { hostSlugReader } from './host-slug.js';
import {
  guardBoot,
  guardRate,
  guardInternal,
  throughOutage,
  versionOf,
  type DatabaseState,
  type Handler,
} from './handler.js';
import { answerWhenDurable, type Durability } from './durable.js';
import { RPCServer, upgradeHandlerOf, type HandlerArgs, type ServerClient } from './ocpp-rpc.js';
import { ChargerConnection, type ConnectionContext } from './connection.js';
import { connectionOf, frameRecorder } from './frames.js';
import { specValidators } from './spec-validators.js';
import { lenientValidator } from './validation.js';
import { ocpp16StationHandlers } from './v16/station.handlers.js';
import { ocpp16TransactionHandlers } from './v16/transaction.handlers.js';
import { ocpp201StationHandlers } from './v201/provisioning.handlers.js';
import { ocpp201TransactionHandlers } from './v201/transaction.handlers.js';

const MAX_WAITING_HANDSHAKES = 10_000;

export interface OcppServerDeps {
  config: Config['ocpp'];
  services: Services;
  messageLog: MessageLog;
  durability: Durability;
  database: DatabaseState;
  metrics: Metrics;
  logger: Logger;
  nodeId: string;
}

/** The OCPP-J edge: handshake, per-connection state, handlers, and the command gateway. */
export function createOcppServer(deps: OcppServerDeps) {
  const { config, services, logger } = deps;
  const { station } = services;
  const log = logger.child({ component: 'ocpp' });
  const connectionContext: ConnectionContext = { log, station };
  const rpc = new RPCServer({
    protocols: [...SUPPORTED_PROTOCOLS],
    strictMode: true,
    strictModeValidators: specValidators,
    callTimeoutMs: config.commandTimeoutMs,
    pingIntervalMs: config.pingIntervalSeconds * 1000,
    // Deferring pings aborts (and builds an AbortError for) a timer on every frame: costly at scale.
    // Any frame counts as a sign of life anyway; a ping each interval is cheap.
    deferPingsOnActivity: false,
    maxBadMessages: config.maxBadMessages,
    wssOptions: { maxPayload: config.maxFrameBytes },
  } as never);
  const clients = new Map<string, ServerClient>();
  const callBudget = createRateLimiter(config.rateLimit); // per charger, on the node that holds it
  const gateway = createLocalGateway(clients, config.commandTimeoutMs);
  const handlerDeps = {
    station,
    transactions: services.transactions,
    stationTransactions: services.stationTransactions,
    deviceModel: services.deviceModel,
    reservations: services.commands,
    profileReports: services.commands,
    outage: services.outage,
    database: deps.database,
    heartbeatIntervalSeconds: config.heartbeatIntervalSeconds,
    nodeId: deps.nodeId,
  };
  // Each handler is typed by its action's generated payload types; the loop below only needs the shape.
  const handlersByVersion = {
    '1.6': { ...ocpp16StationHandlers(handlerDeps), ...ocpp16TransactionHandlers(handlerDeps) },
    '2.0.1': { ...ocpp201StationHandlers(handlerDeps), ...ocpp201TransactionHandlers(handlerDeps) },
  } as Record<string, Record<string, Handler>>;
  // Rate budget, boot check, error mapping and durability around each handler, built once.
  const guardedByVersion = Object.fromEntries(
    Object.entries(handlersByVersion).map(([version, handlers]) => [
      version,
      new Map(
        Object.entries(handlers).map(([action, handler]) => [
          action,
          guardRate(
            // The state is the socket's ChargerConnection (`dispatch` below).
            (state, messageId) => frames.verdictOn(state as ChargerConnection, messageId),
            guardBoot(
              action,
              guardInternal(
                action,
                answerWhenDurable(action, handler, deps.durability, deps.database),
                (err, _, state) => state.log.error({ err, action }, 'handler failed'),
              ),
            ),
          ),
        ]),
      ),
    ]),
  );
  const reconnects = createReconnectLimiter({
    freePerWindow: config.reconnectsFreePerMinute,
    windowMs: 60_000,
    baseDelayMs: 1000,
    maxDelayMs: config.reconnectMaxDelaySeconds * 1000,
  });
  // A connect storm's lookups share a few statements, at most maxConcurrentHandshakes at once,
  // so the pool stays free for GraphQL and handlers; past MAX_WAITING_HANDSHAKES we answer 503.
  // Every lookup's answer is kept, so a known charger can reconnect while PostgreSQL is unreachable.
  const handshakeCache = createHandshakeCache({
    changesSince: station.handshakeChangesSince,
    refreshEveryMs: config.handshakeCacheRefreshMs,
  });
  const cacheRefresh = setInterval(() => {
    if (deps.database.up()) handshakeCache.refresh().catch((err) => deps.database.failed(err));
  }, config.handshakeCacheRefreshMs).unref();
  const chargerLookup = createCoalescer({
    run: async (ocppIds: string[]) => {
      const found = await station.chargersByOcppIds(ocppIds);
      return ocppIds.map((ocppId) => {
        const charger = found.get(ocppId) ?? null;
        handshakeCache.remember(ocppId, charger);
        return charger;
      });
    },
    maxConcurrent: config.maxConcurrentHandshakes,
    maxBatch: 500,
    minBatchWhileBusy: STORM_MIN_BATCH,
  });
  const registerSlot = createConcurrencyLimit(config.maxConcurrentHandshakes, MAX_WAITING_HANDSHAKES);
  const handshakeDeps = {
    slugFromHost: hostSlugReader(config.publicUrl),
    // While the database is down: the custom domains and chargers this node read last (unknown: 404).
    slugFromCustomDomain: (host: string | undefined) =>
      throughOutage(
        deps.database,
        () => services.tenants.slugOfCustomDomain(host),
        () => services.tenants.slugOfCustomDomainRead(host),
      ),
    chargers: {
      byOcppId: (ocppId: string) =>
        throughOutage(
          deps.database,
          () => chargerLookup.call(ocppId),
          () => handshakeCache.known(ocppId, deps.database.downSince()),
        ),
    },
    async registerUnknown(slug: string, identity: string) {
      if (!OCPP_ID_PATTERN.test(identity)) return null;
      if (!deps.database.up()) return null; // registering needs the database: refused as unknown
      const charger = await registerSlot(async () => {
        const tenant = await station.tenantAcceptingUnknown(slug);
        return tenant && (await station.registerPending(tenant.id, identity));
      });
      if (charger === BUSY) throw charger;
      if (charger) log.info({ chargePointId: identity, slug }, 'unknown charger registered as Pending');
      return charger || null;
    },
  };

  rpc.auth(async (accept, reject, handshake) => {
    try {
      // A charger in a reconnect storm waits its backoff before it costs a database query.
      const waitMs = reconnects.waitFor(handshake.identity);
      if (waitMs) return reject(429, `Too many reconnects; retry in ${Math.ceil(waitMs / 1000)} s`);
      if (chargerLookup.waiting() >= MAX_WAITING_HANDSHAKES) return reject(503, 'Busy; retry later');
      const verdict = await checkHandshake(handshake, handshakeDeps);
      if (!verdict.ok) return reject(verdict.status, verdict.message);
      reconnects.admitted(verdict.charger.ocppId);
      const { charger, protocol } = verdict;
      accept(new ChargerConnection(charger, protocol, versionOf(protocol), connectionContext), protocol);
    } catch (err) {
      if (err === BUSY) return reject(503, 'Busy; retry later');
      log.error({ err, identity: handshake.identity }, 'handshake failed');
      reject(500, 'Internal error');
    }
  });

  // Every socket gets the same listener functions; each finds its ChargerConnection as `client.session`.
  const frames = frameRecorder(deps.messageLog, deps.metrics, station, (chargerId) => callBudget.take(chargerId));
  const garbage = garbageCounter(config.maxBadMessages);
  const offlineMarks = new Set<Promise<unknown>>();
  function onClose(this: ServerClient) {
    const state = connectionOf(this);
    // Only the current socket may mark the charger offline (ocpp-rpc#35: maps go stale).
    if (clients.get(state.charger.ocppId) !== this) return;
    clients.delete(state.charger.ocppId);
    deps.metrics.connectedChargers.set(clients.size);
    const mark = station
      .connected(state.charger, deps.nodeId, false)
      .catch((err) => state.log.error({ err }, 'could not mark offline'));
    offlineMarks.add(mark);
    void mark.finally(() => offlineMarks.delete(mark));
  }

  rpc.on('client', (client: ServerClient) => {
    const state = connectionOf(client);
    const { charger, protocol, version } = state;
    // A reconnecting charger replaces its old socket (ocpp-rpc keeps both otherwise).
    const previous = clients.get(charger.ocppId);
    clients.set(charger.ocppId, client);
    previous?.close({ code: 1000, reason: 'Replaced by a new connection', awaitPending: false }).catch(() => {});
    deps.metrics.connectedChargers.set(clients.size);
    frames.attach(client);
    if (charger.lenientValidation) {
      const validator = lenientValidator(protocol, (schemaId, paths) =>
        state.flag('schema.overlongString', { schemaId, paths }),
      );
      client.reconfigure({ strictModeValidators: [validator] } as never);
    }
    garbage.attach(client);

    // One dispatcher per socket in front of the guarded handlers built once per server (a closure
    // chain per action per connection cost memory on every socket). Registered per action, so an
    // unknown action still gets ocpp-rpc's NotImplemented before any schema check.
    const guarded = guardedByVersion[version]!;
    const dispatch = (args: HandlerArgs & { method: string }) =>
      // NUL and lone surrogates pass the schemas but not PostgreSQL: handlers see them replaced.
      guarded.get(args.method)!(state, { ...args, params: pgStorable(args.params) });
    for (const action of guarded.keys()) client.handle(action, dispatch as never);
    station.connected(charger, deps.nodeId, true).catch((err) => state.log.error({ err }, 'could not mark online'));
    // A charger may come back speaking the other version (a firmware update): shown from this connect on.
    state.charger = station.protocolVersion(charger, version);
    client.on('close', onClose);
    if (log.isLevelEnabled('info')) log.info({ chargePointId: charger.ocppId, protocol }, 'charger connected');
  });

  // A deleted charger loses its socket on whichever node holds it; the handshake refuses it from then on.
  const deletions = services.events.subscribe('charger.deleted')[Symbol.asyncIterator]();
  void (async () => {
    for (let next = await deletions.next(); !next.done; next = await deletions.next()) {
      const client = clients.get(next.value.ocppId);
      if (client && connectionOf(client).charger.id === next.value.chargerId) {
        client.close({ code: 1000, reason: 'Charger deleted', awaitPending: false }).catch(() => {});
      }
    }
  })().catch((err) => log.error({ err }, 'charger deletion listener failed'));

  return {
    handleUpgrade: upgradeHandlerOf(rpc),
    gateway,
    connectedCount: () => clients.size,
    /** Closes every charger socket with 1001 Going Away (graceful shutdown). */
    async close(): Promise<void> {
      // Not awaited: an async generator settles return() only after its pending next().
      void deletions.return?.();
      clearInterval(cacheRefresh);
      // ocpp-rpc's close does not wait for its sockets (it awaits an array of promises, not their settling),
      // so their offline marks used to run after the database had closed, an error logged per charger.
      // Wait for the sockets and their marks here, bounded: a charger that never answers the close
      // handshake must not hold the shutdown for ws's 30 s.
      const sockets = [...clients.values()].map((c) => c.close(GOING_AWAY).catch(() => {}));
      await rpc.close({ ...GOING_AWAY, force: false } as never);
      await Promise.race([
        Promise.all(sockets)
          .then(() => new Promise((r) => setImmediate(r)))
          .then(() => Promise.all(offlineMarks)),
        new Promise((r) => setTimeout(r, CLOSE_WAIT_MS).unref()),
      ]);
    },
  };
}

const GOING_AWAY = { code: 1001, reason: 'Server shutting down', awaitPending: false };
/** How long a shutdown waits for chargers to close and be marked offline. */
const CLOSE_WAIT_MS = 5000;

/**
 * ocpp-rpc closes a socket after `maxBadMessages` unparsable frames in a row, but a CALL that
 * fails schema validation does not count there. Count both; any valid CALL resets the count.
 * The listeners are shared by every socket; the count lives on its connection.
 */
function garbageCounter(maxBad: number) {
  function strike(client: ServerClient): void {
    const state = connectionOf(client);
    if (++state.badMessages <= maxBad) return;
    state.log.warn({ bad: state.badMessages }, 'closing a charger that keeps sending invalid messages');
    client.close({ code: 1008, reason: 'Too many invalid messages', awaitPending: false }).catch(() => {});
  }
  function onBadMessage(this: ServerClient) {
    strike(this);
  }
  function onValidationFailure(this: ServerClient, { outbound, isCall }: { outbound: boolean; isCall: boolean }) {
    if (!outbound && isCall) strike(this);
  }
  function onCallResult(this: ServerClient, { outbound }: { outbound: boolean }) {
    if (!outbound) connectionOf(this).badMessages = 0;
  }
  return {
    attach(client: ServerClient): void {
      client.on('badMessage', onBadMessage);
      client.on('strictValidationFailure', onValidationFailure);
      client.on('callResult', onCallResult);
    },
  };
}
