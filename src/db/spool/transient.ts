/**
 * Whether PostgreSQL refused a write for its data (SQLSTATE class 22 data exception, 23 integrity
 * violation): retrying it cannot help. Anything else (a dropped connection, a timeout, a restarting
 * server) is retried.
 */
export function isDataError(err: unknown): boolean {
  const code = sqlState(err);
  return typeof code === 'string' && /^(22|23)[0-9A-Z]{3}$/.test(code);
}

/**
 * Whether a statement lost to another one, not to its data: a deadlock (40P01), a serialization
 * failure (40001), a lock it could not get (55P03) or a statement timeout (57014). The same
 * statement goes through when run again.
 */
export function isContention(err: unknown): boolean {
  const code = sqlState(err);
  return code === '40P01' || code === '40001' || code === '55P03' || code === '57014';
}

function sqlState(err: unknown): unknown {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  return e?.code ?? e?.cause?.code;
}
