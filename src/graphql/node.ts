import { Field, ID, InterfaceType } from 'type-graphql';
import { NotFoundError } from '../domain/errors.js';

@InterfaceType({ description: 'An object with a globally unique id, fetchable with `node(id)`.' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

/** Global ids are opaque: base64url("Type:uuid"), so `node(id)` knows which table to read. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 1) return null;
  const id = text.slice(colon + 1);
  return /^[0-9a-f-]{36}$/i.test(id) ? { type: text.slice(0, colon), id } : null;
}

/** The uuid inside a global id of the expected type; anything else is NOT_FOUND (no hint why). */
export function dbIdOf(globalId: string, type: string): string {
  const decoded = fromGlobalId(globalId);
  if (decoded?.type !== type) throw new NotFoundError(type, globalId);
  return decoded.id;
}
