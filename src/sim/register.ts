// The simulator registers its chargers like any operator would: through the GraphQL API.

export class GraphqlError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function post(url: string, token: string | null, query: string, variables: Record<string, unknown>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: Record<string, any> | null;
    errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
  };
}

export async function login(graphqlUrl: string, email: string, password: string): Promise<string> {
  const body = await post(
    graphqlUrl,
    null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  const token = body.data?.login?.token as string | undefined;
  if (!token)
    throw new GraphqlError(
      `login as ${email} failed: ${body.errors?.[0]?.message ?? 'no token'}`,
      body.errors?.[0]?.extensions?.code,
    );
  return token;
}

/**
 * Creates chargers in batches (several aliased createCharger in one request). One that exists already
 * (CONFLICT) is fine: a second run reuses it.
 */
export async function registerChargers(
  graphqlUrl: string,
  token: string,
  ocppIds: string[],
  opts: { password?: string; siteId?: string; batch?: number; onProgress?: (done: number) => void } = {},
): Promise<{ created: number; existing: number }> {
  // Under the server's default alias limit (GRAPHQL_MAX_ALIASES = 30): more is refused as TOO_MANY_ALIASES.
  const batch = opts.batch ?? 25;
  let created = 0;
  let existing = 0;
  const input = (ocppId: string) => ({
    ocppId,
    name: `Virtual ${ocppId}`,
    ...(opts.password ? { password: opts.password } : {}),
    ...(opts.siteId ? { siteId: opts.siteId } : {}),
  });
  for (let i = 0; i < ocppIds.length; i += batch) {
    const ids = ocppIds.slice(i, i + batch);
    const vars = ids.map((_, j) => `$i${j}: CreateChargerInput!`).join(', ');
    const fields = ids.map((_, j) => `c${j}: createCharger(input: $i${j}) { id }`).join('\n');
    const variables = Object.fromEntries(ids.map((ocppId, j) => [`i${j}`, input(ocppId)]));
    const body = await post(graphqlUrl, token, `mutation(${vars}) {\n${fields}\n}`, variables);
    if (!body.errors?.length) {
      created += ids.length;
    } else {
      // createCharger is non-null: one CONFLICT nulls the whole answer and GraphQL stops the batch there.
      // Register this batch one by one instead, so existing chargers are counted and new ones still made.
      for (const ocppId of ids) {
        const one = await post(
          graphqlUrl,
          token,
          'mutation($i: CreateChargerInput!) { createCharger(input: $i) { id } }',
          { i: input(ocppId) },
        );
        const err = one.errors?.[0];
        if (!err) created++;
        else if (err.extensions?.code === 'CONFLICT') existing++;
        else throw new GraphqlError(`createCharger failed: ${err.message}`, err.extensions?.code);
      }
    }
    opts.onProgress?.(i + ids.length);
  }
  return { created, existing };
}

/**
 * The cards the virtual drivers tap: the server authorizes for real, so unknown tags would be
 * refused (Authorize -> Invalid). One that exists already (CONFLICT) is fine.
 */
export async function registerIdTags(graphqlUrl: string, token: string, values: string[]): Promise<void> {
  for (const value of values) {
    const body = await post(graphqlUrl, token, 'mutation($i: CreateIdTagInput!) { createIdTag(input: $i) { id } }', {
      i: { value },
    });
    const err = body.errors?.[0];
    if (err && err.extensions?.code !== 'CONFLICT')
      throw new GraphqlError(`createIdTag failed: ${err.message}`, err.extensions?.code);
  }
}

/** http://host:port/graphql from ws://host:port/ocpp[/slug]. */
export function graphqlUrlFor(ocppUrl: string): string {
  const u = new URL(ocppUrl);
  u.protocol = u.protocol === 'wss:' ? 'https:' : 'http:';
  u.pathname = '/graphql';
  return u.toString();
}
