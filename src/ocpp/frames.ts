import { withoutSecrets } from '../domain/chargers/device-model.service.js';
import type { StationService } from '../domain/chargers/station.service.js';
import type { MessageLog } from '../domain/ocpp-log/message-log.js';
import type { Metrics } from '../http/metrics.js';
import type { ConnectionState } from './handler.js';
import type { ServerClient } from './ocpp-rpc.js';

const TYPES = { 2: 'CALL', 3: 'CALLRESULT', 4: 'CALLERROR' } as const;

/** Logs every frame in and out, counts it, and keeps the charger's lastSeenAt/lastMessage. */
export function recordFrames(
  client: ServerClient,
  state: ConnectionState,
  log: MessageLog,
  metrics: Metrics,
  station: StationService,
): void {
  // A CALLRESULT/CALLERROR names no action: remember each CALL's action by its id, per direction.
  const pendingActions = { IN: new Map<string, string>(), OUT: new Map<string, string>() };
  // Cheap: the station batches signs of life into one UPDATE per flush.
  const markSeen = (action: string | null) => station.seen(state.charger.id, action);

  function record(direction: 'IN' | 'OUT', frame: unknown): void {
    const outbound = direction === 'OUT';
    const parsed = Array.isArray(frame) ? frame : [];
    const messageType = TYPES[parsed[0] as keyof typeof TYPES];
    if (!messageType || typeof parsed[1] !== 'string') {
      // Garbage is counted; ocpp-rpc answers it with an RpcFrameworkError.
      countFrame(metrics, direction, 'INVALID', 'none');
      if (!outbound) markSeen(null);
      return;
    }
    const uniqueId = parsed[1];
    let action: string | null = null;
    let payload: unknown;
    if (messageType === 'CALL') {
      action = typeof parsed[2] === 'string' ? parsed[2] : null;
      // The log is readable through the API: a secret sent to the station is masked (the frame itself is not touched).
      payload = action && isRecord(parsed[3]) ? withoutSecrets(action, parsed[3]) : parsed[3];
      if (action) pendingActions[direction].set(uniqueId, action);
    } else {
      // A response travels the other way from its CALL.
      const callDirection = outbound ? 'IN' : 'OUT';
      action = pendingActions[callDirection].get(uniqueId) ?? null;
      pendingActions[callDirection].delete(uniqueId);
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
    if (!outbound) markSeen(messageType === 'CALL' ? action : null);
  }

  // ocpp-rpc already parses every frame: reuse its parsed payloads instead of parsing each frame
  // twice. Inbound, 'message' (raw) comes first, then 'call'/'response', or 'badMessage' for
  // what it refused (re-parsed here, so garbage and odd frames are classified as before).
  // Outbound, 'call'/'response' come just before 'message'; the raw frame stays the record of
  // what was sent (its error replies to garbage have no parsed event).
  let inbound: string | null = null;
  let outboundParsed: unknown[] | null = null;
  client.on('message', ({ message, outbound }: { message: string; outbound: boolean }) => {
    if (!outbound) {
      inbound = message;
      return;
    }
    const frame = outboundParsed && isFrame(message, outboundParsed) ? outboundParsed : parse(message);
    outboundParsed = null;
    record('OUT', frame);
  });
  const parsedFrame = ({ outbound, payload }: { outbound: boolean; payload: unknown[] }) => {
    if (outbound) outboundParsed = payload;
    else if (inbound !== null) {
      inbound = null;
      record('IN', payload);
    }
  };
  client.on('call', parsedFrame);
  client.on('response', parsedFrame);
  // After a 'response' for an unknown CALL id ocpp-rpc also reports a badMessage: logged once.
  client.on('badMessage', () => {
    if (inbound === null) return;
    const message = inbound;
    inbound = null;
    record('IN', parse(message));
  });
  client.on('ping', () => markSeen(null));
}

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
