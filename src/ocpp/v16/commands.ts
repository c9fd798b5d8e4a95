// The domain's command vocabulary is 1.6's, widened where 2.0.1 says more (TriggerMessage names).
// What a 1.6 charger cannot be asked is refused here, before anything is sent.
import { NotSupportedByProtocolError } from '../../domain/errors.js';
import type { TriggerMessageRequest } from './types.generated.js';

type Trigger16 = TriggerMessageRequest['requestedMessage'];

// OCPP 1.6 §7.42 MessageTrigger; 2.0.1's LogStatusNotification is 1.6's DiagnosticsStatusNotification.
const TRIGGER_16: Record<string, Trigger16> = {
  BootNotification: 'BootNotification',
  DiagnosticsStatusNotification: 'DiagnosticsStatusNotification',
  LogStatusNotification: 'DiagnosticsStatusNotification',
  FirmwareStatusNotification: 'FirmwareStatusNotification',
  Heartbeat: 'Heartbeat',
  MeterValues: 'MeterValues',
  StatusNotification: 'StatusNotification',
};

/** The 1.6 payload of a command in the domain's vocabulary; throws when 1.6 cannot carry it. */
export function payloadFor16(
  ocppId: string,
  action: string,
  payload: Record<string, unknown>,
): Record<string, unknown> {
  // Where 2.0.1 says more: one EVSE of a Reset, one connector within an EVSE (a 1.6 connector is
  // its EVSE's connector 1, so that one is the connector itself).
  if (action === 'Reset' && payload.evseId != null)
    throw new NotSupportedByProtocolError(ocppId, 'Reset of one EVSE', '1.6');
  if (payload.evseConnectorId != null && payload.evseConnectorId !== 1)
    throw new NotSupportedByProtocolError(
      ocppId,
      `${action} of connector ${String(payload.evseConnectorId)} within an EVSE`,
      '1.6',
    );
  const { evseConnectorId: _one, ...rest } = payload;
  if (action !== 'TriggerMessage') return rest;
  const requested = String(rest.requestedMessage);
  const name = TRIGGER_16[requested];
  if (!name) throw new NotSupportedByProtocolError(ocppId, `TriggerMessage of ${requested}`, '1.6');
  return name === requested ? rest : { ...rest, requestedMessage: name };
}
