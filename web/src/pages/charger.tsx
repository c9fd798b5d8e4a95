import { useEffect } from 'react';
import { useDashboardChargerQuery } from '../../../client/generated/hooks';
import { ChargerCommands, ConnectorCommands, useCommandAnswer } from '../components/commands';
import { DeviceSettings } from '../components/device-settings';
import { MessageTail } from '../components/message-tail';
import { PowerChart } from '../components/power-chart';
import { SessionTable } from '../components/session-table';
import { OnlineBadge, QueryState, Section, StatusBadge } from '../components/ui';
import { formatAgo, formatPower, humanStatus } from '../format';
import { useLive } from '../live';
import { useLivePower } from '../live-power';
import { Link } from '../router';
import { useThrottled } from '../throttle';

export function ChargerPage({ ocppId }: { ocppId: string }) {
  const live = useLive();
  const { data, loading, error, refetch } = useDashboardChargerQuery({ variables: { ocppId } });
  const charger = data?.charger;
  const answer = useCommandAnswer(charger?.id);
  const points = useLivePower(charger?.id, charger ? live.chargerPower(charger.id) : 0);
  // A session started or ended: the connectors' active sessions and the session list move.
  const refresh = useThrottled(() => void refetch(), 500);
  useEffect(() => {
    if (charger) refresh();
  }, [live.sessionsVersion]);

  if (!charger)
    return (
      <div className="page">
        <p>
          <Link to="/chargers">← Chargers</Link>
        </p>
        <QueryState loading={loading} error={error} />
        {!loading && !error && <p className="empty">No charger {ocppId}.</p>}
      </div>
    );

  const online = live.online(charger.id, charger.online);
  // The charger-level status (connector 0 in OCPP 1.6) goes in the title, next to online.
  const status = live.chargerStatus(charger.id, charger.status);
  const connectors = live.connectors(charger.id, charger.connectors, (connectorId) => ({
    id: `live-${connectorId}`,
    connectorId,
    status: 'UNKNOWN' as const,
    errorCode: 'NO_ERROR' as const,
    maxPowerW: null,
    plugType: null,
    activeSession: null,
  }));
  return (
    <div className="page">
      <p>
        <Link to="/chargers">← Chargers</Link>
      </p>
      <div className="title-row">
        <h1 className="mono">{charger.ocppId}</h1>
        <OnlineBadge online={online} />
        {online && status !== 'UNKNOWN' && <StatusBadge status={status} />}
        <span className="power-now" data-testid="charger-power">
          {formatPower(live.chargerPower(charger.id))}
        </span>
      </div>
      <p className="muted">
        {[
          charger.name,
          charger.vendor,
          charger.model,
          charger.firmwareVersion && `firmware ${charger.firmwareVersion}`,
          charger.ocppVersion && `OCPP ${charger.ocppVersion.replace(/^ocpp/, '')}`,
        ]
          .filter(Boolean)
          .join(' · ')}
        {charger.site && ` · ${charger.site.name}`}
        {!online && ` · last seen ${formatAgo(charger.lastSeenAt)}`}
      </p>

      <Section title="Connectors" actions={<ChargerCommands chargerId={charger.id} onAnswer={answer.show} />}>
        {answer.view}
        <div className="grid connectors-grid">
          {connectors.map((c) => {
            const shown = c;
            return (
              <div key={c.connectorId} className="connector-card" data-connector={c.connectorId}>
                <div className="row">
                  <strong>Connector {c.connectorId}</strong>
                  <StatusBadge status={shown.status} />
                </div>
                <div className="row muted small">
                  <span>
                    {[c.plugType, c.maxPowerW && `max ${formatPower(c.maxPowerW)}`].filter(Boolean).join(' · ') ||
                      '\u00a0'}
                  </span>
                  <span data-testid={`connector-power-${c.connectorId}`}>
                    {formatPower(live.connectorPower(charger.id, c.connectorId) ?? 0)}
                  </span>
                </div>
                {shown.errorCode !== 'NO_ERROR' && <div className="error small">{humanStatus(shown.errorCode)}</div>}
                <ConnectorCommands
                  chargerId={charger.id}
                  connectorId={c.connectorId}
                  session={c.activeSession}
                  status={shown.status}
                  disabled={!online}
                  onAnswer={answer.show}
                />
              </div>
            );
          })}
          {connectors.length === 0 && <p className="muted">No connector has reported yet.</p>}
        </div>
      </Section>

      <Section title="Power and energy (live)">
        <PowerChart points={points} />
      </Section>

      <Section title={`Sessions (${charger.sessions.totalCount})`}>
        <SessionTable sessions={charger.sessions.edges.map((e) => e.node)} showCharger={false} />
      </Section>

      <Section title="OCPP messages (live)">
        <MessageTail chargerId={charger.id} />
      </Section>

      <DeviceSettings charger={charger} online={online} onAnswer={answer.show} onRead={() => void refetch()} />
    </div>
  );
}
