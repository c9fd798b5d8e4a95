import type { Db } from '../../db/client.js';
import type { EventBus } from '../../events/bus.js';
import type { PageArgs } from '../../db/paginate.js';
import type { ChargerGateway } from '../gateway.js';
import { assertCan, can } from '../policy.js';
import type { Actor } from '../roles.js';
import type { Scope } from '../scope.js';
import { createChargerCommands } from './charger.commands.js';
import { createChargingLimitCommands } from './charging-limit.commands.js';
import { createCommandLog, type CommandFilter } from './command-log.repository.js';
import { createCommandSender } from './command-sender.js';
import { createConfigurationCommands } from './configuration.commands.js';
import { createConnectorMarks } from './connector-marks.js';
import type { DeviceModelService } from '../chargers/device-model.service.js';
import { createDeviceModelCommands } from './device-model.commands.js';
import { createMaintenanceCommands } from './maintenance.commands.js';
import { failStalePendingSessions } from './pending-sessions.js';
import { createRemoteCommands } from './remote.commands.js';
import { createReservationCommands } from './reservation.commands.js';
import { createSmartChargingCommands } from './smart-charging.commands.js';

export interface CommandServiceDeps {
  db: Db;
  events: EventBus;
  gateway: ChargerGateway;
  /** When the charger's ConnectionTimeOut key is unknown. */
  remoteStartTimeoutSeconds: number;
  /** A command log row that could not be written (the command itself still goes out). */
  onError?: (err: unknown) => void;
  deviceModel: DeviceModelService;
  /** A station password changed through SetVariables (OCPP 2.0.1 A01). */
  setStationPassword: (actor: Actor, chargerId: string, passwordHash: string) => Promise<void>;
}

/** Every command to a charger, one family per file; each goes through the sender and its log. */
export function createCommandService(deps: CommandServiceDeps) {
  const { db, events } = deps;
  const log = createCommandLog(db);
  const sender = createCommandSender({ db, gateway: deps.gateway, log, onLogError: deps.onError, events });
  const marks = createConnectorMarks(db, events);
  const reservations = createReservationCommands({ db, events, sender, marks });
  return {
    ...createRemoteCommands({ db, events, sender }),
    ...createChargerCommands({ sender, marks }),
    ...createConfigurationCommands({ db, sender }),
    ...createSmartChargingCommands({ db, sender }),
    ...createChargingLimitCommands({ sender }),
    ...createMaintenanceCommands({ db, sender }),
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
    failStalePendingSessions: () => failStalePendingSessions(db, events, deps.remoteStartTimeoutSeconds),
  };
}

export type CommandService = ReturnType<typeof createCommandService>;
