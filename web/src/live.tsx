// The live layer: one subscription of each kind for the tenant, folded into state every page reads.
// Lists rendered from queries show the live connector status, online flag and power through it.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  useDashboardActivePowerQuery,
  useDashboardChargerStatusSubscription,
  useDashboardMeterValuesSubscription,
  useDashboardSessionUpdatedSubscription,
} from '../../client/generated/hooks';
import { humanStatus } from './format';
import { powerOf } from './meter';

export interface LiveEvent {
  key: string;
  at: string;
  chargerId: string;
  ocppId: string;
  text: string;
  tone: 'ok' | 'busy' | 'warn' | 'bad' | 'off';
}

interface ConnectorLive {
  status: string;
  errorCode: string;
}

interface LiveState {
  online: Map<string, boolean>;
  /** The charger-level status (connector 0 in OCPP 1.6). */
  chargerStatus: Map<string, string>;
  connectors: Map<string, ConnectorLive>; // `${chargerId}/${connectorId}`
  power: Map<string, number>; // W, `${chargerId}/${connectorId}`
  events: LiveEvent[];
  /** Moves on each session change (start, stop): pages refetch their counts when it moves. */
  sessionsVersion: number;
  statusVersion: number;
}

const empty = (): LiveState => ({
  online: new Map(),
  chargerStatus: new Map(),
  connectors: new Map(),
  power: new Map(),
  events: [],
  sessionsVersion: 0,
  statusVersion: 0,
});
const LiveContext = createContext<LiveState>(empty());
const CHARGING = new Set(['CHARGING', 'SUSPENDED_EV', 'SUSPENDED_EVSE']);
const MAX_EVENTS = 50;

export function LiveProvider({
  children,
  onReconnect,
}: {
  children: ReactNode;
  onReconnect: (cb: () => void) => () => void;
}) {
  const [state, setState] = useState<LiveState>(empty);
  const [openedAt] = useState(() => new Date(Date.now() - 5000).toISOString());
  const activePower = useDashboardActivePowerQuery({ fetchPolicy: 'network-only' });

  // Back after a lost connection: what the overlay holds may be stale, and the queries (refetched on
  // reconnect) know better. Keep the events; forget the rest.
  useEffect(
    () =>
      onReconnect(() => setState((s) => ({ ...empty(), events: s.events, sessionsVersion: s.sessionsVersion + 1 }))),
    [onReconnect],
  );

  // Power of the sessions already running (first load and each refetch), every page of them: "Power now"
  // is their sum. Live values win over it.
  useEffect(() => {
    const first = activePower.data?.sessions;
    if (!first) return;
    let stopped = false;
    const seed = (edges: typeof first.edges) =>
      setState((s) => {
        const power = new Map(s.power);
        for (const { node } of edges) {
          const key = `${node.charger.id}/${node.connectorId}`;
          const w = powerOf(node.latestMeterValues);
          if (w != null && !power.has(key)) power.set(key, w);
        }
        return { ...s, power };
      });
    void (async () => {
      let page = first;
      seed(page.edges);
      while (page.pageInfo.hasNextPage && !stopped) {
        const next = await activePower.fetchMore({ variables: { after: page.pageInfo.endCursor } });
        if (stopped || !next.data) return;
        page = next.data.sessions;
        seed(page.edges);
      }
    })().catch(() => undefined); // a page lost to a dropped connection: live meter values fill in as they come
    return () => void (stopped = true);
  }, [activePower.data]);

  useDashboardChargerStatusSubscription({
    onData: ({ data }) => {
      const e = data.data?.chargerStatus;
      if (!e) return;
      setState((s) => {
        const online = new Map(s.online).set(e.charger.id, e.online);
        const chargerStatus =
          e.connectorId === 0 ? new Map(s.chargerStatus).set(e.charger.id, e.status) : s.chargerStatus;
        const connectors = new Map(s.connectors);
        const power = new Map(s.power);
        const key = `${e.charger.id}/${e.connectorId}`;
        let text = '';
        if (e.connectorId > 0) {
          connectors.set(key, { status: e.status, errorCode: e.errorCode });
          if (!CHARGING.has(e.status)) power.delete(key);
          text = `connector ${e.connectorId} ${humanStatus(e.status)}${e.errorCode !== 'NO_ERROR' ? ` (${humanStatus(e.errorCode)})` : ''}`;
        } else if (s.online.get(e.charger.id) !== e.online) {
          text = e.online ? 'online' : 'offline';
        }
        if (!e.online) for (const k of power.keys()) if (k.startsWith(`${e.charger.id}/`)) power.delete(k);
        const events = text
          ? [liveEvent(e.charger, e.timestamp, text, e.online ? e.status : 'OFFLINE'), ...s.events].slice(0, MAX_EVENTS)
          : s.events;
        return { ...s, online, chargerStatus, connectors, power, events, statusVersion: s.statusVersion + 1 };
      });
    },
  });

  useDashboardMeterValuesSubscription({
    onData: ({ data }) => {
      const e = data.data?.meterValues;
      const w = e && powerOf(e.values);
      if (!e || w == null) return;
      setState((s) => ({ ...s, power: new Map(s.power).set(`${e.charger.id}/${e.connectorId}`, w) }));
    },
  });

  // The Session objects it carries update Apollo's cache (lists and costs re-render by themselves);
  // a start or stop also moves the counts.
  useDashboardSessionUpdatedSubscription({
    onData: ({ data }) => {
      const session = data.data?.sessionUpdated;
      if (!session) return;
      setState((s) => {
        const at =
          session.status === 'ACTIVE' ? session.startedAt : session.status === 'COMPLETED' ? session.stoppedAt : null;
        // sessionUpdated fires on every meter value: only a start or stop since the page opened is news.
        const seen = s.events.some((ev) => ev.key === `${session.id}:${session.status}`);
        if (seen || !at || at < openedAt) return s;
        const text = `session ${session.status === 'ACTIVE' ? 'started' : 'ended'} on connector ${session.connectorId}`;
        const event = {
          ...liveEvent(session.charger, at, text, session.status),
          key: `${session.id}:${session.status}`,
        };
        return { ...s, events: [event, ...s.events].slice(0, MAX_EVENTS), sessionsVersion: s.sessionsVersion + 1 };
      });
    },
  });

  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}

let eventSeq = 0;
function liveEvent(charger: { id: string; ocppId: string }, at: string, text: string, status: string): LiveEvent {
  const tone = status === 'OFFLINE' ? 'warn' : status === 'FAULTED' ? 'bad' : status === 'AVAILABLE' ? 'ok' : 'busy';
  return { key: `live-${++eventSeq}`, at, chargerId: charger.id, ocppId: charger.ocppId, text, tone };
}

export function useLive() {
  const s = useContext(LiveContext);
  return useMemo(
    () => ({
      events: s.events,
      sessionsVersion: s.sessionsVersion,
      statusVersion: s.statusVersion,
      online: (chargerId: string, fallback: boolean) => s.online.get(chargerId) ?? fallback,
      chargerStatus: (chargerId: string, fallback: string) => s.chargerStatus.get(chargerId) ?? fallback,
      /**
       * The charger's connectors with their live status, including ones the query had not seen yet
       * (a charger that reported its connectors after the page loaded). Connector 0 is left out.
       */
      connectors: <T extends ConnectorLive & { connectorId: number }>(
        chargerId: string,
        listed: readonly T[],
        blank: (connectorId: number) => T,
      ): T[] => {
        const byId = new Map(listed.filter((c) => c.connectorId > 0).map((c) => [c.connectorId, c]));
        for (const key of s.connectors.keys()) {
          const [owner, id] = key.split('/');
          if (owner === chargerId && Number(id) > 0 && !byId.has(Number(id))) byId.set(Number(id), blank(Number(id)));
        }
        return [...byId.values()]
          .sort((a, b) => a.connectorId - b.connectorId)
          .map((c) => ({ ...c, ...s.connectors.get(`${chargerId}/${c.connectorId}`) }));
      },
      connectorPower: (chargerId: string, connectorId: number) => s.power.get(`${chargerId}/${connectorId}`),
      chargerPower: (chargerId: string) => sum(s.power, (k) => k.startsWith(`${chargerId}/`)),
      totalPower: () => sum(s.power, () => true),
    }),
    [s],
  );
}

function sum(power: Map<string, number>, include: (key: string) => boolean): number {
  let total = 0;
  for (const [k, w] of power) if (include(k)) total += w;
  return total;
}
