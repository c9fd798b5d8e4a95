import { createRequire } from 'node:module';
import fc from 'fast-check';
import { refusalOf } from '../../../src/ocpp/spec-validators.js';
import { hostileValue, oddString } from './hostile.js';
import { arbitraryFor, type JsonSchema } from './schema-arbitrary.js';

const require = createRequire(import.meta.url);

export type OcppVersion = 'ocpp1.6' | 'ocpp2.0.1';

const SCHEMAS: Record<OcppVersion, (JsonSchema & { $id: string })[]> = {
  'ocpp1.6': require('ocpp-rpc/lib/schemas/ocpp1_6.json'),
  'ocpp2.0.1': require('ocpp-rpc/lib/schemas/ocpp2_0_1.json'),
};

// What a charging station sends (OCPP 1.6 §4, OCPP 2.0.1 Part 2 message list); the other `.req`
// schemas are what the CSMS sends, and a station sending those gets NotImplemented.
const FROM_STATION: Record<OcppVersion, string[]> = {
  'ocpp1.6': [
    'Authorize',
    'BootNotification',
    'DataTransfer',
    'DiagnosticsStatusNotification',
    'FirmwareStatusNotification',
    'Heartbeat',
    'MeterValues',
    'StartTransaction',
    'StatusNotification',
    'StopTransaction',
  ],
  'ocpp2.0.1': [
    'Authorize',
    'BootNotification',
    'ClearedChargingLimit',
    'DataTransfer',
    'FirmwareStatusNotification',
    'Get15118EVCertificate',
    'GetCertificateStatus',
    'Heartbeat',
    'LogStatusNotification',
    'MeterValues',
    'NotifyChargingLimit',
    'NotifyCustomerInformation',
    'NotifyDisplayMessages',
    'NotifyEVChargingNeeds',
    'NotifyEVChargingSchedule',
    'NotifyEvent',
    'NotifyMonitoringReport',
    'NotifyReport',
    'PublishFirmwareStatusNotification',
    'ReportChargingProfiles',
    'ReservationStatusUpdate',
    'SecurityEventNotification',
    'SignCertificate',
    'StatusNotification',
    'TransactionEvent',
  ],
};

/** The CALLERROR strict validation must give (OCPP's integer width and error names), or null. */
export const expectedRefusal = (version: OcppVersion, action: string, payload: unknown) =>
  refusalOf(version, action, payload);

/** One frame to send, and what made it (for the report). */
export interface FuzzFrame {
  text: string;
  kind: string;
  /** Send it with the id of an earlier CALL on the same socket (a retry, or a clash while in flight). */
  duplicateId?: boolean;
}

type Json = unknown;

/** Every node of a JSON value, as a path of keys, the root first. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (out.length > 200) return out;
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function setAt(root: Json, path: (string | number)[], value: Json | typeof REMOVE): Json {
  if (path.length === 0) return value === REMOVE ? undefined : value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === REMOVE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}
const REMOVE = Symbol('remove');

const MUTATIONS = ['replace', 'remove', 'extraField', 'hostileRoot'] as const;

/** A valid payload changed in one place: a node replaced by a hostile value, removed, or an extra field. */
function mutate(payload: Json, kind: (typeof MUTATIONS)[number], pick: number, hostile: Json, key: string): Json {
  const all = paths(payload);
  const inner = all.length > 1 ? all.slice(1) : all;
  const path = inner[pick % inner.length]!;
  switch (kind) {
    case 'replace':
      return setAt(payload, path, hostile);
    case 'remove':
      return setAt(payload, path, path.length ? REMOVE : {});
    case 'extraField': {
      const objects = all.filter((p) => {
        let node = payload as Record<string | number, Json>;
        for (const k of p) node = node[k] as Record<string | number, Json>;
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      const at = objects[pick % Math.max(objects.length, 1)] ?? [];
      return setAt(payload, [...at, key || 'extra'], hostile);
    }
    case 'hostileRoot':
      return hostile;
  }
}

// Long enough never to collide by chance: an answer is matched to its CALL by id, and frames the
// fuzzer does not track (a CALL with a numeric action, say) are answered too. Clashes are made on purpose.
const callId = fc.string({ minLength: 12, maxLength: 36, unit: 'grapheme-ascii' });

function callFrame(version: OcppVersion, mutateIt: boolean): fc.Arbitrary<FuzzFrame> {
  const requests = SCHEMAS[version].filter((s) => s.$id.endsWith('.req'));
  const station = new Set(FROM_STATION[version]);
  const actions = fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...requests.filter((s) => station.has(s.$id.slice(4, -4)))) },
    { weight: 1, arbitrary: fc.constantFrom(...requests.filter((s) => !station.has(s.$id.slice(4, -4)))) },
  );
  return fc
    .tuple(
      actions.chain((schema) => fc.tuple(fc.constant(schema.$id.slice(4, -4)), arbitraryFor(schema))),
      callId,
      fc.constantFrom(...MUTATIONS),
      fc.nat(),
      hostileValue,
      fc.string({ maxLength: 12 }),
      fc.nat(99),
    )
    .map(([[action, valid], id, kind, pick, hostile, key, dice]) => {
      const payload = mutateIt ? mutate(valid, kind, pick, hostile, key) : valid;
      return {
        kind: mutateIt ? `mutated:${kind}` : 'valid',
        text: JSON.stringify([2, id, action, payload]),
        duplicateId: dice < 3,
      };
    });
}

/** Frames that are not well-formed CALLs: the server may answer or not, but must not fall over. */
const oddFrame: fc.Arbitrary<FuzzFrame> = fc.oneof(
  // replies to nothing
  callId.map((id) => ({ kind: 'reply-to-nothing', text: JSON.stringify([3, id, {}]) })),
  fc
    .tuple(callId, oddString)
    .map(([id, s]) => ({ kind: 'error-to-nothing', text: JSON.stringify([4, id, 'GenericError', s, {}]) })),
  // broken envelopes
  fc
    .constantFrom(
      '',
      'not json',
      '[2, "x", "Heartbeat"',
      '[]',
      '{}',
      'null',
      '[2]',
      '[2, 17, "Heartbeat", {}]',
      '[2, "a", 17, {}]',
      '[7, "a", "Heartbeat", {}]',
      '["2", "a", "Heartbeat", {}]',
      '[2.5, "a", "Heartbeat", {}]',
      '[5, "a", {}]',
      '[3]',
      '[4, "a"]',
      '[2, "a", "Heartbeat", {}, "extra", "elements"]',
      '[2, "a", "Heartbeat", {"__proto__": {"polluted": true}}]',
      '[2, "a", "constructor", {}]',
      '[2, "a", "__proto__", {}]',
      '[2, "' + 'i'.repeat(5000) + '", "Heartbeat", {}]',
    )
    // A fresh id each time: a fixed one would clash with itself while in flight ("already processing").
    .chain((text) => callId.map((id) => ({ kind: 'odd-envelope', text: text.replace('"a"', JSON.stringify(id)) }))),
  fc.jsonValue({ maxDepth: 4 }).map((v) => ({ kind: 'random-json', text: JSON.stringify(v) ?? 'null' })),
);

/**
 * The OCPP frame mix of the fuzzer: about 40 % valid CALLs generated from the version's schemas,
 * 45 % CALLs with one mutation, 15 % frames that are not CALLs at all.
 */
export function ocppFrame(version: OcppVersion): fc.Arbitrary<FuzzFrame> {
  return fc.oneof(
    { weight: 8, arbitrary: callFrame(version, false) },
    { weight: 9, arbitrary: callFrame(version, true) },
    { weight: 3, arbitrary: oddFrame },
  );
}

/** A CALL frame as the server sees it: a well-formed [2, id, action, ...] must get an answer. */
export function isCallFrame(text: string): { id: string; action: string; payload: unknown } | null {
  try {
    const f = JSON.parse(text);
    return Array.isArray(f) && f[0] === 2 && typeof f[1] === 'string' && typeof f[2] === 'string'
      ? { id: f[1], action: f[2], payload: f[3] }
      : null;
  } catch {
    return null;
  }
}
