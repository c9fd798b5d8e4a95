import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { hostileValue, hugeNumber, oddString } from './hostile.js';

export interface GraphqlFuzzRequest {
  kind: string;
  /** The HTTP body as sent (not always JSON). */
  body: string;
  contentType: string;
}

// Left out: what reaches outside the sandbox (webhook URLs are resolved and posted to), starts
// virtual chargers in the server process, or takes the fuzzing admin's own rights away.
const SKIPPED = new Set([
  'createWebhookEndpoint',
  'updateWebhookEndpoint',
  'sendTestWebhook',
  'redeliverWebhook',
  'createVirtualCharger',
  'driveVirtualCharger',
  'updateUser',
  'updateTenant',
]);

export function loadSchema(path = new URL('../../../schema.graphql', import.meta.url)): GraphQLSchema {
  return buildSchema(readFileSync(path, 'utf8'));
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

const idValue = fc.oneof(
  fc.uuid().map((u) => globalId('Charger', u)),
  fc.uuid().map((u) => globalId('Nope', u)),
  fc.uuid(),
  fc.string({ maxLength: 60 }).map((s) => Buffer.from(s).toString('base64url')),
  oddString,
);

const SCALARS: Record<string, fc.Arbitrary<unknown>> = {
  ID: idValue,
  String: oddString,
  Int: fc.oneof(fc.integer(), hugeNumber),
  Float: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), hugeNumber),
  Boolean: fc.boolean(),
  DateTime: fc.oneof(
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    oddString,
    fc.constantFrom('2026-13-45T99:99:99Z', '0000-00-00', '+275760-09-13T00:00:00.001Z'),
  ),
  Decimal: fc.oneof(
    fc.constantFrom('0.40', '-1', '1e400', '0.0000000000000000000000001', 'NaN', 'Infinity', '1,5', ' 2 '),
    hugeNumber,
  ),
  SafeInt: fc.oneof(fc.integer(), hugeNumber),
  JSON: fc.jsonValue({ maxDepth: 4 }),
};

/** A value for an input type: mostly of the right shape, with hostile leaves, sometimes of the wrong kind. */
function valueFor(schema: GraphQLSchema, type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const right = rightShaped(schema, type, depth);
  return fc.oneof(
    { weight: 8, arbitrary: right },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

function rightShaped(schema: GraphQLSchema, type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return rightShaped(schema, type.ofType, depth);
  if (isListType(type))
    return fc.oneof(
      fc.array(valueFor(schema, type.ofType as GraphQLInputType, depth + 1), { maxLength: 3 }),
      fc.constant(Array.from({ length: 5000 }, () => 'x')),
    );
  if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), oddString);
  if (isScalarType(type)) return SCALARS[type.name] ?? hostileValue;
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(schema, f.type, depth + 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  }
  return hostileValue;
}

/** `__typename` and the scalar fields (without required arguments) of what the field returns. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return '';
  const scalars = Object.values(named.getFields())
    .filter((f) => !isObjectType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)))
    .slice(0, 6)
    .map((f) => f.name);
  return `{ __typename ${scalars.join(' ')} }`;
}

function operation(schema: GraphQLSchema, kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args;
  const declared = args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${kind} Fuzz${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionOf(field)} }`;
  return fc
    .record(Object.fromEntries(args.map((a) => [a.name, valueFor(schema, a.type)])), { requiredKeys: [] })
    .map((variables) => ({
      kind: `${kind}:${field.name}`,
      body: JSON.stringify({ query, variables }),
      contentType: 'application/json',
    }));
}

/** Requests that are not well-formed operations at all. */
const oddRequest: fc.Arbitrary<GraphqlFuzzRequest> = fc.oneof(
  fc
    .constantFrom(
      '',
      'not json',
      '{"query":',
      '[]',
      '[{"query":"{ viewer { id } }"},{"query":"{ viewer { id } }"}]',
      '{"query":null}',
      '{"query":17}',
      '{"query":"{ viewer { id } }","variables":"nope"}',
      '{"query":"{ viewer { id } }","operationName":"Missing"}',
      '{"query":"query A { viewer { id } } query B { viewer { id } }"}',
      '{"query":"{ __schema { types { name } } }"}',
      '{"query":"subscription { chargerStatus { status } }"}',
      '{"query":"mutation { login(email: \\"a@b.c\\", password: \\"x\\") { token } }"}',
      `{"query":"{ ${'a: viewer { id } '.repeat(500)}"}`,
      `{"query":"${'{ '.repeat(2000)}"}`,
      `{"query":"{ chargers(first: 100000) { edges { node { id } } } }"}`,
      `{"query":"{ sites { edges { node { chargers { edges { node { site { chargers { edges { node { site { chargers { totalCount } } } } } } } } } } } } }"}`,
      '{"query":"{ viewer { id } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}',
    )
    .map((body) => ({ kind: 'odd-body', body, contentType: 'application/json' })),
  oddString.map((s) => ({ kind: 'odd-query', body: JSON.stringify({ query: s }), contentType: 'application/json' })),
  fc
    .jsonValue({ maxDepth: 3 })
    .map((v) => ({ kind: 'random-json', body: JSON.stringify(v) ?? 'null', contentType: 'application/json' })),
  fc.constant({ kind: 'text-plain', body: '{ viewer { id } }', contentType: 'text/plain' }),
);

/** 90 % operations from the schema with generated variables, 10 % malformed requests. */
export function graphqlRequest(schema: GraphQLSchema): fc.Arbitrary<GraphqlFuzzRequest> {
  const ops = [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => operation(schema, 'query', f)),
    ...Object.values(schema.getMutationType()!.getFields())
      .filter((f) => !SKIPPED.has(f.name))
      .map((f) => operation(schema, 'mutation', f)),
  ];
  return fc.oneof({ weight: 9, arbitrary: fc.oneof(...ops) }, { weight: 1, arbitrary: oddRequest });
}
