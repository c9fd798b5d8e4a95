import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Services } from '../domain/services.js';
import type { MessageLog } from '../domain/ocpp-log/message-log.js';
import type { StationService } from '../domain/chargers/station.service.js';
import type { Metrics } from '../http/metrics.js';
import { createLocalGateway } from './gateway.js';
import { checkHandshake } from './handshake.js';
import { guardBoot, guardInternal, ocpp16Handlers, type ConnectionState } from './handlers-16.js';
import { stopgapTransactionHandlers } from './handlers-16-stopgap.js';
import { RPCServer, upgradeHandlerOf, type ServerClient } from './ocpp-rpc.js';
import { recordFrames } from './frames.js';

export interface OcppServerDeps {
  config: Config['ocpp'];
  services: Services;
  station: StationService;
  messageLog: MessageLog;
  metrics: Metrics;
  logger: Logger;
  nodeId: string;
}

/** The OCPP-J edge: handshake, per-connection state, handlers, and the command gateway. */
export function createOcppServer(deps: OcppServerDeps) {
  const { config, services, station, logger } = deps;
  const log = logger.child({ component: 'ocpp' });
  const rpc = new RPCServer({
    protocols: ['ocpp1.6'],
    strictMode: true,
    callTimeoutMs: config.commandTimeoutMs,
    pingIntervalMs: config.pingIntervalSeconds * 1000,
    deferPingsOnActivity: true,
    maxBadMessages: config.maxBadMessages,
    wssOptions: { maxPayload: config.maxFrameBytes },
  } as never);
  const clients = new Map<string, ServerClient>();
  const gateway = createLocalGateway(clients, config.commandTimeoutMs);
  const handlers = {
    ...ocpp16Handlers({
      station,
      heartbeatIntervalSeconds: config.heartbeatIntervalSeconds,
      reloadCharger: (ocppId) => services.chargerRepository.byOcppId(ocppId),
    }),
    ...stopgapTransactionHandlers(services), // STOPGAP (issue 5): drop at merge, issue 3 has the real ones
  };

  rpc.auth(async (accept, reject, handshake) => {
    try {
      const verdict = await checkHandshake(handshake, services.chargerRepository);
      if (!verdict.ok) return reject(verdict.status, verdict.message);
      const state: ConnectionState = { charger: verdict.charger, protocol: verdict.protocol };
      accept({ state }, verdict.protocol);
    } catch (err) {
      log.error({ err, identity: handshake.identity }, 'handshake failed');
      reject(500, 'Internal error');
    }
  });

  rpc.on('client', (client: ServerClient) => {
    const state = client.session.state as ConnectionState;
    const { charger } = state;
    const clog = log.child({ chargePointId: charger.ocppId });
    // A reconnecting charger replaces its old socket (ocpp-rpc keeps both otherwise).
    const previous = clients.get(charger.ocppId);
    clients.set(charger.ocppId, client);
    previous?.close({ code: 1000, reason: 'Replaced by a new connection', force: true }).catch(() => {});
    deps.metrics.connectedChargers.set(clients.size);
    recordFrames(client, state, deps.messageLog, deps.metrics, station, clog);

    for (const [action, handler] of Object.entries(handlers)) {
      const guarded = guardBoot(action, guardInternal(action, handler, (err) => clog.error({ err, action }, 'handler failed')));
      client.handle(action, ((args: never) => guarded(state, args)) as never);
    }
    station.connected(charger, deps.nodeId, true).catch((err) => clog.error({ err }, 'could not mark online'));
    client.on('close', () => {
      // Only the current socket may mark the charger offline (ocpp-rpc#35: maps go stale).
      if (clients.get(charger.ocppId) !== client) return;
      clients.delete(charger.ocppId);
      deps.metrics.connectedChargers.set(clients.size);
      station.connected(charger, deps.nodeId, false).catch((err) => clog.error({ err }, 'could not mark offline'));
    });
    clog.info({ protocol: state.protocol }, 'charger connected');
  });

  return {
    handleUpgrade: upgradeHandlerOf(rpc),
    gateway,
    connectedCount: () => clients.size,
    /** Closes every charger socket with 1001 Going Away (graceful shutdown). */
    async close(): Promise<void> {
      await rpc.close({ code: 1001, reason: 'Server shutting down', awaitPending: false, force: false } as never);
    },
  };
}

export type OcppServer = ReturnType<typeof createOcppServer>;
