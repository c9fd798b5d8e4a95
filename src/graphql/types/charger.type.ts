import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ChargerRow, ConnectorRow } from '../../domain/chargers/charger.repository.js';
import { Node, toGlobalId } from '../node.js';
import { PlugType, PowerType } from './charger-details.type.js';
import { JSONScalar } from '../scalars.js';
import { ChargerCapability, ConnectorFormat } from './charger-facts.type.js';
import { AvailabilityType } from './command-input.type.js';
import { ConnectorStatus, RegistrationStatus, toConnectorStatus } from './enums.js';
import { ConnectorErrorCode, DiagnosticsStatus, FirmwareStatus } from './ocpp-word-enums.js';
import { CONNECTOR_ERROR_CODES, DIAGNOSTICS_STATUSES, FIRMWARE_STATUSES } from '../../domain/ocpp-report-words.js';

@ObjectType({
  description: "One plug of a charger (OCPP connector 1 and up; connector 0 is the charger's own status).",
})
export class Connector {
  @Field(() => ID, { description: 'Stable: the same in queries, subscriptions and mutations.' })
  id!: string;

  dbId!: string;
  chargerDbId!: string;

  @Field(() => Int, { description: 'OCPP connector id, 1 and up.' })
  connectorId!: number;

  @Field(() => ConnectorStatus, { description: 'As last reported, e.g. AVAILABLE, CHARGING, SUSPENDED_EV.' })
  status!: ConnectorStatus;

  @Field(() => ConnectorErrorCode, { description: 'As last reported, e.g. NO_ERROR, GROUND_FAILURE.' })
  errorCode!: string;

  @Field(() => String, { nullable: true })
  info!: string | null;

  @Field(() => String, { nullable: true })
  vendorErrorCode!: string | null;

  @Field(() => Int, { nullable: true })
  maxPowerW!: number | null;

  @Field(() => PlugType, { nullable: true })
  plugType!: PlugType | null;

  @Field(() => Date, { nullable: true })
  statusAt!: Date | null;

  @Field(() => PowerType)
  powerType!: PowerType;

  @Field(() => String, {
    nullable: true,
    description: 'eMI3 EVSE id, e.g. DE*ABC*E123*1 (upper case); unique in the tenant.',
  })
  evseId!: string | null;

  @Field(() => String, { nullable: true, description: 'The label on the hardware, e.g. A1.' })
  physicalReference!: string | null;

  @Field(() => Int, { nullable: true })
  maxVoltageV!: number | null;

  @Field(() => Int, { nullable: true })
  maxCurrentA!: number | null;

  @Field(() => Int, { nullable: true, description: '1, 2 or 3.' })
  phases!: number | null;

  @Field(() => ConnectorFormat, { nullable: true })
  format!: ConnectorFormat | null;

  @Field(() => AvailabilityType, {
    nullable: true,
    description:
      'OPERATIVE or INOPERATIVE: a ChangeAvailability the charger answered Scheduled, until a status report shows it took effect.',
  })
  scheduledAvailability!: AvailabilityType | null;

  /** Computable from a charger and a connector number alone, so live events name it without a read. */
  static idOf(chargerDbId: string, connectorId: number): string {
    return toGlobalId('Connector', `${chargerDbId}:${connectorId}`);
  }

  static from(row: ConnectorRow): Connector {
    return Object.assign(new Connector(), {
      ...row,
      id: Connector.idOf(row.chargerId, row.connectorId),
      dbId: row.id,
      chargerDbId: row.chargerId,
      status: toConnectorStatus(row.status),
      errorCode: CONNECTOR_ERROR_CODES.nameOf(row.errorCode),
      plugType: row.plugType as PlugType | null,
      powerType: row.powerType as PowerType,
      scheduledAvailability: row.scheduledAvailability as AvailabilityType | null,
      format: row.format as ConnectorFormat | null,
    });
  }
}

@ObjectType({ implements: Node, description: 'A charge point, known by its OCPP identity.' })
export class Charger implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;
  tenantId!: string;
  siteDbId!: string | null;
  tariffDbId!: string | null;
  /** As the operator set them; null: derived (see the capabilities field). */
  capabilitiesSet!: ChargerCapability[] | null;

  @Field(() => JSONScalar, { nullable: true, description: "The operator's own fields, a JSON object, as given." })
  customProperties!: Record<string, unknown> | null;

  @Field(() => String, { description: 'The charge point identity in the OCPP URL; globally unique.' })
  ocppId!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Boolean)
  online!: boolean;

  @Field(() => Date, { nullable: true })
  lastSeenAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The last OCPP action received.' })
  lastMessage!: string | null;

  @Field(() => String, { nullable: true })
  vendor!: string | null;

  @Field(() => String, { nullable: true })
  model!: string | null;

  @Field(() => String, { nullable: true })
  serialNumber!: string | null;

  @Field(() => String, { nullable: true })
  firmwareVersion!: string | null;

  @Field(() => String, { nullable: true, description: 'From BootNotification: the charge box serial number.' })
  chargeBoxSerialNumber!: string | null;

  @Field(() => String, { nullable: true, description: "From BootNotification: the modem's SIM card ICCID." })
  iccid!: string | null;

  @Field(() => String, { nullable: true, description: "From BootNotification: the modem's IMSI." })
  imsi!: string | null;

  @Field(() => String, { nullable: true, description: 'From BootNotification: the main meter type.' })
  meterType!: string | null;

  @Field(() => String, { nullable: true, description: 'From BootNotification: the main meter serial number.' })
  meterSerialNumber!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the charger last sent BootNotification.' })
  lastBootAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The OCPP version of its latest connection: 2.0.1 or 1.6 (a charger may switch on a later connect).',
  })
  ocppVersion!: string | null;

  @Field(() => RegistrationStatus)
  registrationStatus!: RegistrationStatus;

  @Field(() => FirmwareStatus, {
    nullable: true,
    description: 'The last FirmwareStatusNotification status, e.g. DOWNLOADING, INSTALLED.',
  })
  firmwareStatus!: string | null;

  @Field(() => DiagnosticsStatus, {
    nullable: true,
    description:
      'The last DiagnosticsStatusNotification (2.0.1: LogStatusNotification) status, e.g. UPLOADING, UPLOADED.',
  })
  diagnosticsStatus!: string | null;

  @Field(() => Int, { description: 'The local authorization list version the charger last accepted or reported.' })
  localListVersion!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Rated power of the whole charger in W, as the operator set it.' })
  maxPowerW!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Metres from the point in `chargers(filter: {near})` to the charger's site; null otherwise.",
  })
  distanceMeters!: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Set when deleted; a deleted charger still shows in past sessions.',
  })
  deletedAt!: Date | null;

  static from(row: ChargerRow & { __sort?: unknown }, opts: { distance?: boolean } = {}): Charger {
    return Object.assign(new Charger(), {
      id: toGlobalId('Charger', row.id),
      dbId: row.id,
      tenantId: row.tenantId,
      siteDbId: row.siteId,
      ocppId: row.ocppId,
      name: row.name,
      online: row.online,
      lastSeenAt: row.lastSeenAt,
      lastMessage: row.lastMessage,
      vendor: row.vendor,
      model: row.model,
      serialNumber: row.serialNumber ?? row.chargeBoxSerialNumber,
      firmwareVersion: row.firmwareVersion,
      chargeBoxSerialNumber: row.chargeBoxSerialNumber,
      iccid: row.iccid,
      imsi: row.imsi,
      meterType: row.meterType,
      meterSerialNumber: row.meterSerialNumber,
      lastBootAt: row.lastBootAt,
      // Rows written before 2.0.1 hold the subprotocol ('ocpp1.6').
      ocppVersion: row.ocppVersion?.replace(/^ocpp/, '') ?? null,
      registrationStatus: row.registrationStatus as RegistrationStatus,
      firmwareStatus: FIRMWARE_STATUSES.nameOrNull(row.firmwareStatus),
      diagnosticsStatus: DIAGNOSTICS_STATUSES.nameOrNull(row.diagnosticsStatus),
      localListVersion: row.localListVersion,
      createdAt: row.createdAt,
      tariffDbId: row.tariffId,
      maxPowerW: row.maxPowerW,
      capabilitiesSet: row.capabilities as ChargerCapability[] | null,
      customProperties: row.customProperties as Record<string, unknown> | null,
      distanceMeters: opts.distance && typeof row.__sort === 'number' ? row.__sort : null,
      deletedAt: row.deletedAt,
    });
  }
}
