import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SafeIntScalar } from '../scalars.js';

export enum StatisticsGroupBy {
  CHARGER = 'CHARGER',
  SITE = 'SITE',
  USER = 'USER',
  ID_TAG = 'ID_TAG',
  DAY = 'DAY',
}
registerEnumType(StatisticsGroupBy, { name: 'StatisticsGroupBy' });

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

  @Field(() => Int)
  sessionCount!: number;

  @Field(() => SafeIntScalar)
  energyWh!: number;

  @Field(() => SafeIntScalar)
  durationSeconds!: number;
}
