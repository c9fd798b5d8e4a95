import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { CAPABILITIES } from '../../domain/chargers/charger-facts.js';
import { JSONScalar } from '../scalars.js';
import { RegistrationStatus } from './enums.js';

export enum ChargerCapability {
  CHARGING_PROFILE_CAPABLE = 'CHARGING_PROFILE_CAPABLE',
  CHARGING_PREFERENCES_CAPABLE = 'CHARGING_PREFERENCES_CAPABLE',
  CHIP_CARD_SUPPORT = 'CHIP_CARD_SUPPORT',
  CONTACTLESS_CARD_SUPPORT = 'CONTACTLESS_CARD_SUPPORT',
  CREDIT_CARD_PAYABLE = 'CREDIT_CARD_PAYABLE',
  DEBIT_CARD_PAYABLE = 'DEBIT_CARD_PAYABLE',
  PED_TERMINAL = 'PED_TERMINAL',
  REMOTE_START_STOP_CAPABLE = 'REMOTE_START_STOP_CAPABLE',
  RESERVABLE = 'RESERVABLE',
  RFID_READER = 'RFID_READER',
  START_SESSION_CONNECTOR_REQUIRED = 'START_SESSION_CONNECTOR_REQUIRED',
  TOKEN_GROUP_CAPABLE = 'TOKEN_GROUP_CAPABLE',
  UNLOCK_CAPABLE = 'UNLOCK_CAPABLE',
}
registerEnumType(ChargerCapability, {
  name: 'ChargerCapability',
  description: 'What a charger can do (OCPI 2.2 Capability).',
});
// The domain list and this enum must not drift apart.
if (CAPABILITIES.length !== Object.keys(ChargerCapability).length) throw new Error('ChargerCapability out of date');

export enum CapabilitySource {
  OPERATOR = 'OPERATOR',
  CHARGER = 'CHARGER',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(CapabilitySource, {
  name: 'CapabilitySource',
  valuesConfig: {
    OPERATOR: { description: 'Set with updateCharger(s).' },
    CHARGER: { description: 'Derived from the SupportedFeatureProfiles key the charger reported (OCPP 1.6).' },
    UNKNOWN: { description: 'Neither: set them, or read the key with refreshConfiguration.' },
  },
});

export enum ConnectorFormat {
  SOCKET = 'SOCKET',
  CABLE = 'CABLE',
}
registerEnumType(ConnectorFormat, {
  name: 'ConnectorFormat',
  description: 'A socket the driver plugs a cable into, or a cable attached to the charger (OCPI 2.2).',
});

@InputType({ description: 'What updateChargers sets on every charger named; omitted fields stay as they are.' })
export class ChargerPatchInput {
  @Field(() => ID, { nullable: true, description: 'Move them all to this site; null takes them off their site.' })
  siteId?: string | null;

  @Field(() => ID, { nullable: true })
  tariffId?: string | null;

  @Field(() => Int, { nullable: true })
  maxPowerW?: number | null;

  @Field(() => RegistrationStatus, { nullable: true })
  registrationStatus?: RegistrationStatus | null;

  @Field(() => [ChargerCapability], { nullable: true, description: 'null: back to what each charger reports.' })
  capabilities?: ChargerCapability[] | null;

  @Field(() => JSONScalar, { nullable: true, description: 'A JSON object, replaced whole; null clears.' })
  customProperties?: Record<string, unknown> | null;
}

@InputType()
export class UpdateChargersInput {
  @Field(() => [ID], { description: 'At most 500. All of them change, or none (NOT_FOUND names the missing ones).' })
  ids!: string[];

  @Field(() => ChargerPatchInput)
  patch!: ChargerPatchInput;
}
