import { InputChecker } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import { isTimeZone } from '../validation.js';
import type { StatisticsGroupBy, StatisticsRepository, StatisticsRow } from './statistics.repository.js';

const MAX_RANGE_DAYS = 3660;

export function createStatisticsService(deps: { statistics: StatisticsRepository }) {
  return {
    /** Sessions, energy and duration per group, over the sessions that started in [from, to). */
    sessions(
      scope: Scope,
      args: { from: Date; to: Date; groupBy: StatisticsGroupBy; timeZone?: string | null },
    ): Promise<StatisticsRow[]> {
      assertCan(scope, 'stats:read');
      const timeZone = args.timeZone ?? 'UTC';
      new InputChecker()
        .check(args.from < args.to, 'to', 'must be after from')
        .check(
          args.to.getTime() - args.from.getTime() <= MAX_RANGE_DAYS * 86_400_000,
          'to',
          `must be within ${MAX_RANGE_DAYS} days of from`,
        )
        .check(isTimeZone(timeZone), 'timeZone', 'must be an IANA time zone such as Europe/Berlin')
        .throwIfAny();
      return deps.statistics.sessionTotals(scope, args.from, args.to, args.groupBy, timeZone);
    },
  };
}

export type StatisticsService = ReturnType<typeof createStatisticsService>;
