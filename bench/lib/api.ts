// What the server under test offers: benches 3-5 use API names from API.md and skip, saying so,
// when the schema lacks them (features still being built).
import { login } from '../../src/sim/register.js';
import type { ServerUnderTest } from './server.js';

export interface Api {
  token: string;
  has(type: 'Query' | 'Mutation' | 'Subscription', field: string): boolean;
  request<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export async function apiOf(server: ServerUnderTest): Promise<Api> {
  const endpoint = `${server.url}/graphql`;
  const token = await login(endpoint, 'admin@example.com', server.adminPassword);
  const request = async (query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors[0]!.message}`);
    return body.data;
  };
  const schema = await request(
    `{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }`,
  );
  const fields = {
    Query: new Set<string>(schema.__schema.queryType?.fields.map((f: { name: string }) => f.name) ?? []),
    Mutation: new Set<string>(schema.__schema.mutationType?.fields.map((f: { name: string }) => f.name) ?? []),
    Subscription: new Set<string>(schema.__schema.subscriptionType?.fields.map((f: { name: string }) => f.name) ?? []),
  };
  return { token, has: (type, field) => fields[type].has(field), request };
}

export const notAvailable = (name: string, title: string, what: string) => ({
  name,
  title,
  columns: [],
  rows: [],
  notes: [`Not available yet: the server has no \`${what}\` (see API.md); this bench runs once it lands.`],
  data: { skipped: what },
});
