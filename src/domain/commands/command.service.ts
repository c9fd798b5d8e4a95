import type { EventBus } from '../../events/bus.js';
import type { PageArgs } from '../../db/paginate.js';
import type { ChargerRepository } from '../chargers/charger.repository.js';
import type { ChargerGateway } from '../gateway.js';
import { assertCan, can } from '../policy.js';
import type { Scope } from '../scope.js';
import type { SessionQueryRepository } from '../sessions/session-query.repository.js';
import { createChargerCommands } from './charger.commands.js';
import { createChargingLimitCommands } from './charging-limit.commands.js';
import type { CommandFilter, CommandLog } from './command-log.repository.js';
import type { CommandStateRepository } from './command-state.repository.js';
import { createCommandSender } from './command-sender.js';
import { createConfigurationCommands } from './configuration.commands.js';
import { createConnectorMarks } from './connector-marks.js';
import type { ConnectorMarkRepository } from './connector-marks.repository.js';
import type { DeviceModelService } from '../chargers/device-model.service.js';
import { createDeviceModelCommands } from './device-model.commands.js';
import { createMaintenanceCommands } from './maintenance.commands.js';
import { failStalePendingSessions } from './pending-sessions.js';
import { createRemoteCommands } from './remote.commands.js';
import type { RemoteStartRepository } from './remote-start.repository.js';
import { createReservationCommands, type ReservationWebhooks } from './reservation.commands.js';
import { createSmartChargingCommands } from './smart-charging.commands.js';

export interface CommandServiceDeps {
  log: CommandLog;
  state: CommandStateRepository;
  marks: ConnectorMarkRepository;
  chargers: ChargerRepository;
  remoteStart: RemoteStartRepository;
  sessions: SessionQueryRepository;
  events: EventBus;
  gateway: ChargerGateway;
  /** When the charger's ConnectionTimeOut key is unknown. */
  remoteStartTimeoutSeconds: number;
  /** A command log row that could not be written (the command itself still goes out). */
  onError?: (err: unknown) => void;
  deviceModel: DeviceModelService;
  /** A station password changed through SetVariables (OCPP 2.0.1 A01). */
  setStationPassword: (scope: Scope, chargerId: string, passwordHash: string) => Promise<void>;
  /** Reservation webhooks written in the reservation change's transaction. */
  reservationWebhooks?: ReservationWebhooks;
}

/** Every command to a charger, one family per file; each goes through the sender and its log. */
export function createCommandService(deps: CommandServiceDeps) {
  const { state, log, events } = deps;
  const sender = createCommandSender({
    state,
    chargers: deps.chargers,
    gateway: deps.gateway,
    log,
    onLogError: deps.onError,
    events,
  });
  const marks = createConnectorMarks(deps.marks, events);
  const reservations = createReservationCommands({
    state,
    events,
    sender,
    marks,
    webhooks: deps.reservationWebhooks,
  });
  return {
    ...createRemoteCommands({ state, starts: deps.remoteStart, sessions: deps.sessions, events, sender }),
    ...createChargerCommands({ sender, marks }),
    ...createConfigurationCommands({ state, sender }),
    ...createSmartChargingCommands({ state, sender }),
    ...createChargingLimitCommands({ state, sender }),
    ...createMaintenanceCommands({ state, sender }),
    ...reservations,
    ...createDeviceModelCommands({
      sender,
      deviceModel: deps.deviceModel,
      setStationPassword: deps.setStationPassword,
    }),
    marks,
    listCommands(scope: Scope, filter: CommandFilter, page: PageArgs) {
      assertCan(scope, 'commands:read');
      return log.list(scope, filter, page);
    },
    commandsByIds: (scope: Scope, ids: readonly string[]) =>
      can(scope, 'commands:read') ? log.byIds(scope, ids) : Promise.resolve([]),
    failStalePendingSessions: () => failStalePendingSessions(state, events, deps.remoteStartTimeoutSeconds),
  };
}

export type CommandService = ReturnType<typeof createCommandService>;
