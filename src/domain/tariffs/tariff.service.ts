import type { PageArgs } from '../../db/paginate.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Actor } from '../roles.js';
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

  async function get(actor: Actor, id: string): Promise<TariffRow> {
    const [row] = await tariffs.byIds(actor.tenantId, [id]);
    if (!row) throw new NotFoundError('Tariff', id);
    return row;
  }

  return {
    get,

    async create(actor: Actor, input: TariffPatch & Pick<TariffFields, 'name' | 'currency'>): Promise<TariffRow> {
      assertCan(actor, 'tariffs:write');
      const fields = checkTariff(overlay({ ...TARIFF_DEFAULTS, name: input.name, currency: input.currency }, input));
      return tariffs.insert(actor.tenantId, columnsOf(fields));
    },

    /** Sessions already running keep the tariff they locked at start; the change prices new sessions. */
    async update(actor: Actor, id: string, patch: TariffPatch): Promise<TariffRow> {
      assertCan(actor, 'tariffs:write');
      const fields = checkTariff(overlay(fieldsOf(await get(actor, id)), patch));
      const row = await tariffs.update(actor.tenantId, id, columnsOf(fields));
      if (!row) throw new NotFoundError('Tariff', id);
      return row;
    },

    async delete(actor: Actor, id: string): Promise<boolean> {
      assertCan(actor, 'tariffs:write');
      if (!(await tariffs.softDelete(actor.tenantId, id))) throw new NotFoundError('Tariff', id);
      return true;
    },

    list(actor: Actor, args: PageArgs, filter?: TariffFilter) {
      return tariffs.page(actor.tenantId, args, filter);
    },

    byIds: (tenantId: string, ids: readonly string[]) => tariffs.byIds(tenantId, ids),
    connectorTariffIds: tariffs.connectorTariffIds,
    tenantDefault: tariffs.tenantDefault,

    /** Attaches a tariff (or, with null, detaches it) at one level; returns the tariff now attached. */
    async assign(actor: Actor, target: TariffTarget, tariffId: string | null): Promise<TariffRow | null> {
      assertCan(actor, 'tariffs:write');
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
      const tariff = tariffId ? await get(actor, tariffId) : null;
      const { tenantId } = actor;
      if (target.chargerId && target.connectorId != null) {
        if (!(await tariffs.chargerExists(tenantId, target.chargerId)))
          throw new NotFoundError('Charger', target.chargerId);
        await tariffs.setOnConnector(tenantId, target.chargerId, target.connectorId, tariffId);
      } else if (target.chargerId) {
        if (!(await tariffs.setOnCharger(tenantId, target.chargerId, tariffId)))
          throw new NotFoundError('Charger', target.chargerId);
      } else if (target.siteId) {
        if (!(await tariffs.setOnSite(tenantId, target.siteId, tariffId)))
          throw new NotFoundError('Site', target.siteId);
      } else if (target.tenantDefault) {
        await tariffs.setTenantDefault(tenantId, tariffId);
      } else {
        const group = target.idTagGroup!.trim();
        if (!group) throw new InvalidInputError([{ field: 'idTagGroup', message: 'must not be empty' }]);
        await tariffs.setForIdTagGroup(tenantId, group, tariffId);
      }
      return tariff && (await get(actor, tariff.id));
    },
  };
}

export type TariffService = ReturnType<typeof createTariffService>;
