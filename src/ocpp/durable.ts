import { createRPCError } from './ocpp-rpc.js';
import type { Handler } from './handler.js';

/** The node's durable spool, as the OCPP edge sees it. */
export interface Durability {
  /** Resolves once everything recorded so far (rows, the frame log) is on disk. */
  durable(): Promise<void>;
  /** The spool holds as much as it may while PostgreSQL is unreachable. */
  full(): boolean;
}

/**
 * An answer means durable: a charger that got its answer will not send the data again, so what the
 * handler recorded (meter values, the frame itself) is fsynced before the answer goes out. A full
 * spool refuses what it would have to keep: the charger retries later and loses nothing. Heartbeat
 * carries no data and is still answered, so the charger does not drop its connection.
 */
export function answerWhenDurable(action: string, handler: Handler, durability: Durability): Handler {
  return async (state, args) => {
    if (action !== 'Heartbeat' && durability.full()) {
      throw createRPCError('InternalError', 'The server is catching up with its database; retry later', {});
    }
    const answer = await handler(state, args);
    await durability.durable();
    return answer;
  };
}
