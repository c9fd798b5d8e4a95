import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type {
  PriceComponent as PriceComponentData,
  Restrictions,
  TariffElement as TariffElementData,
} from '../../domain/pricing/tariff.model.js';
import { fieldsOf, type TariffRow } from '../../domain/tariffs/tariff.fields.js';
import { Node, toGlobalId } from '../node.js';
import { PowerType } from './charger-details.type.js';
import { DecimalScalar } from '../scalars.js';

export enum RoundingMode {
  UP = 'UP',
  DOWN = 'DOWN',
  EXACT = 'EXACT',
}
registerEnumType(RoundingMode, {
  name: 'RoundingMode',
  description: 'How a partly used billing step is billed.',
  valuesConfig: {
    UP: { description: 'A started step is billed in full (OCPI).' },
    DOWN: { description: 'A partly used step is not billed.' },
    EXACT: { description: 'Billed as measured; the step size is ignored.' },
  },
});

export enum PriceComponentType {
  FLAT = 'FLAT',
  ENERGY = 'ENERGY',
  TIME = 'TIME',
  PARKING_TIME = 'PARKING_TIME',
}
registerEnumType(PriceComponentType, {
  name: 'PriceComponentType',
  valuesConfig: {
    FLAT: { description: 'Per session.' },
    ENERGY: { description: 'Per kWh.' },
    TIME: { description: 'Per hour of charging.' },
    PARKING_TIME: { description: 'Per minute idle after charging (like idleFeePerMinute); the grace period applies.' },
  },
});

export { PowerType };

export enum DayOfWeek {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(DayOfWeek, { name: 'DayOfWeek' });

@ObjectType({ description: 'One price of a tariff element (OCPI PriceComponent). Net of tax.' })
export class PriceComponent {
  @Field(() => PriceComponentType)
  type!: PriceComponentType;

  @Field(() => DecimalScalar)
  price!: string;

  @Field(() => Int, { nullable: true, description: 'Billing step: Wh for ENERGY, seconds for TIME and PARKING_TIME.' })
  stepSize!: number | null;

  static from(c: PriceComponentData): PriceComponent {
    return Object.assign(new PriceComponent(), { type: c.type, price: c.price, stepSize: c.stepSize ?? null });
  }
}

@ObjectType({
  description:
    "When an element applies (OCPI TariffRestrictions), on the site's local clock. Starts are inclusive, ends exclusive; " +
    'an endTime before startTime wraps past midnight.',
})
export class TariffRestrictions {
  @Field(() => String, { nullable: true, description: 'HH:MM' })
  startTime!: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM' })
  endTime!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endDate!: string | null;

  @Field(() => [DayOfWeek], { nullable: true })
  dayOfWeek!: DayOfWeek[] | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Energy charged so far in the session.' })
  minKwh!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  maxKwh!: string | null;

  @Field(() => Int, { nullable: true, description: 'Time since the session started.' })
  minDurationSeconds!: number | null;

  @Field(() => Int, { nullable: true })
  maxDurationSeconds!: number | null;

  @Field(() => PowerType, { nullable: true })
  powerType!: PowerType | null;

  static from(r: Restrictions): TariffRestrictions {
    const out = new TariffRestrictions();
    for (const key of Object.keys(r) as (keyof Restrictions)[])
      (out as unknown as Record<string, unknown>)[key] = r[key];
    return out;
  }
}

@ObjectType({
  description: "Prices that apply when the restrictions hold; tried in order before the tariff's flat prices.",
})
export class TariffElement {
  @Field(() => [PriceComponent])
  components!: PriceComponent[];

  @Field(() => TariffRestrictions, { nullable: true })
  restrictions!: TariffRestrictions | null;

  static from(e: TariffElementData): TariffElement {
    return Object.assign(new TariffElement(), {
      components: e.components.map(PriceComponent.from),
      restrictions: e.restrictions ? TariffRestrictions.from(e.restrictions) : null,
    });
  }
}

@ObjectType({ implements: Node, description: 'How sessions are priced. Prices are net of tax.' })
export class Tariff implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'ISO 4217, e.g. EUR.' })
  currency!: string;

  @Field(() => DecimalScalar, { description: 'Per session (connection fee).' })
  sessionFee!: string;

  @Field(() => DecimalScalar)
  energyPricePerKwh!: string;

  @Field(() => DecimalScalar, { description: 'Per hour of charging.' })
  timePricePerHour!: string;

  @Field(() => DecimalScalar, { description: 'Per minute plugged in after charging ended, past the grace period.' })
  idleFeePerMinute!: string;

  @Field(() => Int)
  idleGraceMinutes!: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Net minimum per session (sessions with no energy cost nothing).',
  })
  minPrice!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Net maximum per session.' })
  maxPrice!: string | null;

  @Field(() => DecimalScalar, { description: 'Added on the net total, e.g. "19".' })
  taxRatePercent!: string;

  @Field(() => Int)
  energyStepWh!: number;

  @Field(() => Int)
  timeStepSeconds!: number;

  @Field(() => Int)
  idleStepSeconds!: number;

  @Field(() => RoundingMode)
  energyRounding!: RoundingMode;

  @Field(() => RoundingMode, { description: 'For charging time and idle time.' })
  timeRounding!: RoundingMode;

  @Field(() => [TariffElement], {
    description: 'OCPI-style elements with restrictions (night price, DC price, parking after 4 h, ...).',
  })
  elements!: TariffElement[];

  @Field(() => [String], { description: 'Id tag groups this tariff is offered to.' })
  idTagGroups!: string[];

  @Field(() => Int, { description: 'Higher wins among tariffs that could apply; ties go to the most specific level.' })
  priority!: number;

  @Field(() => Date, { nullable: true })
  validFrom!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive.' })
  validUntil!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  static from(row: TariffRow): Tariff {
    const f = fieldsOf(row);
    return Object.assign(new Tariff(), {
      ...f,
      id: toGlobalId('Tariff', row.id),
      dbId: row.id,
      elements: f.elements.map(TariffElement.from),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  }
}
