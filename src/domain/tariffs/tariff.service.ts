import type { PageArgs } from '../../db/paginate.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import { columnsOf, fieldsOf, TARIFF_DEFAULTS, type TariffFields, type TariffRow } from './tariff.fields.js';
import type { TariffFilter, TariffRepository } from './tariff.repository.js';
import { checkTariff } from './tariff.validation.js';

export type TariffPatch = Partial<TariffFields>;

/** Where a tariff is attached. Exactly one target per call. */
export interface TariffTarget {
  chargerId?: string | null;
  /** With chargerId: the connector level. */
  connectorId?: number | null;
  siteId?: string | null;
  tenantDefault?: boolean | null;
  idTagGroup?: string | null;
}

// Only keys the caller actually sent override: an absent field keeps its value, an explicit null clears it.
function overlay(base: TariffFields, patch: TariffPatch): TariffFields {
  const sent = Object.entries(patch).filter(([, v]) => v !== undefined);
  return { ...base, ...Object.fromEntries(sent) };
}

export function createTariffService(deps: { tariffs: TariffRepository }) {
  const { tariffs } = deps;

  async function get(scope: Scope, id: string): Promise<TariffRow> {
    const [row] = await tariffs.byIds(scope, [id]);
    if (!row) throw new NotFoundError('Tariff', id);
    return row;
  }

  return {
    get,

    async create(scope: Scope, input: TariffPatch & Pick<TariffFields, 'name' | 'currency'>): Promise<TariffRow> {
      assertCan(scope, 'tariffs:write');
      const fields = checkTariff(overlay({ ...TARIFF_DEFAULTS, name: input.name, currency: input.currency }, input));
      return tariffs.insert(scope, columnsOf(fields));
    },

    /** Sessions already running keep the tariff they locked at start; the change prices new sessions. */
    async update(scope: Scope, id: string, patch: TariffPatch): Promise<TariffRow> {
      assertCan(scope, 'tariffs:write');
      const fields = checkTariff(overlay(fieldsOf(await get(scope, id)), patch));
      const row = await tariffs.update(scope, id, columnsOf(fields));
      if (!row) throw new NotFoundError('Tariff', id);
      return row;
    },

    async delete(scope: Scope, id: string): Promise<boolean> {
      assertCan(scope, 'tariffs:write');
      if (!(await tariffs.softDelete(scope, id))) throw new NotFoundError('Tariff', id);
      return true;
    },

    list(scope: Scope, args: PageArgs, filter?: TariffFilter) {
      return tariffs.page(scope, args, filter);
    },

    byIds: (scope: Scope, ids: readonly string[]) => tariffs.byIds(scope, ids),
    connectorTariffIds: tariffs.connectorTariffIds,
    tenantDefault: tariffs.tenantDefault,

    /** Attaches a tariff (or, with null, detaches it) at one level; returns the tariff now attached. */
    async assign(scope: Scope, target: TariffTarget, tariffId: string | null): Promise<TariffRow | null> {
      assertCan(scope, 'tariffs:write');
      const given = [target.chargerId, target.siteId, target.tenantDefault || null, target.idTagGroup].filter(
        (v) => v != null,
      );
      if (given.length !== 1) {
        throw new InvalidInputError([
          {
            field: 'input',
            message:
              'name exactly one of chargerId (with connectorId for a connector), siteId, tenantDefault, idTagGroup',
          },
        ]);
      }
      if (target.connectorId != null && (!target.chargerId || target.connectorId < 1)) {
        throw new InvalidInputError([{ field: 'connectorId', message: 'must be 1 or more, with chargerId' }]);
      }
      const tariff = tariffId ? await get(scope, tariffId) : null;
      if (target.chargerId && target.connectorId != null) {
        if (!(await tariffs.chargerExists(scope, target.chargerId)))
          throw new NotFoundError('Charger', target.chargerId);
        await tariffs.setOnConnector(scope, target.chargerId, target.connectorId, tariffId);
      } else if (target.chargerId) {
        if (!(await tariffs.setOnCharger(scope, target.chargerId, tariffId)))
          throw new NotFoundError('Charger', target.chargerId);
      } else if (target.siteId) {
        if (!(await tariffs.setOnSite(scope, target.siteId, tariffId))) throw new NotFoundError('Site', target.siteId);
      } else if (target.tenantDefault) {
        await tariffs.setTenantDefault(scope, tariffId);
      } else {
        const group = target.idTagGroup!.trim();
        if (!group) throw new InvalidInputError([{ field: 'idTagGroup', message: 'must not be empty' }]);
        await tariffs.setForIdTagGroup(scope, group, tariffId);
      }
      return tariff && (await get(scope, tariff.id));
    },
  };
}

export type TariffService = ReturnType<typeof createTariffService>;
