import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Cost as CostData, CostLine as CostLineData } from '../../domain/pricing/cost.model.js';
import { moneyOfDecimal, moneyOfMinor } from '../../domain/pricing/money.js';
import { DecimalScalar } from '../scalars.js';
import { SafeIntScalar } from '../scalars.js';

@ObjectType({ description: 'An amount of money. Stored as integer minor units; never a float.' })
export class Money {
  @Field(() => DecimalScalar, { description: 'In major units, e.g. "10.15".' })
  amount!: string;

  @Field(() => Int, {
    description: 'In minor units (cents), e.g. 1015. For a unit price finer than a cent, rounded half-up.',
  })
  minorUnits!: number;

  @Field(() => String, { description: 'ISO 4217, e.g. EUR.' })
  currency!: string;

  static ofMinor(minor: number, currency: string): Money {
    return Object.assign(new Money(), moneyOfMinor(minor, currency));
  }

  /** A price that may be finer than a cent ("0.3277"): shown exactly, at least to the cent ("0.30"). */
  static ofDecimal(price: string, currency: string): Money {
    return Object.assign(new Money(), moneyOfDecimal(price, currency));
  }
}

export enum CostLineType {
  SESSION_FEE = 'SESSION_FEE',
  ENERGY = 'ENERGY',
  TIME = 'TIME',
  IDLE = 'IDLE',
  MIN_PRICE = 'MIN_PRICE',
  MAX_PRICE = 'MAX_PRICE',
}
registerEnumType(CostLineType, {
  name: 'CostLineType',
  valuesConfig: {
    TIME: { description: 'Time while charging (until the energy register stopped rising for good).' },
    IDLE: { description: 'Time plugged in after charging ended, past the grace period.' },
    MIN_PRICE: { description: 'Raises the net total to the tariff minimum.' },
    MAX_PRICE: { description: 'Cuts the net total to the tariff maximum (a negative amount).' },
  },
});

export enum CostUnit {
  SESSION = 'SESSION',
  KWH = 'KWH',
  HOUR = 'HOUR',
  MINUTE = 'MINUTE',
}
registerEnumType(CostUnit, { name: 'CostUnit' });

@ObjectType({ description: 'One line of a price: quantity x net unit price = net amount.' })
export class CostLine {
  @Field(() => CostLineType)
  type!: CostLineType;

  @Field(() => DecimalScalar, { description: 'Billed quantity after step rounding; up to 6 decimals.' })
  quantity!: string;

  @Field(() => CostUnit)
  unit!: CostUnit;

  @Field(() => Money, { description: 'Net of tax.' })
  unitPrice!: Money;

  @Field(() => Money, { description: 'Net of tax, rounded half-up to minor units from the exact quantity.' })
  amount!: Money;

  @Field(() => Int, {
    nullable: true,
    description: "Index of the tariff element that priced this line; null for the tariff's flat prices.",
  })
  tariffElement!: number | null;

  static from(line: CostLineData, currency: string): CostLine {
    return Object.assign(new CostLine(), {
      type: line.type as CostLineType,
      quantity: line.quantity,
      unit: line.unit as CostUnit,
      unitPrice: Money.ofDecimal(line.unitPrice, currency),
      amount: Money.ofMinor(line.amountMinor, currency),
      tariffElement: line.element,
    });
  }
}

@ObjectType({ description: "A session's price: live while it charges, final once it stopped." })
export class Cost {
  @Field(() => String)
  currency!: string;

  @Field(() => Money, { description: 'Sum of the breakdown, net of tax.' })
  net!: Money;

  @Field(() => Money, { description: 'Tax on the net total, rounded half-up.' })
  tax!: Money;

  @Field(() => Money, { description: 'net + tax.' })
  total!: Money;

  @Field(() => Money, { description: 'Same as total (net + tax), as invoices call it.' })
  gross!: Money;

  @Field(() => DecimalScalar)
  taxRatePercent!: string;

  @Field(() => [CostLine])
  breakdown!: CostLine[];

  @Field(() => SafeIntScalar, { description: 'Energy priced, whole Wh.' })
  energyWh!: number;

  @Field(() => Int, { description: 'Seconds from start until charging ended.' })
  chargingSeconds!: number;

  @Field(() => Int, { description: 'Seconds plugged in after charging ended (grace period included).' })
  idleSeconds!: number;

  @Field(() => Boolean, { description: 'False while the session runs: the price so far, up to asOf.' })
  final!: boolean;

  @Field(() => Date, { description: 'The moment this price runs to: the latest meter reading, or the stop.' })
  asOf!: Date;

  tariffDbId!: string;

  static from(data: CostData): Cost {
    const money = (minor: number) => Money.ofMinor(minor, data.currency);
    return Object.assign(new Cost(), {
      currency: data.currency,
      net: money(data.netMinor),
      tax: money(data.taxMinor),
      total: money(data.totalMinor),
      gross: money(data.totalMinor),
      taxRatePercent: data.taxRatePercent,
      breakdown: data.breakdown.map((l) => CostLine.from(l, data.currency)),
      energyWh: data.energyWh,
      chargingSeconds: data.chargingSeconds,
      idleSeconds: data.idleSeconds,
      final: data.final,
      asOf: new Date(data.asOf),
      tariffDbId: data.tariffId,
    });
  }
}
