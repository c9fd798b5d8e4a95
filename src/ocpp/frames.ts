import { withoutSecrets } from '../domain/chargers/device-model.service.js';
import type { StationService } from '../domain/chargers/station.service.js';
import type { MessageLog } from '../domain/ocpp-log/message-log.js';
import type { Metrics } from '../http/metrics.js';
import type { ChargerConnection } from './connection.js';
import type { CallVerdict } from './handler.js';
import type { ServerClient } from './ocpp-rpc.js';

const TYPES = { 2: 'CALL', 3: 'CALLRESULT', 4: 'CALLERROR' } as const;

/**
 * Logs every frame in and out, counts it, and keeps the charger's lastSeenAt/lastMessage. Built once
 * per server: `attach` adds the same listener functions to every socket (ocpp-rpc calls them with the
 * client as `this`, whose session is its `ChargerConnection`), so a connection costs no closures here.
 *
 * Each inbound CALL takes from the charger's rate budget here, before it is logged (ocpp-rpc emits
 * 'call' just before it runs the handler, whose `guardRate` answers by `verdictOn`). A flooding
 * charger must not load the disk and the database in place of the node: of the CALLs refused in a
 * row only the first is logged, with its CALLERROR (the log shows it was throttled); the rest are
 * counted (`chargeql_ocpp_calls_rate_limited_total`) and leave no row.
 */
export function frameRecorder(
  log: MessageLog,
  metrics: Metrics,
  station: StationService,
  takeBudget: (chargerId: string) => CallVerdict,
) {
  // Cheap: the station batches signs of life into one UPDATE per flush.
  const markSeen = (state: ChargerConnection, action: string | null) => station.seen(state.charger.id, action);

  function record(state: ChargerConnection, direction: 'IN' | 'OUT', frame: unknown): void {
    const outbound = direction === 'OUT';
    const parsed = Array.isArray(frame) ? frame : [];
    const messageType = TYPES[parsed[0] as keyof typeof TYPES];
    if (!messageType || typeof parsed[1] !== 'string') {
      // Garbage is counted; ocpp-rpc answers it with an RpcFrameworkError.
      countFrame(metrics, direction, 'INVALID', 'none');
      if (!outbound) markSeen(state, null);
      return;
    }
    const uniqueId = parsed[1];
    let action: string | null = null;
    let payload: unknown;
    if (messageType === 'CALL' && !outbound && !admitted(state, uniqueId)) {
      markSeen(state, null);
      return;
    }
    if (messageType !== 'CALL' && outbound && state.unlogged?.delete(uniqueId)) {
      if (state.unlogged.size === 0) state.unlogged = undefined;
      return;
    }
    if (messageType === 'CALL') {
      action = typeof parsed[2] === 'string' ? parsed[2] : null;
      // The log is readable through the API: a secret sent to the station is masked (the frame itself is not touched).
      payload = action && isRecord(parsed[3]) ? withoutSecrets(action, parsed[3]) : parsed[3];
      // A CALLRESULT/CALLERROR names no action: remember each CALL's action by its id, per direction.
      if (action) {
        if (outbound) (state.callsOut ??= new Map()).set(uniqueId, action);
        else (state.callsIn ??= new Map()).set(uniqueId, action);
      }
    } else {
      // A response travels the other way from its CALL. The map goes once empty: most of the time a
      // charger has no CALL waiting either way, and an empty Map still holds its table.
      const calls = outbound ? state.callsIn : state.callsOut;
      action = calls?.get(uniqueId) ?? null;
      if (calls?.delete(uniqueId) && calls.size === 0) {
        if (outbound) state.callsIn = undefined;
        else state.callsOut = undefined;
      }
      payload =
        messageType === 'CALLRESULT'
          ? parsed[2]
          : { errorCode: parsed[2], errorDescription: parsed[3], errorDetails: parsed[4] };
    }
    countFrame(metrics, direction, messageType, action ?? 'unknown');
    log.record({
      tenantId: state.charger.tenantId,
      chargerId: state.charger.id,
      direction,
      messageType,
      action,
      uniqueId,
      payload: payload ?? null,
      timestamp: new Date(),
    });
    if (!outbound) markSeen(state, messageType === 'CALL' ? action : null);
  }

  /** Takes the CALL's verdict; false when it is refused and goes unlogged (not the first refused in a row). */
  function admitted(state: ChargerConnection, id: string): boolean {
    const verdict = takeBudget(state.charger.id);
    state.lastCall = { id, verdict };
    if (verdict.ok) {
      state.refusedInRow = 0;
      return true;
    }
    metrics.ocppCallsRefused.inc();
    if (++state.refusedInRow === 1) return true;
    (state.unlogged ??= new Set()).add(id);
    return false;
  }

  // ocpp-rpc already parses every frame: reuse its parsed payloads instead of parsing each frame
  // twice. Inbound, 'message' (raw) comes first, then 'call'/'response', or 'badMessage' for
  // what it refused (re-parsed here, so garbage and odd frames are classified as before).
  // Outbound, 'call'/'response' come just before 'message'; the raw frame stays the record of
  // what was sent (its error replies to garbage have no parsed event).
  function onMessage(this: ServerClient, { message, outbound }: { message: string; outbound: boolean }) {
    const state = connectionOf(this);
    if (!outbound) {
      state.inbound = message;
      return;
    }
    const sent = state.outboundParsed;
    const frame = sent && isFrame(message, sent) ? sent : parse(message);
    state.outboundParsed = null;
    record(state, 'OUT', frame);
  }
  function onParsedFrame(this: ServerClient, { outbound, payload }: { outbound: boolean; payload: unknown[] }) {
    const state = connectionOf(this);
    if (outbound) state.outboundParsed = payload;
    else if (state.inbound !== null) {
      state.inbound = null;
      record(state, 'IN', payload);
    }
  }
  // After a 'response' for an unknown CALL id ocpp-rpc also reports a badMessage: logged once.
  function onBadMessage(this: ServerClient) {
    const state = connectionOf(this);
    if (state.inbound === null) return;
    const message = state.inbound;
    state.inbound = null;
    record(state, 'IN', parse(message));
  }
  function onPing(this: ServerClient) {
    markSeen(connectionOf(this), null);
  }

  return {
    /** The verdict `record` took for this CALL (taken now if it did not see it). */
    verdictOn(state: ChargerConnection, id: string): CallVerdict {
      const last = state.lastCall;
      state.lastCall = undefined;
      return last?.id === id ? last.verdict : takeBudget(state.charger.id);
    },
    attach(client: ServerClient): void {
      client.on('message', onMessage);
      client.on('call', onParsedFrame);
      client.on('response', onParsedFrame);
      client.on('badMessage', onBadMessage);
      client.on('ping', onPing);
    },
  };
}

/** The connection a socket's shared listeners act for (`server.ts` accepts it as the session). */
export const connectionOf = (client: ServerClient): ChargerConnection => client.session as unknown as ChargerConnection;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parse(message: string): unknown {
  try {
    return JSON.parse(message);
  } catch {
    return null;
  }
}

/**
 * Whether `message` is the serialisation of `frame` (ocpp-rpc sends JSON.stringify(frame), so it
 * starts `[2,"id"`): same type and id. An id that JSON escapes fails this and is parsed instead.
 */
function isFrame(message: string, frame: unknown[]): boolean {
  const id = frame[1];
  return (
    typeof id === 'string' &&
    message.charCodeAt(1) === 48 + (frame[0] as number) &&
    message.startsWith(id, 4) &&
    message.charCodeAt(4 + id.length) === 34
  );
}

// prom-client hashes the label object on every inc(): keep each series' child instead.
const series = new WeakMap<Metrics, Map<string, { inc(): void }>>();
function countFrame(metrics: Metrics, direction: string, type: string, action: string): void {
  let children = series.get(metrics);
  if (!children) series.set(metrics, (children = new Map()));
  const key = `${direction} ${type} ${action}`;
  let child = children.get(key);
  if (!child) children.set(key, (child = metrics.ocppMessages.labels({ direction, type, action })));
  child.inc();
}
