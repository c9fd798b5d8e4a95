import fc from 'fast-check';

/** The part of JSON Schema (draft-07) that the OCPP 1.6 and 2.0.1 schemas use. */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  definitions?: Record<string, JsonSchema>;
}

// Small enough that a valid payload stays well under the frame limit, big enough to reach every branch.
const MAX_ITEMS = 3;
const MAX_STRING = 24;

/**
 * Values that the schema accepts: every required property, a random choice of the optional ones,
 * enums, date-times, bounds and multipleOf respected. `root` resolves `#/definitions/...` refs (2.0.1).
 */
export function arbitraryFor(schema: JsonSchema, root: JsonSchema = schema): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/definitions/', '');
    const target = root.definitions?.[name];
    if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
    return fc.constant(null).chain(() => arbitraryFor(target, root)); // lazy: refs may be recursive
  }
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'object': {
      const props = schema.properties ?? {};
      const record = Object.fromEntries(Object.entries(props).map(([k, s]) => [k, arbitraryFor(s, root)]));
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
    }
    case 'array':
      return fc.array(arbitraryFor(schema.items ?? {}, root), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS)),
      });
    case 'string':
      if (schema.format === 'date-time')
        return fc
          .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
          .map((d) => d.toISOString());
      if (schema.format === 'uri') return fc.webUrl();
      return fc.string({ maxLength: Math.min(schema.maxLength ?? MAX_STRING, MAX_STRING) });
    case 'integer': {
      // Mostly small (ids that match something), else anywhere in OCPP's 32 bits, its ends often:
      // an Ended TransactionEvent's seqNo near 2^31 once made a node count up to it.
      const lo = schema.minimum ?? -(2 ** 31);
      const hi = schema.maximum ?? 2 ** 31 - 1;
      const wide = fc.oneof(fc.integer({ min: lo, max: hi }), fc.constantFrom(lo, hi));
      const small = { min: Math.max(lo, -5), max: Math.min(hi, 100_000) };
      if (small.min > small.max) return wide;
      return fc.oneof({ weight: 3, arbitrary: fc.integer(small) }, { weight: 2, arbitrary: wide });
    }
    case 'number':
      if (schema.multipleOf)
        return fc
          .integer({ min: 0, max: 10_000 })
          .map((n) => Number((n * schema.multipleOf!).toFixed(6)))
          .filter((n) => (schema.minimum ?? -Infinity) <= n && n <= (schema.maximum ?? Infinity));
      return fc.double({
        min: schema.minimum ?? -1e6,
        max: schema.maximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
