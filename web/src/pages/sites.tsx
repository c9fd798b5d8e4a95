import { useDashboardSitesQuery } from '../../../client/generated/hooks';
import { QueryState } from '../components/ui';

export function SitesPage() {
  const { data, loading, error } = useDashboardSitesQuery({ fetchPolicy: 'cache-and-network' });
  return (
    <div className="page">
      <h1>Sites</h1>
      <QueryState loading={loading && !data} error={error} />
      {data && data.sites.edges.length === 0 && (
        <p className="empty">
          No sites yet. Create one with the <code>createSite</code> mutation in the GraphQL IDE at /graphql.
        </p>
      )}
      <div className="grid">
        {data?.sites.edges.map(({ node: s }) => (
          <div key={s.id} className="card site">
            <h2>{s.name}</h2>
            <p className="muted">
              {[s.address.street, [s.address.postalCode, s.address.city].filter(Boolean).join(' '), s.address.country]
                .filter(Boolean)
                .join(', ') || 'No address'}
            </p>
            <p>
              <strong>{s.online.totalCount}</strong> of {s.chargers.totalCount} chargers online
            </p>
            <p className="muted small">{s.timezone}</p>
          </div>
        ))}
      </div>
    </div>
  );
}
