import { createRequire } from 'node:module';
import { createRPCError } from './ocpp-rpc.js';

export interface Validator {
  subprotocol: string;
  validate(schemaId: string, params: unknown): boolean;
}

const require = createRequire(import.meta.url);
const { createValidator } = require('ocpp-rpc/lib/validator.js') as {
  createValidator(subprotocol: string, schemas: unknown): Validator;
};

// OCPP 1.6 §7 and OCPP 2.0.1 Part 2 §2.1 define `integer` as 32 bits; the JSON schemas leave it
// unbounded, so 2^64 passed and failed later in PostgreSQL as an InternalError (found by the
// fuzzer, test/fuzz-ocpp). Meter registers in Wh are the exception chargers really need: a busy DC
// charger passes 2^31 Wh (2.1 GWh) within its life; those are stored as bigint, up to 2^53.
const INT32 = { minimum: -(2 ** 31), maximum: 2 ** 31 - 1 };
const WIDE = new Set(['meterStart', 'meterStop']);
const SAFE = { minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER };

function bounded(node: unknown, name = ''): unknown {
  if (Array.isArray(node)) return node.map((n) => bounded(n, name));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // Below `properties`, keys are field names; elsewhere keep the name of the field we are in.
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as object).map(([field, s]) => [field, bounded(s, field)]))
        : bounded(value, name);
  }
  if (out.type === 'integer') {
    const range = WIDE.has(name) ? SAFE : INT32;
    out.minimum = Math.max((out.minimum as number | undefined) ?? -Infinity, range.minimum);
    out.maximum = Math.min((out.maximum as number | undefined) ?? Infinity, range.maximum);
  }
  return out;
}

// The deepest OCPP 2.0.1 message nests about 8 levels; customData and DataTransfer's `data` take any
// JSON, where 4,000 levels made our own walks (and JSON.stringify) overflow the stack (the fuzzer).
const MAX_DEPTH = 32;

/** Whether `value` nests deeper than `max` levels, found without recursion. */
function tooDeep(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * ocpp-rpc's validator names a missing field `OccurenceConstraintViolation` (the typo of the
 * OCPP 1.6-J text) and corrects it for 1.6 only; OCPP 2.0.1-J §4.3 says `OccurrenceConstraintViolation`.
 */
function respelled(v: Validator): Validator {
  return {
    subprotocol: v.subprotocol,
    validate(schemaId, params) {
      if (tooDeep(params, MAX_DEPTH))
        throw createRPCError('FormatViolation', `Payload nests deeper than ${MAX_DEPTH} levels`, {});
      try {
        return v.validate(schemaId, params);
      } catch (err) {
        const e = err as { rpcErrorCode?: string; message: string; details?: Record<string, unknown> };
        if (e.rpcErrorCode !== 'OccurenceConstraintViolation') throw err;
        throw createRPCError('OccurrenceConstraintViolation', e.message, e.details ?? {});
      }
    },
  };
}

/** The schemas ocpp-rpc ships, with OCPP's integer width and error names: what strict mode checks. */
export const specValidators: Validator[] = [
  ['ocpp1.6', 'ocpp1_6'],
  ['ocpp2.0.1', 'ocpp2_0_1'],
].map(([subprotocol, file]) =>
  respelled(createValidator(subprotocol!, bounded(require(`ocpp-rpc/lib/schemas/${file}.json`)))),
);

/** The CALLERROR code (as sent on the wire) strict validation gives a payload, or null when it passes. */
export function refusalOf(subprotocol: string, action: string, params: unknown): string | null {
  try {
    specValidators.find((v) => v.subprotocol === subprotocol)!.validate(`urn:${action}.req`, params);
    return null;
  } catch (err) {
    const code = (err as { rpcErrorCode?: string }).rpcErrorCode ?? 'GenericError';
    // ocpp-rpc's own rename for 1.6 (OCPP 1.6-J errata v1.0 §5), applied when it sends the CALLERROR.
    return subprotocol === 'ocpp1.6' && code === 'FormatViolation' ? 'FormationViolation' : code;
  }
}
