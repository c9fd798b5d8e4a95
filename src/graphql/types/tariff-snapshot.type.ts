import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { TariffSnapshotData } from '../../domain/cdrs/tariff-snapshot.js';
import { TARIFF_LEVELS } from '../../domain/pricing/selection.js';
import { toGlobalId } from '../node.js';
import { DecimalScalar } from '../scalars.js';
import { PowerType } from './charger-details.type.js';
import { enumOf } from './command-input.type.js';
import { RoundingMode, TariffElement } from './tariff.type.js';

export const TariffLevel = enumOf(TARIFF_LEVELS);
export type TariffLevel = keyof typeof TariffLevel;
registerEnumType(TariffLevel, {
  name: 'TariffLevel',
  description: 'Where the tariff that priced a session was attached; earlier in this list is more specific.',
});

/**
 * The tariff as it was when a session started: frozen, so a record still shows what it was priced by
 * after the tariff changes. No `id` of its own (the Tariff's would merge it in a client cache with
 * the tariff as it is now): `tariffId` names the tariff.
 */
@ObjectType({
  description:
    "The tariff as locked at session start, with how it was chosen and where it was priced: a frozen copy (the Tariff as it is now is tariff(id: tariffId)); the priced result is the record's `cost`.",
})
export class TariffSnapshot {
  @Field(() => ID, { description: 'The Tariff it is a copy of.' }) tariffId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'ISO 4217, e.g. EUR.' }) currency!: string;
  @Field(() => DecimalScalar, { description: 'Per session (connection fee).' }) sessionFee!: string;
  @Field(() => DecimalScalar) energyPricePerKwh!: string;
  @Field(() => DecimalScalar, { description: 'Per hour of charging.' }) timePricePerHour!: string;
  @Field(() => DecimalScalar, { description: 'Per minute plugged in after charging ended, past the grace period.' })
  idleFeePerMinute!: string;
  @Field(() => Int) idleGraceMinutes!: number;
  @Field(() => DecimalScalar, { nullable: true }) minPrice!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) maxPrice!: string | null;
  @Field(() => DecimalScalar) taxRatePercent!: string;
  @Field(() => Int) energyStepWh!: number;
  @Field(() => Int) timeStepSeconds!: number;
  @Field(() => Int) idleStepSeconds!: number;
  @Field(() => RoundingMode) energyRounding!: RoundingMode;
  @Field(() => RoundingMode, { description: 'For charging time and idle time.' }) timeRounding!: RoundingMode;
  @Field(() => [TariffElement]) elements!: TariffElement[];
  @Field(() => TariffLevel) level!: TariffLevel;
  @Field(() => PowerType, { description: "The connector's power type the session was priced for." })
  powerType!: PowerType;
  @Field(() => String, { description: "The site's IANA time zone the restrictions were read in." }) timeZone!: string;
  @Field(() => Date) lockedAt!: Date;

  static from(s: TariffSnapshotData): TariffSnapshot {
    return Object.assign(new TariffSnapshot(), {
      ...s,
      tariffId: toGlobalId('Tariff', s.tariffId),
      energyRounding: s.energyRounding as RoundingMode,
      timeRounding: s.timeRounding as RoundingMode,
      elements: s.elements.map(TariffElement.from),
      powerType: s.powerType as PowerType,
    });
  }
}
