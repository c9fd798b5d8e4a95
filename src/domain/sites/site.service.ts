import type { PageArgs } from '../../db/paginate.js';
import { ConflictError, InputChecker, InvalidInputError, NotFoundError } from '../errors.js';
import { assertCan } from '../policy.js';
import type { ReferenceRepository } from '../references.repository.js';
import type { Scope } from '../scope.js';
import { checkCustomProperties, checkLocation, isCountryCode, isTimeZone, type LocationInput } from '../validation.js';
import { checkOpeningHours, type OpeningHours } from './opening-hours.js';
import type { SiteFilter, SiteOrderField, SiteRepository, SiteRow, SiteValues } from './site.repository.js';

export interface AddressInput {
  street?: string | null;
  city?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

/** Omitted fields stay as they are; an explicit null clears a nullable one. */
export interface SiteInput {
  name?: string | null;
  address?: AddressInput | null;
  location?: LocationInput | null;
  timezone?: string | null;
  tariffId?: string | null;
  /** The site this one sits in; null makes it a top-level site. */
  parentId?: string | null;
  public?: boolean | null;
  publicName?: string | null;
  externalId?: string | null;
  openingHours?: OpeningHours | null;
  parkingType?: ParkingType | null;
  customProperties?: Record<string, unknown> | null;
}

/** OCPI 2.2 ParkingType. */
export const PARKING_TYPES = [
  'ALONG_MOTORWAY',
  'PARKING_GARAGE',
  'PARKING_LOT',
  'ON_DRIVEWAY',
  'ON_STREET',
  'UNDERGROUND_GARAGE',
] as const;
export type ParkingType = (typeof PARKING_TYPES)[number];

export function createSiteService(deps: { sites: SiteRepository; references: ReferenceRepository }) {
  const { sites, references } = deps;

  async function check(scope: Scope, input: SiteInput, creating: boolean): Promise<void> {
    const checker = new InputChecker()
      .check(input.name === undefined && !creating ? true : !!input.name?.trim(), 'name', 'may not be empty')
      .check(!input.name || input.name.length <= 200, 'name', 'must be at most 200 characters')
      .check(
        !input.timezone || isTimeZone(input.timezone),
        'timezone',
        'must be an IANA time zone such as Europe/Berlin',
      )
      .check(
        !input.address?.country || isCountryCode(input.address.country),
        'address.country',
        'must be an ISO 3166-1 alpha-2 code such as DE',
      );
    checker
      .check(!input.publicName || input.publicName.length <= 200, 'publicName', 'must be at most 200 characters')
      .check(!input.externalId || input.externalId.length <= 200, 'externalId', 'must be at most 200 characters');
    checkLocation(checker, input.location);
    if (input.openingHours) checkOpeningHours(checker, input.openingHours);
    checker.check(
      !input.parkingType || PARKING_TYPES.includes(input.parkingType),
      'parkingType',
      `must be one of ${PARKING_TYPES.join(' ')}`,
    );
    checkCustomProperties(checker, input.customProperties);
    checker.throwIfAny();
    if (input.parentId && !(await sites.byIds(scope, [input.parentId])).length)
      throw new NotFoundError('Site', input.parentId);
    if (input.tariffId && !(await references.tariffExists(scope, input.tariffId)))
      throw new NotFoundError('Tariff', input.tariffId);
  }

  return {
    /** Sites of relations the API already authorized (every role reads sites); deleted ones on request. */
    byIds: (scope: Scope, ids: readonly string[], opts: { includeDeleted?: boolean } = {}) =>
      sites.byIds(scope, ids, opts),

    /** Sub-sites of relations the API already authorized. */
    childrenOf: (scope: Scope, parentIds: readonly string[]) => sites.childrenOf(scope, parentIds),

    async get(scope: Scope, id: string): Promise<SiteRow | null> {
      assertCan(scope, 'sites:read');
      const [row] = await sites.byIds(scope, [id]);
      return row ?? null;
    },

    list(
      scope: Scope,
      filter: SiteFilter,
      order: { field: SiteOrderField; direction: 'asc' | 'desc' },
      page: PageArgs,
    ) {
      assertCan(scope, 'sites:read');
      return sites.list(scope, filter, order, page);
    },

    async create(scope: Scope, input: SiteInput): Promise<SiteRow> {
      assertCan(scope, 'sites:write');
      await check(scope, input, true);
      return sites.insert(scope, { ...toValues(input), name: input.name!.trim() });
    },

    async update(scope: Scope, id: string, input: SiteInput): Promise<SiteRow> {
      assertCan(scope, 'sites:write');
      await check(scope, input, false);
      if (input.parentId && (await sites.isAtOrBelow(scope, input.parentId, id)))
        throw new InvalidInputError([{ field: 'parentId', message: 'would put the site inside itself' }]);
      const row = await sites.update(scope, id, toValues(input));
      if (!row) throw new NotFoundError('Site', id);
      return row;
    },

    /** Soft delete: sessions keep their history. A site that still has chargers is refused. */
    async delete(scope: Scope, id: string): Promise<boolean> {
      assertCan(scope, 'sites:write');
      if (!(await sites.byIds(scope, [id])).length) throw new NotFoundError('Site', id);
      const live = await sites.liveChargerCount(scope, id);
      if (live > 0)
        throw new ConflictError(`Site still has ${live} charger(s); move or delete them first`, { field: 'id' });
      return sites.softDelete(scope, id);
    },
  };
}

function toValues(input: SiteInput): SiteValues {
  const values: SiteValues = {};
  if (input.name) values.name = input.name.trim();
  if (input.timezone) values.timezone = input.timezone;
  if (input.tariffId !== undefined) values.tariffId = input.tariffId;
  if (input.parentId !== undefined) values.parentId = input.parentId;
  if (input.public != null) values.public = input.public;
  if (input.publicName !== undefined) values.publicName = input.publicName?.trim() || null;
  if (input.externalId !== undefined) values.externalId = input.externalId?.trim() || null;
  if (input.openingHours !== undefined) values.openingHours = input.openingHours;
  if (input.parkingType !== undefined) values.parkingType = input.parkingType;
  if (input.customProperties !== undefined) values.customProperties = input.customProperties;
  if (input.address !== undefined) {
    const a = input.address ?? {};
    Object.assign(values, {
      street: a.street ?? null,
      city: a.city ?? null,
      postalCode: a.postalCode ?? null,
      country: a.country ?? null,
    });
  }
  if (input.location !== undefined) {
    Object.assign(values, { latitude: input.location?.latitude ?? null, longitude: input.location?.longitude ?? null });
  }
  return values;
}

export type SiteService = ReturnType<typeof createSiteService>;
