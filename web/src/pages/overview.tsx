import { useEffect } from 'react';
import { useDashboardOverviewQuery, useDashboardRecentEventsQuery } from '../../../client/generated/hooks';
import { useToday } from '../clock';
import { QueryState, Section, Stat } from '../components/ui';
import { formatEnergy, formatPower, formatTime } from '../format';
import { useLive } from '../live';
import { Link } from '../router';
import { useThrottled } from '../throttle';
import { mergeEvents } from './recent-events';

export function OverviewPage() {
  const live = useLive();
  const today = useToday(); // new variables at midnight: "Energy today" starts again from zero
  const overview = useDashboardOverviewQuery({ variables: today });
  const recent = useDashboardRecentEventsQuery({ fetchPolicy: 'network-only' });
  // Counts move with the live events; refetched at most once a second however busy the fleet is.
  const refetch = useThrottled(() => void overview.refetch(), 1000);
  useEffect(refetch, [live.sessionsVersion, live.statusVersion]);

  const stats = overview.data?.tenant.stats;
  const energyToday = overview.data?.statistics.reduce((sum, g) => sum + g.energyWh, 0);
  const events = mergeEvents(live.events, recent.data);

  return (
    <div className="page">
      <h1>Overview</h1>
      <QueryState loading={overview.loading && !overview.data} error={overview.error} />
      <div className="stats">
        <Stat
          label="Chargers online"
          testId="chargers-online"
          value={stats ? stats.onlineChargerCount : '—'}
          hint={stats ? `${stats.chargerCount - stats.onlineChargerCount} offline of ${stats.chargerCount}` : undefined}
        />
        <Stat label="Active sessions" testId="active-sessions" value={stats ? stats.activeSessionCount : '—'} />
        <Stat label="Power now" testId="power-now" value={formatPower(live.totalPower())} />
        <Stat
          label="Energy today"
          testId="energy-today"
          value={formatEnergy(energyToday)}
          hint="sessions started today"
        />
      </div>
      <Section title="Recent events">
        {events.length === 0 ? (
          <p className="muted">No events yet.</p>
        ) : (
          <ul className="events">
            {events.map((e) => (
              <li key={e.key}>
                <span className="time">{formatTime(e.at)}</span>
                <Link to={`/chargers/${encodeURIComponent(e.ocppId)}`} className="mono">
                  {e.ocppId}
                </Link>
                <span className={`dot ${e.tone}`} />
                <span>{e.text}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
