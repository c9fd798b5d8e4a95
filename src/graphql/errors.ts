import type { GraphQLFormattedError } from 'graphql';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { InvalidCursorError, isDatabaseUnavailable, isUnstorableText } from '../domain/page.js';
import { DomainError } from '../domain/errors.js';

/** The one place that turns thrown errors into `extensions.code` (ARCHITECTURE.md, GraphQL conventions). */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onInternal: (err: unknown) => void,
): GraphQLFormattedError {
  const original = unwrap(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof AuthenticationError) {
    return { ...base, extensions: { code: 'UNAUTHENTICATED' } };
  }
  if (original instanceof AuthorizationError) {
    return { ...base, extensions: { code: 'FORBIDDEN' } };
  }
  if (original instanceof InvalidCursorError) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT', field: 'after' } };
  }
  if (isUnstorableText(original)) {
    return {
      ...base,
      message: 'Text may not contain the NUL character (U+0000)',
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      ...base,
      message: 'The database is unreachable; retry shortly',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  const code = formatted.extensions?.code;
  // Errors GraphQL itself raised (parse, validation, variable coercion) carry their own code.
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  // graphql-js raises some request errors without a code, e.g. "Too many errors processing variables"
  // after 50 bad list items (found by the fuzzer); Apollo labels them INTERNAL_SERVER_ERROR. An error
  // with a path comes from execution instead, and stays INTERNAL.
  const graphqlOwn = original as { name?: string; extensions?: { code?: unknown }; path?: unknown } | null;
  if (graphqlOwn?.name === 'GraphQLError' && !graphqlOwn.extensions?.code && !graphqlOwn.path) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  onInternal(original);
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL' } };
}

// Duck-typed on purpose: under vitest, Apollo and our code can load two copies of `graphql`
// (CJS and ESM), so `instanceof GraphQLError` is not reliable.
function unwrap(error: unknown): unknown {
  let current = error;
  while (current && typeof current === 'object' && (current as { originalError?: unknown }).originalError) {
    current = (current as { originalError: unknown }).originalError;
  }
  return current;
}

/** The code a client will see for a raw resolver error (for metrics). */
export function errorCodeOf(error: unknown): string {
  return formatError(
    { message: '', extensions: (error as { extensions?: Record<string, unknown> })?.extensions },
    error,
    () => {},
  ).extensions?.code as string;
}
