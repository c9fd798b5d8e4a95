/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddressInput = {
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2, e.g. DE. */
  country?: string | null | undefined;
  postalCode?: string | null | undefined;
  street?: string | null | undefined;
};

/** Name exactly one place: chargerId (with connectorId for one connector), siteId, tenantDefault or idTagGroup. */
export type AssignTariffInput = {
  chargerId?: string | number | null | undefined;
  connectorId?: number | null | undefined;
  /** Drivers whose id tag is in this group (id tag groupName). */
  idTagGroup?: string | null | undefined;
  siteId?: string | number | null | undefined;
  /** null detaches the tariff from that place. */
  tariffId?: string | number | null | undefined;
  tenantDefault?: boolean | null | undefined;
};

/** Which value of an OCPP 2.0.1 variable: the actual one (the default), a target, or the limits. */
export type AttributeType =
  | 'ACTUAL'
  | 'MAX_SET'
  | 'MIN_SET'
  | 'TARGET';

export type AvailabilityType =
  | 'INOPERATIVE'
  | 'OPERATIVE';

export type CancelReservationInput = {
  /** The Reservation. */
  id: string | number;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

export type ChangeAvailabilityInput = {
  chargerId: string | number;
  /** 0 is the whole charger; OCPP 2.0.1: the EVSE. */
  connectorId: number;
  /** Only this connector of the EVSE connectorId (OCPP 2.0.1 evse.connectorId; Charger.evses lists them). A 1.6 connector is its EVSE’s connector 1. */
  evseConnectorId?: number | null | undefined;
  type: AvailabilityType;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

export type ChangeConfigurationInput = {
  chargerId: string | number;
  key: string;
  value: string;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

/** What a charger can do (OCPI 2.2 Capability). */
export type ChargerCapability =
  | 'CHARGING_PREFERENCES_CAPABLE'
  | 'CHARGING_PROFILE_CAPABLE'
  | 'CHIP_CARD_SUPPORT'
  | 'CONTACTLESS_CARD_SUPPORT'
  | 'CREDIT_CARD_PAYABLE'
  | 'DEBIT_CARD_PAYABLE'
  | 'PED_TERMINAL'
  | 'REMOTE_START_STOP_CAPABLE'
  | 'RESERVABLE'
  | 'RFID_READER'
  | 'START_SESSION_CONNECTOR_REQUIRED'
  | 'TOKEN_GROUP_CAPABLE'
  | 'UNLOCK_CAPABLE';

/** A command that names only the charger (ClearCache, GetLocalListVersion). */
export type ChargerCommandInput = {
  chargerId: string | number;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

export type ChargerFilter = {
  /** Chargers whose customProperties contain this JSON object, e.g. {"fleet": "north"}. */
  customProperties?: unknown;
  /** The charger with a connector of this eMI3 EVSE id. */
  evseId?: string | null | undefined;
  maxPowerW?: number | null | undefined;
  /** Rated power range in W: the charger or one of its connectors is rated within it. */
  minPowerW?: number | null | undefined;
  /** Only chargers near a point; ordered nearest first unless orderBy says otherwise. */
  near?: NearInput | null | undefined;
  online?: boolean | null | undefined;
  /** Chargers with a connector of one of these plug types. */
  plugType?: Array<PlugType> | null | undefined;
  registrationStatus?: RegistrationStatus | null | undefined;
  /** Part of the OCPP id, name, vendor or model (case-insensitive). */
  search?: string | null | undefined;
  siteId?: string | number | null | undefined;
  /** Chargers with a connector in one of these statuses. */
  status?: Array<ConnectorStatus> | null | undefined;
};

export type ChargerOrder = {
  direction?: OrderDirection;
  field: ChargerOrderField;
};

export type ChargerOrderField =
  | 'CREATED_AT'
  /** Needs filter.near. */
  | 'DISTANCE'
  | 'LAST_SEEN_AT'
  | 'NAME'
  | 'OCPP_ID';

export type ChargingProfileInput = {
  chargingProfileId: number;
  chargingSchedule: ChargingScheduleInput;
  kind: ChargingProfileKind;
  purpose: ChargingProfilePurpose;
  recurrencyKind?: RecurrencyKind | null | undefined;
  stackLevel: number;
  /** Only for TX_PROFILE. */
  transactionId?: number | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

export type ChargingProfileKind =
  | 'ABSOLUTE'
  | 'RECURRING'
  | 'RELATIVE';

export type ChargingProfilePurpose =
  | 'CHARGE_POINT_MAX_PROFILE'
  | 'TX_DEFAULT_PROFILE'
  | 'TX_PROFILE';

/** Watts or Amperes per phase. */
export type ChargingRateUnit =
  | 'A'
  | 'W';

export type ChargingScheduleInput = {
  chargingRateUnit: ChargingRateUnit;
  chargingSchedulePeriod: Array<ChargingSchedulePeriodInput>;
  duration?: number | null | undefined;
  minChargingRate?: number | null | undefined;
  startSchedule?: string | null | undefined;
};

export type ChargingSchedulePeriodInput = {
  limit: number;
  numberPhases?: number | null | undefined;
  /** Seconds from the start of the schedule. */
  startPeriod: number;
};

/** Which profiles to clear; with chargingProfileId the other criteria are ignored; none clears all. */
export type ClearChargingProfileInput = {
  chargerId: string | number;
  chargingProfileId?: number | null | undefined;
  connectorId?: number | null | undefined;
  purpose?: ChargingProfilePurpose | null | undefined;
  stackLevel?: number | null | undefined;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

/** Why a command FAILED or TIMED_OUT: the charger's OCPP CALLERROR code in SCREAMING_CASE (1.6's FormationViolation and OccurenceConstraintViolation read as 2.0.1 spells them), or ours. */
export type CommandErrorCode =
  /** Ours: the charger was not connected. */
  | 'CHARGER_OFFLINE'
  /** Ours: no answer within OCPP_COMMAND_TIMEOUT_MS. */
  | 'CHARGER_TIMEOUT'
  | 'FORMAT_VIOLATION'
  | 'GENERIC_ERROR'
  /** Ours: the server failed to send it. */
  | 'INTERNAL'
  | 'INTERNAL_ERROR'
  | 'MESSAGE_TYPE_NOT_SUPPORTED'
  | 'NOT_IMPLEMENTED'
  | 'NOT_SUPPORTED'
  | 'OCCURRENCE_CONSTRAINT_VIOLATION'
  /** Any other failure here. */
  | 'OTHER'
  | 'PROPERTY_CONSTRAINT_VIOLATION'
  | 'PROTOCOL_ERROR'
  | 'RPC_FRAMEWORK_ERROR'
  | 'SECURITY_ERROR'
  | 'TYPE_CONSTRAINT_VIOLATION';

export type CommandFilter = {
  /** The OCPP action, e.g. Reset. */
  action?: string | null | undefined;
  chargerId?: string | number | null | undefined;
};

export type CommandStatus =
  /** The charger will do it: it answered Accepted, Scheduled, Unlocked or RebootRequired, or an answer with no status word. */
  | 'ACCEPTED'
  /** No answer to act on: the charger was offline (errorCode CHARGER_OFFLINE) or sent a CALLERROR (errorCode is its OCPP code). */
  | 'FAILED'
  /** Sent (or being sent); no answer yet. */
  | 'PENDING'
  /** The charger answered that it will not (Rejected, NotSupported, UnlockFailed, Occupied, ...); its word is `chargerStatus`. */
  | 'REJECTED'
  /** No answer within OCPP_COMMAND_TIMEOUT_MS (errorCode CHARGER_TIMEOUT). */
  | 'TIMED_OUT';

/** StatusNotification errorCode (OCPP 1.6 ChargePointErrorCode) in SCREAMING_CASE; NO_ERROR for a 2.0.1 station, which reports none. */
export type ConnectorErrorCode =
  | 'CONNECTOR_LOCK_FAILURE'
  | 'EV_COMMUNICATION_ERROR'
  | 'GROUND_FAILURE'
  | 'HIGH_TEMPERATURE'
  | 'INTERNAL_ERROR'
  | 'LOCAL_LIST_CONFLICT'
  | 'NO_ERROR'
  /** OCPP's OtherError, or a word OCPP does not define (see vendorErrorCode in the frame). */
  | 'OTHER_ERROR'
  | 'OVER_CURRENT_FAILURE'
  | 'OVER_VOLTAGE'
  | 'POWER_METER_FAILURE'
  | 'POWER_SWITCH_FAILURE'
  | 'READER_FAILURE'
  | 'RESET_FAILURE'
  | 'UNDER_VOLTAGE'
  | 'WEAK_SIGNAL';

/** A socket the driver plugs a cable into, or a cable attached to the charger (OCPI 2.2). */
export type ConnectorFormat =
  | 'CABLE'
  | 'SOCKET';

export type ConnectorInput = {
  chargerId: string | number;
  /** OCPP 2.0.1: the EVSE. */
  connectorId: number;
  /** Only this connector of the EVSE connectorId (OCPP 2.0.1 connectorId; Charger.evses lists them); 1 when omitted. A 1.6 connector is its EVSE’s connector 1: another is NOT_SUPPORTED_BY_PROTOCOL. */
  evseConnectorId?: number | null | undefined;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

/** OCPP ChargePointStatus in SCREAMING_CASE; UNKNOWN until the charger reports one. */
export type ConnectorStatus =
  | 'AVAILABLE'
  | 'CHARGING'
  | 'FAULTED'
  | 'FINISHING'
  /** OCPP 2.0.1 only. */
  | 'OCCUPIED'
  | 'PREPARING'
  | 'RESERVED'
  | 'SUSPENDED_EV'
  | 'SUSPENDED_EVSE'
  | 'UNAVAILABLE'
  /** No StatusNotification yet (or a value OCPP does not define). */
  | 'UNKNOWN';

export type CostLineType =
  | 'ENERGY'
  /** Time plugged in after charging ended, past the grace period. */
  | 'IDLE'
  /** Cuts the net total to the tariff maximum (a negative amount). */
  | 'MAX_PRICE'
  /** Raises the net total to the tariff minimum. */
  | 'MIN_PRICE'
  | 'SESSION_FEE'
  /** Time while charging (until the energy register stopped rising for good). */
  | 'TIME';

export type CostUnit =
  | 'HOUR'
  | 'KWH'
  | 'MINUTE'
  | 'SESSION';

export type CreateApiKeyInput = {
  /** What uses it, e.g. "billing export". */
  name: string;
  /** At most your own role. */
  role: Role;
};

export type CreateChargerInput = {
  name?: string | null | undefined;
  /** The identity the charger puts in its OCPP URL. */
  ocppId: string;
  /** Basic-auth password (OCPP security profile 1/2); stored hashed. */
  password?: string | null | undefined;
  siteId?: string | number | null | undefined;
  /** Overrides the site and tenant tariffs for this charger. */
  tariffId?: string | number | null | undefined;
};

export type CreateIdTagInput = {
  /** Load management: a session of this tag ranks at the higher of this and its charger's priority on the circuit (PRIORITY circuits fill higher first; any circuit holds the lowest at 0 first). Null: the charger's alone. */
  chargingPriority?: number | null | undefined;
  expiresAt?: string | null | undefined;
  /** A group for pricing: tariffs can be offered to it (assignTariff idTagGroup). */
  groupName?: string | null | undefined;
  /** OCPP parentIdTag: tags with the same parent count as one (e.g. a fleet). */
  parentIdTag?: string | null | undefined;
  status?: IdTagStatus | null | undefined;
  userId?: string | number | null | undefined;
  /** The token as the charger sends it (CiString20: case-insensitive, at most 20 characters). */
  value: string;
};

export type CreateSiteInput = {
  address?: AddressInput | null | undefined;
  /** Your own fields: a JSON object of at most 16 KiB, replaced whole; null clears. */
  customProperties?: unknown;
  /** The site's id in another system. */
  externalId?: string | null | undefined;
  location?: LocationInput | null | undefined;
  name: string;
  /** Replaced whole; null clears (not stated). */
  openingHours?: OpeningHoursInput | null | undefined;
  /** The site this one sits in; null makes it top-level. */
  parentId?: string | number | null | undefined;
  parkingType?: ParkingType | null | undefined;
  /** Shown to the public (apps, roaming); false by default. */
  public?: boolean | null | undefined;
  /** The name shown to the public. */
  publicName?: string | null | undefined;
  /** The tariff for this site's chargers (unless a charger has its own). */
  tariffId?: string | number | null | undefined;
  /** IANA time zone; UTC while none is set. */
  timezone?: string | null | undefined;
};

export type CreateTariffInput = {
  currency: string;
  /** Replaces all elements. */
  elements?: Array<TariffElementInput> | null | undefined;
  energyPricePerKwh?: string | null | undefined;
  energyRounding?: RoundingMode | null | undefined;
  energyStepWh?: number | null | undefined;
  idTagGroups?: Array<string> | null | undefined;
  idleFeePerMinute?: string | null | undefined;
  idleGraceMinutes?: number | null | undefined;
  idleStepSeconds?: number | null | undefined;
  /** null clears it. */
  maxPrice?: string | null | undefined;
  /** null clears it. */
  minPrice?: string | null | undefined;
  name: string;
  priority?: number | null | undefined;
  sessionFee?: string | null | undefined;
  taxRatePercent?: string | null | undefined;
  timePricePerHour?: string | null | undefined;
  timeRounding?: RoundingMode | null | undefined;
  timeStepSeconds?: number | null | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
};

export type CreateTenantInput = {
  /** The tenant's first TENANT_ADMIN. */
  adminEmail: string;
  adminPassword: string;
  /** A host name of the tenant, e.g. charge.acme.com. */
  customDomain?: string | null | undefined;
  name: string;
  /** a-z 0-9 -; the OCPP URL prefix (path or host name). */
  slug: string;
};

export type CreateUserInput = {
  email: string;
  name?: string | null | undefined;
  /** Omitted: the user is invited instead (see inviteUser). */
  password?: string | null | undefined;
  /** At most your own role. */
  role: Role;
};

export type CreateVirtualChargerInput = {
  /** Let drivers come and go at random (default false: only what you drive). */
  autoCharge?: boolean | null | undefined;
  /** Connectors, 1-8 (default 1). */
  connectors?: number | null | undefined;
  /** Seconds between MeterValues while charging (default 10). */
  meterIntervalSeconds?: number | null | undefined;
  name?: string | null | undefined;
  /** The OCPP identity of the new charger; it is registered like any other. */
  ocppId: string;
  /** The OCPP version it speaks: 1.6 (default) or 2.0.1. */
  ocppVersion?: string | null | undefined;
  siteId?: string | number | null | undefined;
};

export type DataTransferInput = {
  chargerId: string | number;
  /** Sent as is; JSON goes as a string. */
  data?: string | null | undefined;
  /** Message identification (at most 50 characters). */
  messageId?: string | null | undefined;
  /** Vendor identification, e.g. a reversed DNS name (at most 255 characters). */
  vendorId: string;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

export type DataTransferStatus =
  | 'ACCEPTED'
  | 'REJECTED'
  | 'UNKNOWN_MESSAGE_ID'
  | 'UNKNOWN_VENDOR_ID';

export type DayOfWeek =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type DeleteChargerInput = {
  /** The Charger. */
  id: string | number;
};

export type DeleteIdTagInput = {
  /** The IdTag. */
  id: string | number;
};

export type DeleteSiteInput = {
  /** The Site. */
  id: string | number;
};

export type DeleteTariffInput = {
  /** The Tariff. */
  id: string | number;
};

/** DiagnosticsStatusNotification (1.6) or LogStatusNotification (2.0.1) status in SCREAMING_CASE; 2.0.1's UploadFailure reads UPLOAD_FAILED. */
export type DiagnosticsStatus =
  | 'ACCEPTED_CANCELED'
  | 'BAD_MESSAGE'
  | 'IDLE'
  | 'NOT_SUPPORTED_OPERATION'
  /** A word OCPP does not define (the frame is in the message log). */
  | 'OTHER'
  | 'PERMISSION_DENIED'
  | 'UPLOADED'
  | 'UPLOADING'
  | 'UPLOAD_FAILED';

export type DriveVirtualChargerInput = {
  action: VirtualChargerAction;
  /** Default 1. */
  connectorId?: number | null | undefined;
  id: string | number;
  /** For PLUG_IN (default LAB-TAG). */
  idTag?: string | null | undefined;
  /** For GO_OFFLINE (default 30). */
  seconds?: number | null | undefined;
};

/** What decides when the authorizer is slow, down or answers nonsense. */
export type ExternalAuthorizationFallback =
  /** Let the driver charge. */
  | 'ACCEPT'
  /** The local id tag list alone decides. */
  | 'LOCAL_ONLY'
  /** Refuse (Invalid). */
  | 'REJECT';

/** An empty or null url removes the authorizer. */
export type ExternalAuthorizationInput = {
  /** Default LOCAL_ONLY. */
  fallback?: ExternalAuthorizationFallback | null | undefined;
  /** Default UNKNOWN_ONLY. */
  mode?: ExternalAuthorizationMode | null | undefined;
  /** Default 2000; 100-10000. */
  timeoutMs?: number | null | undefined;
  /** https://...; gets a signed POST { chargerId ocppId idTag connectorId }. */
  url?: string | null | undefined;
};

export type ExternalAuthorizationMode =
  /** Ask for every tag; its answer overrides the local list. */
  | 'ALWAYS'
  /** Ask only for tags the local list does not know. */
  | 'UNKNOWN_ONLY';

/** FirmwareStatusNotification status (OCPP 2.0.1 FirmwareStatusEnumType, which holds 1.6's) in SCREAMING_CASE. */
export type FirmwareStatus =
  | 'DOWNLOADED'
  | 'DOWNLOADING'
  | 'DOWNLOAD_FAILED'
  | 'DOWNLOAD_PAUSED'
  | 'DOWNLOAD_SCHEDULED'
  | 'IDLE'
  | 'INSTALLATION_FAILED'
  | 'INSTALLED'
  | 'INSTALLING'
  | 'INSTALL_REBOOTING'
  | 'INSTALL_SCHEDULED'
  | 'INSTALL_VERIFICATION_FAILED'
  | 'INVALID_SIGNATURE'
  /** A word OCPP does not define (the frame is in the message log). */
  | 'OTHER'
  | 'SIGNATURE_VERIFIED';

export type GetCompositeScheduleInput = {
  chargerId: string | number;
  chargingRateUnit?: ChargingRateUnit | null | undefined;
  connectorId: number;
  /** Seconds. */
  duration: number;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

export type GetDiagnosticsInput = {
  chargerId: string | number;
  /** URI the charger uploads the diagnostics file to. */
  location: string;
  retries?: number | null | undefined;
  retryInterval?: number | null | undefined;
  startTime?: string | null | undefined;
  stopTime?: string | null | undefined;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

export type GetVariablesInput = {
  chargerId: string | number;
  variables: Array<VariableAddressInput>;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

export type IdTagFilter = {
  /** Part of the value. */
  search?: string | null | undefined;
  status?: Array<IdTagStatus> | null | undefined;
  userId?: string | number | null | undefined;
};

export type IdTagStatus =
  | 'ACCEPTED'
  | 'BLOCKED'
  | 'EXPIRED';

export type InviteUserInput = {
  email: string;
  name?: string | null | undefined;
  role: Role;
};

export type LocalListUpdateType =
  | 'DIFFERENTIAL'
  | 'FULL';

export type LocationInput = {
  /** -90 to 90 */
  latitude: number;
  /** -180 to 180 */
  longitude: number;
};

/** What a sampled value measures: OCPP 1.6 and 2.0.1 Measurand in SCREAMING_CASE (Energy.Active.Import.Register -> ENERGY_ACTIVE_IMPORT_REGISTER, SoC -> SOC). */
export type Measurand =
  | 'CURRENT_EXPORT'
  | 'CURRENT_IMPORT'
  | 'CURRENT_OFFERED'
  | 'ENERGY_ACTIVE_EXPORT_INTERVAL'
  | 'ENERGY_ACTIVE_EXPORT_REGISTER'
  | 'ENERGY_ACTIVE_IMPORT_INTERVAL'
  | 'ENERGY_ACTIVE_IMPORT_REGISTER'
  | 'ENERGY_ACTIVE_NET'
  | 'ENERGY_APPARENT_EXPORT'
  | 'ENERGY_APPARENT_IMPORT'
  | 'ENERGY_APPARENT_NET'
  | 'ENERGY_REACTIVE_EXPORT_INTERVAL'
  | 'ENERGY_REACTIVE_EXPORT_REGISTER'
  | 'ENERGY_REACTIVE_IMPORT_INTERVAL'
  | 'ENERGY_REACTIVE_IMPORT_REGISTER'
  | 'ENERGY_REACTIVE_NET'
  | 'FREQUENCY'
  /** A measurand OCPP does not define (the frame is in the message log). */
  | 'OTHER'
  | 'POWER_ACTIVE_EXPORT'
  | 'POWER_ACTIVE_IMPORT'
  | 'POWER_FACTOR'
  | 'POWER_OFFERED'
  | 'POWER_REACTIVE_EXPORT'
  | 'POWER_REACTIVE_IMPORT'
  | 'RPM'
  | 'SOC'
  | 'TEMPERATURE'
  | 'VOLTAGE';

export type MessageDirection =
  /** From the charger */
  | 'IN'
  /** To the charger */
  | 'OUT';

/** What triggerMessage asks the charger to send now. LOG_STATUS_NOTIFICATION and DIAGNOSTICS_STATUS_NOTIFICATION are one message (2.0.1 and 1.6 names); TRANSACTION_EVENT and the SIGN_* / PUBLISH_* ones exist only in OCPP 2.0.1 (NOT_SUPPORTED_BY_PROTOCOL on a 1.6 charger). */
export type MessageTrigger =
  | 'BOOT_NOTIFICATION'
  | 'DIAGNOSTICS_STATUS_NOTIFICATION'
  | 'FIRMWARE_STATUS_NOTIFICATION'
  | 'HEARTBEAT'
  | 'LOG_STATUS_NOTIFICATION'
  | 'METER_VALUES'
  | 'PUBLISH_FIRMWARE_STATUS_NOTIFICATION'
  | 'SIGN_CHARGING_STATION_CERTIFICATE'
  | 'SIGN_COMBINED_CERTIFICATE'
  | 'SIGN_V2G_CERTIFICATE'
  | 'STATUS_NOTIFICATION'
  | 'TRANSACTION_EVENT';

/** Where a sampled value was measured (OCPP Location). */
export type MeterLocation =
  | 'BODY'
  | 'CABLE'
  | 'EV'
  | 'INLET'
  /** A location OCPP does not define. */
  | 'OTHER'
  | 'OUTLET';

export type MeterValueFilter = {
  /** Any of these measurands, e.g. ENERGY_ACTIVE_IMPORT_REGISTER, POWER_ACTIVE_IMPORT. */
  measurand?: Array<Measurand> | null | undefined;
  /** Inclusive. */
  since?: string | null | undefined;
  /** Exclusive. */
  until?: string | null | undefined;
};

/** Chargers whose site lies within `radiusMeters` of a point. */
export type NearInput = {
  latitude: number;
  longitude: number;
  radiusMeters: number;
};

export type OcppMessageFilter = {
  /** OCPP action, e.g. StartTransaction; responses carry their CALL's action. */
  action?: string | null | undefined;
  chargerId?: string | number | null | undefined;
  direction?: MessageDirection | null | undefined;
  /** Frames at or after this time. */
  since?: string | null | undefined;
  /** Frames before this time. */
  until?: string | null | undefined;
};

export type OcppMessageType =
  | 'CALL'
  | 'CALLERROR'
  | 'CALLRESULT';

export type OpeningExceptionInput = {
  /** YYYY-MM-DD, local to the site. */
  date: string;
  /** Empty: closed all day. */
  periods?: Array<TimePeriodInput>;
};

/** Replaces the whole opening hours; null on the site clears them (not stated). */
export type OpeningHoursInput = {
  exceptions?: Array<OpeningExceptionInput>;
  twentyFourSeven?: boolean;
  weekly?: Array<WeeklyPeriodInput>;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Where the cars park (OCPI 2.2 ParkingType). */
export type ParkingType =
  | 'ALONG_MOTORWAY'
  | 'ON_DRIVEWAY'
  | 'ON_STREET'
  | 'PARKING_GARAGE'
  | 'PARKING_LOT'
  | 'UNDERGROUND_GARAGE';

/** The phase a sampled value is for (OCPP Phase: L1-N -> L1_N). */
export type Phase =
  | 'L1'
  | 'L1_L2'
  | 'L1_N'
  | 'L2'
  | 'L2_L3'
  | 'L2_N'
  | 'L3'
  | 'L3_L1'
  | 'L3_N'
  | 'N'
  /** A phase OCPP does not define. */
  | 'OTHER';

/** The plug or socket of a connector; OCPP 1.6 does not report it, so the operator sets it. */
export type PlugType =
  | 'CCS_1'
  | 'CCS_2'
  | 'CHADEMO'
  | 'DOMESTIC'
  | 'GB_T_AC'
  | 'GB_T_DC'
  | 'NACS'
  | 'OTHER'
  | 'TYPE_1'
  | 'TYPE_2';

export type PowerType =
  | 'AC'
  | 'DC';

export type PriceComponentInput = {
  /** Net: per kWh, per hour (TIME), per minute (PARKING_TIME) or per session (FLAT). */
  price: string;
  /** Wh for ENERGY, seconds for TIME and PARKING_TIME. */
  stepSize?: number | null | undefined;
  type: PriceComponentType;
};

export type PriceComponentType =
  /** Per kWh. */
  | 'ENERGY'
  /** Per session. */
  | 'FLAT'
  /** Per minute idle after charging (like idleFeePerMinute); the grace period applies. */
  | 'PARKING_TIME'
  /** Per hour of charging. */
  | 'TIME';

/** Why a sampled value was taken (OCPP ReadingContext: Sample.Periodic -> SAMPLE_PERIODIC). */
export type ReadingContext =
  | 'INTERRUPTION_BEGIN'
  | 'INTERRUPTION_END'
  /** OCPP's Other, or a context OCPP does not define. */
  | 'OTHER'
  | 'SAMPLE_CLOCK'
  | 'SAMPLE_PERIODIC'
  | 'TRANSACTION_BEGIN'
  | 'TRANSACTION_END'
  | 'TRIGGER';

export type RecurrencyKind =
  | 'DAILY'
  | 'WEEKLY';

export type RefreshConfigurationInput = {
  chargerId: string | number;
  /** All keys when omitted. */
  keys?: Array<string> | null | undefined;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

export type RegistrationStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

export type RemoteStartInput = {
  chargerId: string | number;
  connectorId: number;
  /** A DRIVER may only use their own id tag. */
  idTag: string;
  /** The server stops the session (RemoteStopTransaction) when one is reached; its stopReason then says which. */
  limits?: SessionLimitsInput | null | undefined;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

export type RemoteStopInput = {
  /** End the session here even when the charger refuses or never answers; its stopReason is then FORCED. */
  force?: boolean | null | undefined;
  sessionId: string | number;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

/** OCPP 2.0.1 GetBaseReport reportBase. */
export type ReportBase =
  | 'CONFIGURATION_INVENTORY'
  | 'FULL_INVENTORY'
  | 'SUMMARY_INVENTORY';

export type RequestBaseReportInput = {
  chargerId: string | number;
  reportBase: ReportBase;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

export type ReservationFilter = {
  chargerId?: string | number | null | undefined;
  idTag?: string | null | undefined;
  status?: Array<ReservationStatus> | null | undefined;
};

export type ReservationStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'EXPIRED'
  /** The charger never answered (offline, timeout, CALLERROR): see the command. */
  | 'FAILED'
  /** Sent to the charger (reserveNow with wait: false); no answer yet. */
  | 'PENDING'
  /** The charger refused the reservation; its answer is in `answer`. */
  | 'REJECTED'
  | 'USED';

export type ReserveNowInput = {
  chargerId: string | number;
  /** 0 reserves the charger, when it supports ReserveConnectorZeroSupported. */
  connectorId: number;
  expiresAt: string;
  idTag: string;
  parentIdTag?: string | null | undefined;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

export type ResetInput = {
  chargerId: string | number;
  /** OCPP 2.0.1: reset only this EVSE (Reset.evseId); the whole charger when omitted. A 1.6 charger cannot: NOT_SUPPORTED_BY_PROTOCOL. */
  evseId?: number | null | undefined;
  type: ResetType;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

/** SOFT: stop transactions and restart the software; HARD: reboot. */
export type ResetType =
  | 'HARD'
  | 'SOFT';

export type RevokeApiKeyInput = {
  /** The ApiKey. */
  id: string | number;
};

/** What a user or API key may do (see the policy in the domain). */
export type Role =
  | 'DRIVER'
  | 'OPERATOR'
  | 'PLATFORM_ADMIN'
  | 'TENANT_ADMIN'
  | 'VIEWER';

/** How a partly used billing step is billed. */
export type RoundingMode =
  /** A partly used step is not billed. */
  | 'DOWN'
  /** Billed as measured; the step size is ignored. */
  | 'EXACT'
  /** A started step is billed in full (OCPI). */
  | 'UP';

export type SendLocalListInput = {
  chargerId: string | number;
  /** Only these of the tenant's id tags; DIFFERENTIAL needs them. A tag we no longer have is removed. */
  idTags?: Array<string> | null | undefined;
  updateType: LocalListUpdateType;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

/** Time bounds: After is inclusive, Before exclusive. */
export type SessionFilter = {
  chargerId?: string | number | null | undefined;
  /** The city of the charger's site address; case-insensitive. */
  city?: string | null | undefined;
  /** Case-insensitive, as OCPP compares id tags. */
  idTag?: string | null | undefined;
  /** Cost total (gross) at most this, in the session's own currency; sessions without a cost never match. */
  maxCost?: string | null | undefined;
  /** Energy charged at most this (inclusive). */
  maxEnergyWh?: number | null | undefined;
  /** Cost total (gross) at least this, in the session's own currency; sessions without a cost never match. */
  minCost?: string | null | undefined;
  /** Energy charged at least this (inclusive). */
  minEnergyWh?: number | null | undefined;
  /** The plug type of the session's connector. */
  plugType?: Array<PlugType> | null | undefined;
  siteId?: string | number | null | undefined;
  startedAfter?: string | null | undefined;
  startedBefore?: string | null | undefined;
  status?: Array<SessionStatus> | null | undefined;
  /** Any of these stop reasons (LOCAL, REMOTE, EV_DISCONNECTED, ENERGY_LIMIT_REACHED, ...). */
  stopReason?: Array<StopReason> | null | undefined;
  stoppedAfter?: string | null | undefined;
  stoppedBefore?: string | null | undefined;
  /** The tariff locked onto the session when it started. */
  tariffId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
};

export type SessionLimitsInput = {
  /** Session.cost total (gross) in the currency of the session's tariff; without a tariff it is never reached. */
  maxCost?: string | null | undefined;
  /** Seconds from the charger's start of the transaction. */
  maxDurationSeconds?: number | null | undefined;
  /** Energy charged, in Wh. */
  maxEnergyWh?: number | null | undefined;
};

export type SessionOrder = {
  direction?: OrderDirection;
  field: SessionOrderField;
};

/** Sessions without the time (not started, still running) come last. */
export type SessionOrderField =
  | 'CREATED_AT'
  | 'STARTED_AT'
  | 'STOPPED_AT';

export type SessionStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  /** No StartTransaction came within the charger's connection timeout. */
  | 'FAILED'
  /** Asked for by remoteStart; waiting for StartTransaction. */
  | 'PENDING';

export type SetChargingProfileInput = {
  chargerId: string | number;
  /** 0 applies to the whole charger. */
  connectorId: number;
  profile: ChargingProfileInput;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

export type SetVariablesInput = {
  chargerId: string | number;
  variables: Array<VariableValueInput>;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

export type SiteFilter = {
  /** Sites whose customProperties contain this JSON object, e.g. {"region": "north"}. */
  customProperties?: unknown;
  externalId?: string | null | undefined;
  /** With parentId: every site below it, at any depth. */
  includeSubSites?: boolean | null | undefined;
  /** Open at this instant instead of now (closed, with openNow: false). */
  openAt?: string | null | undefined;
  /** true: open now by their opening hours; false: closed now. Sites without opening hours match neither. */
  openNow?: boolean | null | undefined;
  /** Sites directly inside this one. */
  parentId?: string | number | null | undefined;
  /** Sites with one of these parking types. */
  parkingType?: Array<ParkingType> | null | undefined;
  public?: boolean | null | undefined;
  /** Part of the name, street or city. */
  search?: string | null | undefined;
};

export type SiteOrder = {
  direction?: OrderDirection;
  field: SiteOrderField;
};

export type SiteOrderField =
  | 'CREATED_AT'
  | 'NAME';

/** Each list narrows (AND between lists, any of the values inside one). */
export type StatisticsFilter = {
  chargerIds?: Array<string | number> | null | undefined;
  /** Case-insensitive, as OCPP compares id tags. */
  idTags?: Array<string> | null | undefined;
  /** Chargers on these sites (not their sub-sites). */
  siteIds?: Array<string | number> | null | undefined;
  userIds?: Array<string | number> | null | undefined;
};

export type StatisticsGroupBy =
  | 'CHARGER'
  /** Calendar days in the time zone. */
  | 'DAY'
  | 'ID_TAG'
  /** Calendar months in the time zone. */
  | 'MONTH'
  | 'SITE'
  | 'USER'
  /** ISO weeks (Monday to Sunday) in the time zone. */
  | 'WEEK';

/** Why a session ended: OCPP 1.6 Reason and 2.0.1 ReasonEnumType in SCREAMING_CASE (EVDisconnected -> EV_DISCONNECTED), or the server's own. */
export type StopReason =
  /** Ours: the server stopped it at its cost limit (limitReached COST). */
  | 'COST_LIMIT_REACHED'
  | 'DE_AUTHORIZED'
  /** Ours: the server stopped it at its duration limit (limitReached DURATION). */
  | 'DURATION_LIMIT_REACHED'
  | 'EMERGENCY_STOP'
  /** The energy limit: the station's (2.0.1), or ours (limitReached ENERGY). */
  | 'ENERGY_LIMIT_REACHED'
  | 'EV_DISCONNECTED'
  /** Ours: ended here by remoteStop with force, whatever the charger said. */
  | 'FORCED'
  | 'GROUND_FAULT'
  | 'HARD_RESET'
  | 'IMMEDIATE_RESET'
  | 'LOCAL'
  | 'LOCAL_OUT_OF_CREDIT'
  | 'MASTER_PASS'
  /** Ours: accepted, but no transaction started in time. */
  | 'NO_START_TRANSACTION'
  /** OCPP's Other, or a word the API does not know (the StopTransaction frame is in the message log). */
  | 'OTHER'
  | 'OVERCURRENT_FAULT'
  | 'POWER_LOSS'
  | 'POWER_QUALITY'
  | 'REBOOT'
  | 'REMOTE'
  /** Ours: the charger answered the remote start with a CALLERROR. */
  | 'REMOTE_START_ERROR'
  /** Ours: the charger was offline or never answered the remote start. */
  | 'REMOTE_START_OFFLINE'
  /** Ours: the charger refused the remote start. */
  | 'REMOTE_START_REJECTED'
  | 'SOC_LIMIT_REACHED'
  | 'SOFT_RESET'
  | 'STOPPED_BY_EV'
  | 'TIMEOUT'
  | 'TIME_LIMIT_REACHED'
  | 'UNLOCK_COMMAND';

export type StopVirtualChargerInput = {
  /** The VirtualCharger or its Charger. */
  id: string | number;
};

export type TariffElementInput = {
  components: Array<PriceComponentInput>;
  restrictions?: TariffRestrictionsInput | null | undefined;
};

export type TariffFilter = {
  currency?: string | null | undefined;
  /** Part of the name. */
  search?: string | null | undefined;
};

export type TariffRestrictionsInput = {
  dayOfWeek?: Array<DayOfWeek> | null | undefined;
  /** YYYY-MM-DD, exclusive. */
  endDate?: string | null | undefined;
  /** HH:MM, exclusive; before startTime wraps past midnight. */
  endTime?: string | null | undefined;
  maxDurationSeconds?: number | null | undefined;
  maxKwh?: string | null | undefined;
  minDurationSeconds?: number | null | undefined;
  minKwh?: string | null | undefined;
  powerType?: PowerType | null | undefined;
  /** YYYY-MM-DD */
  startDate?: string | null | undefined;
  /** HH:MM, local to the site. */
  startTime?: string | null | undefined;
};

export type TimePeriodInput = {
  /** HH:MM, 00:00 to 23:59. */
  from: string;
  /** HH:MM, later than from; 24:00 for midnight. */
  to: string;
};

export type TriggerMessageInput = {
  chargerId: string | number;
  /** OCPP 2.0.1: the EVSE. */
  connectorId?: number | null | undefined;
  /** OCPP 2.0.1: the connector of the EVSE connectorId to report on (evse.connectorId; a StatusNotification names connector 1 when omitted). A 1.6 connector is its EVSE’s connector 1. */
  evseConnectorId?: number | null | undefined;
  message: MessageTrigger;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

/** Omitted fields stay as they are; null clears a nullable one. */
export type UpdateChargerInput = {
  /** What it can do, as you state it; null goes back to what the charger reports. */
  capabilities?: Array<ChargerCapability> | null | undefined;
  /** Your own fields: a JSON object of at most 16 KiB, replaced whole; null clears. */
  customProperties?: unknown;
  id: string | number;
  maxPowerW?: number | null | undefined;
  name?: string | null | undefined;
  /** New Basic-auth password (8-64 characters); null removes it. */
  password?: string | null | undefined;
  /** ACCEPTED approves a PENDING charger at its next BootNotification. */
  registrationStatus?: RegistrationStatus | null | undefined;
  siteId?: string | number | null | undefined;
  /** Overrides the site and tenant tariffs for this charger. */
  tariffId?: string | number | null | undefined;
};

/** What OCPP 1.6 does not report about a connector: the operator sets it. */
export type UpdateConnectorInput = {
  chargerId: string | number;
  /** 1 or more. */
  connectorId: number;
  /** eMI3 EVSE id, e.g. DE*ABC*E123*1; unique in the tenant (CONFLICT otherwise); null clears. */
  evseId?: string | null | undefined;
  format?: ConnectorFormat | null | undefined;
  maxCurrentA?: number | null | undefined;
  maxPowerW?: number | null | undefined;
  maxVoltageV?: number | null | undefined;
  /** 1, 2 or 3. */
  phases?: number | null | undefined;
  /** The label on the hardware, e.g. A1. */
  physicalReference?: string | null | undefined;
  plugType?: PlugType | null | undefined;
  powerType?: PowerType | null | undefined;
};

export type UpdateFirmwareInput = {
  chargerId: string | number;
  /** URI the charger downloads the firmware from. */
  location: string;
  retries?: number | null | undefined;
  /** Now when omitted. */
  retrieveDate?: string | null | undefined;
  retryInterval?: number | null | undefined;
  /** false: answer at once with the command PENDING; its outcome arrives on commandUpdated and in command(id). true: answer with the charger's answer. */
  wait?: boolean | null | undefined;
};

/** Omitted fields stay as they are; null clears a nullable one. */
export type UpdateIdTagInput = {
  /** Load management: a session of this tag ranks at the higher of this and its charger's priority on the circuit (PRIORITY circuits fill higher first; any circuit holds the lowest at 0 first). Null: the charger's alone. */
  chargingPriority?: number | null | undefined;
  expiresAt?: string | null | undefined;
  groupName?: string | null | undefined;
  id: string | number;
  parentIdTag?: string | null | undefined;
  status?: IdTagStatus | null | undefined;
  userId?: string | number | null | undefined;
  value?: string | null | undefined;
};

/** Omitted fields stay as they are; null clears a nullable one. */
export type UpdateSiteInput = {
  address?: AddressInput | null | undefined;
  /** Your own fields: a JSON object of at most 16 KiB, replaced whole; null clears. */
  customProperties?: unknown;
  /** The site's id in another system. */
  externalId?: string | null | undefined;
  id: string | number;
  location?: LocationInput | null | undefined;
  name?: string | null | undefined;
  /** Replaced whole; null clears (not stated). */
  openingHours?: OpeningHoursInput | null | undefined;
  /** The site this one sits in; null makes it top-level. */
  parentId?: string | number | null | undefined;
  parkingType?: ParkingType | null | undefined;
  /** Shown to the public (apps, roaming); false by default. */
  public?: boolean | null | undefined;
  /** The name shown to the public. */
  publicName?: string | null | undefined;
  /** The tariff for this site's chargers (unless a charger has its own). */
  tariffId?: string | number | null | undefined;
  /** IANA time zone; UTC while none is set. */
  timezone?: string | null | undefined;
};

/** Fields left out keep their value. Running sessions keep the tariff they locked at start. */
export type UpdateTariffInput = {
  currency?: string | null | undefined;
  /** Replaces all elements. */
  elements?: Array<TariffElementInput> | null | undefined;
  energyPricePerKwh?: string | null | undefined;
  energyRounding?: RoundingMode | null | undefined;
  energyStepWh?: number | null | undefined;
  id: string | number;
  idTagGroups?: Array<string> | null | undefined;
  idleFeePerMinute?: string | null | undefined;
  idleGraceMinutes?: number | null | undefined;
  idleStepSeconds?: number | null | undefined;
  /** null clears it. */
  maxPrice?: string | null | undefined;
  /** null clears it. */
  minPrice?: string | null | undefined;
  name?: string | null | undefined;
  priority?: number | null | undefined;
  sessionFee?: string | null | undefined;
  taxRatePercent?: string | null | undefined;
  timePricePerHour?: string | null | undefined;
  timeRounding?: RoundingMode | null | undefined;
  timeStepSeconds?: number | null | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
};

export type UpdateTenantInput = {
  acceptUnknownChargers?: boolean | null | undefined;
  /** Empty string clears it. */
  customDomain?: string | null | undefined;
  /** Ask your own system about id tags. */
  externalAuthorization?: ExternalAuthorizationInput | null | undefined;
  /** Another tenant (PLATFORM_ADMIN). Omitted: your own. */
  id?: string | number | null | undefined;
  name?: string | null | undefined;
  /** PLATFORM_ADMIN only: it moves every charger's OCPP URL. */
  slug?: string | null | undefined;
  /** The default tariff (the last in precedence); null clears it. */
  tariffId?: string | number | null | undefined;
};

export type UpdateUserInput = {
  id: string | number;
  name?: string | null | undefined;
  /** Admins only, at most their own role; nobody changes their own. */
  role?: Role | null | undefined;
};

export type UserFilter = {
  role?: Role | null | undefined;
};

/** A variable of a component (OCPP 2.0.1 device model). */
export type VariableAddressInput = {
  /** ACTUAL when omitted. */
  attributeType?: AttributeType | null | undefined;
  component: string;
  connectorId?: number | null | undefined;
  evseId?: number | null | undefined;
  /** The component instance. */
  instance?: string | null | undefined;
  variable: string;
  variableInstance?: string | null | undefined;
};

/** Whether the station lets this attribute be read, written or both (OCPP 2.0.1 MutabilityEnumType). */
export type VariableMutability =
  | 'READ_ONLY'
  | 'READ_WRITE'
  | 'WRITE_ONLY';

/** A station's answer for one variable (OCPP 2.0.1 GetVariableStatus / SetVariableStatus). REBOOT_REQUIRED: set, takes effect after a reboot. */
export type VariableStatus =
  | 'ACCEPTED'
  | 'NOT_SUPPORTED_ATTRIBUTE_TYPE'
  | 'REBOOT_REQUIRED'
  | 'REJECTED'
  | 'UNKNOWN_COMPONENT'
  | 'UNKNOWN_VARIABLE';

export type VariableValueInput = {
  /** ACTUAL when omitted. */
  attributeType?: AttributeType | null | undefined;
  component: string;
  connectorId?: number | null | undefined;
  evseId?: number | null | undefined;
  /** The component instance. */
  instance?: string | null | undefined;
  value: string;
  variable: string;
  variableInstance?: string | null | undefined;
};

/** PLUG_IN: a driver plugs in and authorizes with idTag; UNPLUG: the car leaves; GO_OFFLINE: the charger loses its connection for `seconds`. */
export type VirtualChargerAction =
  | 'GO_OFFLINE'
  | 'PLUG_IN'
  | 'UNPLUG';

export type WeeklyPeriodInput = {
  dayOfWeek: DayOfWeek;
  /** HH:MM, 00:00 to 23:59. */
  from: string;
  /** HH:MM, later than from; 24:00 for midnight. */
  to: string;
};

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, refreshToken: string, expiresAt: string, user: { id: string, email: string, role: Role } } };

export type RefreshTokenMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshTokenMutation = { refreshToken: { token: string, refreshToken: string, expiresAt: string } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type AcceptInviteMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptInviteMutation = { acceptInvite: { token: string, refreshToken: string, expiresAt: string, user: { id: string, email: string, role: Role } } };

export type ChargerQueryVariables = Exact<{
  id?: string | number | null | undefined;
  ocppId?: string | null | undefined;
}>;


export type ChargerQuery = { charger: { id: string, ocppId: string, name: string | null, online: boolean, lastSeenAt: string | null, lastMessage: string | null, vendor: string | null, model: string | null, firmwareVersion: string | null, registrationStatus: RegistrationStatus, status: ConnectorStatus, connectors: Array<{ id: string, connectorId: number, status: ConnectorStatus, errorCode: ConnectorErrorCode }> } | null };

export type CreateChargerMutationVariables = Exact<{
  input: CreateChargerInput;
}>;


export type CreateChargerMutation = { createCharger: { id: string, ocppId: string, name: string | null } };

export type ChargerStatusSubscriptionVariables = Exact<{
  chargerId?: string | number | null | undefined;
  siteId?: string | number | null | undefined;
}>;


export type ChargerStatusSubscription = { chargerStatus: { connectorId: number, status: ConnectorStatus, online: boolean, errorCode: ConnectorErrorCode, timestamp: string, charger: { id: string, online: boolean, status: ConnectorStatus, lastSeenAt: string | null }, connector: { id: string, connectorId: number, status: ConnectorStatus, errorCode: ConnectorErrorCode } | null } };

export type MeterValuesSubscriptionVariables = Exact<{
  chargerId?: string | number | null | undefined;
  sessionId?: string | number | null | undefined;
  siteId?: string | number | null | undefined;
}>;


export type MeterValuesSubscription = { meterValues: { connectorId: number, timestamp: string, charger: { id: string }, connector: { id: string, connectorId: number } | null, session: { id: string, status: SessionStatus, energyWh: number | null } | null, values: Array<{ id: string, measurand: Measurand, value: number | null, unit: string | null, phase: Phase | null, context: ReadingContext | null, location: MeterLocation | null }> } };

export type SessionUpdatedSubscriptionVariables = Exact<{
  sessionId?: string | number | null | undefined;
  chargerId?: string | number | null | undefined;
}>;


export type SessionUpdatedSubscription = { sessionUpdated: { id: string, status: SessionStatus, transactionId: string | null, connectorId: number, startedAt: string | null, stoppedAt: string | null, meterStartWh: number | null, meterStopWh: number | null, stopReason: StopReason | null } | null };

export type OcppMessageLiveSubscriptionVariables = Exact<{
  chargerId?: string | number | null | undefined;
}>;


export type OcppMessageLiveSubscription = { ocppMessages: { id: string, direction: MessageDirection, messageType: OcppMessageType, action: string | null, uniqueId: string, payload: unknown, timestamp: string } };

export type ChargersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ChargerFilter | null | undefined;
  orderBy?: ChargerOrder | null | undefined;
}>;


export type ChargersQuery = { chargers: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, ocppId: string, name: string | null, online: boolean, lastSeenAt: string | null, vendor: string | null, model: string | null, distanceMeters: number | null, status: ConnectorStatus, site: { id: string, name: string } | null, connectors: Array<{ id: string, connectorId: number, status: ConnectorStatus, errorCode: ConnectorErrorCode, plugType: PlugType | null, maxPowerW: number | null, activeSession: { id: string, startedAt: string | null, energyWh: number | null, user: { id: string, email: string } | null } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChargerDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ChargerDetailsQuery = { charger: { id: string, ocppId: string, configuration: Array<{ id: string, key: string, value: string | null, readonly: boolean }>, statusHistory: { edges: Array<{ node: { id: string, connectorId: number, status: ConnectorStatus, errorCode: ConnectorErrorCode, info: string | null, vendorErrorCode: string | null, timestamp: string } }> }, activeSessions: Array<{ id: string, connectorId: number, startedAt: string | null, energyWh: number | null }>, totals: { sessionCount: number, energyWh: number } } | null };

export type UpdateChargerMutationVariables = Exact<{
  input: UpdateChargerInput;
}>;


export type UpdateChargerMutation = { updateCharger: { id: string, name: string | null, maxPowerW: number | null, registrationStatus: RegistrationStatus, site: { id: string, name: string } | null } };

export type DeleteChargerMutationVariables = Exact<{
  input: DeleteChargerInput;
}>;


export type DeleteChargerMutation = { deleteCharger: string };

export type UpdateConnectorMutationVariables = Exact<{
  input: UpdateConnectorInput;
}>;


export type UpdateConnectorMutation = { updateConnector: { id: string, connectorId: number, plugType: PlugType | null, maxPowerW: number | null, powerType: PowerType } };

export type RemoteStartMutationVariables = Exact<{
  input: RemoteStartInput;
}>;


export type RemoteStartMutation = { remoteStart: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null, session: { id: string, status: SessionStatus, transactionId: string | null, connectorId: number, idTag: string | null } } };

export type RemoteStopMutationVariables = Exact<{
  input: RemoteStopInput;
}>;


export type RemoteStopMutation = { remoteStop: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null } };

export type ResetMutationVariables = Exact<{
  input: ResetInput;
}>;


export type ResetMutation = { reset: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null } };

export type UnlockConnectorMutationVariables = Exact<{
  input: ConnectorInput;
}>;


export type UnlockConnectorMutation = { unlockConnector: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null } };

export type ChangeAvailabilityMutationVariables = Exact<{
  input: ChangeAvailabilityInput;
}>;


export type ChangeAvailabilityMutation = { changeAvailability: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null } };

export type ChangeConfigurationMutationVariables = Exact<{
  input: ChangeConfigurationInput;
}>;


export type ChangeConfigurationMutation = { changeConfiguration: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null } };

export type RefreshConfigurationMutationVariables = Exact<{
  input: RefreshConfigurationInput;
}>;


export type RefreshConfigurationMutation = { refreshConfiguration: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null } };

export type TriggerMessageMutationVariables = Exact<{
  input: TriggerMessageInput;
}>;


export type TriggerMessageMutation = { triggerMessage: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null } };

export type ClearCacheMutationVariables = Exact<{
  input: ChargerCommandInput;
}>;


export type ClearCacheMutation = { clearCache: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null } };

export type ReserveNowMutationVariables = Exact<{
  input: ReserveNowInput;
}>;


export type ReserveNowMutation = { reserveNow: { id: string, reservationId: number, connectorId: number, idTag: string, expiresAt: string, status: ReservationStatus, answer: string | null, charger: { id: string } | null } };

export type CancelReservationMutationVariables = Exact<{
  input: CancelReservationInput;
}>;


export type CancelReservationMutation = { cancelReservation: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null } };

export type SetChargingProfileMutationVariables = Exact<{
  input: SetChargingProfileInput;
}>;


export type SetChargingProfileMutation = { setChargingProfile: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null } };

export type ClearChargingProfileMutationVariables = Exact<{
  input: ClearChargingProfileInput;
}>;


export type ClearChargingProfileMutation = { clearChargingProfile: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null } };

export type GetCompositeScheduleMutationVariables = Exact<{
  input: GetCompositeScheduleInput;
}>;


export type GetCompositeScheduleMutation = { getCompositeSchedule: { status: string | null, accepted: boolean | null, statusInfo: { reasonCode: string, additionalInfo: string | null } | null, command: { id: string, status: CommandStatus } | null, compositeSchedule: { connectorId: number | null, scheduleStart: string | null, chargingSchedule: { duration: number | null, startSchedule: string | null, chargingRateUnit: ChargingRateUnit, minChargingRate: number | null, chargingSchedulePeriod: Array<{ startPeriod: number, limit: number, numberPhases: number | null }> } } | null } };

export type SendLocalListMutationVariables = Exact<{
  input: SendLocalListInput;
}>;


export type SendLocalListMutation = { sendLocalList: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null } };

export type UpdateFirmwareMutationVariables = Exact<{
  input: UpdateFirmwareInput;
}>;


export type UpdateFirmwareMutation = { updateFirmware: { status: string | null, accepted: boolean | null, command: { id: string, status: CommandStatus } | null } };

export type GetDiagnosticsMutationVariables = Exact<{
  input: GetDiagnosticsInput;
}>;


export type GetDiagnosticsMutation = { getDiagnostics: { status: string | null, accepted: boolean | null, fileName: string | null, command: { id: string, status: CommandStatus } | null } };

export type ChargerConfigurationQueryVariables = Exact<{
  id: string | number;
}>;


export type ChargerConfigurationQuery = { charger: { id: string, localListVersion: number, firmwareStatus: FirmwareStatus | null, diagnosticsStatus: DiagnosticsStatus | null, configuration: Array<{ id: string, key: string, value: string | null, readonly: boolean }>, chargingProfiles: Array<{ id: string, chargingProfileId: number, connectorId: number, stackLevel: number, purpose: ChargingProfilePurpose, kind: ChargingProfileKind, transactionId: string | null, chargingSchedule: { chargingRateUnit: ChargingRateUnit, chargingSchedulePeriod: Array<{ startPeriod: number, limit: number }> } }>, connectors: Array<{ id: string, connectorId: number, status: ConnectorStatus, scheduledAvailability: AvailabilityType | null }> } | null };

export type CommandsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CommandFilter | null | undefined;
}>;


export type CommandsQuery = { commands: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, action: string, payload: unknown, status: CommandStatus, chargerStatus: string | null, response: unknown, errorCode: CommandErrorCode | null, requestedBy: string | null, requestedAt: string, completedAt: string | null, charger: { id: string, ocppId: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CommandOutcomeFragment = { id: string, action: string, status: CommandStatus, chargerStatus: string | null, response: unknown, errorCode: CommandErrorCode | null, chargerId: string, requestedAt: string, completedAt: string | null };

export type CommandQueryVariables = Exact<{
  id: string | number;
}>;


export type CommandQuery = { command: { id: string, action: string, status: CommandStatus, chargerStatus: string | null, response: unknown, errorCode: CommandErrorCode | null, chargerId: string, requestedAt: string, completedAt: string | null } | null };

export type CommandUpdatedSubscriptionVariables = Exact<{
  chargerId?: string | number | null | undefined;
  id?: string | number | null | undefined;
}>;


export type CommandUpdatedSubscription = { commandUpdated: { id: string, action: string, status: CommandStatus, chargerStatus: string | null, response: unknown, errorCode: CommandErrorCode | null, chargerId: string, requestedAt: string, completedAt: string | null } };

export type GetLocalListVersionMutationVariables = Exact<{
  input: ChargerCommandInput;
}>;


export type GetLocalListVersionMutation = { getLocalListVersion: { status: string | null, accepted: boolean | null, listVersion: number | null, command: { id: string, status: CommandStatus } | null } };

export type DataTransferMutationVariables = Exact<{
  input: DataTransferInput;
}>;


export type DataTransferMutation = { dataTransfer: { status: DataTransferStatus | null, accepted: boolean | null, data: string | null, command: { id: string, status: CommandStatus } | null } };

export type VariableOutcomeFragment = { results: Array<{ component: string, instance: string | null, evseId: number | null, connectorId: number | null, variable: string, variableInstance: string | null, attributeType: AttributeType, status: VariableStatus, value: string | null }> | null, command: { id: string, status: CommandStatus } | null };

export type GetVariablesMutationVariables = Exact<{
  input: GetVariablesInput;
}>;


export type GetVariablesMutation = { getVariables: { results: Array<{ component: string, instance: string | null, evseId: number | null, connectorId: number | null, variable: string, variableInstance: string | null, attributeType: AttributeType, status: VariableStatus, value: string | null }> | null, command: { id: string, status: CommandStatus } | null } };

export type SetVariablesMutationVariables = Exact<{
  input: SetVariablesInput;
}>;


export type SetVariablesMutation = { setVariables: { results: Array<{ component: string, instance: string | null, evseId: number | null, connectorId: number | null, variable: string, variableInstance: string | null, attributeType: AttributeType, status: VariableStatus, value: string | null }> | null, command: { id: string, status: CommandStatus } | null } };

export type RequestBaseReportMutationVariables = Exact<{
  input: RequestBaseReportInput;
}>;


export type RequestBaseReportMutation = { requestBaseReport: { status: string | null, accepted: boolean | null, requestId: number, command: { id: string, status: CommandStatus } | null } };

export type DashboardChargersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ChargerFilter | null | undefined;
}>;


export type DashboardChargersQuery = { chargers: { totalCount: number, edges: Array<{ node: { id: string, ocppId: string, name: string | null, online: boolean, lastSeenAt: string | null, vendor: string | null, model: string | null, status: ConnectorStatus, site: { id: string, name: string } | null, connectors: Array<{ id: string, connectorId: number, status: ConnectorStatus, errorCode: ConnectorErrorCode }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashboardSiteOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardSiteOptionsQuery = { sites: { edges: Array<{ node: { id: string, name: string } }> } };

export type DashboardChargerQueryVariables = Exact<{
  ocppId: string;
}>;


export type DashboardChargerQuery = { charger: { id: string, ocppId: string, name: string | null, online: boolean, lastSeenAt: string | null, vendor: string | null, model: string | null, serialNumber: string | null, firmwareVersion: string | null, ocppVersion: string | null, registrationStatus: RegistrationStatus, status: ConnectorStatus, site: { id: string, name: string } | null, connectors: Array<{ id: string, connectorId: number, status: ConnectorStatus, errorCode: ConnectorErrorCode, maxPowerW: number | null, plugType: PlugType | null, activeSession: { id: string, status: SessionStatus } | null }>, configuration: Array<{ key: string, value: string | null, readonly: boolean }>, variables: Array<{ id: string, component: string, instance: string | null, evseId: number | null, connectorId: number | null, variable: string, variableInstance: string | null, attributeType: AttributeType, value: string | null, mutability: VariableMutability | null }>, sessions: { totalCount: number, edges: Array<{ node: { id: string, status: SessionStatus, transactionId: string | null, connectorId: number, idTag: string | null, startedAt: string | null, stoppedAt: string | null, energyWh: number | null, stopReason: StopReason | null, charger: { id: string, ocppId: string }, cost: { final: boolean, total: { amount: string, currency: string } } | null } }> } } | null };

export type DashboardChargerMessagesQueryVariables = Exact<{
  chargerId: string | number;
}>;


export type DashboardChargerMessagesQuery = { ocppMessages: { edges: Array<{ node: { id: string, direction: MessageDirection, messageType: OcppMessageType, action: string | null, uniqueId: string, payload: unknown, timestamp: string, charger: { id: string, ocppId: string } | null } }> } };

export type DashboardChargerStatusSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardChargerStatusSubscription = { chargerStatus: { connectorId: number, status: ConnectorStatus, online: boolean, errorCode: ConnectorErrorCode, timestamp: string, charger: { id: string, ocppId: string, online: boolean, status: ConnectorStatus }, connector: { id: string, connectorId: number, status: ConnectorStatus, errorCode: ConnectorErrorCode } | null } };

export type DashboardMeterValuesSubscriptionVariables = Exact<{
  chargerId?: string | number | null | undefined;
}>;


export type DashboardMeterValuesSubscription = { meterValues: { connectorId: number, timestamp: string, charger: { id: string }, session: { id: string } | null, values: Array<{ measurand: Measurand, value: number | null, unit: string | null, phase: Phase | null }> } };

export type DashboardSessionUpdatedSubscriptionVariables = Exact<{
  chargerId?: string | number | null | undefined;
}>;


export type DashboardSessionUpdatedSubscription = { sessionUpdated: { id: string, status: SessionStatus, transactionId: string | null, connectorId: number, idTag: string | null, startedAt: string | null, stoppedAt: string | null, energyWh: number | null, stopReason: StopReason | null, charger: { id: string, ocppId: string }, cost: { final: boolean, total: { amount: string, currency: string } } | null } | null };

export type DashboardOcppMessagesSubscriptionVariables = Exact<{
  chargerId?: string | number | null | undefined;
}>;


export type DashboardOcppMessagesSubscription = { ocppMessages: { id: string, direction: MessageDirection, messageType: OcppMessageType, action: string | null, uniqueId: string, payload: unknown, timestamp: string, charger: { id: string, ocppId: string } | null } };

export type DashboardActivePowerQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DashboardActivePowerQuery = { sessions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, connectorId: number, charger: { id: string }, latestMeterValues: Array<{ measurand: Measurand, value: number | null, phase: Phase | null }> } }> } };

export type DashboardOcppMessageFragment = { id: string, direction: MessageDirection, messageType: OcppMessageType, action: string | null, uniqueId: string, payload: unknown, timestamp: string, charger: { id: string, ocppId: string } | null };

export type DashboardSessionFragment = { id: string, status: SessionStatus, transactionId: string | null, connectorId: number, idTag: string | null, startedAt: string | null, stoppedAt: string | null, energyWh: number | null, stopReason: StopReason | null, charger: { id: string, ocppId: string }, cost: { final: boolean, total: { amount: string, currency: string } } | null };

export type DashboardOverviewQueryVariables = Exact<{
  todayFrom: string;
  todayTo: string;
}>;


export type DashboardOverviewQuery = { tenant: { id: string, name: string, stats: { chargerCount: number, onlineChargerCount: number, activeSessionCount: number, energyWh: number } }, statistics: Array<{ day: string | null, energyWh: number, sessionCount: number }> };

export type DashboardRecentEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardRecentEventsQuery = { boots: { edges: Array<{ node: { id: string, direction: MessageDirection, messageType: OcppMessageType, action: string | null, uniqueId: string, payload: unknown, timestamp: string, charger: { id: string, ocppId: string } | null } }> }, statuses: { edges: Array<{ node: { id: string, direction: MessageDirection, messageType: OcppMessageType, action: string | null, uniqueId: string, payload: unknown, timestamp: string, charger: { id: string, ocppId: string } | null } }> }, started: { edges: Array<{ node: { id: string, status: SessionStatus, connectorId: number, startedAt: string | null, stoppedAt: string | null, stopReason: StopReason | null, charger: { id: string, ocppId: string } } }> }, ended: { edges: Array<{ node: { id: string, status: SessionStatus, connectorId: number, startedAt: string | null, stoppedAt: string | null, stopReason: StopReason | null, charger: { id: string, ocppId: string } } }> } };

export type DashboardRecentSessionFragment = { id: string, status: SessionStatus, connectorId: number, startedAt: string | null, stoppedAt: string | null, stopReason: StopReason | null, charger: { id: string, ocppId: string } };

export type DashboardSessionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SessionFilter | null | undefined;
}>;


export type DashboardSessionsQuery = { sessions: { totalCount: number, edges: Array<{ node: { id: string, status: SessionStatus, transactionId: string | null, connectorId: number, idTag: string | null, startedAt: string | null, stoppedAt: string | null, energyWh: number | null, stopReason: StopReason | null, charger: { id: string, ocppId: string }, cost: { final: boolean, total: { amount: string, currency: string } } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashboardSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardSitesQuery = { sites: { totalCount: number, edges: Array<{ node: { id: string, name: string, timezone: string, address: { street: string | null, city: string | null, postalCode: string | null, country: string | null }, chargers: { totalCount: number }, online: { totalCount: number } } }> } };

export type IdTagsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: IdTagFilter | null | undefined;
}>;


export type IdTagsQuery = { idTags: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, value: string, status: IdTagStatus, expiresAt: string | null, parentIdTag: string | null, user: { id: string, email: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateIdTagMutationVariables = Exact<{
  input: CreateIdTagInput;
}>;


export type CreateIdTagMutation = { createIdTag: { id: string, value: string, status: IdTagStatus, expiresAt: string | null, user: { id: string, email: string } | null } };

export type UpdateIdTagMutationVariables = Exact<{
  input: UpdateIdTagInput;
}>;


export type UpdateIdTagMutation = { updateIdTag: { id: string, value: string, status: IdTagStatus, expiresAt: string | null, user: { id: string, email: string } | null } };

export type DeleteIdTagMutationVariables = Exact<{
  input: DeleteIdTagInput;
}>;


export type DeleteIdTagMutation = { deleteIdTag: string };

export type VirtualChargersQueryVariables = Exact<{ [key: string]: never; }>;


export type VirtualChargersQuery = { virtualChargers: Array<{ id: string, ocppId: string, connected: boolean, autoCharge: boolean, meterIntervalSeconds: number, connectors: Array<{ id: string, connectorId: number, status: ConnectorStatus, transactionId: string | null, energyWh: number, powerW: number, socPercent: number | null }>, charger: { id: string, online: boolean } | null }> };

export type CreateVirtualChargerMutationVariables = Exact<{
  input: CreateVirtualChargerInput;
}>;


export type CreateVirtualChargerMutation = { createVirtualCharger: { id: string, ocppId: string, connected: boolean, connectors: Array<{ id: string, connectorId: number, status: ConnectorStatus }>, charger: { id: string, online: boolean, vendor: string | null, model: string | null } | null } };

export type DriveVirtualChargerMutationVariables = Exact<{
  input: DriveVirtualChargerInput;
}>;


export type DriveVirtualChargerMutation = { driveVirtualCharger: { id: string, connected: boolean, connectors: Array<{ id: string, connectorId: number, status: ConnectorStatus, transactionId: string | null, energyWh: number, powerW: number, socPercent: number | null }> } };

export type StopVirtualChargerMutationVariables = Exact<{
  input: StopVirtualChargerInput;
}>;


export type StopVirtualChargerMutation = { stopVirtualCharger: string };

export type OcppMessagesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OcppMessageFilter | null | undefined;
}>;


export type OcppMessagesQuery = { ocppMessages: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, direction: MessageDirection, messageType: OcppMessageType, action: string | null, uniqueId: string, payload: unknown, timestamp: string, charger: { id: string, ocppId: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SessionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SessionFilter | null | undefined;
  orderBy?: SessionOrder | null | undefined;
}>;


export type SessionsQuery = { sessions: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, transactionId: string | null, connectorId: number, idTag: string | null, status: SessionStatus, startedAt: string | null, stoppedAt: string | null, energyWh: number | null, durationSeconds: number | null, stopReason: StopReason | null, charger: { id: string, ocppId: string, name: string | null }, user: { id: string, email: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SessionQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionQuery = { session: { id: string, transactionId: string | null, connectorId: number, idTag: string | null, status: SessionStatus, startedAt: string | null, stoppedAt: string | null, meterStartWh: number | null, meterStopWh: number | null, energyWh: number | null, durationSeconds: number | null, stopReason: StopReason | null, charger: { id: string, ocppId: string, name: string | null }, user: { id: string, email: string, name: string | null } | null, latestMeterValues: Array<{ id: string, timestamp: string, measurand: Measurand, value: number | null, unit: string | null, phase: Phase | null, location: MeterLocation | null }> } | null };

export type SessionMeterValuesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MeterValueFilter | null | undefined;
}>;


export type SessionMeterValuesQuery = { session: { id: string, meterValues: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, timestamp: string, measurand: Measurand, value: number | null, raw: string, unit: string | null, phase: Phase | null, context: ReadingContext | null, location: MeterLocation | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ReservationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReservationFilter | null | undefined;
}>;


export type ReservationsQuery = { reservations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, reservationId: number, connectorId: number, idTag: string, expiresAt: string, status: ReservationStatus, answer: string | null, charger: { id: string, ocppId: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StatisticsQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: StatisticsGroupBy;
  timeZone?: string | null | undefined;
  filter?: StatisticsFilter | null | undefined;
}>;


export type StatisticsQuery = { statistics: Array<{ idTag: string | null, day: string | null, period: string | null, periodStart: string | null, sessionCount: number, energyWh: number, durationSeconds: number, charger: { id: string, ocppId: string } | null, site: { id: string, name: string } | null, user: { id: string, email: string } | null, revenue: Array<{ amount: string, minorUnits: number, currency: string }> }> };

export type SitesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: SiteFilter | null | undefined;
  orderBy?: SiteOrder | null | undefined;
}>;


export type SitesQuery = { sites: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, timezone: string, address: { street: string | null, city: string | null, postalCode: string | null, country: string | null }, location: { latitude: number, longitude: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateSiteMutationVariables = Exact<{
  input: CreateSiteInput;
}>;


export type CreateSiteMutation = { createSite: { id: string, name: string, timezone: string, address: { street: string | null, city: string | null, postalCode: string | null, country: string | null }, location: { latitude: number, longitude: number } | null } };

export type UpdateSiteMutationVariables = Exact<{
  input: UpdateSiteInput;
}>;


export type UpdateSiteMutation = { updateSite: { id: string, name: string, timezone: string, address: { street: string | null, city: string | null, postalCode: string | null, country: string | null }, location: { latitude: number, longitude: number } | null } };

export type DeleteSiteMutationVariables = Exact<{
  input: DeleteSiteInput;
}>;


export type DeleteSiteMutation = { deleteSite: string };

export type TariffFieldsFragment = { id: string, name: string, currency: string, sessionFee: string, energyPricePerKwh: string, timePricePerHour: string, idleFeePerMinute: string, idleGraceMinutes: number, minPrice: string | null, maxPrice: string | null, taxRatePercent: string, energyStepWh: number, timeStepSeconds: number, idleStepSeconds: number, energyRounding: RoundingMode, timeRounding: RoundingMode, idTagGroups: Array<string>, priority: number, validFrom: string | null, validUntil: string | null, elements: Array<{ components: Array<{ type: PriceComponentType, price: string, stepSize: number | null }>, restrictions: { startTime: string | null, endTime: string | null, startDate: string | null, endDate: string | null, dayOfWeek: Array<DayOfWeek> | null, minKwh: string | null, maxKwh: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, powerType: PowerType | null } | null }> };

export type CostFieldsFragment = { currency: string, taxRatePercent: string, energyWh: number, chargingSeconds: number, idleSeconds: number, final: boolean, asOf: string, net: { amount: string, minorUnits: number, currency: string }, tax: { amount: string, minorUnits: number, currency: string }, total: { amount: string, minorUnits: number, currency: string }, breakdown: Array<{ type: CostLineType, quantity: string, unit: CostUnit, unitPrice: { amount: string, currency: string }, amount: { amount: string, minorUnits: number, currency: string } }> };

export type TariffsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TariffFilter | null | undefined;
}>;


export type TariffsQuery = { tariffs: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, currency: string, sessionFee: string, energyPricePerKwh: string, timePricePerHour: string, idleFeePerMinute: string, idleGraceMinutes: number, minPrice: string | null, maxPrice: string | null, taxRatePercent: string, energyStepWh: number, timeStepSeconds: number, idleStepSeconds: number, energyRounding: RoundingMode, timeRounding: RoundingMode, idTagGroups: Array<string>, priority: number, validFrom: string | null, validUntil: string | null, elements: Array<{ components: Array<{ type: PriceComponentType, price: string, stepSize: number | null }>, restrictions: { startTime: string | null, endTime: string | null, startDate: string | null, endDate: string | null, dayOfWeek: Array<DayOfWeek> | null, minKwh: string | null, maxKwh: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, powerType: PowerType | null } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TariffQueryVariables = Exact<{
  id: string | number;
}>;


export type TariffQuery = { tariff: { id: string, name: string, currency: string, sessionFee: string, energyPricePerKwh: string, timePricePerHour: string, idleFeePerMinute: string, idleGraceMinutes: number, minPrice: string | null, maxPrice: string | null, taxRatePercent: string, energyStepWh: number, timeStepSeconds: number, idleStepSeconds: number, energyRounding: RoundingMode, timeRounding: RoundingMode, idTagGroups: Array<string>, priority: number, validFrom: string | null, validUntil: string | null, elements: Array<{ components: Array<{ type: PriceComponentType, price: string, stepSize: number | null }>, restrictions: { startTime: string | null, endTime: string | null, startDate: string | null, endDate: string | null, dayOfWeek: Array<DayOfWeek> | null, minKwh: string | null, maxKwh: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, powerType: PowerType | null } | null }> } | null };

export type CreateTariffMutationVariables = Exact<{
  input: CreateTariffInput;
}>;


export type CreateTariffMutation = { createTariff: { id: string, name: string, currency: string, sessionFee: string, energyPricePerKwh: string, timePricePerHour: string, idleFeePerMinute: string, idleGraceMinutes: number, minPrice: string | null, maxPrice: string | null, taxRatePercent: string, energyStepWh: number, timeStepSeconds: number, idleStepSeconds: number, energyRounding: RoundingMode, timeRounding: RoundingMode, idTagGroups: Array<string>, priority: number, validFrom: string | null, validUntil: string | null, elements: Array<{ components: Array<{ type: PriceComponentType, price: string, stepSize: number | null }>, restrictions: { startTime: string | null, endTime: string | null, startDate: string | null, endDate: string | null, dayOfWeek: Array<DayOfWeek> | null, minKwh: string | null, maxKwh: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, powerType: PowerType | null } | null }> } };

export type UpdateTariffMutationVariables = Exact<{
  input: UpdateTariffInput;
}>;


export type UpdateTariffMutation = { updateTariff: { id: string, name: string, currency: string, sessionFee: string, energyPricePerKwh: string, timePricePerHour: string, idleFeePerMinute: string, idleGraceMinutes: number, minPrice: string | null, maxPrice: string | null, taxRatePercent: string, energyStepWh: number, timeStepSeconds: number, idleStepSeconds: number, energyRounding: RoundingMode, timeRounding: RoundingMode, idTagGroups: Array<string>, priority: number, validFrom: string | null, validUntil: string | null, elements: Array<{ components: Array<{ type: PriceComponentType, price: string, stepSize: number | null }>, restrictions: { startTime: string | null, endTime: string | null, startDate: string | null, endDate: string | null, dayOfWeek: Array<DayOfWeek> | null, minKwh: string | null, maxKwh: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, powerType: PowerType | null } | null }> } };

export type DeleteTariffMutationVariables = Exact<{
  input: DeleteTariffInput;
}>;


export type DeleteTariffMutation = { deleteTariff: string };

export type AssignTariffMutationVariables = Exact<{
  input: AssignTariffInput;
}>;


export type AssignTariffMutation = { assignTariff: { id: string, name: string } | null };

export type ChargerTariffQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ChargerTariffQuery = { charger: { id: string, tariff: { id: string, name: string, currency: string, sessionFee: string, energyPricePerKwh: string, timePricePerHour: string, idleFeePerMinute: string, idleGraceMinutes: number, minPrice: string | null, maxPrice: string | null, taxRatePercent: string, energyStepWh: number, timeStepSeconds: number, idleStepSeconds: number, energyRounding: RoundingMode, timeRounding: RoundingMode, idTagGroups: Array<string>, priority: number, validFrom: string | null, validUntil: string | null, elements: Array<{ components: Array<{ type: PriceComponentType, price: string, stepSize: number | null }>, restrictions: { startTime: string | null, endTime: string | null, startDate: string | null, endDate: string | null, dayOfWeek: Array<DayOfWeek> | null, minKwh: string | null, maxKwh: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, powerType: PowerType | null } | null }> } | null, connectors: Array<{ id: string, connectorId: number, tariff: { id: string, name: string } | null }> } | null };

export type DefaultTariffQueryVariables = Exact<{ [key: string]: never; }>;


export type DefaultTariffQuery = { tenant: { id: string, defaultTariff: { id: string, name: string, currency: string, sessionFee: string, energyPricePerKwh: string, timePricePerHour: string, idleFeePerMinute: string, idleGraceMinutes: number, minPrice: string | null, maxPrice: string | null, taxRatePercent: string, energyStepWh: number, timeStepSeconds: number, idleStepSeconds: number, energyRounding: RoundingMode, timeRounding: RoundingMode, idTagGroups: Array<string>, priority: number, validFrom: string | null, validUntil: string | null, elements: Array<{ components: Array<{ type: PriceComponentType, price: string, stepSize: number | null }>, restrictions: { startTime: string | null, endTime: string | null, startDate: string | null, endDate: string | null, dayOfWeek: Array<DayOfWeek> | null, minKwh: string | null, maxKwh: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, powerType: PowerType | null } | null }> } | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, name: string | null, role: Role } | null, tenant: { id: string, name: string, slug: string, ocppUrl: string, stats: { chargerCount: number, onlineChargerCount: number, userCount: number, ocppMessageCount: number, activeSessionCount: number, energyWh: number } } };

export type TenantsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TenantsQuery = { tenants: { totalCount: number, edges: Array<{ node: { id: string, name: string, slug: string, ocppUrl: string, customDomain: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant: { id: string, name: string, slug: string, ocppUrl: string } };

export type UpdateTenantMutationVariables = Exact<{
  input: UpdateTenantInput;
}>;


export type UpdateTenantMutation = { updateTenant: { id: string, name: string, slug: string, ocppUrl: string, customDomain: string | null, acceptUnknownChargers: boolean } };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, email: string, name: string | null, role: Role, invitePending: boolean, lastLoginAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string, name: string | null, role: Role, invitePending: boolean } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { token: string, expiresAt: string, user: { id: string, email: string, role: Role } } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, name: string | null, role: Role } };

export type ApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeRevoked?: boolean | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, edges: Array<{ node: { id: string, name: string, role: Role, lastUsedAt: string | null, revokedAt: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, role: Role, lastUsedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: string };

export const CommandOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Command"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"chargerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"chargerId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<CommandOutcomeFragment, unknown>;
export const VariableOutcomeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariableOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariablesResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"evseId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"variable"}},{"kind":"Field","name":{"kind":"Name","value":"variableInstance"}},{"kind":"Field","name":{"kind":"Name","value":"attributeType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VariableOutcomeFragment, unknown>;
export const DashboardOcppMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardOcppMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}}]}}]} as unknown as DocumentNode<DashboardOcppMessageFragment, unknown>;
export const DashboardSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSessionFragment, unknown>;
export const DashboardRecentSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRecentSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}}]}}]} as unknown as DocumentNode<DashboardRecentSessionFragment, unknown>;
export const TariffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TariffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"}},{"kind":"Field","name":{"kind":"Name","value":"energyPricePerKwh"}},{"kind":"Field","name":{"kind":"Name","value":"timePricePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minPrice"}},{"kind":"Field","name":{"kind":"Name","value":"maxPrice"}},{"kind":"Field","name":{"kind":"Name","value":"taxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"energyStepWh"}},{"kind":"Field","name":{"kind":"Name","value":"timeStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"idleStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"energyRounding"}},{"kind":"Field","name":{"kind":"Name","value":"timeRounding"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"stepSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"minKwh"}},{"kind":"Field","name":{"kind":"Name","value":"maxKwh"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"powerType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"idTagGroups"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<TariffFieldsFragment, unknown>;
export const CostFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"net"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"chargingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"idleSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]} as unknown as DocumentNode<CostFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const AcceptInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInviteMutation, AcceptInviteMutationVariables>;
export const ChargerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Charger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ocppId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"ocppId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ocppId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"firmwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}}]} as unknown as DocumentNode<ChargerQuery, ChargerQueryVariables>;
export const CreateChargerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCharger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChargerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCharger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateChargerMutation, CreateChargerMutationVariables>;
export const ChargerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChargerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<ChargerStatusSubscription, ChargerStatusSubscriptionVariables>;
export const MeterValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MeterValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measurand"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<MeterValuesSubscription, MeterValuesSubscriptionVariables>;
export const SessionUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SessionUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"meterStartWh"}},{"kind":"Field","name":{"kind":"Name","value":"meterStopWh"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}}]}}]}}]} as unknown as DocumentNode<SessionUpdatedSubscription, SessionUpdatedSubscriptionVariables>;
export const OcppMessageLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OcppMessageLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ocppMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<OcppMessageLiveSubscription, OcppMessageLiveSubscriptionVariables>;
export const ChargersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Chargers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"plugType"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerW"}},{"kind":"Field","name":{"kind":"Name","value":"activeSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ChargersQuery, ChargersQueryVariables>;
export const ChargerDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChargerDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}},{"kind":"Field","name":{"kind":"Name","value":"configuration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"readonly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"vendorErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}}]}}]}}]}}]} as unknown as DocumentNode<ChargerDetailsQuery, ChargerDetailsQueryVariables>;
export const UpdateChargerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCharger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChargerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCharger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerW"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateChargerMutation, UpdateChargerMutationVariables>;
export const DeleteChargerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCharger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteChargerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCharger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteChargerMutation, DeleteChargerMutationVariables>;
export const UpdateConnectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConnectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"plugType"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerW"}},{"kind":"Field","name":{"kind":"Name","value":"powerType"}}]}}]}}]} as unknown as DocumentNode<UpdateConnectorMutation, UpdateConnectorMutationVariables>;
export const RemoteStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoteStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteStartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}}]}}]}}]}}]} as unknown as DocumentNode<RemoteStartMutation, RemoteStartMutationVariables>;
export const RemoteStopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoteStop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteStopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteStop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RemoteStopMutation, RemoteStopMutationVariables>;
export const ResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ResetMutation, ResetMutationVariables>;
export const UnlockConnectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<UnlockConnectorMutation, UnlockConnectorMutationVariables>;
export const ChangeAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeAvailabilityMutation, ChangeAvailabilityMutationVariables>;
export const ChangeConfigurationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeConfiguration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConfigurationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeConfiguration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeConfigurationMutation, ChangeConfigurationMutationVariables>;
export const RefreshConfigurationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshConfiguration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshConfigurationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshConfiguration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshConfigurationMutation, RefreshConfigurationMutationVariables>;
export const TriggerMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriggerMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriggerMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggerMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TriggerMessageMutation, TriggerMessageMutationVariables>;
export const ClearCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargerCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearCache"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ClearCacheMutation, ClearCacheMutationVariables>;
export const ReserveNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReserveNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveNowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reservationId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReserveNowMutation, ReserveNowMutationVariables>;
export const CancelReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelReservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelReservationMutation, CancelReservationMutationVariables>;
export const SetChargingProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetChargingProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetChargingProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setChargingProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SetChargingProfileMutation, SetChargingProfileMutationVariables>;
export const ClearChargingProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearChargingProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClearChargingProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearChargingProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ClearChargingProfileMutation, ClearChargingProfileMutationVariables>;
export const GetCompositeScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GetCompositeSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetCompositeScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getCompositeSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"statusInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"additionalInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compositeSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleStart"}},{"kind":"Field","name":{"kind":"Name","value":"chargingSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"startSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"chargingRateUnit"}},{"kind":"Field","name":{"kind":"Name","value":"minChargingRate"}},{"kind":"Field","name":{"kind":"Name","value":"chargingSchedulePeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"numberPhases"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GetCompositeScheduleMutation, GetCompositeScheduleMutationVariables>;
export const SendLocalListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendLocalList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendLocalListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendLocalList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SendLocalListMutation, SendLocalListMutationVariables>;
export const UpdateFirmwareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFirmware"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFirmwareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFirmware"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFirmwareMutation, UpdateFirmwareMutationVariables>;
export const GetDiagnosticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GetDiagnostics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetDiagnosticsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getDiagnostics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]} as unknown as DocumentNode<GetDiagnosticsMutation, GetDiagnosticsMutationVariables>;
export const ChargerConfigurationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChargerConfiguration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"configuration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"readonly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargingProfiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargingProfileId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"stackLevel"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"chargingSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargingRateUnit"}},{"kind":"Field","name":{"kind":"Name","value":"chargingSchedulePeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"localListVersion"}},{"kind":"Field","name":{"kind":"Name","value":"firmwareStatus"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosticsStatus"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAvailability"}}]}}]}}]}}]} as unknown as DocumentNode<ChargerConfigurationQuery, ChargerConfigurationQueryVariables>;
export const CommandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Commands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommandFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"chargerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CommandsQuery, CommandsQueryVariables>;
export const CommandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Command"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"command"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Command"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"chargerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"chargerId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<CommandQuery, CommandQueryVariables>;
export const CommandUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CommandUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Command"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"chargerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"chargerId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<CommandUpdatedSubscription, CommandUpdatedSubscriptionVariables>;
export const GetLocalListVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GetLocalListVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargerCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getLocalListVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"listVersion"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<GetLocalListVersionMutation, GetLocalListVersionMutationVariables>;
export const DataTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DataTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DataTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DataTransferMutation, DataTransferMutationVariables>;
export const GetVariablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GetVariables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetVariablesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariableOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariableOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariablesResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"evseId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"variable"}},{"kind":"Field","name":{"kind":"Name","value":"variableInstance"}},{"kind":"Field","name":{"kind":"Name","value":"attributeType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GetVariablesMutation, GetVariablesMutationVariables>;
export const SetVariablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetVariables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetVariablesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariableOutcome"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariableOutcome"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VariablesResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"evseId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"variable"}},{"kind":"Field","name":{"kind":"Name","value":"variableInstance"}},{"kind":"Field","name":{"kind":"Name","value":"attributeType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetVariablesMutation, SetVariablesMutationVariables>;
export const RequestBaseReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestBaseReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestBaseReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestBaseReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"command"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestBaseReportMutation, RequestBaseReportMutationVariables>;
export const DashboardChargersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardChargers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"OCPP_ID"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardChargersQuery, DashboardChargersQueryVariables>;
export const DashboardSiteOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSiteOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSiteOptionsQuery, DashboardSiteOptionsQueryVariables>;
export const DashboardChargerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCharger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ocppId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ocppId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ocppId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firmwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"ocppVersion"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerW"}},{"kind":"Field","name":{"kind":"Name","value":"plugType"}},{"kind":"Field","name":{"kind":"Name","value":"activeSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"configuration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"readonly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"evseId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"variable"}},{"kind":"Field","name":{"kind":"Name","value":"variableInstance"}},{"kind":"Field","name":{"kind":"Name","value":"attributeType"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"mutability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSession"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardChargerQuery, DashboardChargerQueryVariables>;
export const DashboardChargerMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardChargerMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ocppMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardOcppMessage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardOcppMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}}]}}]} as unknown as DocumentNode<DashboardChargerMessagesQuery, DashboardChargerMessagesQueryVariables>;
export const DashboardChargerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardChargerStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<DashboardChargerStatusSubscription, DashboardChargerStatusSubscriptionVariables>;
export const DashboardMeterValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardMeterValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measurand"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardMeterValuesSubscription, DashboardMeterValuesSubscriptionVariables>;
export const DashboardSessionUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardSessionUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSession"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSessionUpdatedSubscription, DashboardSessionUpdatedSubscriptionVariables>;
export const DashboardOcppMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardOcppMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ocppMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardOcppMessage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardOcppMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}}]}}]} as unknown as DocumentNode<DashboardOcppMessagesSubscription, DashboardOcppMessagesSubscriptionVariables>;
export const DashboardActivePowerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardActivePower"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestMeterValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measurand"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardActivePowerQuery, DashboardActivePowerQueryVariables>;
export const DashboardOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"todayFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"todayTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineChargerCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeSessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"todayFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"todayTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"DAY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}}]}}]}}]} as unknown as DocumentNode<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const DashboardRecentEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRecentEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"boots"},"name":{"kind":"Name","value":"ocppMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"action"},"value":{"kind":"StringValue","value":"BootNotification","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"IN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardOcppMessage"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"statuses"},"name":{"kind":"Name","value":"ocppMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"action"},"value":{"kind":"StringValue","value":"StatusNotification","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"IN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardOcppMessage"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"started"},"name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTED_AT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardRecentSession"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ended"},"name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STOPPED_AT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardRecentSession"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardOcppMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRecentSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}}]}}]} as unknown as DocumentNode<DashboardRecentEventsQuery, DashboardRecentEventsQueryVariables>;
export const DashboardSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSession"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSessionsQuery, DashboardSessionsQueryVariables>;
export const DashboardSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"online"},"name":{"kind":"Name","value":"chargers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"online"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSitesQuery, DashboardSitesQueryVariables>;
export const IdTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdTagFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentIdTag"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<IdTagsQuery, IdTagsQueryVariables>;
export const CreateIdTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIdTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<CreateIdTagMutation, CreateIdTagMutationVariables>;
export const UpdateIdTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIdTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIdTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIdTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateIdTagMutation, UpdateIdTagMutationVariables>;
export const DeleteIdTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIdTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteIdTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIdTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteIdTagMutation, DeleteIdTagMutationVariables>;
export const VirtualChargersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VirtualChargers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualChargers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"autoCharge"}},{"kind":"Field","name":{"kind":"Name","value":"meterIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"socPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]}}]} as unknown as DocumentNode<VirtualChargersQuery, VirtualChargersQueryVariables>;
export const CreateVirtualChargerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVirtualCharger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVirtualChargerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVirtualCharger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVirtualChargerMutation, CreateVirtualChargerMutationVariables>;
export const DriveVirtualChargerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DriveVirtualCharger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DriveVirtualChargerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driveVirtualCharger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"socPercent"}}]}}]}}]}}]} as unknown as DocumentNode<DriveVirtualChargerMutation, DriveVirtualChargerMutationVariables>;
export const StopVirtualChargerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopVirtualCharger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopVirtualChargerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopVirtualCharger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<StopVirtualChargerMutation, StopVirtualChargerMutationVariables>;
export const OcppMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OcppMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OcppMessageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ocppMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OcppMessagesQuery, OcppMessagesQueryVariables>;
export const SessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SessionsQuery, SessionsQueryVariables>;
export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"meterStartWh"}},{"kind":"Field","name":{"kind":"Name","value":"meterStopWh"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestMeterValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"measurand"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const SessionMeterValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionMeterValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeterValueFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meterValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"measurand"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionMeterValuesQuery, SessionMeterValuesQueryVariables>;
export const ReservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReservationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reservationId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReservationsQuery, ReservationsQueryVariables>;
export const StatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsQuery, StatisticsQueryVariables>;
export const SitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SitesQuery, SitesQueryVariables>;
export const CreateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSiteMutation, CreateSiteMutationVariables>;
export const UpdateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSiteMutation, UpdateSiteMutationVariables>;
export const DeleteSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteSiteMutation, DeleteSiteMutationVariables>;
export const TariffsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tariffs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TariffFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TariffFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TariffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"}},{"kind":"Field","name":{"kind":"Name","value":"energyPricePerKwh"}},{"kind":"Field","name":{"kind":"Name","value":"timePricePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minPrice"}},{"kind":"Field","name":{"kind":"Name","value":"maxPrice"}},{"kind":"Field","name":{"kind":"Name","value":"taxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"energyStepWh"}},{"kind":"Field","name":{"kind":"Name","value":"timeStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"idleStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"energyRounding"}},{"kind":"Field","name":{"kind":"Name","value":"timeRounding"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"stepSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"minKwh"}},{"kind":"Field","name":{"kind":"Name","value":"maxKwh"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"powerType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"idTagGroups"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<TariffsQuery, TariffsQueryVariables>;
export const TariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TariffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TariffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"}},{"kind":"Field","name":{"kind":"Name","value":"energyPricePerKwh"}},{"kind":"Field","name":{"kind":"Name","value":"timePricePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minPrice"}},{"kind":"Field","name":{"kind":"Name","value":"maxPrice"}},{"kind":"Field","name":{"kind":"Name","value":"taxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"energyStepWh"}},{"kind":"Field","name":{"kind":"Name","value":"timeStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"idleStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"energyRounding"}},{"kind":"Field","name":{"kind":"Name","value":"timeRounding"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"stepSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"minKwh"}},{"kind":"Field","name":{"kind":"Name","value":"maxKwh"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"powerType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"idTagGroups"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<TariffQuery, TariffQueryVariables>;
export const CreateTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTariffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TariffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TariffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"}},{"kind":"Field","name":{"kind":"Name","value":"energyPricePerKwh"}},{"kind":"Field","name":{"kind":"Name","value":"timePricePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minPrice"}},{"kind":"Field","name":{"kind":"Name","value":"maxPrice"}},{"kind":"Field","name":{"kind":"Name","value":"taxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"energyStepWh"}},{"kind":"Field","name":{"kind":"Name","value":"timeStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"idleStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"energyRounding"}},{"kind":"Field","name":{"kind":"Name","value":"timeRounding"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"stepSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"minKwh"}},{"kind":"Field","name":{"kind":"Name","value":"maxKwh"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"powerType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"idTagGroups"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<CreateTariffMutation, CreateTariffMutationVariables>;
export const UpdateTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTariffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TariffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TariffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"}},{"kind":"Field","name":{"kind":"Name","value":"energyPricePerKwh"}},{"kind":"Field","name":{"kind":"Name","value":"timePricePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minPrice"}},{"kind":"Field","name":{"kind":"Name","value":"maxPrice"}},{"kind":"Field","name":{"kind":"Name","value":"taxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"energyStepWh"}},{"kind":"Field","name":{"kind":"Name","value":"timeStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"idleStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"energyRounding"}},{"kind":"Field","name":{"kind":"Name","value":"timeRounding"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"stepSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"minKwh"}},{"kind":"Field","name":{"kind":"Name","value":"maxKwh"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"powerType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"idTagGroups"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<UpdateTariffMutation, UpdateTariffMutationVariables>;
export const DeleteTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTariffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteTariffMutation, DeleteTariffMutationVariables>;
export const AssignTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTariffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AssignTariffMutation, AssignTariffMutationVariables>;
export const ChargerTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChargerTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TariffFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TariffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"}},{"kind":"Field","name":{"kind":"Name","value":"energyPricePerKwh"}},{"kind":"Field","name":{"kind":"Name","value":"timePricePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minPrice"}},{"kind":"Field","name":{"kind":"Name","value":"maxPrice"}},{"kind":"Field","name":{"kind":"Name","value":"taxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"energyStepWh"}},{"kind":"Field","name":{"kind":"Name","value":"timeStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"idleStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"energyRounding"}},{"kind":"Field","name":{"kind":"Name","value":"timeRounding"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"stepSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"minKwh"}},{"kind":"Field","name":{"kind":"Name","value":"maxKwh"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"powerType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"idTagGroups"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<ChargerTariffQuery, ChargerTariffQueryVariables>;
export const DefaultTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DefaultTariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"defaultTariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TariffFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TariffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"}},{"kind":"Field","name":{"kind":"Name","value":"energyPricePerKwh"}},{"kind":"Field","name":{"kind":"Name","value":"timePricePerHour"}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minPrice"}},{"kind":"Field","name":{"kind":"Name","value":"maxPrice"}},{"kind":"Field","name":{"kind":"Name","value":"taxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"energyStepWh"}},{"kind":"Field","name":{"kind":"Name","value":"timeStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"idleStepSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"energyRounding"}},{"kind":"Field","name":{"kind":"Name","value":"timeRounding"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"stepSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"minKwh"}},{"kind":"Field","name":{"kind":"Name","value":"maxKwh"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"powerType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"idTagGroups"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<DefaultTariffQuery, DefaultTariffQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"ocppUrl"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineChargerCount"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"ocppMessageCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeSessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const TenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"ocppUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customDomain"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TenantsQuery, TenantsQueryVariables>;
export const CreateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"ocppUrl"}}]}}]}}]} as unknown as DocumentNode<CreateTenantMutation, CreateTenantMutationVariables>;
export const UpdateTenantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"ocppUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customDomain"}},{"kind":"Field","name":{"kind":"Name","value":"acceptUnknownChargers"}}]}}]}}]} as unknown as DocumentNode<UpdateTenantMutation, UpdateTenantMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitePending"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitePending"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRevoked"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;