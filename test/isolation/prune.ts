import { parse, print, visit } from 'graphql';
import type { GqlClient, GqlResult } from '../kit/gql.js';

/**
 * The query without the fields at these response paths (list indices ignored). The walker selects
 * every field; a role may read an object but not every field of it (a DRIVER reads chargers, not
 * their OCPP log), and one FORBIDDEN non-null field would null the whole answer and hide the rest.
 */
export function withoutPaths(query: string, paths: readonly (readonly (string | number)[])[]): string {
  const drop = new Set(paths.map((p) => p.filter((s) => typeof s === 'string').join('.')));
  const stack: string[] = [];
  return print(
    visit(parse(query), {
      Field: {
        enter(node) {
          stack.push(node.alias?.value ?? node.name.value);
          if (!drop.has(stack.join('.'))) return undefined;
          stack.pop();
          return null;
        },
        leave() {
          stack.pop();
        },
      },
    }),
  );
}

/**
 * Sends the query, leaving out nested fields the caller may not read (FORBIDDEN below the root)
 * until none is left; returns the answer and the query that gave it. A FORBIDDEN root field is
 * the answer itself and stays.
 */
export async function requestReadable(
  client: GqlClient,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ result: GqlResult; query: string }> {
  let current = query;
  for (let round = 0; ; round++) {
    const result = await client.request(current, variables);
    const nested = (result.errors ?? []).filter(
      (e) => e.extensions?.code === 'FORBIDDEN' && (e.path?.filter((s) => typeof s === 'string').length ?? 0) > 1,
    );
    if (!nested.length || round === 8) return { result, query: current };
    current = withoutPaths(
      current,
      nested.map((e) => e.path!),
    );
  }
}
