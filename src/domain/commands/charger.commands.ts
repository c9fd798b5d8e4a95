import type { ChargerRow } from '../chargers/charger.repository.js';
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

  /** evseConnectorId names a connector within the EVSE connectorId (OCPP 2.0.1 numbering), so it needs one. */
  function checkEvseConnectorShape(connectorId: number | null | undefined, evseConnectorId: number | null | undefined) {
    if (evseConnectorId == null) return;
    new InputChecker()
      .check(
        connectorId != null && connectorId >= 1,
        'connectorId',
        'must name the EVSE (>= 1) when evseConnectorId is given',
      )
      .check(Number.isInteger(evseConnectorId) && evseConnectorId >= 1, 'evseConnectorId', 'must be an integer >= 1')
      .throwIfAny();
  }

  /** The connectors of the EVSE, once evseConnectorId is known to be one of them (every 1.6 connector: [1]). */
  async function evseConnectorsHolding(scope: Scope, charger: ChargerRow, evseId: number, evseConnectorId: number) {
    const inEvse = await sender.evseConnectorIds(scope, charger.id, evseId);
    new InputChecker()
      .check(
        inEvse.includes(evseConnectorId),
        'evseConnectorId',
        `EVSE ${evseId} of charger ${charger.ocppId} has no connector ${evseConnectorId}`,
      )
      .throwIfAny();
    return inEvse;
  }

  const oneOf = (evseConnectorId: number | null | undefined) => (evseConnectorId != null ? { evseConnectorId } : {});

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
    async unlockConnector(
      scope: Scope,
      input: { chargerId: string; connectorId: number; evseConnectorId?: number | null },
    ): Promise<CommandAnswer> {
      assertCan(scope, 'chargers:command');
      new InputChecker()
        .check(Number.isInteger(input.connectorId) && input.connectorId >= 1, 'connectorId', 'must be an integer >= 1')
        .throwIfAny();
      checkEvseConnectorShape(input.connectorId, input.evseConnectorId);
      const charger = await sender.charger(scope, input.chargerId);
      return sender.command(scope, charger, 'UnlockConnector', {
        connectorId: input.connectorId,
        ...oneOf(input.evseConnectorId),
      });
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
     * connectorId 0 is the whole charger. Scheduled (a transaction is running: OCPP 1.6 §5.2) is kept
     * as scheduledAvailability until a status report shows it took effect: on the EVSE, or on the one
     * connector named when its EVSE has several (OCPP 2.0.1, OCA TC_G_17).
     */
    async changeAvailability(
      scope: Scope,
      input: { chargerId: string; connectorId: number; type: AvailabilityType; evseConnectorId?: number | null },
    ): Promise<CommandAnswer> {
      assertCan(scope, 'chargers:command');
      const { connectorId, evseConnectorId } = input;
      checkEvseConnectorShape(connectorId, evseConnectorId);
      const charger = await sender.charger(scope, input.chargerId);
      await sender.assertConnector(scope, charger, connectorId, { allowZero: true });
      const inEvse =
        evseConnectorId != null ? await evseConnectorsHolding(scope, charger, connectorId, evseConnectorId) : [];
      const answer = await sender.command(scope, charger, 'ChangeAvailability', {
        connectorId,
        type: pascal(input.type),
        ...oneOf(evseConnectorId),
      });
      const mark = answer.status === 'Scheduled' ? input.type : answer.status === 'Accepted' ? null : undefined;
      if (mark === undefined) return answer;
      // One connector of several: the mark is that connector's, and the EVSE stays as it is.
      if (evseConnectorId != null && inEvse.length > 1)
        await marks.scheduleEvseConnectorAvailability(scope, charger.id, connectorId, evseConnectorId, mark);
      else await marks.scheduleAvailability(scope, charger.id, connectorId, mark);
      return answer;
    },

    /** evseConnectorId: the connector of the EVSE connectorId a 2.0.1 station reports on (F06). */
    async triggerMessage(
      scope: Scope,
      input: {
        chargerId: string;
        message: TriggerMessageName;
        connectorId?: number | null;
        evseConnectorId?: number | null;
      },
    ): Promise<CommandAnswer> {
      assertCan(scope, 'chargers:command');
      // Case-insensitive: GraphQL's SIGN_V2G_CERTIFICATE arrives as SignV2gCertificate.
      const message = TRIGGER_MESSAGES.find((m) => m.toLowerCase() === input.message.toLowerCase());
      new InputChecker()
        .check(message !== undefined, 'message', `must be one of ${TRIGGER_MESSAGES.join(', ')}`)
        .throwIfAny();
      const { connectorId, evseConnectorId } = input;
      checkEvseConnectorShape(connectorId, evseConnectorId);
      const charger = await sender.charger(scope, input.chargerId);
      if (connectorId != null) await sender.assertConnector(scope, charger, connectorId, { allowZero: false });
      if (connectorId != null && evseConnectorId != null)
        await evseConnectorsHolding(scope, charger, connectorId, evseConnectorId);
      return sender.command(scope, charger, 'TriggerMessage', {
        requestedMessage: message,
        ...(connectorId != null ? { connectorId } : {}),
        ...oneOf(evseConnectorId),
      });
    },
  };
}

export type ChargerCommands = ReturnType<typeof createChargerCommands>;
