import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../domain/page.js';

export interface OperationLimits {
  introspection: boolean;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
}

export interface OperationShape {
  depth: number;
  cost: number;
  aliases: number;
  introspects: boolean;
}

/**
 * Measures one operation without running it. Cost: each field costs 1, and a paged field
 * (one with a `first` argument) multiplies what is under it by `first` (default page size when
 * omitted): `chargers(first: 100) { edges { node { sessions(first: 10) { ... } } } }` costs
 * about 100 x 10 x fields. Introspection (`__schema`, `__type`) is not counted: it is on or off.
 * Fragments are measured once each, so a fragment spread a thousand times costs no work here.
 */
export function measure(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): OperationShape | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return null;
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const memo = new Map<string, OperationShape>();
  let introspects = false;

  function pageSize(
    field: GraphQLField<unknown, unknown> | undefined,
    args: readonly { name: { value: string }; value: ValueNode }[] = [],
  ): number {
    if (!field?.args.some((a) => a.name === 'first')) return 1;
    const first = args.find((a) => a.name.value === 'first')?.value;
    const value =
      first?.kind === Kind.INT
        ? Number(first.value)
        : first?.kind === Kind.VARIABLE
          ? variables[first.name.value]
          : undefined;
    return typeof value === 'number' && value >= 0 ? value : DEFAULT_PAGE_SIZE;
  }

  function walk(set: SelectionSetNode, type: GraphQLNamedType | undefined, visiting: Set<string>): OperationShape {
    const shape: OperationShape = { depth: 0, cost: 0, aliases: 0, introspects: false };
    const add = (inner: OperationShape, extraDepth: number, multiplier: number) => {
      shape.depth = Math.max(shape.depth, inner.depth + extraDepth);
      shape.cost += inner.cost * multiplier;
      shape.aliases += inner.aliases;
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__schema' || name === '__type') {
          introspects = true;
          continue;
        }
        if (name === '__typename') continue;
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
        if (selection.alias && selection.alias.value !== name) shape.aliases++;
        const inner = selection.selectionSet
          ? walk(selection.selectionSet, field && getNamedType(field.type), visiting)
          : { depth: 0, cost: 0, aliases: 0, introspects: false };
        add({ ...inner, cost: 0 }, 1, 1);
        shape.cost += 1 + pageSize(field, selection.arguments) * inner.cost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const narrowed = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) ?? undefined)
          : type;
        add(walk(selection.selectionSet, narrowed, visiting), 0, 1);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue; // unknown or cyclic: validation reports it
        let inner = memo.get(name);
        if (!inner) {
          visiting.add(name);
          inner = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined, visiting);
          visiting.delete(name);
          memo.set(name, inner);
        }
        add(inner, 0, 1);
      }
    }
    return shape;
  }

  const shape = walk(operation.selectionSet, root, new Set());
  return { ...shape, introspects };
}

/** Page sizes beyond the cap are refused, not silently cut, so a client knows it got less. */
function pageSizeProblem(document: DocumentNode, variables: Record<string, unknown>): GraphQLError | null {
  let problem: GraphQLError | null = null;
  const check = (node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }) => {
    for (const arg of node.arguments ?? []) {
      if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
      const v =
        arg.value.kind === Kind.INT
          ? Number(arg.value.value)
          : arg.value.kind === Kind.VARIABLE
            ? variables[arg.value.name.value]
            : undefined;
      if (typeof v === 'number' && (v < 0 || v > MAX_PAGE_SIZE)) {
        problem ??= refusal('BAD_USER_INPUT', `${arg.name.value} must be between 0 and ${MAX_PAGE_SIZE}`, {
          field: arg.name.value,
          max: MAX_PAGE_SIZE,
        });
      }
    }
  };
  const visit = (set: SelectionSetNode): void => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) check(s);
      if (s.kind !== Kind.FRAGMENT_SPREAD && s.selectionSet) visit(s.selectionSet);
    }
  };
  for (const def of document.definitions) if ('selectionSet' in def && def.selectionSet) visit(def.selectionSet);
  return problem;
}

/** The first limit an operation breaks, as a GraphQL error with its own code; null when it may run. */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  limits: OperationLimits,
): GraphQLError | null {
  const vars = variables ?? {};
  const shape = measure(schema, document, operationName, vars);
  if (!shape) return null;
  if (shape.introspects && !limits.introspection) {
    return refusal(
      'INTROSPECTION_DISABLED',
      'Schema introspection is turned off on this server (GRAPHQL_INTROSPECTION)',
      {},
    );
  }
  if (shape.depth > limits.maxDepth) {
    return refusal('QUERY_TOO_DEEP', `Query depth ${shape.depth} exceeds the limit of ${limits.maxDepth}`, {
      depth: shape.depth,
      maxDepth: limits.maxDepth,
    });
  }
  if (shape.aliases > limits.maxAliases) {
    return refusal('TOO_MANY_ALIASES', `Query uses ${shape.aliases} aliases; the limit is ${limits.maxAliases}`, {
      aliases: shape.aliases,
      maxAliases: limits.maxAliases,
    });
  }
  const paging = pageSizeProblem(document, vars);
  if (paging) return paging;
  if (shape.cost > limits.maxCost) {
    return refusal(
      'QUERY_TOO_COMPLEX',
      `Query cost ${shape.cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages or fewer nested lists`,
      {
        cost: shape.cost,
        maxCost: limits.maxCost,
      },
    );
  }
  return null;
}

export function refusal(
  code: string,
  message: string,
  details: Record<string, unknown>,
  httpStatus = 400,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: httpStatus } } });
}
