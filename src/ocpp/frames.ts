import type { StationService } from '../domain/chargers/station.service.js';
import type { MessageLog } from '../domain/ocpp-log/message-log.js';
import type { Metrics } from '../http/metrics.js';
import type { ConnectionState } from './handlers-16.js';
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

  client.on('message', ({ message, outbound }: { message: string; outbound: boolean }) => {
    const direction = outbound ? 'OUT' : 'IN';
    let frame: unknown;
    try {
      frame = JSON.parse(message);
    } catch {
      frame = null;
    }
    const parsed = Array.isArray(frame) ? frame : [];
    const messageType = TYPES[parsed[0] as keyof typeof TYPES];
    if (!messageType || typeof parsed[1] !== 'string') {
      // Garbage is counted and logged as text; ocpp-rpc answers it with an RpcFrameworkError.
      metrics.ocppMessages.inc({ direction, type: 'INVALID', action: 'none' });
      if (!outbound) markSeen(null);
      return;
    }
    const uniqueId = parsed[1];
    let action: string | null = null;
    let payload: unknown;
    if (messageType === 'CALL') {
      action = typeof parsed[2] === 'string' ? parsed[2] : null;
      payload = parsed[3];
      if (action) pendingActions[direction].set(uniqueId, action);
    } else {
      // A response travels the other way from its CALL.
      const callDirection = outbound ? 'IN' : 'OUT';
      action = pendingActions[callDirection].get(uniqueId) ?? null;
      pendingActions[callDirection].delete(uniqueId);
      payload = messageType === 'CALLRESULT' ? parsed[2] : { errorCode: parsed[2], errorDescription: parsed[3], errorDetails: parsed[4] };
    }
    metrics.ocppMessages.inc({ direction, type: messageType, action: action ?? 'unknown' });
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
  });
  client.on('ping', () => markSeen(null));
}
