import { InputChecker } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import type { CommandAnswer, CommandSender } from './command-sender.js';
import type { ConnectorMarks } from './connector-marks.js';

export type ResetType = 'SOFT' | 'HARD';
export type AvailabilityType = 'OPERATIVE' | 'INOPERATIVE';

// TriggerMessage requestedMessage: OCPP 1.6 §6.51 and 2.0.1 MessageTriggerEnumType. The gateway maps
// each to the charger's version (LogStatusNotification <-> DiagnosticsStatusNotification) or refuses it.
export const TRIGGER_MESSAGES = [
  'BootNotification',
  'DiagnosticsStatusNotification',
  'FirmwareStatusNotification',
  'Heartbeat',
  'MeterValues',
  'StatusNotification',
  'LogStatusNotification',
  'TransactionEvent',
  'SignChargingStationCertificate',
  'SignV2GCertificate',
  'SignCombinedCertificate',
  'PublishFirmwareStatusNotification',
] as const;
export type TriggerMessageName = (typeof TRIGGER_MESSAGES)[number];

const pascal = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();

/** Core and RemoteTrigger commands that only need the charger's answer. */
export function createChargerCommands(deps: { sender: CommandSender; marks: ConnectorMarks }) {
  const { sender, marks } = deps;

  async function simple(
    scope: Scope,
    chargerId: string,
    action: string,
    payload: Record<string, unknown>,
  ): Promise<CommandAnswer> {
    assertCan(scope, 'chargers:command');
    const charger = await sender.charger(scope, chargerId);
    return sender.command(scope, charger, action, payload);
  }

  return {
    /** evseId (OCPP 2.0.1 B12): one EVSE the charger reported; the gateway refuses it for a 1.6 charger. */
    async reset(scope: Scope, input: { chargerId: string; type: ResetType; evseId?: number | null }) {
      if (input.evseId == null) return simple(scope, input.chargerId, 'Reset', { type: pascal(input.type) });
      assertCan(scope, 'chargers:command');
      const evseId = input.evseId;
      new InputChecker()
        .check(Number.isInteger(evseId) && evseId >= 1, 'evseId', 'must be an integer >= 1')
        .throwIfAny();
      const charger = await sender.charger(scope, input.chargerId);
      new InputChecker()
        .check(
          (await sender.connectorIds(scope, charger.id)).includes(evseId),
          'evseId',
          `charger ${charger.ocppId} has reported no EVSE ${evseId}`,
        )
        .throwIfAny();
      return sender.command(scope, charger, 'Reset', { type: pascal(input.type), evseId });
    },

    clearCache: (scope: Scope, chargerId: string) => simple(scope, chargerId, 'ClearCache', {}),

    /**
     * Forwarded even for a connector the charger never reported: a cable can be stuck on a
     * connector that sent no StatusNotification yet, and the charger itself answers
     * NotSupported or UnlockFailed when there is nothing to unlock (OCPP 1.6 §5.17).
     */
    async unlockConnector(scope: Scope, input: { chargerId: string; connectorId: number }): Promise<CommandAnswer> {
      assertCan(scope, 'chargers:command');
      new InputChecker()
        .check(Number.isInteger(input.connectorId) && input.connectorId >= 1, 'connectorId', 'must be an integer >= 1')
        .throwIfAny();
      const charger = await sender.charger(scope, input.chargerId);
      return sender.command(scope, charger, 'UnlockConnector', { connectorId: input.connectorId });
    },

    /**
     * DataTransfer to the charger (OCPP 1.6 §5.6): vendor-specific; the charger answers Accepted,
     * Rejected, UnknownMessageId or UnknownVendorId, with optional data of its own.
     */
    async dataTransfer(
      scope: Scope,
      input: { chargerId: string; vendorId: string; messageId?: string | null; data?: string | null },
    ): Promise<CommandAnswer> {
      assertCan(scope, 'chargers:command');
      new InputChecker()
        .check(input.vendorId.length >= 1 && input.vendorId.length <= 255, 'vendorId', 'must be 1 to 255 characters')
        .check((input.messageId ?? '').length <= 50, 'messageId', 'must be at most 50 characters')
        .throwIfAny();
      const charger = await sender.charger(scope, input.chargerId);
      return sender.command(scope, charger, 'DataTransfer', {
        vendorId: input.vendorId,
        ...(input.messageId != null ? { messageId: input.messageId } : {}),
        ...(input.data != null ? { data: input.data } : {}),
      });
    },

    /**
     * connectorId 0 is the whole charger. Scheduled (a transaction is running: OCPP 1.6 §5.2) is
     * kept on the connector as scheduledAvailability until a status report shows it took effect.
     */
    async changeAvailability(
      scope: Scope,
      input: { chargerId: string; connectorId: number; type: AvailabilityType; evseConnectorId?: number | null },
    ): Promise<CommandAnswer> {
      assertCan(scope, 'chargers:command');
      const { connectorId, evseConnectorId } = input;
      const oneConnector = evseConnectorId != null;
      new InputChecker()
        .check(
          !oneConnector || connectorId >= 1,
          'connectorId',
          'must name the EVSE (>= 1) when evseConnectorId is given',
        )
        .check(
          !oneConnector || (Number.isInteger(evseConnectorId) && evseConnectorId >= 1),
          'evseConnectorId',
          'must be an integer >= 1',
        )
        .throwIfAny();
      const charger = await sender.charger(scope, input.chargerId);
      await sender.assertConnector(scope, charger, connectorId, { allowZero: true });
      const inEvse = oneConnector ? await sender.evseConnectorIds(scope, charger.id, connectorId) : [];
      new InputChecker()
        .check(
          !oneConnector || inEvse.includes(evseConnectorId),
          'evseConnectorId',
          `EVSE ${connectorId} of charger ${charger.ocppId} has no connector ${evseConnectorId}`,
        )
        .throwIfAny();
      const answer = await sender.command(scope, charger, 'ChangeAvailability', {
        connectorId,
        type: pascal(input.type),
        ...(oneConnector ? { evseConnectorId } : {}),
      });
      // The mark is the EVSE's: one connector of several changing leaves the EVSE as it is.
      if (oneConnector && inEvse.length > 1) return answer;
      if (answer.status === 'Scheduled') await marks.scheduleAvailability(scope, charger.id, connectorId, input.type);
      if (answer.status === 'Accepted') await marks.scheduleAvailability(scope, charger.id, connectorId, null);
      return answer;
    },

    async triggerMessage(
      scope: Scope,
      input: { chargerId: string; message: TriggerMessageName; connectorId?: number | null },
    ): Promise<CommandAnswer> {
      assertCan(scope, 'chargers:command');
      // Case-insensitive: GraphQL's SIGN_V2G_CERTIFICATE arrives as SignV2gCertificate.
      const message = TRIGGER_MESSAGES.find((m) => m.toLowerCase() === input.message.toLowerCase());
      new InputChecker()
        .check(message !== undefined, 'message', `must be one of ${TRIGGER_MESSAGES.join(', ')}`)
        .throwIfAny();
      const charger = await sender.charger(scope, input.chargerId);
      const hasConnector = input.connectorId !== undefined && input.connectorId !== null;
      if (hasConnector) await sender.assertConnector(scope, charger, input.connectorId!, { allowZero: false });
      return sender.command(scope, charger, 'TriggerMessage', {
        requestedMessage: message,
        ...(hasConnector ? { connectorId: input.connectorId } : {}),
      });
    },
  };
}

export type ChargerCommands = ReturnType<typeof createChargerCommands>;
