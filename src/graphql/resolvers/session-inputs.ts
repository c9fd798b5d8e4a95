import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import type {
  SessionFilter as DomainFilter,
  SessionOrderField as DomainField,
} from '../../domain/sessions/session-query.repository.js';
import { filterIdOf } from '../ids.js';
import { PlugType } from '../types/charger-details.type.js';
import { OrderDirection } from '../types/enums.js';
import { DecimalScalar, SafeIntScalar } from '../scalars.js';
import { SessionStatus } from '../types/session.type.js';
import { Measurand, StopReason } from '../types/ocpp-word-enums.js';
import { MEASURANDS, STOP_REASONS } from '../../domain/ocpp-report-words.js';

@InputType({ description: 'Time bounds: After is inclusive, Before exclusive.' })
export class SessionFilter {
  @Field(() => ID, { nullable: true })
  chargerId?: string | null;

  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive, as OCPP compares id tags.' })
  idTag?: string | null;

  @Field(() => [SessionStatus], { nullable: true })
  status?: SessionStatus[] | null;

  @Field(() => Date, { nullable: true })
  startedAfter?: Date | null;

  @Field(() => Date, { nullable: true })
  startedBefore?: Date | null;

  @Field(() => Date, { nullable: true })
  stoppedAfter?: Date | null;

  @Field(() => Date, { nullable: true })
  stoppedBefore?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The tariff locked onto the session when it started.' })
  tariffId?: string | null;

  @Field(() => SafeIntScalar, { nullable: true, description: 'Energy charged at least this (inclusive).' })
  minEnergyWh?: number | null;

  @Field(() => SafeIntScalar, { nullable: true, description: 'Energy charged at most this (inclusive).' })
  maxEnergyWh?: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "Cost total (gross) at least this, in the session's own currency; sessions without a cost never match.",
  })
  minCost?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Cost total (gross) at most this, in the session's own currency; sessions without a cost never match.",
  })
  maxCost?: string | null;

  @Field(() => [StopReason], {
    nullable: true,
    description: 'Any of these stop reasons (LOCAL, REMOTE, EV_DISCONNECTED, ENERGY_LIMIT_REACHED, ...).',
  })
  stopReason?: string[] | null;

  @Field(() => [PlugType], { nullable: true, description: "The plug type of the session's connector." })
  plugType?: PlugType[] | null;

  @Field(() => String, { nullable: true, description: "The city of the charger's site address; case-insensitive." })
  city?: string | null;
}

export enum SessionOrderField {
  STARTED_AT = 'STARTED_AT',
  STOPPED_AT = 'STOPPED_AT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(SessionOrderField, {
  name: 'SessionOrderField',
  description: 'Sessions without the time (not started, still running) come last.',
});

@InputType()
export class SessionOrder {
  @Field(() => SessionOrderField)
  field!: SessionOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
  direction!: OrderDirection;
}

export function toSessionFilter(f: SessionFilter | null | undefined): DomainFilter {
  if (!f) return {};
  return {
    ...f,
    chargerId: filterIdOf('Charger', f.chargerId),
    siteId: filterIdOf('Site', f.siteId),
    userId: filterIdOf('User', f.userId),
    tariffId: filterIdOf('Tariff', f.tariffId),
    stopReason: f.stopReason?.map(STOP_REASONS.wordOf),
  };
}

export function toSessionOrder(
  o: SessionOrder | null | undefined,
): { field: DomainField; direction: 'asc' | 'desc' } | null {
  return o ? { field: o.field, direction: o.direction === OrderDirection.ASC ? 'asc' : 'desc' } : null;
}

@InputType()
export class MeterValueFilter {
  @Field(() => [Measurand], {
    nullable: true,
    description: 'Any of these measurands, e.g. ENERGY_ACTIVE_IMPORT_REGISTER, POWER_ACTIVE_IMPORT.',
  })
  measurand?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'Inclusive.' })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive.' })
  until?: Date | null;
}

/** The filter in stored words (the database keeps what the charger sent). */
export function toMeterValueFilter(f: MeterValueFilter | null | undefined): MeterValueFilter {
  return { ...f, measurand: f?.measurand?.map(MEASURANDS.wordOf) };
}
