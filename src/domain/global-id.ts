/** Global ids are opaque: base64url("Type:uuid"), so `node(id)` knows which table to read. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}
