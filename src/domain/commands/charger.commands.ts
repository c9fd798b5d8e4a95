import { InputChecker } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Actor } from '../roles.js';
import type { CommandAnswer, CommandSender } from './command-sender.js';
import type { ConnectorMarks } from './connector-marks.js';

export type ResetType = 'SOFT' | 'HARD';
export type AvailabilityType = 'OPERATIVE' | 'INOPERATIVE';

// TriggerMessage.req requestedMessage (OCPP 1.6 §6.51).
export const TRIGGER_MESSAGES = [
  'BootNotification',
  'DiagnosticsStatusNotification',
  'FirmwareStatusNotification',
  'Heartbeat',
  'MeterValues',
  'StatusNotification',
] as const;
export type TriggerMessageName = (typeof TRIGGER_MESSAGES)[number];

const pascal = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();

/** Core and RemoteTrigger commands that only need the charger's answer. */
export function createChargerCommands(deps: { sender: CommandSender; marks: ConnectorMarks }) {
  const { sender, marks } = deps;

  async function simple(
    actor: Actor,
    chargerId: string,
    action: string,
    payload: Record<string, unknown>,
  ): Promise<CommandAnswer> {
    assertCan(actor, 'chargers:command');
    const charger = await sender.charger(actor, chargerId);
    return sender.command(actor, charger, action, payload);
  }

  return {
    reset: (actor: Actor, input: { chargerId: string; type: ResetType }) =>
      simple(actor, input.chargerId, 'Reset', { type: pascal(input.type) }),

    clearCache: (actor: Actor, chargerId: string) => simple(actor, chargerId, 'ClearCache', {}),

    async unlockConnector(actor: Actor, input: { chargerId: string; connectorId: number }): Promise<CommandAnswer> {
      assertCan(actor, 'chargers:command');
      const charger = await sender.charger(actor, input.chargerId);
      await sender.assertConnector(charger, input.connectorId, { allowZero: false });
      return sender.command(actor, charger, 'UnlockConnector', { connectorId: input.connectorId });
    },

    /**
     * connectorId 0 is the whole charger. Scheduled (a transaction is running: OCPP 1.6 §5.2) is
     * kept on the connector as scheduledAvailability until a status report shows it took effect.
     */
    async changeAvailability(
      actor: Actor,
      input: { chargerId: string; connectorId: number; type: AvailabilityType },
    ): Promise<CommandAnswer> {
      assertCan(actor, 'chargers:command');
      const charger = await sender.charger(actor, input.chargerId);
      await sender.assertConnector(charger, input.connectorId, { allowZero: true });
      const answer = await sender.command(actor, charger, 'ChangeAvailability', {
        connectorId: input.connectorId,
        type: pascal(input.type),
      });
      if (answer.status === 'Scheduled')
        await marks.scheduleAvailability(charger.tenantId, charger.id, input.connectorId, input.type);
      if (answer.status === 'Accepted')
        await marks.scheduleAvailability(charger.tenantId, charger.id, input.connectorId, null);
      return answer;
    },

    async triggerMessage(
      actor: Actor,
      input: { chargerId: string; message: TriggerMessageName; connectorId?: number | null },
    ): Promise<CommandAnswer> {
      assertCan(actor, 'chargers:command');
      new InputChecker()
        .check(TRIGGER_MESSAGES.includes(input.message), 'message', `must be one of ${TRIGGER_MESSAGES.join(', ')}`)
        .throwIfAny();
      const charger = await sender.charger(actor, input.chargerId);
      const hasConnector = input.connectorId !== undefined && input.connectorId !== null;
      if (hasConnector) await sender.assertConnector(charger, input.connectorId!, { allowZero: false });
      return sender.command(actor, charger, 'TriggerMessage', {
        requestedMessage: input.message,
        ...(hasConnector ? { connectorId: input.connectorId } : {}),
      });
    },
  };
}

export type ChargerCommands = ReturnType<typeof createChargerCommands>;
