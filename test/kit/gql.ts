import type { GraphQLFormattedError } from 'graphql';
import { expect } from 'vitest';

export interface GqlResult<T = any> {
  data: T | null;
  errors?: GraphQLFormattedError[];
  status: number;
  /** Fails the test with the query and the whole response when there are errors. */
  expectNoErrors(): T;
  /** Asserts the first error's extensions.code and returns that error. */
  expectError(code: string): GraphQLFormattedError;
}

export interface GqlClient {
  token: string | null;
  request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  withToken(token: string | null): GqlClient;
  signIn(email: string, password: string): Promise<GqlClient>;
}

export function createGqlClient(endpoint: string, token: string | null = null): GqlClient {
  const client: GqlClient = {
    token,
    async request(query, variables) {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: GraphQLFormattedError[] };
      const show = () =>
        `query:\n${query}\nvariables: ${JSON.stringify(variables)}\nresponse (${res.status}): ${JSON.stringify(body, null, 2)}`;
      return {
        data: body.data ?? null,
        errors: body.errors,
        status: res.status,
        expectNoErrors() {
          if (body.errors?.length) expect.fail(`GraphQL errors\n${show()}`);
          return body.data;
        },
        expectError(code) {
          const first = body.errors?.[0];
          if (!first) expect.fail(`expected error ${code}, got none\n${show()}`);
          expect(first.extensions?.code, show()).toBe(code);
          return first;
        },
      };
    },
    withToken: (t) => createGqlClient(endpoint, t),
    async signIn(email, password) {
      const { login } = (
        await client.request(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
          e: email,
          p: password,
        })
      ).expectNoErrors();
      return createGqlClient(endpoint, login.token);
    },
  };
  return client;
}
