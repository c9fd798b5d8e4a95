import { Field, ID, InputType, Int } from 'type-graphql';
import type { TariffPatch } from '../../domain/tariffs/tariff.service.js';
import { DecimalScalar } from '../scalars.js';
import { DayOfWeek, PowerType, PriceComponentType, RoundingMode } from '../types/tariff.type.js';

@InputType()
export class PriceComponentInput {
  @Field(() => PriceComponentType)
  type!: PriceComponentType;

  @Field(() => DecimalScalar, {
    description: 'Net: per kWh, per hour (TIME), per minute (PARKING_TIME) or per session (FLAT).',
  })
  price!: string;

  @Field(() => Int, { nullable: true, description: 'Wh for ENERGY, seconds for TIME and PARKING_TIME.' })
  stepSize?: number;
}

@InputType()
export class TariffRestrictionsInput {
  @Field(() => String, { nullable: true, description: 'HH:MM, local to the site.' })
  startTime?: string;

  @Field(() => String, { nullable: true, description: 'HH:MM, exclusive; before startTime wraps past midnight.' })
  endTime?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, exclusive.' })
  endDate?: string;

  @Field(() => [DayOfWeek], { nullable: true })
  dayOfWeek?: DayOfWeek[];

  @Field(() => DecimalScalar, { nullable: true })
  minKwh?: string;

  @Field(() => DecimalScalar, { nullable: true })
  maxKwh?: string;

  @Field(() => Int, { nullable: true })
  minDurationSeconds?: number;

  @Field(() => Int, { nullable: true })
  maxDurationSeconds?: number;

  @Field(() => PowerType, { nullable: true })
  powerType?: PowerType;
}

@InputType()
export class TariffElementInput {
  @Field(() => [PriceComponentInput])
  components!: PriceComponentInput[];

  @Field(() => TariffRestrictionsInput, { nullable: true })
  restrictions?: TariffRestrictionsInput;
}

@InputType()
export class TariffPricesInput {
  @Field(() => DecimalScalar, { nullable: true })
  sessionFee?: string;

  @Field(() => DecimalScalar, { nullable: true })
  energyPricePerKwh?: string;

  @Field(() => DecimalScalar, { nullable: true })
  timePricePerHour?: string;

  @Field(() => DecimalScalar, { nullable: true })
  idleFeePerMinute?: string;

  @Field(() => Int, { nullable: true })
  idleGraceMinutes?: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'null clears it.' })
  minPrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'null clears it.' })
  maxPrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  taxRatePercent?: string;

  @Field(() => Int, { nullable: true })
  energyStepWh?: number;

  @Field(() => Int, { nullable: true })
  timeStepSeconds?: number;

  @Field(() => Int, { nullable: true })
  idleStepSeconds?: number;

  @Field(() => RoundingMode, { nullable: true })
  energyRounding?: RoundingMode;

  @Field(() => RoundingMode, { nullable: true })
  timeRounding?: RoundingMode;

  @Field(() => [TariffElementInput], { nullable: true, description: 'Replaces all elements.' })
  elements?: TariffElementInput[];

  @Field(() => [String], { nullable: true })
  idTagGroups?: string[];

  @Field(() => Int, { nullable: true })
  priority?: number;

  @Field(() => Date, { nullable: true })
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  validUntil?: Date | null;
}

@InputType()
export class CreateTariffInput extends TariffPricesInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  currency!: string;
}

@InputType({ description: 'Fields left out keep their value. Running sessions keep the tariff they locked at start.' })
export class UpdateTariffInput extends TariffPricesInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  currency?: string;
}

@InputType()
export class TariffFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  search?: string;

  @Field(() => String, { nullable: true })
  currency?: string;
}

@InputType({
  description:
    'Name exactly one place: chargerId (with connectorId for one connector), siteId, tenantDefault or idTagGroup.',
})
export class AssignTariffInput {
  @Field(() => ID, { nullable: true, description: 'null detaches the tariff from that place.' })
  tariffId?: string | null;

  @Field(() => ID, { nullable: true })
  chargerId?: string;

  @Field(() => Int, { nullable: true })
  connectorId?: number;

  @Field(() => ID, { nullable: true })
  siteId?: string;

  @Field(() => Boolean, { nullable: true })
  tenantDefault?: boolean;

  @Field(() => String, { nullable: true, description: 'Drivers whose id tag is in this group (id tag groupName).' })
  idTagGroup?: string;
}

/** GraphQL input -> domain patch. Plain objects only: the elements are stored as JSON. */
export function toTariffPatch(input: TariffPricesInput & { name?: string; currency?: string }): TariffPatch {
  const { elements, ...rest } = input as TariffPricesInput & { id?: string; name?: string; currency?: string };
  delete (rest as { id?: string }).id;
  const patch: TariffPatch = { ...rest } as TariffPatch;
  if (rest.currency !== undefined) patch.currency = rest.currency.trim().toUpperCase();
  if (elements) {
    patch.elements = elements.map((e) => ({
      components: e.components.map((c) => ({ type: c.type, price: c.price, stepSize: c.stepSize ?? undefined })),
      restrictions: e.restrictions ? { ...e.restrictions } : null,
    }));
  }
  for (const key of [
    'sessionFee',
    'energyPricePerKwh',
    'timePricePerHour',
    'idleFeePerMinute',
    'taxRatePercent',
    'idleGraceMinutes',
    'energyStepWh',
    'timeStepSeconds',
    'idleStepSeconds',
    'energyRounding',
    'timeRounding',
    'idTagGroups',
    'priority',
    'name',
    'currency',
  ] as const) {
    // These are not nullable in the model: a null sent means "leave as is".
    if (patch[key] === null) delete patch[key];
  }
  return patch;
}
