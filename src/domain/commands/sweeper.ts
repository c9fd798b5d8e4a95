import type { EventBus } from '../../events/bus.js';
import type { CommandService } from './command.service.js';

/**
 * The server's own clock for what chargers may never report: reservations that expire and
 * remote starts that never became a StartTransaction. Every node may run it: each update only
 * takes rows still ACTIVE/PENDING, so a row ends once. It also watches status reports for
 * Scheduled availability changes taking effect.
 */
export function startCommandSweeper(deps: {
  commands: CommandService;
  events: EventBus;
  intervalMs: number;
  onError: (err: unknown) => void;
}) {
  const { commands } = deps;
  let running: Promise<void> | null = null;
  const sweep = () => {
    running ??= (async () => {
      try {
        await commands.expireReservations();
        await commands.failStalePendingSessions();
      } catch (err) {
        deps.onError(err);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(sweep, deps.intervalMs);
  timer.unref();
  const offStatus = deps.events.on('charger.status', (e) => {
    // A charger going offline is our mark, not a report from the charger; and only a position with a
    // Scheduled change waiting can see it take effect (the stored report says so: no statement per report).
    if (!e.online) return;
    if (e.scheduledAvailability)
      commands.marks.statusReported(e.chargerId, e.connectorId, e.status).catch(deps.onError);
    if (e.evseConnectorScheduledAvailability && e.evseConnectorId != null && e.evseConnectorStatus)
      commands.marks
        .statusReported(e.chargerId, e.connectorId, e.evseConnectorStatus, e.evseConnectorId)
        .catch(deps.onError);
  });
  return {
    sweep,
    async stop(): Promise<void> {
      clearInterval(timer);
      offStatus();
      await running;
    },
  };
}
