import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ChargingProfileRow } from '../../domain/commands/smart-charging.commands.js';
import type { ConfigurationRow } from '../../domain/chargers/charger-details.repository.js';
import { toGlobalId } from '../node.js';
import { DecimalScalar, SafeIntScalar } from '../scalars.js';

/** SCREAMING_CASE in GraphQL, PascalCase on the OCPP wire: CHARGE_POINT_MAX_PROFILE -> ChargePointMaxProfile. */
export function toOcppName(value: string): string {
  return value
    .split('_')
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join('');
}

/** The other way: ChargePointMaxProfile -> CHARGE_POINT_MAX_PROFILE, SuspendedEVSE -> SUSPENDED_EVSE. */
export function fromOcppName<T extends string>(value: string): T {
  return value.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() as T;
}

export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ResetType = enumOf(['SOFT', 'HARD'] as const);
export type ResetType = keyof typeof ResetType;
registerEnumType(ResetType, {
  name: 'ResetType',
  description: 'SOFT: stop transactions and restart the software; HARD: reboot.',
});

export const AvailabilityType = enumOf(['OPERATIVE', 'INOPERATIVE'] as const);
export type AvailabilityType = keyof typeof AvailabilityType;
registerEnumType(AvailabilityType, { name: 'AvailabilityType' });

export const MessageTrigger = enumOf([
  'BOOT_NOTIFICATION',
  'DIAGNOSTICS_STATUS_NOTIFICATION',
  'FIRMWARE_STATUS_NOTIFICATION',
  'HEARTBEAT',
  'METER_VALUES',
  'STATUS_NOTIFICATION',
  'LOG_STATUS_NOTIFICATION',
  'TRANSACTION_EVENT',
  'SIGN_CHARGING_STATION_CERTIFICATE',
  'SIGN_V2G_CERTIFICATE',
  'SIGN_COMBINED_CERTIFICATE',
  'PUBLISH_FIRMWARE_STATUS_NOTIFICATION',
] as const);
export type MessageTrigger = keyof typeof MessageTrigger;
registerEnumType(MessageTrigger, {
  name: 'MessageTrigger',
  description:
    'What triggerMessage asks the charger to send now. LOG_STATUS_NOTIFICATION and DIAGNOSTICS_STATUS_NOTIFICATION are one message (2.0.1 and 1.6 names); TRANSACTION_EVENT and the SIGN_* / PUBLISH_* ones exist only in OCPP 2.0.1 (NOT_SUPPORTED_BY_PROTOCOL on a 1.6 charger).',
});

export const ChargingProfilePurpose = enumOf(['CHARGE_POINT_MAX_PROFILE', 'TX_DEFAULT_PROFILE', 'TX_PROFILE'] as const);
export type ChargingProfilePurpose = keyof typeof ChargingProfilePurpose;
registerEnumType(ChargingProfilePurpose, { name: 'ChargingProfilePurpose' });

export const ChargingProfileKind = enumOf(['ABSOLUTE', 'RECURRING', 'RELATIVE'] as const);
export type ChargingProfileKind = keyof typeof ChargingProfileKind;
registerEnumType(ChargingProfileKind, { name: 'ChargingProfileKind' });

export const RecurrencyKind = enumOf(['DAILY', 'WEEKLY'] as const);
export type RecurrencyKind = keyof typeof RecurrencyKind;
registerEnumType(RecurrencyKind, { name: 'RecurrencyKind' });

export const ChargingRateUnit = enumOf(['W', 'A'] as const);
export type ChargingRateUnit = keyof typeof ChargingRateUnit;
registerEnumType(ChargingRateUnit, { name: 'ChargingRateUnit', description: 'Watts or Amperes per phase.' });

export const AttributeType = enumOf(['ACTUAL', 'TARGET', 'MIN_SET', 'MAX_SET'] as const);
export type AttributeType = keyof typeof AttributeType;
registerEnumType(AttributeType, {
  name: 'AttributeType',
  description: 'Which value of an OCPP 2.0.1 variable: the actual one (the default), a target, or the limits.',
});

/** A station's attributeType as the API reads it; Actual when it names none (OCPP 2.0.1's default). */
export const attributeTypeOf = (wire: string | null | undefined): AttributeType => {
  const name = fromOcppName<AttributeType>(wire ?? 'Actual');
  return name in AttributeType ? name : 'ACTUAL';
};

export const LocalListUpdateType = enumOf(['FULL', 'DIFFERENTIAL'] as const);
export type LocalListUpdateType = keyof typeof LocalListUpdateType;
registerEnumType(LocalListUpdateType, { name: 'LocalListUpdateType' });

@InputType()
export class SessionLimitsInput {
  @Field(() => SafeIntScalar, { nullable: true, description: 'Energy charged, in Wh.' })
  maxEnergyWh?: number | null;

  @Field(() => Int, { nullable: true, description: "Seconds from the charger's start of the transaction." })
  maxDurationSeconds?: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Session.cost total (gross) in the currency of the session's tariff; without a tariff it is never reached.",
  })
  maxCost?: string | null;
}

/** What every command input has besides the command: whether to wait for the charger's answer. */
@InputType()
export abstract class CommandOptions {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description:
      "false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer.",
  })
  wait?: boolean | null;
}

@InputType()
export class RemoteStartInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => Int) connectorId!: number;
  @Field(() => String, { description: 'A DRIVER may only use their own id tag.' }) idTag!: string;
  @Field(() => SessionLimitsInput, {
    nullable: true,
    description:
      'The server stops the session (RemoteStopTransaction) when one is reached; its stopReason then says which.',
  })
  limits?: SessionLimitsInput | null;
}

@InputType()
export class RemoteStopInput extends CommandOptions {
  @Field(() => ID) sessionId!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'End the session here even when the charger refuses or never answers; its stopReason is then FORCED.',
  })
  force?: boolean;
}

@InputType()
export class ResetInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => ResetType) type!: ResetType;
  @Field(() => Int, {
    nullable: true,
    description:
      'OCPP 2.0.1: reset only this EVSE (Reset.evseId); the whole charger when omitted. A 1.6 charger cannot: NOT_SUPPORTED_BY_PROTOCOL.',
  })
  evseId?: number | null;
}

@InputType({ description: 'A command that names only the charger (ClearCache, GetLocalListVersion).' })
export class ChargerCommandInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
}

@InputType()
export class RefreshConfigurationInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => [String], { nullable: true, description: 'All keys when omitted.' }) keys?: string[];
}

@InputType()
export class CancelReservationInput extends CommandOptions {
  @Field(() => ID, { description: 'The Reservation.' }) id!: string;
}

@InputType()
export class ConnectorInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => Int, { description: 'OCPP 2.0.1: the EVSE.' }) connectorId!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Only this connector of the EVSE connectorId (OCPP 2.0.1 connectorId; Charger.evses lists them); 1 when omitted. A 1.6 connector is its EVSE’s connector 1: another is NOT_SUPPORTED_BY_PROTOCOL.',
  })
  evseConnectorId?: number | null;
}

@InputType()
export class ChangeAvailabilityInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => Int, { description: '0 is the whole charger; OCPP 2.0.1: the EVSE.' }) connectorId!: number;
  @Field(() => AvailabilityType) type!: AvailabilityType;
  @Field(() => Int, {
    nullable: true,
    description:
      'Only this connector of the EVSE connectorId (OCPP 2.0.1 evse.connectorId; Charger.evses lists them). A 1.6 connector is its EVSE’s connector 1.',
  })
  evseConnectorId?: number | null;
}

@InputType()
export class ChangeConfigurationInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => String) key!: string;
  @Field(() => String) value!: string;
}

@InputType()
export class TriggerMessageInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => MessageTrigger) message!: MessageTrigger;
  @Field(() => Int, { nullable: true, description: 'OCPP 2.0.1: the EVSE.' }) connectorId?: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'OCPP 2.0.1: the connector of the EVSE connectorId to report on (evse.connectorId; a StatusNotification names connector 1 when omitted). A 1.6 connector is its EVSE’s connector 1.',
  })
  evseConnectorId?: number | null;
}

@InputType()
export class ReserveNowInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => Int, { description: '0 reserves the charger, when it supports ReserveConnectorZeroSupported.' })
  connectorId!: number;
  @Field(() => String) idTag!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => String, { nullable: true }) parentIdTag?: string;
}

@InputType()
export class ChargingSchedulePeriodInput {
  @Field(() => Int, { description: 'Seconds from the start of the schedule.' }) startPeriod!: number;
  @Field(() => Float) limit!: number;
  @Field(() => Int, { nullable: true }) numberPhases?: number;
}

@InputType()
export class ChargingScheduleInput {
  @Field(() => Int, { nullable: true }) duration?: number;
  @Field(() => Date, { nullable: true }) startSchedule?: Date;
  @Field(() => ChargingRateUnit) chargingRateUnit!: ChargingRateUnit;
  @Field(() => [ChargingSchedulePeriodInput]) chargingSchedulePeriod!: ChargingSchedulePeriodInput[];
  @Field(() => Float, { nullable: true }) minChargingRate?: number;
}

@InputType()
export class ChargingProfileInput {
  @Field(() => Int) chargingProfileId!: number;
  @Field(() => Int, { nullable: true, description: 'Only for TX_PROFILE.' }) transactionId?: number;
  @Field(() => Int) stackLevel!: number;
  @Field(() => ChargingProfilePurpose) purpose!: ChargingProfilePurpose;
  @Field(() => ChargingProfileKind) kind!: ChargingProfileKind;
  @Field(() => RecurrencyKind, { nullable: true }) recurrencyKind?: RecurrencyKind;
  @Field(() => Date, { nullable: true }) validFrom?: Date;
  @Field(() => Date, { nullable: true }) validTo?: Date;
  @Field(() => ChargingScheduleInput) chargingSchedule!: ChargingScheduleInput;
}

@InputType()
export class SetChargingProfileInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => Int, { description: '0 applies to the whole charger.' }) connectorId!: number;
  @Field(() => ChargingProfileInput) profile!: ChargingProfileInput;
}

@InputType({
  description: 'Which profiles to clear; with chargingProfileId the other criteria are ignored; none clears all.',
})
export class ClearChargingProfileInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => Int, { nullable: true }) chargingProfileId?: number;
  @Field(() => Int, { nullable: true }) connectorId?: number;
  @Field(() => ChargingProfilePurpose, { nullable: true }) purpose?: ChargingProfilePurpose;
  @Field(() => Int, { nullable: true }) stackLevel?: number;
}

@InputType()
export class GetCompositeScheduleInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => Int) connectorId!: number;
  @Field(() => Int, { description: 'Seconds.' }) duration!: number;
  @Field(() => ChargingRateUnit, { nullable: true }) chargingRateUnit?: ChargingRateUnit;
}

@InputType()
export class SendLocalListInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => LocalListUpdateType) updateType!: LocalListUpdateType;
  @Field(() => [String], {
    nullable: true,
    description: "Only these of the tenant's id tags; DIFFERENTIAL needs them. A tag we no longer have is removed.",
  })
  idTags?: string[];
}

@InputType()
export class UpdateFirmwareInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => String, { description: 'URI the charger downloads the firmware from.' }) location!: string;
  @Field(() => Date, { nullable: true, description: 'Now when omitted.' }) retrieveDate?: Date;
  @Field(() => Int, { nullable: true }) retries?: number;
  @Field(() => Int, { nullable: true }) retryInterval?: number;
}

@InputType()
export class GetDiagnosticsInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => String, { description: 'URI the charger uploads the diagnostics file to.' }) location!: string;
  @Field(() => Date, { nullable: true }) startTime?: Date;
  @Field(() => Date, { nullable: true }) stopTime?: Date;
  @Field(() => Int, { nullable: true }) retries?: number;
  @Field(() => Int, { nullable: true }) retryInterval?: number;
}

@InputType()
export class CommandFilter {
  @Field(() => ID, { nullable: true }) chargerId?: string;
  @Field(() => String, { nullable: true, description: 'The OCPP action, e.g. Reset.' }) action?: string;
}

/** The parts of a stored csChargingProfiles the typed fields read (OCPP 1.6 §7.8 names). */
interface OcppProfileShape {
  transactionId: number | string;
  recurrencyKind: string;
  validFrom: string;
  validTo: string;
  chargingSchedule: {
    duration?: number;
    startSchedule?: string;
    chargingRateUnit?: string;
    chargingSchedulePeriod?: { startPeriod: number; limit: number; numberPhases?: number }[];
    minChargingRate?: number;
  };
}

@ObjectType({ description: 'One step of a ChargingSchedule: from startPeriod on, at most limit.' })
export class ChargingSchedulePeriod {
  @Field(() => Int, { description: 'Seconds from the start of the schedule.' }) startPeriod!: number;
  @Field(() => Float, { description: 'In chargingRateUnit (W, or A per phase).' }) limit!: number;
  @Field(() => Int, { nullable: true }) numberPhases!: number | null;
}

@ObjectType({ description: "A charging profile's limits over time (OCPP 1.6 §7.13)." })
export class ChargingSchedule {
  @Field(() => Int, { nullable: true, description: 'Seconds; open-ended when null.' }) duration!: number | null;
  @Field(() => Date, { nullable: true }) startSchedule!: Date | null;
  @Field(() => ChargingRateUnit) chargingRateUnit!: ChargingRateUnit;
  @Field(() => [ChargingSchedulePeriod]) chargingSchedulePeriod!: ChargingSchedulePeriod[];
  @Field(() => Float, { nullable: true }) minChargingRate!: number | null;

  static from(sent: OcppProfileShape['chargingSchedule'] | undefined): ChargingSchedule {
    return Object.assign(new ChargingSchedule(), {
      duration: sent?.duration ?? null,
      startSchedule: sent?.startSchedule ? new Date(sent.startSchedule) : null,
      chargingRateUnit: sent?.chargingRateUnit === 'W' ? 'W' : 'A',
      chargingSchedulePeriod: (sent?.chargingSchedulePeriod ?? []).map((p) =>
        Object.assign(new ChargingSchedulePeriod(), {
          startPeriod: p.startPeriod,
          limit: p.limit,
          numberPhases: p.numberPhases ?? null,
        }),
      ),
      minChargingRate: sent?.minChargingRate ?? null,
    });
  }
}

@ObjectType({ description: 'A configuration key as the charger last reported or accepted it.' })
export class ConfigurationKey {
  @Field(() => ID, { description: 'Stable per charger and key.' })
  id!: string;

  chargerDbId!: string;
  @Field(() => String) key!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => Boolean) readonly!: boolean;
  @Field(() => Boolean, {
    description: 'The charger reported this key as unknown (GetConfiguration unknownKey, or NotSupported).',
  })
  unknown!: boolean;

  static from(row: ConfigurationRow): ConfigurationKey {
    return Object.assign(new ConfigurationKey(), {
      id: toGlobalId('ConfigurationKey', `${row.chargerId}:${row.key}`),
      chargerDbId: row.chargerId,
      key: row.key,
      value: row.value,
      readonly: row.readonly,
      unknown: row.unknown,
    });
  }
}

@ObjectType({ description: 'A charging profile the charger accepted and has not cleared.' })
export class ChargingProfile {
  @Field(() => ID)
  id!: string;

  chargerDbId!: string;
  @Field(() => Int) chargingProfileId!: number;
  @Field(() => Int) connectorId!: number;
  @Field(() => Int) stackLevel!: number;
  @Field(() => ChargingProfilePurpose) purpose!: ChargingProfilePurpose;
  @Field(() => ChargingProfileKind) kind!: ChargingProfileKind;
  @Field(() => RecurrencyKind, { nullable: true }) recurrencyKind!: RecurrencyKind | null;
  @Field(() => Date, { nullable: true }) validFrom!: Date | null;
  @Field(() => Date, { nullable: true }) validTo!: Date | null;
  @Field(() => ChargingSchedule, { description: 'The limits over time, typed (as ChargingProfileInput takes them).' })
  chargingSchedule!: ChargingSchedule;
  @Field(() => String, {
    nullable: true,
    description: "TX_PROFILE: the transaction it limits, as Session.transactionId reads (a 2.0.1 station's own id).",
  })
  transactionId!: string | null;
  @Field(() => Date) createdAt!: Date;

  static from(row: ChargingProfileRow): ChargingProfile {
    const sent = row.profile as Partial<OcppProfileShape>;
    return Object.assign(new ChargingProfile(), {
      recurrencyKind: sent.recurrencyKind ? fromOcppName<RecurrencyKind>(sent.recurrencyKind) : null,
      validFrom: sent.validFrom ? new Date(sent.validFrom) : null,
      validTo: sent.validTo ? new Date(sent.validTo) : null,
      chargingSchedule: ChargingSchedule.from(sent.chargingSchedule),
      id: toGlobalId('ChargingProfile', row.id),
      chargerDbId: row.chargerId,
      chargingProfileId: row.chargingProfileId,
      connectorId: row.connectorId,
      stackLevel: row.stackLevel,
      purpose: fromOcppName<ChargingProfilePurpose>(row.purpose),
      kind: fromOcppName<ChargingProfileKind>(row.kind),
      transactionId: sent.transactionId === undefined ? null : String(sent.transactionId),
      createdAt: row.createdAt,
    });
  }
}
