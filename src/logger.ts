import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export function createLogger(level: Config['logLevel']): Logger {
  return pino({
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: trimmedError },
  });
}

const MAX_TEXT = 2000;
const MAX_PARAM = 200;
const MAX_PARAMS = 10;

const cut = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max)}… (${text.length.toLocaleString('en')} chars)`;
// The start (the query) and the end (where pino appends the cause's message) of a long message.
const cutMiddle = (text: string, max: number) =>
  text.length <= max
    ? text
    : `${text.slice(0, max * 0.8)} …(${(text.length - max).toLocaleString('en')} chars left out)… ${text.slice(-max * 0.2)}`;

/**
 * pino's error serializer with long text cut short. A failed batched statement (drizzle's "Failed
 * query: ... params: ...") carries every row of the batch in its message, its stack and `params`: a
 * coalesced offline mark of 1,000 chargers once made a 400 KB log line. What is kept: the start of
 * the message (the query), the number of parameters, the start of each of the first few, the stack frames.
 */
export function trimmedError(err: unknown): unknown {
  const serialized = pino.stdSerializers.err(err as Error) as unknown;
  if (!serialized || typeof serialized !== 'object' || serialized === err) return serialized;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(serialized)) {
    if (key === 'raw') continue;
    if (key === 'stack' && typeof value === 'string') {
      const frames = value.indexOf('\n    at ');
      out.stack =
        frames < 0 ? cutMiddle(value, MAX_TEXT) : cutMiddle(value.slice(0, frames), MAX_TEXT) + value.slice(frames);
    } else if (key === 'params' && Array.isArray(value)) {
      out.paramCount = value.length;
      out.params = value.slice(0, MAX_PARAMS).map((p) => cut(typeof p === 'string' ? p : String(p), MAX_PARAM));
    } else out[key] = typeof value === 'string' ? cutMiddle(value, MAX_TEXT) : value;
  }
  return out;
}
