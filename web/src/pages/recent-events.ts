// The overview's event list before live events arrive: boots and status reports read from the frame log
// (said differently by OCPP 1.6 and 2.0.1), session starts and ends read from the sessions themselves.
import type { DashboardOcppMessageFragment, DashboardRecentEventsQuery } from '../../../client/generated/graphql';
import { humanStatus } from '../format';
import type { LiveEvent } from '../live';

export interface ShownEvent {
  key: string;
  at: string;
  ocppId: string;
  text: string;
  tone: LiveEvent['tone'];
}

type RecentSession = DashboardRecentEventsQuery['started']['edges'][number]['node'];
const SHOWN = 25;

/** Live events first, then what happened before the page opened. */
export function mergeEvents(live: LiveEvent[], recent: DashboardRecentEventsQuery | undefined): ShownEvent[] {
  const history: ShownEvent[] = [];
  if (recent) {
    for (const list of [recent.boots, recent.statuses])
      for (const { node } of list.edges) history.push(fromFrame(node));
    for (const { node } of recent.started.edges) if (node.startedAt) history.push(started(node, node.startedAt));
    for (const { node } of recent.ended.edges) if (node.stoppedAt) history.push(ended(node, node.stoppedAt));
  }
  // History stops where live events begin, so nothing shows twice (a session's start or end has the same key in both).
  const oldestLive = live.reduce<string | null>((min, e) => (min === null || e.at < min ? e.at : min), null);
  const liveKeys = new Set(live.map((e) => e.key));
  const earlier = history.filter((h) => (oldestLive === null || h.at < oldestLive) && !liveKeys.has(h.key));
  return [...live, ...dedupe(earlier)].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, SHOWN);
}

// A session both started and ended recently is in both lists: its start once, its end once.
const dedupe = (events: ShownEvent[]) => [...new Map(events.map((e) => [e.key, e])).values()];

const started = (s: RecentSession, at: string): ShownEvent => ({
  key: `${s.id}:ACTIVE`, // the live layer's key for the same start
  at,
  ocppId: s.charger.ocppId,
  text: `session started on connector ${s.connectorId}`,
  tone: 'busy',
});

const ended = (s: RecentSession, at: string): ShownEvent => ({
  key: `${s.id}:${s.status}`,
  at,
  ocppId: s.charger.ocppId,
  text: `session ended on connector ${s.connectorId}${s.stopReason ? ` (${humanStatus(s.stopReason)})` : ''}`,
  tone: 'ok',
});

function fromFrame(m: DashboardOcppMessageFragment): ShownEvent {
  const p = (m.payload ?? {}) as Record<string, unknown>;
  const base = { key: m.id, at: m.timestamp, ocppId: m.charger?.ocppId ?? '?' };
  if (m.action !== 'StatusNotification') return { ...base, text: 'booted', tone: 'ok' };
  const { connector, status } = statusReport(p);
  const tone = status === 'Faulted' ? 'bad' : status === 'Available' ? 'ok' : 'busy';
  // OCPP's SuspendedEV reads like the live events' SUSPENDED_EV: "Suspended EV".
  const shown = humanStatus(status.replace(/([a-z])([A-Z])/g, '$1_$2'));
  return { ...base, text: `${connector} ${shown}`, tone };
}

/**
 * OCPP 1.6 §6.47 sends `connectorId` and `status`; 2.0.1 (StatusNotificationRequest) sends `evseId`,
 * the `connectorId` within that EVSE and `connectorStatus`. Our connector number is the EVSE's id, and
 * 2.0.1's Occupied reads Preparing, as the API and the live events say it (the server's connectorStatusOf).
 */
function statusReport(p: Record<string, unknown>): { connector: string; status: string } {
  if (p.evseId !== undefined) {
    const inEvse = Number(p.connectorId ?? 1);
    const connector = inEvse > 1 ? `EVSE ${String(p.evseId)} connector ${inEvse}` : `connector ${String(p.evseId)}`;
    const status = String(p.connectorStatus ?? '');
    return { connector, status: status === 'Occupied' ? 'Preparing' : status };
  }
  return { connector: `connector ${String(p.connectorId)}`, status: String(p.status ?? '') };
}
