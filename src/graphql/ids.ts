import { NotFoundError } from '../domain/errors.js';
import { fromGlobalId } from './node.js';

/** Matches no row: a filter on an id of the wrong type finds nothing rather than failing. */
export const NO_ROW = '00000000-0000-0000-0000-000000000000';

/** The raw uuid behind a global id that must name a `type`; anything else is NOT_FOUND. */
export function dbIdOf(type: string, globalId: string): string {
  const decoded = fromGlobalId(globalId);
  if (decoded?.type !== type) throw new NotFoundError(type, globalId);
  return decoded.id;
}

/** For inputs where omitted (undefined) keeps a value and null clears it. */
export function optionalDbIdOf(type: string, globalId: string | null | undefined): string | null | undefined {
  return globalId == null ? globalId : dbIdOf(type, globalId);
}

/** For filters: a wrong or foreign id simply matches nothing. */
export function filterIdOf(type: string, globalId: string | null | undefined): string | undefined {
  if (!globalId) return undefined;
  const decoded = fromGlobalId(globalId);
  return decoded?.type === type ? decoded.id : NO_ROW;
}
