import { readFileSync } from 'node:fs';
import {
  buildSchema,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLOutputType,
} from 'graphql';

// The schema clients read (test/staleness.test.ts keeps it equal to what the server serves).
const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
const scalarOk: Record<string, (v: unknown) => boolean> = {
  ID: (v) => typeof v === 'string',
  String: (v) => typeof v === 'string',
  Boolean: (v) => typeof v === 'boolean',
  Int: (v) => Number.isInteger(v),
  SafeInt: (v) => Number.isSafeInteger(v),
  Float: (v) => typeof v === 'number',
  Decimal: (v) => typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v),
  DateTime: (v) => typeof v === 'string' && ISO.test(v),
  JSON: () => true,
};

/**
 * Where `value` differs from the GraphQL type `typeName`: a field the type does not have, a null
 * where the type has none, a value of the wrong scalar or enum. A webhook's `data` may carry fewer
 * fields than the type (a reference is `{ id ocppId }`), never other ones. Empty: same shape.
 */
export function shapeProblems(typeName: string, value: unknown): string[] {
  const type = schema.getType(typeName);
  if (!type || !isObjectType(type)) throw new Error(`no object type ${typeName} in schema.graphql`);
  return check(type, value, typeName);
}

function check(type: GraphQLOutputType, value: unknown, path: string): string[] {
  if (value === null || value === undefined)
    return isNonNullType(type) ? [`${path}: ${String(value)} where ${String(type)} is required`] : [];
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t))
    return Array.isArray(value)
      ? value.flatMap((v, i) => check(t.ofType as GraphQLOutputType, v, `${path}[${i}]`))
      : [`${path}: not a list`];
  if (isEnumType(t)) return t.getValue(String(value)) ? [] : [`${path}: ${JSON.stringify(value)} is not a ${t.name}`];
  if (isScalarType(t)) {
    const ok = scalarOk[t.name];
    if (!ok) return [`${path}: scalar ${t.name} has no check here`];
    return ok(value) ? [] : [`${path}: ${JSON.stringify(value)} is not a ${t.name}`];
  }
  if (isObjectType(t)) {
    if (typeof value !== 'object' || Array.isArray(value)) return [`${path}: not an object (${t.name})`];
    const fields = t.getFields();
    return Object.entries(value).flatMap(([key, v]) =>
      fields[key] ? check(fields[key].type, v, `${path}.${key}`) : [`${path}.${key}: ${t.name} has no such field`],
    );
  }
  return [`${path}: ${String(t)} is not checked here`];
}

/** A GraphQL selection with the fields `value` has (JSON fields whole), to read the same object by query. */
export function selectionOf(typeName: string, value: unknown): string {
  const type = schema.getType(typeName);
  if (!type || !isObjectType(type)) throw new Error(`no object type ${typeName}`);
  const fields = type.getFields();
  return Object.entries(value as object)
    .map(([key, v]) => {
      let t = fields[key]!.type;
      while (isNonNullType(t) || isListType(t)) t = t.ofType as GraphQLOutputType;
      if (!isObjectType(t)) return key;
      const sample = Array.isArray(v) ? Object.assign({}, ...v) : v;
      return sample && Object.keys(sample).length
        ? `${key} { ${selectionOf(t.name, sample)} }`
        : `${key} { __typename }`;
    })
    .join(' ');
}
