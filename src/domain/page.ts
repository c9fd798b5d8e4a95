/**
 * Pages of rows as services return them. The keyset pagination lives in `db/paginate.ts`; the
 * edges (graphql/) name pages, page sizes and cursor errors through here, never through db/.
 */
export type { Page, PageArgs } from '../db/paginate.js';
export { DEFAULT_PAGE_SIZE, InvalidCursorError, MAX_PAGE_SIZE } from '../db/paginate.js';
/** PostgreSQL unreachable (refused, reset, timed out): the edges answer SERVICE_UNAVAILABLE. */
export { isConnectionError as isDatabaseUnavailable } from '../db/health.js';
/** A NUL character in an argument reached PostgreSQL: the client's input, not a server fault. */
export { isUnstorableText } from '../db/pg-errors.js';
