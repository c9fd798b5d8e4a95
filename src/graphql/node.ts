import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({ description: 'An object with a globally unique id, fetchable with `node(id)`.' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

// Webhook payloads carry the same ids, so the function lives in the domain.
export { toGlobalId } from '../domain/global-id.js';

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 1) return null;
  const id = text.slice(colon + 1);
  return /^[0-9a-f-]{36}$/i.test(id) ? { type: text.slice(0, colon), id } : null;
}
