import type { PageArgs } from '../../db/paginate.js';
import { InputChecker } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Actor } from '../roles.js';
import { ownsRow, scopeOf } from '../scope.js';
import type {
  MeterValueFilter,
  SessionFilter,
  SessionOrderField,
  SessionQueryRepository,
  SessionRow,
} from './session-query.repository.js';

/** A DRIVER sees only their own sessions; everyone else sees the tenant's. */
const driverOf = (actor: Actor) =>
  actor.role === 'DRIVER' ? (actor.userId ?? '00000000-0000-0000-0000-000000000000') : null;

export function createSessionQueryService(deps: { sessions: SessionQueryRepository }) {
  const { sessions } = deps;
  return {
    list(
      actor: Actor,
      filter: SessionFilter,
      order: { field: SessionOrderField; direction: 'asc' | 'desc' } | null,
      page: PageArgs,
    ) {
      assertCan(actor, 'sessions:read');
      const before = (a?: Date | null, b?: Date | null) => !a || !b || a < b;
      new InputChecker()
        .check(before(filter.startedAfter, filter.startedBefore), 'filter.startedBefore', 'must be after startedAfter')
        .check(before(filter.stoppedAfter, filter.stoppedBefore), 'filter.stoppedBefore', 'must be after stoppedAfter')
        .throwIfAny();
      return sessions.list(
        actor.tenantId,
        filter,
        order ?? { field: 'CREATED_AT', direction: 'desc' },
        page,
        driverOf(actor),
      );
    },

    async get(actor: Actor, id: string): Promise<SessionRow | null> {
      assertCan(actor, 'sessions:read');
      const [row] = await sessions.byIds(actor.tenantId, [id]);
      return row && mayRead(actor, row) ? row : null;
    },

    meterValues(actor: Actor, session: SessionRow, filter: MeterValueFilter, page: PageArgs) {
      assertCan(actor, 'sessions:read');
      new InputChecker()
        .check(!filter.since || !filter.until || filter.since < filter.until, 'filter.until', 'must be after since')
        .throwIfAny();
      return sessions.meterValues(actor.tenantId, session.id, filter, page);
    },
  };
}

/** A driver reads a single session only when it is theirs (by user; id tags are checked in lists). */
export function mayRead(actor: Actor, row: SessionRow): boolean {
  return ownsRow(scopeOf(actor), row);
}

export type SessionQueryService = ReturnType<typeof createSessionQueryService>;
