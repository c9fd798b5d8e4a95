import type { DashboardSessionFragment } from '../../../client/generated/graphql';
import { formatEnergy, formatMoney, formatTime } from '../format';
import { Link } from '../router';
import { StatusBadge } from './ui';

/** Sessions with their live energy and cost: rows come from Apollo's cache, which sessionUpdated keeps current. */
export function SessionTable({
  sessions,
  showCharger = true,
}: {
  sessions: DashboardSessionFragment[];
  showCharger?: boolean;
}) {
  if (sessions.length === 0) return <p className="muted">No sessions yet.</p>;
  return (
    <div className="table-wrap">
      <table className="list sessions">
        <thead>
          <tr>
            <th>Status</th>
            {showCharger && <th>Charger</th>}
            {!showCharger && <th>Connector</th>}
            <th className="hide-narrow">Id tag</th>
            <th className="hide-narrow">Started</th>
            <th className="num">Energy</th>
            <th className="num">Cost</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id} data-session-id={s.id} data-status={s.status}>
              <td>
                <StatusBadge status={s.status} />
              </td>
              {showCharger && (
                <td>
                  <Link to={`/chargers/${encodeURIComponent(s.charger.ocppId)}`} className="mono nowrap">
                    {s.charger.ocppId}
                  </Link>
                  <span className="muted small" title="connector">
                    {' '}
                    #{s.connectorId}
                  </span>
                </td>
              )}
              {!showCharger && <td>{s.connectorId}</td>}
              <td className="hide-narrow mono">{s.idTag ?? '—'}</td>
              <td className="nowrap hide-narrow">{formatTime(s.startedAt)}</td>
              <td className="num">{formatEnergy(s.energyWh)}</td>
              <td className="num">
                {formatMoney(s.cost?.total)}
                {s.cost && !s.cost.final && s.status === 'ACTIVE' && <span className="live-dot" title="live" />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
