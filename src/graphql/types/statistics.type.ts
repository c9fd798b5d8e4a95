import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SafeIntScalar } from '../scalars.js';
import { Money } from './money.type.js';

export enum StatisticsGroupBy {
  CHARGER = 'CHARGER',
  SITE = 'SITE',
  USER = 'USER',
  ID_TAG = 'ID_TAG',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(StatisticsGroupBy, {
  name: 'StatisticsGroupBy',
  valuesConfig: {
    DAY: { description: 'Calendar days in the time zone.' },
    WEEK: { description: 'ISO weeks (Monday to Sunday) in the time zone.' },
    MONTH: { description: 'Calendar months in the time zone.' },
  },
});

@InputType({ description: 'Each list narrows (AND between lists, any of the values inside one).' })
export class StatisticsFilter {
  @Field(() => [ID], { nullable: true })
  chargerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Chargers on these sites (not their sub-sites).' })
  siteIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  userIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Case-insensitive, as OCPP compares id tags.' })
  idTags?: string[] | null;
}

@ObjectType({
  description:
    'Totals of the sessions in one group. Exactly the field that matches groupBy is set; all null means "none" (no site, no user).',
})
export class StatisticsGroup {
  groupBy!: StatisticsGroupBy;
  key!: string | null;

  @Field(() => String, { nullable: true, description: 'The id tag (upper case), when grouped by ID_TAG.' })
  idTag!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The day (YYYY-MM-DD in the asked time zone), when grouped by DAY.',
  })
  day!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The period's first day (YYYY-MM-DD in the time zone: the day, the week's Monday, the month's 1st), when grouped by DAY, WEEK or MONTH.",
  })
  period!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The instant the period begins (midnight in the time zone), when grouped by DAY, WEEK or MONTH.',
  })
  periodStart!: Date | null;

  @Field(() => Int)
  sessionCount!: number;

  @Field(() => SafeIntScalar)
  energyWh!: number;

  @Field(() => SafeIntScalar, { description: 'Start to stop (to now while charging), summed.' })
  durationSeconds!: number;

  @Field(() => [Money], {
    description:
      "Sum of the sessions' cost totals (gross, live while charging), one per currency; empty when none was priced.",
  })
  revenue!: Money[];
}
