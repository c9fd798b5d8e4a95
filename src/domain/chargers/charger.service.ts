import { ConflictError, InputChecker, NotFoundError } from '../errors.js';
import { hashPassword } from '../passwords.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import { checkCustomProperties, checkLocation } from '../validation.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import type { ChargerRepository, ChargerRow, ChargerValues, ConnectorRow } from './charger.repository.js';
import type { PageArgs } from '../../db/paginate.js';
import type { EventBus } from '../../events/bus.js';
import type { ReferenceRepository } from '../references.repository.js';
import type { ChargerDetailsRepository } from './charger-details.repository.js';
import type { ChargerFilter, ChargerListRepository, ChargerOrder } from './charger-list.repository.js';
import {
  CAPABILITIES,
  checkConnectorFacts,
  normalizeEvseId,
  type Capability,
  type ConnectorFacts,
} from './charger-facts.js';

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
  /** Set by the operator; null goes back to what the charger reports (see `charger-facts.ts`). */
  capabilities?: Capability[] | null;
  customProperties?: Record<string, unknown> | null;
}

/** What `updateChargers` sets on many chargers at once: what is not one charger's own (name, password). */
export type ChargerPatch = Omit<UpdateChargerInput, 'name' | 'password'>;

export interface UpdateConnectorInput extends ConnectorFacts {
  maxPowerW?: number | null;
  plugType?: string | null;
  powerType?: 'AC' | 'DC' | null;
}

/** Chargers one updateChargers may change: enough for a site, small enough for one statement. */
export const MAX_BATCH = 500;

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

  function checkPatch(checker: InputChecker, input: ChargerPatch, field = ''): void {
    checker
      .check(
        input.maxPowerW == null || (input.maxPowerW > 0 && input.maxPowerW <= MAX_POWER_W),
        `${field}maxPowerW`,
        `must be 1-${MAX_POWER_W} W`,
      )
      .check(input.registrationStatus !== null, `${field}registrationStatus`, 'may not be null')
      .check(
        !input.capabilities || input.capabilities.every((c) => CAPABILITIES.includes(c)),
        `${field}capabilities`,
        `must be some of ${CAPABILITIES.join(' ')}`,
      );
    checkCustomProperties(checker, input.customProperties, `${field}customProperties`);
  }

  function patchValues(input: ChargerPatch): ChargerValues {
    const values: ChargerValues = {};
    if (input.siteId !== undefined) values.siteId = input.siteId;
    if (input.tariffId !== undefined) values.tariffId = input.tariffId;
    if (input.maxPowerW !== undefined) values.maxPowerW = input.maxPowerW;
    if (input.registrationStatus) values.registrationStatus = input.registrationStatus;
    if (input.capabilities !== undefined)
      values.capabilities = input.capabilities ? [...new Set(input.capabilities)] : null;
    if (input.customProperties !== undefined) values.customProperties = input.customProperties;
    return values;
  }

  function publishRegistration(row: ChargerRow): void {
    deps.events.publish('charger.registration', {
      tenantId: row.tenantId,
      chargerId: row.id,
      ocppId: row.ocppId,
      registrationStatus: row.registrationStatus,
      timestamp: row.updatedAt,
    });
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
      const checker = new InputChecker()
        .check(
          input.name === undefined || input.name === null || input.name.length <= 200,
          'name',
          'must be at most 200 characters',
        )
        .check(
          !input.password || (input.password.length >= 8 && input.password.length <= 64),
          'password',
          'must be 8-64 characters',
        );
      checkPatch(checker, input);
      checker.throwIfAny();
      await checkReferences(scope, input);
      const values = patchValues(input);
      if (input.name !== undefined) values.name = input.name;
      if (input.password !== undefined)
        values.passwordHash = input.password ? await hashPassword(input.password) : null;
      const row = await chargers.update(scope, id, values);
      if (!row) throw new NotFoundError('Charger', id);
      if (input.registrationStatus) publishRegistration(row);
      return row;
    },

    /**
     * The same patch on many chargers, all or nothing: one unknown (or other tenant's) id and
     * nothing changes (NOT_FOUND naming every missing id).
     */
    async updateMany(scope: Scope, ids: readonly string[], patch: ChargerPatch): Promise<ChargerRow[]> {
      assertCan(scope, 'chargers:write');
      const unique = [...new Set(ids)];
      const checker = new InputChecker()
        .check(unique.length > 0, 'ids', 'must name at least one charger')
        .check(unique.length <= MAX_BATCH, 'ids', `must name at most ${MAX_BATCH} chargers`);
      checkPatch(checker, patch, 'patch.');
      checker.throwIfAny();
      await checkReferences(scope, patch);
      const rows = await chargers.updateAll(scope, unique, patchValues(patch));
      if (!rows) {
        const found = new Set((await chargers.byIds(scope, unique)).map((r) => r.id));
        const missing = unique.filter((id) => !found.has(id));
        throw new NotFoundError('Charger', missing.join(', '));
      }
      if (patch.registrationStatus) rows.forEach(publishRegistration);
      const order = new Map(unique.map((id, i) => [id, i]));
      return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
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
      const checker = new InputChecker()
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
        .check(input.powerType !== null, 'powerType', 'may not be null');
      checkConnectorFacts(checker, input);
      checker.throwIfAny();
      const [charger] = await chargers.byIds(scope, [chargerId]);
      if (!charger) throw new NotFoundError('Charger', chargerId);
      const evseId = input.evseId ? normalizeEvseId(input.evseId) : input.evseId;
      if (evseId) {
        const holder = await chargers.connectorWithEvseId(scope, evseId);
        if (holder && (holder.chargerId !== chargerId || holder.connectorId !== connectorId))
          throw new ConflictError(`EVSE id ${evseId} is already used by another connector`, { field: 'evseId' });
      }
      const values: Parameters<ChargerRepository['upsertConnector']>[2] = {};
      if (input.maxPowerW !== undefined) values.maxPowerW = input.maxPowerW;
      if (input.plugType !== undefined) values.plugType = input.plugType;
      if (input.powerType) values.powerType = input.powerType;
      if (evseId !== undefined) values.evseId = evseId;
      if (input.physicalReference !== undefined) values.physicalReference = input.physicalReference?.trim() || null;
      for (const key of ['maxVoltageV', 'maxCurrentA', 'phases', 'format'] as const)
        if (input[key] !== undefined) Object.assign(values, { [key]: input[key] });
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
    evseConnectorsOf: (scope: Scope, chargerIds: readonly string[]) => chargers.evseConnectorsOf(scope, chargerIds),
    configurationOf: (scope: Scope, chargerIds: readonly string[], opts: { includeUnknown: boolean }) =>
      deps.details.configurationOf(scope, chargerIds, opts),
    statusHistory: (scope: Scope, chargerId: string, connectorId: number | null | undefined, page: PageArgs) =>
      deps.details.statusHistory(scope, chargerId, connectorId, page),
    /** What the charger reported over time, by charger_events type (connection history, firmware, security). */
    events: (scope: Scope, chargerId: string, types: readonly string[], page: PageArgs) =>
      deps.details.events(scope, chargerId, types, page),
  };
}

export type ChargerService = ReturnType<typeof createChargerService>;
