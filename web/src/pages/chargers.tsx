import { useEffect, useState } from 'react';
import { useDashboardChargersQuery, useDashboardSiteOptionsQuery } from '../../../client/generated/hooks';
import type { ConnectorStatus } from '../../../client/generated/graphql';
import { OnlineBadge, QueryState, StatusBadge } from '../components/ui';
import { formatAgo, formatPower, humanStatus } from '../format';
import { useLive } from '../live';
import { Link } from '../router';

const PAGE_SIZE = 20;
const STATUSES: ConnectorStatus[] = [
  'AVAILABLE',
  'PREPARING',
  'CHARGING',
  'SUSPENDED_EV',
  'SUSPENDED_EVSE',
  'FINISHING',
  'RESERVED',
  'UNAVAILABLE',
  'FAULTED',
];

const blankConnector = (connectorId: number) => ({
  id: `live-${connectorId}`,
  connectorId,
  status: 'UNKNOWN' as ConnectorStatus,
  errorCode: 'NO_ERROR',
});

export function ChargersPage() {
  const live = useLive();
  const [search, setSearch] = useState('');
  const [typed, setTyped] = useState('');
  const [siteId, setSiteId] = useState('');
  const [status, setStatus] = useState('');
  // Cursors of the pages before this one: "Previous" pops, "Next" pushes.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => {
    const t = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(t);
  }, [typed]);
  useEffect(() => setCursors([null]), [search, siteId, status]);

  const sites = useDashboardSiteOptionsQuery();
  const filter = {
    ...(search && { search }),
    ...(siteId && { siteId }),
    ...(status === 'ONLINE' || status === 'OFFLINE'
      ? { online: status === 'ONLINE' }
      : status
        ? { status: [status as ConnectorStatus] }
        : {}),
  };
  const { data, loading, error } = useDashboardChargersQuery({
    variables: { first: PAGE_SIZE, after: cursors[cursors.length - 1], filter },
  });
  const conn = data?.chargers;

  return (
    <div className="page">
      <h1>Chargers</h1>
      <div className="filters">
        <input
          type="search"
          placeholder="Search id, name, vendor…"
          aria-label="Search chargers"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <select aria-label="Site" value={siteId} onChange={(e) => setSiteId(e.target.value)}>
          <option value="">All sites</option>
          {sites.data?.sites.edges.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {node.name}
            </option>
          ))}
        </select>
        <select aria-label="Status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">Any status</option>
          <option value="ONLINE">Online</option>
          <option value="OFFLINE">Offline</option>
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
          <div className="table-wrap">
            <table className="list">
              <thead>
                <tr>
                  <th>Charger</th>
                  <th>State</th>
                  <th>Connectors</th>
                  <th className="num">Power</th>
                  <th className="hide-narrow">Site</th>
                  <th className="hide-narrow">Last seen</th>
                </tr>
              </thead>
              <tbody>
                {conn.edges.map(({ node: c }) => (
                  <tr key={c.id} data-ocpp-id={c.ocppId}>
                    <td>
                      <Link to={`/chargers/${encodeURIComponent(c.ocppId)}`} className="mono strong nowrap">
                        {c.ocppId}
                      </Link>
                      <div className="muted small">{c.name ?? [c.vendor, c.model].filter(Boolean).join(' ')}</div>
                    </td>
                    <td>
                      <OnlineBadge online={live.online(c.id, c.online)} />
                    </td>
                    <td>
                      <div className="connectors">
                        {live.connectors(c.id, c.connectors, blankConnector).map((k) => (
                          <span key={k.connectorId} className="connector" title={`Connector ${k.connectorId}`}>
                            <span className="cid">{k.connectorId}</span>
                            <StatusBadge status={k.status} />
                          </span>
                        ))}
                        {live.connectors(c.id, c.connectors, blankConnector).length === 0 && (
                          <span className="muted small">none reported</span>
                        )}
                      </div>
                    </td>
                    <td className="num">{formatPower(live.chargerPower(c.id))}</td>
                    <td className="hide-narrow">{c.site?.name ?? '—'}</td>
                    <td className="hide-narrow muted">
                      {live.online(c.id, c.online) ? 'now' : formatAgo(c.lastSeenAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {conn.edges.length === 0 && <p className="empty">No charger matches.</p>}
          <div className="pager">
            <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              Previous
            </button>
            <span className="muted">
              {(cursors.length - 1) * PAGE_SIZE + Math.min(1, conn.edges.length)}–
              {(cursors.length - 1) * PAGE_SIZE + conn.edges.length} of {conn.totalCount}
            </span>
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
