import { randomUUID } from 'node:crypto';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { fromGlobalId, toGlobalId } from '../../src/graphql/node.js';
import type { GqlClient, GqlResult } from '../kit/gql.js';

/** The schema as clients see it, read through the API itself. */
export async function introspect(client: GqlClient): Promise<GraphQLSchema> {
  const data = (await client.request<IntrospectionQuery>(getIntrospectionQuery())).expectNoErrors();
  return buildClientSchema(data);
}

/** Global ids found anywhere in a response, by type. */
export class IdBag {
  readonly byType = new Map<string, Set<string>>();

  collect(value: unknown): void {
    if (typeof value === 'string') {
      const decoded = value.length >= 40 ? fromGlobalId(value) : null;
      if (decoded && /^[A-Z]\w*$/.test(decoded.type)) {
        if (!this.byType.has(decoded.type)) this.byType.set(decoded.type, new Set());
        this.byType.get(decoded.type)!.add(value);
      }
    } else if (Array.isArray(value)) value.forEach((v) => this.collect(v));
    else if (value && typeof value === 'object') Object.values(value).forEach((v) => this.collect(v));
  }

  of(type: string | null): string[] {
    const typed = type ? [...(this.byType.get(type) ?? [])] : [];
    return typed.length ? typed : this.all();
  }

  all(): string[] {
    return [...this.byType.values()].flatMap((s) => [...s]);
  }

  /** Global ids and the uuids inside them: what must never reach another tenant. */
  secrets(): string[] {
    return this.all().flatMap((id) => [id, fromGlobalId(id)!.id]);
  }
}

/** An id of the same type as `like` that exists nowhere. */
export function phantomOf(like: string): string {
  return toGlobalId(fromGlobalId(like)?.type ?? 'Node', randomUUID());
}

/** Strings a call sent, and the uuids inside sent global ids: an error may echo them back. */
export function sentValues(variables: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      out.push(v);
      const decoded = fromGlobalId(v);
      if (decoded) out.push(decoded.id);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(variables);
  return out.filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;

/**
 * A response as text with what the caller sent replaced by <sent>, and fresh ids and times by
 * placeholders, so the answers for a foreign id and for an id that exists nowhere can be compared.
 */
export function normalized(result: Pick<GqlResult, 'data' | 'errors'>, sent: string[]): string {
  let text = JSON.stringify({
    data: result.data,
    errors: result.errors?.map((e) => ({ message: e.message, extensions: e.extensions })),
  });
  for (const s of sent) text = text.split(JSON.stringify(s).slice(1, -1)).join('<sent>');
  return text
    .replace(/"([A-Za-z0-9_-]{40,})"/g, (m, v: string) => (fromGlobalId(v) ? `"<id ${fromGlobalId(v)!.type}>"` : m))
    .replace(UUID, '<uuid>')
    .replace(TIME, '<time>');
}

/** Any of tenant A's ids, uuids or marker strings in a response; what B itself sent is allowed in error messages. */
export function leaksIn(
  result: Pick<GqlResult, 'data' | 'errors'>,
  secrets: string[],
  marker: RegExp,
  sent: string[],
): string[] {
  const data = JSON.stringify(result.data ?? null);
  let errors = JSON.stringify(result.errors?.map((e) => ({ message: e.message, extensions: e.extensions })) ?? []);
  for (const s of sent) errors = errors.split(s).join('<sent>');
  const found: string[] = [];
  for (const [where, text] of [
    ['data', data],
    ['errors', errors],
  ] as const) {
    for (const secret of secrets) if (text.includes(secret)) found.push(`${where} contains ${secret}`);
    const m = text.match(marker);
    if (m) found.push(`${where} contains tenant A's marker "${m[0]}"`);
  }
  return found;
}
