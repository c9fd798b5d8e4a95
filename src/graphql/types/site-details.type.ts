import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { OpeningHours as DomainHours } from '../../domain/sites/opening-hours.js';
import { DayOfWeek } from './tariff.type.js';

export enum ParkingType {
  ALONG_MOTORWAY = 'ALONG_MOTORWAY',
  PARKING_GARAGE = 'PARKING_GARAGE',
  PARKING_LOT = 'PARKING_LOT',
  ON_DRIVEWAY = 'ON_DRIVEWAY',
  ON_STREET = 'ON_STREET',
  UNDERGROUND_GARAGE = 'UNDERGROUND_GARAGE',
}
registerEnumType(ParkingType, { name: 'ParkingType', description: 'Where the cars park (OCPI 2.2 ParkingType).' });

@ObjectType({ description: 'Local wall-clock time within one day: from inclusive, to exclusive ("24:00" = midnight).' })
export class TimePeriod {
  @Field(() => String, { description: 'HH:MM, 00:00 to 23:59.' })
  from!: string;

  @Field(() => String, { description: 'HH:MM, later than from; 24:00 for midnight.' })
  to!: string;
}

@ObjectType()
export class WeeklyPeriod extends TimePeriod {
  @Field(() => DayOfWeek)
  dayOfWeek!: DayOfWeek;
}

@ObjectType({ description: 'A date whose hours differ from the week (a holiday): no periods = closed all day.' })
export class OpeningException {
  @Field(() => String, { description: 'YYYY-MM-DD, local to the site.' })
  date!: string;

  @Field(() => [TimePeriod])
  periods!: TimePeriod[];
}

@ObjectType({
  description:
    "When a site is open, in its own time zone. An exception for the local date decides alone; otherwise twentyFourSeven means open; otherwise the weekday's weekly periods. A period never crosses midnight (split 22:00-06:00 at 24:00).",
})
export class OpeningHours {
  @Field(() => Boolean)
  twentyFourSeven!: boolean;

  @Field(() => [WeeklyPeriod])
  weekly!: WeeklyPeriod[];

  @Field(() => [OpeningException])
  exceptions!: OpeningException[];

  static from(hours: DomainHours): OpeningHours {
    return Object.assign(new OpeningHours(), hours);
  }
}

@InputType()
export class TimePeriodInput {
  @Field(() => String, { description: 'HH:MM, 00:00 to 23:59.' })
  from!: string;

  @Field(() => String, { description: 'HH:MM, later than from; 24:00 for midnight.' })
  to!: string;
}

@InputType()
export class WeeklyPeriodInput extends TimePeriodInput {
  @Field(() => DayOfWeek)
  dayOfWeek!: DayOfWeek;
}

@InputType()
export class OpeningExceptionInput {
  @Field(() => String, { description: 'YYYY-MM-DD, local to the site.' })
  date!: string;

  @Field(() => [TimePeriodInput], { defaultValue: [], description: 'Empty: closed all day.' })
  periods!: TimePeriodInput[];
}

@InputType({ description: 'Replaces the whole opening hours; null on the site clears them (not stated).' })
export class OpeningHoursInput {
  @Field(() => Boolean, { defaultValue: false })
  twentyFourSeven!: boolean;

  @Field(() => [WeeklyPeriodInput], { defaultValue: [] })
  weekly!: WeeklyPeriodInput[];

  @Field(() => [OpeningExceptionInput], { defaultValue: [] })
  exceptions!: OpeningExceptionInput[];
}

/** Plain objects for the domain (type-graphql hands in class instances). */
export function toOpeningHours(input: OpeningHoursInput | null | undefined): DomainHours | null | undefined {
  if (!input) return input;
  const period = (p: TimePeriodInput) => ({ from: p.from, to: p.to });
  return {
    twentyFourSeven: input.twentyFourSeven,
    weekly: input.weekly.map((p) => ({ dayOfWeek: p.dayOfWeek, ...period(p) })),
    exceptions: input.exceptions.map((e) => ({ date: e.date, periods: e.periods.map(period) })),
  };
}
