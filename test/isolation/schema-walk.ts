import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Builds calls for any root field of a schema it has never seen: a selection set of every
 * field to a bounded depth, and arguments filled from the field's types and names. ID slots
 * (arguments or input fields of type ID) are filled by a picker, so one field yields one call
 * per candidate id. What it cannot fill is a `Skip` with the reason.
 */
export type OpKind = 'query' | 'mutation' | 'subscription';

export interface Operation {
  kind: OpKind;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export class Skip extends Error {}

export function operationsOf(schema: GraphQLSchema): Operation[] {
  const roots: [OpKind, ReturnType<GraphQLSchema['getQueryType']>][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([kind, type]) =>
    type ? Object.values(type.getFields()).map((field) => ({ kind, name: field.name, field })) : [],
  );
}

const hasRequiredArgs = (f: GraphQLField<unknown, unknown>) =>
  f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** Every field to `depth` levels, `__typename` everywhere, pages of 3, fields needing arguments left out. */
export function selectionOf(schema: GraphQLSchema, type: GraphQLOutputType, depth: number): string | null {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (depth <= 0) return isObjectType(named) && named.getFields().id ? '{ __typename id }' : '{ __typename }';
  return `{ ${fieldsOf(schema, named, depth).join(' ')} }`;
}

function fieldsOf(
  schema: GraphQLSchema,
  named: GraphQLNamedType,
  depth: number,
  only?: (name: string) => boolean,
): string[] {
  const parts = ['__typename'];
  if (isObjectType(named) || isInterfaceType(named)) {
    for (const f of Object.values(named.getFields())) {
      if (hasRequiredArgs(f) || (only && !only(f.name))) continue;
      const sub = selectionOf(schema, f.type, depth - 1);
      if (sub === null) continue;
      parts.push(`${f.name}${f.args.some((a) => a.name === 'first') ? '(first: 3)' : ''} ${sub}`.trim());
    }
  }
  if (isInterfaceType(named) || isUnionType(named)) {
    // Fields of the same name but different types in two fragments cannot be merged (GraphQL
    // spec 5.3.2): take only the names every possible type agrees on.
    const possible = schema.getPossibleTypes(named);
    const typeOf = new Map<string, Set<string>>();
    for (const t of possible)
      for (const f of Object.values(t.getFields()))
        typeOf.set(f.name, (typeOf.get(f.name) ?? new Set()).add(String(f.type)));
    for (const t of possible) {
      const sub = fieldsOf(schema, t, depth - 1, (name) => typeOf.get(name)!.size === 1);
      parts.push(`... on ${t.name} { ${sub.join(' ')} }`);
    }
  }
  return parts;
}

export interface FillStrategy {
  /** An id for slot `slot`, whose type was guessed from names (null: unknown). undefined: none. */
  pickId(typeGuess: string | null, slot: number): string | undefined;
  /** A value for a String named `hint`. */
  string(hint: string, op: string): string;
  /** Fill optional non-ID fields too (to create rich data), or leave them out (to attack with ids only). */
  optional: boolean;
  /** Which value of each enum to send (index, wrapping); 0 by default. */
  enumPick?: number;
}

const OMIT = Symbol('omit');
const VERBS =
  /^(create|update|delete|remove|revoke|cancel|get|set|clear|refresh|invite|accept|reserve|unlock|change|trigger|reset)/;

/** `chargerId` -> Charger, `id` on `updateSite` -> Site, `apiKeyIds` -> ApiKey; null when no such type. */
export function guessIdType(schema: GraphQLSchema, hint: string, op: string): string | null {
  const base = hint === 'id' || hint === 'ids' ? op.replace(VERBS, '') : hint.replace(/Ids?$/, '');
  const name = base.charAt(0).toUpperCase() + base.slice(1);
  return isObjectType(schema.getType(name)) ? name : null;
}

function valueOf(
  schema: GraphQLSchema,
  type: GraphQLInputType,
  hint: string,
  op: string,
  required: boolean,
  s: FillStrategy,
  slots: { n: number },
): unknown {
  const t = getNullableType(type);
  if (isListType(t)) {
    const v = valueOf(schema, t.ofType, hint, op, required, s, slots);
    return v === OMIT ? (required ? [] : OMIT) : [v];
  }
  if (isInputObjectType(t)) {
    const obj: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      const v = valueOf(schema, f.type, f.name, op, isNonNullType(f.type) && f.defaultValue === undefined, s, slots);
      if (v !== OMIT) obj[f.name] = v;
    }
    return !required && Object.keys(obj).length === 0 ? OMIT : obj;
  }
  if (isScalarType(t) && t.name === 'ID') {
    const id = s.pickId(guessIdType(schema, hint, op), slots.n++);
    if (id !== undefined) return id;
    if (required) throw new Skip(`no id to put in ${hint}`);
    return OMIT;
  }
  if (!required && (!s.optional || /password/i.test(hint))) return OMIT;
  if (isEnumType(t)) return t.getValues()[(s.enumPick ?? 0) % t.getValues().length]!.value;
  switch (t.name) {
    case 'String':
      return s.string(hint, op);
    case 'Int':
      // A maximum above its minimum (maxKwh > minKwh in tariff restrictions).
      return hint === 'first' ? 3 : /^max/.test(hint) ? 2 : 1;
    case 'Float':
      return /^max/.test(hint) ? 2.5 : 1.5;
    case 'Boolean':
      return false;
    case 'DateTime':
      // An end after its start (validFrom/validUntil, startTime/stopTime): both in the future.
      return /until|to$|stop|end|expires/i.test(hint) ? '2099-06-01T00:00:00.000Z' : '2099-01-01T00:00:00.000Z';
    case 'JSON':
      return {};
    case 'Decimal':
      return /^max/.test(hint) ? '2.00' : '1.00';
    default:
      throw new Skip(`cannot fill ${hint}: unknown scalar ${t.name}`);
  }
}

export interface Call {
  query: string;
  variables: Record<string, unknown>;
}

/** One call for the field with the given strategy. Throws Skip when it cannot be filled. */
export function buildCall(schema: GraphQLSchema, op: Operation, s: FillStrategy, depth = 4): Call {
  const selection = selectionOf(schema, op.field.type, depth);
  if (selection === null) throw new Skip('no selectable fields');
  const slots = { n: 0 };
  const defs: string[] = [];
  const args: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of op.field.args as readonly GraphQLArgument[]) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    const v = valueOf(schema, arg.type, arg.name, op.name, required, s, slots);
    if (v === OMIT) continue;
    defs.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = v;
  }
  const head = `${op.kind}${defs.length ? `(${defs.join(', ')})` : ''}`;
  return { query: `${head} { ${op.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`, variables };
}

/** The id slots of a field and the type guessed for each (a dry run of buildCall). */
export function idSlotsOf(schema: GraphQLSchema, op: Operation, s: Omit<FillStrategy, 'pickId'>): (string | null)[] {
  const guesses: (string | null)[] = [];
  buildCall(schema, op, { ...s, pickId: (guess) => (guesses.push(guess), 'probe') });
  return guesses;
}
