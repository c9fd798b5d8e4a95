import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { SiteRow } from '../../domain/sites/site.repository.js';
import { openingHoursOf } from '../../domain/sites/opening-hours.js';
import { Node, toGlobalId } from '../node.js';
import { JSONScalar } from '../scalars.js';
import { OpeningHours, ParkingType } from './site-details.type.js';

@ObjectType()
export class Address {
  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. DE.' })
  country!: string | null;
}

@ObjectType({ description: 'WGS 84 coordinates in degrees.' })
export class Location {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@ObjectType({ implements: Node, description: 'A place with chargers: a car park, a depot, a street.' })
export class Site implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;
  tenantId!: string;
  tariffDbId!: string | null;
  parentDbId!: string | null;

  @Field(() => Boolean, { description: 'Shown to the public (apps, roaming); otherwise private.' })
  public!: boolean;

  @Field(() => String, { nullable: true, description: 'The name shown to the public.' })
  publicName!: string | null;

  @Field(() => String, { nullable: true, description: "The site's id in another system." })
  externalId!: string | null;

  @Field(() => OpeningHours, { nullable: true, description: 'When the site is open; null when not stated.' })
  openingHours!: OpeningHours | null;

  @Field(() => ParkingType, { nullable: true })
  parkingType!: ParkingType | null;

  @Field(() => JSONScalar, { nullable: true, description: "The operator's own fields, a JSON object, as given." })
  customProperties!: Record<string, unknown> | null;

  @Field(() => String)
  name!: string;

  @Field(() => Address)
  address!: Address;

  @Field(() => Location, { nullable: true })
  location!: Location | null;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Berlin; local times and daily statistics use it.' })
  timezone!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set when deleted; a deleted site still shows in past sessions.' })
  deletedAt!: Date | null;

  static from(row: SiteRow): Site {
    return Object.assign(new Site(), {
      id: toGlobalId('Site', row.id),
      dbId: row.id,
      tenantId: row.tenantId,
      tariffDbId: row.tariffId,
      parentDbId: row.parentId,
      public: row.public,
      publicName: row.publicName,
      externalId: row.externalId,
      openingHours: (() => {
        const hours = openingHoursOf(row.openingHours);
        return hours ? OpeningHours.from(hours) : null;
      })(),
      parkingType: row.parkingType as ParkingType | null,
      customProperties: row.customProperties as Record<string, unknown> | null,
      name: row.name,
      address: Object.assign(new Address(), {
        street: row.street,
        city: row.city,
        postalCode: row.postalCode,
        country: row.country,
      }),
      location:
        row.latitude != null && row.longitude != null
          ? Object.assign(new Location(), { latitude: row.latitude, longitude: row.longitude })
          : null,
      timezone: row.timezone,
      createdAt: row.createdAt,
      deletedAt: row.deletedAt,
    });
  }
}
