import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type {
  ChargerFilter as DomainFilter,
  ChargerOrder as DomainOrder,
} from '../../domain/chargers/charger-list.repository.js';
import { filterIdOf } from '../ids.js';
import { JSONScalar } from '../scalars.js';
import { ChargerCapability, ConnectorFormat } from '../types/charger-facts.type.js';
import { PlugType, PowerType } from '../types/charger-details.type.js';
import { ConnectorStatus, OrderDirection, RegistrationStatus } from '../types/enums.js';

@InputType({ description: 'Chargers whose site lies within `radiusMeters` of a point.' })
export class NearInput {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => Float)
  radiusMeters!: number;
}

@InputType()
export class ChargerFilter {
  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => [ConnectorStatus], {
    nullable: true,
    description: 'Chargers with a connector in one of these statuses.',
  })
  status?: ConnectorStatus[] | null;

  @Field(() => Boolean, { nullable: true })
  online?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the OCPP id, name, vendor or model (case-insensitive).',
  })
  search?: string | null;

  @Field(() => [PlugType], { nullable: true, description: 'Chargers with a connector of one of these plug types.' })
  plugType?: PlugType[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Rated power range in W: the charger or one of its connectors is rated within it.',
  })
  minPowerW?: number | null;

  @Field(() => Int, { nullable: true })
  maxPowerW?: number | null;

  @Field(() => RegistrationStatus, { nullable: true })
  registrationStatus?: RegistrationStatus | null;

  @Field(() => NearInput, {
    nullable: true,
    description: 'Only chargers near a point; ordered nearest first unless orderBy says otherwise.',
  })
  near?: NearInput | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Chargers whose customProperties contain this JSON object, e.g. {"fleet": "north"}.',
  })
  customProperties?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'The charger with a connector of this eMI3 EVSE id.' })
  evseId?: string | null;
}

export enum ChargerOrderField {
  CREATED_AT = 'CREATED_AT',
  OCPP_ID = 'OCPP_ID',
  NAME = 'NAME',
  LAST_SEEN_AT = 'LAST_SEEN_AT',
  DISTANCE = 'DISTANCE',
}
registerEnumType(ChargerOrderField, {
  name: 'ChargerOrderField',
  valuesConfig: { DISTANCE: { description: 'Needs filter.near.' } },
});

@InputType()
export class ChargerOrder {
  @Field(() => ChargerOrderField)
  field!: ChargerOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction!: OrderDirection;
}

export function toChargerFilter(f: ChargerFilter | null | undefined): DomainFilter {
  if (!f) return {};
  return { ...f, siteId: filterIdOf('Site', f.siteId), near: f.near ? { ...f.near } : null };
}

export function toChargerOrder(o: ChargerOrder | null | undefined): DomainOrder | null {
  return o ? { field: o.field, direction: o.direction === OrderDirection.ASC ? 'asc' : 'desc' } : null;
}

@InputType({ description: 'What OCPP 1.6 does not report about a connector: the operator sets it.' })
export class UpdateConnectorInput {
  @Field(() => ID)
  chargerId!: string;

  @Field(() => Int, { description: '1 or more.' })
  connectorId!: number;

  @Field(() => Int, { nullable: true })
  maxPowerW?: number | null;

  @Field(() => PlugType, { nullable: true })
  plugType?: PlugType | null;

  @Field(() => PowerType, { nullable: true })
  powerType?: PowerType | null;

  @Field(() => String, {
    nullable: true,
    description: 'eMI3 EVSE id, e.g. DE*ABC*E123*1; unique in the tenant (CONFLICT otherwise); null clears.',
  })
  evseId?: string | null;

  @Field(() => String, { nullable: true, description: 'The label on the hardware, e.g. A1.' })
  physicalReference?: string | null;

  @Field(() => Int, { nullable: true })
  maxVoltageV?: number | null;

  @Field(() => Int, { nullable: true })
  maxCurrentA?: number | null;

  @Field(() => Int, { nullable: true, description: '1, 2 or 3.' })
  phases?: number | null;

  @Field(() => ConnectorFormat, { nullable: true })
  format?: ConnectorFormat | null;
}

@InputType({ description: 'Omitted fields stay as they are; null clears a nullable one.' })
export class UpdateChargerInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Overrides the site and tenant tariffs for this charger.' })
  tariffId?: string | null;

  @Field(() => String, { nullable: true, description: 'New Basic-auth password (8-64 characters); null removes it.' })
  password?: string | null;

  @Field(() => Int, { nullable: true })
  maxPowerW?: number | null;

  @Field(() => RegistrationStatus, {
    nullable: true,
    description: 'ACCEPTED approves a PENDING charger at its next BootNotification.',
  })
  registrationStatus?: RegistrationStatus | null;

  @Field(() => [ChargerCapability], {
    nullable: true,
    description: 'What it can do, as you state it; null goes back to what the charger reports.',
  })
  capabilities?: ChargerCapability[] | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Your own fields: a JSON object of at most 16 KiB, replaced whole; null clears.',
  })
  customProperties?: Record<string, unknown> | null;
}
