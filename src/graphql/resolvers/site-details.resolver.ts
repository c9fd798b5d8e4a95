import { FieldResolver, Resolver, Root } from 'type-graphql';
import { isOpenAt } from '../../domain/sites/opening-hours.js';
import { Site } from '../types/site.type.js';

/** What a driver asks of a site before driving there. */
@Resolver(() => Site)
export class SiteDetailsResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Open now by its opening hours, in its own time zone; null when they are not stated.',
  })
  openNow(@Root() site: Site): boolean | null {
    return site.openingHours ? isOpenAt(site.openingHours, site.timezone, new Date()) : null;
  }
}
