import { useEffect, useState } from 'react';
import { useDashboardSessionsQuery } from '../../../client/generated/hooks';
import type { SessionStatus } from '../../../client/generated/graphql';
import { SessionTable } from '../components/session-table';
import { QueryState } from '../components/ui';
import { humanStatus } from '../format';
import { useLive } from '../live';
import { useThrottled } from '../throttle';

const PAGE_SIZE = 25;
const STATUSES: SessionStatus[] = ['ACTIVE', 'PENDING', 'COMPLETED', 'FAILED'];

export function SessionsPage() {
  const live = useLive();
  const [status, setStatus] = useState<SessionStatus | ''>('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [status]);
  const { data, loading, error, refetch } = useDashboardSessionsQuery({
    variables: { first: PAGE_SIZE, after: cursors[cursors.length - 1], filter: status ? { status: [status] } : {} },
  });
  // Costs and energy update in place through the cache; a new or finished session changes the list itself.
  const refresh = useThrottled(() => void refetch(), 1000);
  useEffect(() => {
    if (data) refresh();
  }, [live.sessionsVersion]);
  const conn = data?.sessions;

  return (
    <div className="page">
      <h1>Sessions</h1>
      <div className="filters">
        <select
          aria-label="Session status"
          value={status}
          onChange={(e) => setStatus(e.target.value as SessionStatus | '')}
        >
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {humanStatus(s)}
            </option>
          ))}
        </select>
      </div>
      <QueryState loading={loading && !data} error={error} />
      {conn && (
        <>
          <SessionTable sessions={conn.edges.map((e) => e.node)} />
          <div className="pager">
            <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              Previous
            </button>
            <span className="muted">{conn.totalCount} sessions</span>
            <button
              type="button"
              disabled={!conn.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, conn.pageInfo.endCursor ?? null])}
            >
              Next
            </button>
          </div>
        </>
      )}
    </div>
  );
}
