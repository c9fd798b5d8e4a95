// A charger's OCPP frames: the history from the query, newer ones from the subscription, one list.
import { useMemo, useState } from 'react';
import {
  useDashboardChargerMessagesQuery,
  useDashboardOcppMessagesSubscription,
} from '../../../client/generated/hooks';
import type { DashboardOcppMessageFragment } from '../../../client/generated/graphql';
import { formatTime } from '../format';

const MAX = 100;

export function MessageTail({ chargerId }: { chargerId: string }) {
  const history = useDashboardChargerMessagesQuery({ variables: { chargerId }, fetchPolicy: 'network-only' });
  const [live, setLive] = useState<DashboardOcppMessageFragment[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  useDashboardOcppMessagesSubscription({
    variables: { chargerId },
    onData: ({ data }) => {
      const m = data.data?.ocppMessages;
      if (m) setLive((l) => [m, ...l].slice(0, MAX));
    },
  });
  const rows = useMemo(
    () => merge(live, history.data?.ocppMessages.edges.map((e) => e.node) ?? []),
    [live, history.data],
  );

  if (rows.length === 0) return <p className="muted">{history.loading ? 'Loading…' : 'No messages yet.'}</p>;
  return (
    <ol className="tail" data-testid="ocpp-tail">
      {rows.map((m) => (
        <li key={m.id} className={m.direction === 'IN' ? 'in' : 'out'}>
          <button type="button" className="tail-row" onClick={() => setOpen(open === m.id ? null : m.id)}>
            <span className="time">{formatTime(m.timestamp)}</span>
            <span className="dir" title={m.direction === 'IN' ? 'from the charger' : 'to the charger'}>
              {m.direction}
            </span>
            <span className="mono">{m.action ?? '?'}</span>
            <span className="muted small">{m.messageType}</span>
          </button>
          {open === m.id && <pre className="payload">{JSON.stringify(m.payload, null, 2)}</pre>}
        </li>
      ))}
    </ol>
  );
}

/**
 * Newest first, each frame once. Frames are matched by id, and by (uniqueId, direction, type) too:
 * a frame can arrive live and also be in the history read just after it.
 */
function merge(live: DashboardOcppMessageFragment[], history: DashboardOcppMessageFragment[]) {
  const seen = new Set<string>();
  const out: DashboardOcppMessageFragment[] = [];
  for (const m of [...live, ...history]) {
    const key = `${m.uniqueId}/${m.direction}/${m.messageType}`;
    if (seen.has(m.id) || seen.has(key)) continue;
    seen.add(m.id).add(key);
    out.push(m);
  }
  return out.sort((a, b) => (a.timestamp < b.timestamp ? 1 : a.timestamp > b.timestamp ? -1 : 0)).slice(0, MAX);
}
