import type { InputChecker } from '../errors.js';

/** What a charger can do, in OCPI 2.2 Capability names (eMabler uses the same list). */
export const CAPABILITIES = [
  'CHARGING_PROFILE_CAPABLE',
  'CHARGING_PREFERENCES_CAPABLE',
  'CHIP_CARD_SUPPORT',
  'CONTACTLESS_CARD_SUPPORT',
  'CREDIT_CARD_PAYABLE',
  'DEBIT_CARD_PAYABLE',
  'PED_TERMINAL',
  'REMOTE_START_STOP_CAPABLE',
  'RESERVABLE',
  'RFID_READER',
  'START_SESSION_CONNECTOR_REQUIRED',
  'TOKEN_GROUP_CAPABLE',
  'UNLOCK_CAPABLE',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/**
 * Capabilities an OCPP 1.6 charger announces through its SupportedFeatureProfiles key (§9.1.35):
 * RemoteStart/StopTransaction and UnlockConnector are Core messages (§5.11, §5.12, §5.18); ReserveNow
 * is the Reservation profile, SetChargingProfile the SmartCharging one. An RFID reader or a payment
 * terminal shows in no profile: only the operator can say so.
 */
const BY_PROFILE: Record<string, Capability[]> = {
  core: ['REMOTE_START_STOP_CAPABLE', 'UNLOCK_CAPABLE'],
  reservation: ['RESERVABLE'],
  smartcharging: ['CHARGING_PROFILE_CAPABLE'],
};

/** From the key's value as read ("Core,FirmwareManagement,Reservation"); null when never read. */
export function capabilitiesFromProfiles(value: string | null | undefined): Capability[] | null {
  if (value == null) return null;
  const profiles = value.split(/[,\s]+/).map((p) => p.trim().toLowerCase());
  const found = new Set(profiles.flatMap((p) => BY_PROFILE[p] ?? []));
  return CAPABILITIES.filter((c) => found.has(c));
}

export const CONNECTOR_FORMATS = ['SOCKET', 'CABLE'] as const;
export type ConnectorFormat = (typeof CONNECTOR_FORMATS)[number];

/**
 * eMI3 / ISO 15118-2 Annex H EVSE id: country (2 letters), operator (3 alphanumerics), "E", the
 * outlet (alphanumerics and *), the optional * separators used both times or neither. Case-insensitive.
 */
const EVSE_ID = /^[A-Z]{2}(\*?)[A-Z0-9]{3}\1E[A-Z0-9][A-Z0-9*]{0,30}$/;

export const normalizeEvseId = (value: string) => value.trim().toUpperCase();
export const isEvseId = (value: string) => EVSE_ID.test(normalizeEvseId(value));

export interface ConnectorFacts {
  evseId?: string | null;
  physicalReference?: string | null;
  maxVoltageV?: number | null;
  maxCurrentA?: number | null;
  phases?: number | null;
  format?: ConnectorFormat | null;
}

export function checkConnectorFacts(checker: InputChecker, input: ConnectorFacts): void {
  const within = (v: number | null | undefined, min: number, max: number) =>
    v == null || (Number.isInteger(v) && v >= min && v <= max);
  checker
    .check(!input.evseId || isEvseId(input.evseId), 'evseId', 'must be an eMI3 EVSE id such as DE*ABC*E123*1')
    .check(
      !input.physicalReference || input.physicalReference.length <= 50,
      'physicalReference',
      'must be at most 50 characters',
    )
    .check(within(input.maxVoltageV, 1, 2000), 'maxVoltageV', 'must be 1-2000 V')
    .check(within(input.maxCurrentA, 1, 1000), 'maxCurrentA', 'must be 1-1000 A')
    .check(within(input.phases, 1, 3), 'phases', 'must be 1, 2 or 3')
    .check(!input.format || CONNECTOR_FORMATS.includes(input.format), 'format', 'must be SOCKET or CABLE');
}
