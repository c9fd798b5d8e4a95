import { createRPCError } from './ocpp-rpc.js';
import type { DatabaseState, Handler } from './handler.js';

/** The node's durable spool, as the OCPP edge sees it. */
export interface Durability {
  /** Resolves once everything recorded so far (rows, the frame log) is on disk; rejects if the disk failed any from `since` on. */
  durable(since?: number): Promise<void>;
  /** The seq of the last record appended. */
  appended(): number;
  /** The spool holds as much as it may while PostgreSQL is unreachable. */
  full(): boolean;
}

// Answered while PostgreSQL is unreachable (their handlers take the outage path); the rest need it.
const THROUGH_OUTAGE = new Set([
  'BootNotification', // a charger the handshake knew from its cache (reconnecting during the outage)
  'Heartbeat',
  'StatusNotification',
  'MeterValues',
  'StartTransaction',
  'StopTransaction',
  'Authorize',
  'TransactionEvent',
]);

const retryLater = (why: string) => createRPCError('InternalError', `${why}; retry later`, {});

/**
 * An answer means durable: a charger that got its answer will not send the data again, so what the
 * handler recorded (meter values, the frame itself) is fsynced before the answer goes out; if the
 * disk failed to write it, the charger gets InternalError and sends it again. A full
 * spool refuses what it would have to keep: the charger retries later and loses nothing. Heartbeat
 * carries no data and is still answered, so the charger does not drop its connection. While the
 * database is down, an action that needs it is refused at once instead of waiting for it.
 */
export function answerWhenDurable(
  action: string,
  handler: Handler,
  durability: Durability,
  database: Pick<DatabaseState, 'up'>,
): Handler {
  const throughOutage = THROUGH_OUTAGE.has(action);
  return async (state, args) => {
    if (action !== 'Heartbeat' && durability.full()) throw retryLater('The server is catching up with its database');
    if (!throughOutage && !database.up()) throw retryLater('The database is unreachable');
    // The CALL's own frame was appended just before, in this tick (frames.ts): the answer vouches from there on.
    const since = durability.appended();
    const answer = await handler(state, args);
    await durability.durable(since);
    return answer;
  };
}
