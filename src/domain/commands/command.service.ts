import type { Db } from '../../db/client.js';
import type { EventBus } from '../../events/bus.js';
import type { ChargerGateway } from '../gateway.js';
import { createChargerCommands } from './charger.commands.js';
import { createCommandLog } from './command-log.repository.js';
import { createCommandSender } from './command-sender.js';
import { createConfigurationCommands } from './configuration.commands.js';
import { createConnectorMarks } from './connector-marks.js';
import { createMaintenanceCommands } from './maintenance.commands.js';
import { adoptPendingSession, failStalePendingSessions, type PendingMatch, type SessionInsert } from './pending-sessions.js';
import { createRemoteCommands } from './remote.commands.js';
import { createReservationCommands } from './reservation.commands.js';
import { createSmartChargingCommands } from './smart-charging.commands.js';

export interface CommandServiceDeps {
  db: Db;
  events: EventBus;
  gateway: ChargerGateway;
  /** When the charger's ConnectionTimeOut key is unknown. */
  remoteStartTimeoutSeconds: number;
}

/** Every command to a charger, one family per file; each goes through the sender and its log. */
export function createCommandService(deps: CommandServiceDeps) {
  const { db, events } = deps;
  const log = createCommandLog(db);
  const sender = createCommandSender({ db, gateway: deps.gateway, log });
  const marks = createConnectorMarks(db, events);
  const reservations = createReservationCommands({ db, sender, marks });
  return {
    ...createRemoteCommands({ db, events, sender }),
    ...createChargerCommands({ sender, marks }),
    ...createConfigurationCommands({ db, sender }),
    ...createSmartChargingCommands({ db, sender }),
    ...createMaintenanceCommands({ db, sender }),
    ...reservations,
    log,
    marks,
    /** For StartTransaction: see adoptPendingSession. */
    adoptPendingSession: (match: PendingMatch, values: Partial<SessionInsert> & { transactionId: number }) => adoptPendingSession(db, match, values),
    failStalePendingSessions: () => failStalePendingSessions(db, events, deps.remoteStartTimeoutSeconds),
  };
}

export type CommandService = ReturnType<typeof createCommandService>;
