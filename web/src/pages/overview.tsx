import { useEffect, useMemo } from 'react';
import { useDashboardOverviewQuery, useDashboardRecentEventsQuery } from '../../../client/generated/hooks';
import type { DashboardOcppMessageFragment } from '../../../client/generated/graphql';
import { QueryState, Section, Stat } from '../components/ui';
import { formatEnergy, formatPower, formatTime, humanStatus } from '../format';
import { useLive, type LiveEvent } from '../live';
import { Link } from '../router';
import { useThrottled } from '../throttle';

export function OverviewPage() {
  const live = useLive();
  const today = useMemo(() => {
    const from = new Date();
    from.setHours(0, 0, 0, 0);
    const to = new Date(from.getTime() + 86_400_000);
    return { todayFrom: from.toISOString(), todayTo: to.toISOString() };
  }, []);
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

interface ShownEvent {
  key: string;
  at: string;
  ocppId: string;
  text: string;
  tone: LiveEvent['tone'];
}

type Recent = NonNullable<ReturnType<typeof useDashboardRecentEventsQuery>['data']>;

/** Live events first, then what the message log says happened before the page opened. */
function mergeEvents(live: LiveEvent[], recent: Recent | undefined): ShownEvent[] {
  const history: ShownEvent[] = [];
  if (recent) {
    for (const list of [recent.boots, recent.statuses, recent.starts, recent.stops])
      for (const { node } of list.edges) history.push(describe(node));
  }
  const fromLive: ShownEvent[] = live;
  // History stops where live events begin, so nothing shows twice.
  const oldestLive = fromLive.reduce<string | null>((min, e) => (min === null || e.at < min ? e.at : min), null);
  const earlier = history.filter((h) => oldestLive === null || h.at < oldestLive);
  return [...fromLive, ...earlier].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, 25);
}

function describe(m: DashboardOcppMessageFragment): ShownEvent {
  const p = (m.payload ?? {}) as Record<string, unknown>;
  const base = { key: m.id, at: m.timestamp, ocppId: m.charger?.ocppId ?? '?' };
  switch (m.action) {
    case 'StatusNotification': {
      const status = String(p.status ?? '');
      const tone = status === 'Faulted' ? 'bad' : status === 'Available' ? 'ok' : 'busy';
      // OCPP's SuspendedEV reads like the live events' SUSPENDED_EV: "Suspended EV".
      const shown = humanStatus(status.replace(/([a-z])([A-Z])/g, '$1_$2'));
      return { ...base, text: `connector ${String(p.connectorId)} ${shown}`, tone };
    }
    case 'StartTransaction':
      return { ...base, text: `session started on connector ${String(p.connectorId)}`, tone: 'busy' };
    case 'StopTransaction':
      return { ...base, text: `session ended (${String(p.reason ?? 'Local')})`, tone: 'ok' };
    default:
      return { ...base, text: 'booted', tone: 'ok' };
  }
}
