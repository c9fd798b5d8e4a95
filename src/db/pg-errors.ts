/** PostgreSQL SQLSTATE codes, checked on both postgres.js and PGlite errors. */
function sqlState(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

export const isUniqueViolation = (err: unknown) => sqlState(err) === '23505';
export const isForeignKeyViolation = (err: unknown) => sqlState(err) === '23503';
/** Text PostgreSQL cannot store: U+0000 in a text parameter (22021), or a jsonb escape it refuses (22P05). */
export const isUnstorableText = (err: unknown) => ['22021', '22P05'].includes(sqlState(err) ?? '');

/** The constraint (or unique index) a violation names, on both postgres.js and PGlite errors. */
export function violatedConstraint(err: unknown): string | undefined {
  const e = err as { constraint_name?: unknown; constraint?: unknown; cause?: unknown; message?: unknown } | null;
  const name = e?.constraint_name ?? e?.constraint;
  if (typeof name === 'string') return name;
  const named = typeof e?.message === 'string' ? /unique constraint "([^"]+)"/.exec(e.message) : null;
  if (named) return named[1];
  return e?.cause && e.cause !== err ? violatedConstraint(e.cause) : undefined;
}
