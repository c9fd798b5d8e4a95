import { InputChecker } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import { isTimeZone } from '../validation.js';
import type {
  StatisticsFilter,
  StatisticsGroupBy,
  StatisticsRepository,
  StatisticsRow,
} from './statistics.repository.js';

const MAX_RANGE_DAYS = 3660;
const MAX_LIST = 500;

/**
 * Where days, weeks (ISO, from Monday) and months begin when the caller names no time zone. A tenant
 * has no time zone of its own yet (sites do), so it is UTC; the `timeZone` argument overrides it.
 */
export const DEFAULT_STATISTICS_TIME_ZONE = 'UTC';

export function createStatisticsService(deps: { statistics: StatisticsRepository }) {
  return {
    /** Sessions, energy, duration and revenue per group, over the sessions that started in [from, to). */
    sessions(
      scope: Scope,
      args: {
        from: Date;
        to: Date;
        groupBy: StatisticsGroupBy;
        timeZone?: string | null;
        filter?: StatisticsFilter | null;
      },
    ): Promise<StatisticsRow[]> {
      assertCan(scope, 'stats:read');
      const timeZone = args.timeZone ?? DEFAULT_STATISTICS_TIME_ZONE;
      const filter = args.filter ?? {};
      const checks = new InputChecker()
        .check(args.from < args.to, 'to', 'must be after from')
        .check(
          args.to.getTime() - args.from.getTime() <= MAX_RANGE_DAYS * 86_400_000,
          'to',
          `must be within ${MAX_RANGE_DAYS} days of from`,
        )
        .check(isTimeZone(timeZone), 'timeZone', 'must be an IANA time zone such as Europe/Berlin');
      for (const [name, list] of Object.entries(filter))
        checks.check(!list || list.length <= MAX_LIST, `filter.${name}`, `must list at most ${MAX_LIST}`);
      checks.throwIfAny();
      return deps.statistics.sessionTotals(scope, { ...args, timeZone, filter });
    },
  };
}

export type StatisticsService = ReturnType<typeof createStatisticsService>;
