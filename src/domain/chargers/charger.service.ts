import { ConflictError, InputChecker, NotFoundError } from '../errors.js';
import { hashPassword } from '../passwords.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import { checkLocation } from '../validation.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import type { ChargerRepository, ChargerRow, ChargerValues, ConnectorRow } from './charger.repository.js';
import type { PageArgs } from '../../db/paginate.js';
import type { EventBus } from '../../events/bus.js';
import type { ReferenceRepository } from '../references.repository.js';
import type { ChargerDetailsRepository } from './charger-details.repository.js';
import type { ChargerFilter, ChargerListRepository, ChargerOrder } from './charger-list.repository.js';

// OCPP identity charset accepted in a URL path segment; 48 = CiString48 (OCPP 2.0.1 identity).
export const OCPP_ID_PATTERN = /^[A-Za-z0-9*_.:-]{1,48}$/;

export interface CreateChargerInput {
  ocppId: string;
  name?: string | null;
  siteId?: string | null;
  tariffId?: string | null;
  password?: string | null;
}

/** Omitted fields stay as they are; an explicit null clears a nullable one. */
export interface UpdateChargerInput {
  name?: string | null;
  siteId?: string | null;
  tariffId?: string | null;
  password?: string | null;
  maxPowerW?: number | null;
  registrationStatus?: 'ACCEPTED' | 'PENDING' | 'REJECTED' | null;
}

export interface UpdateConnectorInput {
  maxPowerW?: number | null;
  plugType?: string | null;
  powerType?: 'AC' | 'DC' | null;
}

// Generous upper bound that still catches kW typed as W by mistake the other way round (3.5 MW).
const MAX_POWER_W = 3_500_000;

export function createChargerService(deps: {
  chargers: ChargerRepository;
  chargerList: ChargerListRepository;
  details: ChargerDetailsRepository;
  references: ReferenceRepository;
  events: EventBus;
}) {
  const { chargers } = deps;

  async function checkReferences(
    scope: Scope,
    input: { siteId?: string | null; tariffId?: string | null },
  ): Promise<void> {
    if (input.siteId && !(await deps.references.siteExists(scope, input.siteId)))
      throw new NotFoundError('Site', input.siteId);
    if (input.tariffId && !(await deps.references.tariffExists(scope, input.tariffId)))
      throw new NotFoundError('Tariff', input.tariffId);
  }

  return {
    async create(scope: Scope, input: CreateChargerInput): Promise<ChargerRow> {
      assertCan(scope, 'chargers:write');
      new InputChecker()
        .check(OCPP_ID_PATTERN.test(input.ocppId), 'ocppId', 'must be 1-48 characters of A-Z a-z 0-9 * _ . : -')
        .check(
          !input.password || (input.password.length >= 8 && input.password.length <= 64),
          'password',
          'must be 8-64 characters',
        )
        .check(!input.name || input.name.length <= 200, 'name', 'must be at most 200 characters')
        .throwIfAny();
      await checkReferences(scope, input);
      try {
        return await chargers.insert({
          tenantId: scope.tenantId,
          ocppId: input.ocppId,
          name: input.name ?? null,
          siteId: input.siteId ?? null,
          tariffId: input.tariffId ?? null,
          passwordHash: input.password ? await hashPassword(input.password) : null,
        });
      } catch (err) {
        if (isUniqueViolation(err))
          throw new ConflictError(`A charger with ocppId ${input.ocppId} already exists`, { field: 'ocppId' });
        throw err;
      }
    },

    list(scope: Scope, filter: ChargerFilter, order: ChargerOrder | null, page: PageArgs) {
      assertCan(scope, 'chargers:read');
      const near = filter.near;
      const checker = new InputChecker().check(
        order?.field !== 'DISTANCE' || !!near,
        'orderBy.field',
        'DISTANCE needs filter.near',
      );
      if (near) {
        checkLocation(checker, near, 'filter.near');
        checker.check(
          Number.isFinite(near.radiusMeters) && near.radiusMeters > 0,
          'filter.near.radiusMeters',
          'must be positive',
        );
      }
      checker
        .check(filter.minPowerW == null || filter.minPowerW >= 0, 'filter.minPowerW', 'must not be negative')
        .check(
          filter.maxPowerW == null || filter.maxPowerW >= (filter.minPowerW ?? 0),
          'filter.maxPowerW',
          'must be at least minPowerW',
        )
        .throwIfAny();
      // Near a point, nearest first unless the caller chose another order.
      const effective =
        order ?? (near ? { field: 'DISTANCE', direction: 'asc' } : { field: 'CREATED_AT', direction: 'desc' });
      return deps.chargerList.list(scope, filter, effective as ChargerOrder, page);
    },

    async update(scope: Scope, id: string, input: UpdateChargerInput): Promise<ChargerRow> {
      assertCan(scope, 'chargers:write');
      new InputChecker()
        .check(
          input.name === undefined || input.name === null || input.name.length <= 200,
          'name',
          'must be at most 200 characters',
        )
        .check(
          !input.password || (input.password.length >= 8 && input.password.length <= 64),
          'password',
          'must be 8-64 characters',
        )
        .check(
          input.maxPowerW == null || (input.maxPowerW > 0 && input.maxPowerW <= MAX_POWER_W),
          'maxPowerW',
          `must be 1-${MAX_POWER_W} W`,
        )
        .check(input.registrationStatus !== null, 'registrationStatus', 'may not be null')
        .throwIfAny();
      await checkReferences(scope, input);
      const values: ChargerValues = {};
      if (input.name !== undefined) values.name = input.name;
      if (input.siteId !== undefined) values.siteId = input.siteId;
      if (input.tariffId !== undefined) values.tariffId = input.tariffId;
      if (input.maxPowerW !== undefined) values.maxPowerW = input.maxPowerW;
      if (input.registrationStatus) values.registrationStatus = input.registrationStatus;
      if (input.password !== undefined)
        values.passwordHash = input.password ? await hashPassword(input.password) : null;
      const row = await chargers.update(scope, id, values);
      if (!row) throw new NotFoundError('Charger', id);
      if (input.registrationStatus)
        deps.events.publish('charger.registration', {
          tenantId: row.tenantId,
          chargerId: row.id,
          ocppId: row.ocppId,
          registrationStatus: row.registrationStatus,
          timestamp: row.updatedAt,
        });
      return row;
    },

    /** Soft delete: sessions keep their history; the charger's socket is closed and it is refused from now on. */
    async delete(scope: Scope, id: string): Promise<boolean> {
      assertCan(scope, 'chargers:write');
      const row = await chargers.softDelete(scope, id);
      if (!row) throw new NotFoundError('Charger', id);
      deps.events.publish('charger.deleted', {
        tenantId: row.tenantId,
        chargerId: row.id,
        ocppId: row.ocppId,
        timestamp: row.deletedAt!,
      });
      return true;
    },

    async updateConnector(
      scope: Scope,
      chargerId: string,
      connectorId: number,
      input: UpdateConnectorInput,
    ): Promise<ConnectorRow> {
      assertCan(scope, 'chargers:write');
      new InputChecker()
        .check(
          Number.isInteger(connectorId) && connectorId >= 1,
          'connectorId',
          'must be 1 or more (0 is the charger itself)',
        )
        .check(
          input.maxPowerW == null || (input.maxPowerW > 0 && input.maxPowerW <= MAX_POWER_W),
          'maxPowerW',
          `must be 1-${MAX_POWER_W} W`,
        )
        .check(input.powerType !== null, 'powerType', 'may not be null')
        .throwIfAny();
      const [charger] = await chargers.byIds(scope, [chargerId]);
      if (!charger) throw new NotFoundError('Charger', chargerId);
      const values: Parameters<ChargerRepository['upsertConnector']>[2] = {};
      if (input.maxPowerW !== undefined) values.maxPowerW = input.maxPowerW;
      if (input.plugType !== undefined) values.plugType = input.plugType;
      if (input.powerType) values.powerType = input.powerType;
      return chargers.upsertConnector(charger, connectorId, values);
    },

    async get(scope: Scope, id: string): Promise<ChargerRow> {
      const [row] = await chargers.byIds(scope, [id]);
      if (!row) throw new NotFoundError('Charger', id);
      return row;
    },

    // Reads below serve relations and lookups the API already authorized (every role reads chargers):
    // the scope alone decides which rows exist.
    byIds: (scope: Scope, ids: readonly string[]) => chargers.byIds(scope, ids),
    /** Deleted chargers too: history (sessions, reservations) keeps showing where it happened. */
    byIdsWithDeleted: (scope: Scope, ids: readonly string[]) => chargers.byIdsWithDeleted(scope, ids),
    byOcppId: (scope: Scope, ocppId: string) => chargers.byOcppIdInScope(scope, ocppId),
    connectorsOf: (scope: Scope, chargerIds: readonly string[]) => chargers.connectorsOf(scope, chargerIds),
    configurationOf: (scope: Scope, chargerIds: readonly string[]) => deps.details.configurationOf(scope, chargerIds),
    statusHistory: (scope: Scope, chargerId: string, connectorId: number | null | undefined, page: PageArgs) =>
      deps.details.statusHistory(scope, chargerId, connectorId, page),
    /** What the charger reported over time, by charger_events type (connection history, firmware, security). */
    events: (scope: Scope, chargerId: string, types: readonly string[], page: PageArgs) =>
      deps.details.events(scope, chargerId, types, page),
  };
}

export type ChargerService = ReturnType<typeof createChargerService>;
