import type { PageArgs } from '../../db/paginate.js';
import { InputChecker } from '../errors.js';
import { compareDec } from '../pricing/decimal.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import type {
  MeterValueFilter,
  SessionFilter,
  SessionOrderField,
  SessionQueryRepository,
  SessionRow,
} from './session-query.repository.js';

/** Reads of sessions. A DRIVER's Scope sees only their own (the repository narrows by construction). */
export function createSessionQueryService(deps: { sessions: SessionQueryRepository }) {
  const { sessions } = deps;
  return {
    list(
      scope: Scope,
      filter: SessionFilter,
      order: { field: SessionOrderField; direction: 'asc' | 'desc' } | null,
      page: PageArgs,
    ) {
      assertCan(scope, 'sessions:read');
      const before = (a?: Date | null, b?: Date | null) => !a || !b || a < b;
      const atMost = (a?: number | null, b?: number | null) => a == null || b == null || a <= b;
      new InputChecker()
        .check(before(filter.startedAfter, filter.startedBefore), 'filter.startedBefore', 'must be after startedAfter')
        .check(before(filter.stoppedAfter, filter.stoppedBefore), 'filter.stoppedBefore', 'must be after stoppedAfter')
        .check(atMost(filter.minEnergyWh, filter.maxEnergyWh), 'filter.maxEnergyWh', 'must not be below minEnergyWh')
        .check(
          filter.minCost == null || filter.maxCost == null || compareDec(filter.minCost, filter.maxCost) <= 0,
          'filter.maxCost',
          'must not be below minCost',
        )
        .throwIfAny();
      return sessions.list(scope, filter, order ?? { field: 'CREATED_AT', direction: 'desc' }, page);
    },

    async get(scope: Scope, id: string): Promise<SessionRow | null> {
      assertCan(scope, 'sessions:read');
      const [row] = await sessions.byIds(scope, [id]);
      return row ?? null;
    },

    meterValues(scope: Scope, session: SessionRow, filter: MeterValueFilter, page: PageArgs) {
      assertCan(scope, 'sessions:read');
      new InputChecker()
        .check(!filter.since || !filter.until || filter.since < filter.until, 'filter.until', 'must be after since')
        .throwIfAny();
      return sessions.meterValues(scope, session.id, filter, page);
    },

    // Batched reads for relations the API already authorized; the scope decides which rows exist.
    byIds: (scope: Scope, ids: readonly string[]) => sessions.byIds(scope, ids),
    activeByChargers: (scope: Scope, chargerIds: readonly string[]) => sessions.activeByChargers(scope, chargerIds),
    totalsByChargers: (scope: Scope, chargerIds: readonly string[]) => sessions.totalsByChargers(scope, chargerIds),
    latestRegisters: (scope: Scope, sessionIds: readonly string[]) => sessions.latestRegisters(scope, sessionIds),
    latestPerMeasurand: (scope: Scope, sessionIds: readonly string[]) => sessions.latestPerMeasurand(scope, sessionIds),
  };
}

export type SessionQueryService = ReturnType<typeof createSessionQueryService>;
