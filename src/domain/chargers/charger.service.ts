import { ConflictError, InputChecker, NotFoundError } from '../errors.js';
import { hashPassword } from '../passwords.js';
import { assertCan } from '../policy.js';
import type { Actor } from '../roles.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import type { ChargerRepository, ChargerRow } from './charger.repository.js';

// OCPP identity charset accepted in a URL path segment; 48 = CiString48 (OCPP 2.0.1 identity).
export const OCPP_ID_PATTERN = /^[A-Za-z0-9*_.:-]{1,48}$/;

export interface CreateChargerInput {
  ocppId: string;
  name?: string | null;
  siteId?: string | null;
  password?: string | null;
}

export function createChargerService(deps: { chargers: ChargerRepository }) {
  const { chargers } = deps;
  return {
    async create(actor: Actor, input: CreateChargerInput): Promise<ChargerRow> {
      assertCan(actor, 'chargers:write');
      new InputChecker()
        .check(OCPP_ID_PATTERN.test(input.ocppId), 'ocppId', 'must be 1-48 characters of A-Z a-z 0-9 * _ . : -')
        .check(!input.password || (input.password.length >= 8 && input.password.length <= 64), 'password', 'must be 8-64 characters')
        .throwIfAny();
      try {
        return await chargers.insert({
          tenantId: actor.tenantId,
          ocppId: input.ocppId,
          name: input.name ?? null,
          siteId: input.siteId ?? null,
          passwordHash: input.password ? await hashPassword(input.password) : null,
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw new ConflictError(`A charger with ocppId ${input.ocppId} already exists`, { field: 'ocppId' });
        throw err;
      }
    },

    async get(actor: Actor, id: string): Promise<ChargerRow> {
      const [row] = await chargers.byIds(actor.tenantId, [id]);
      if (!row) throw new NotFoundError('Charger', id);
      return row;
    },
  };
}

export type ChargerService = ReturnType<typeof createChargerService>;
