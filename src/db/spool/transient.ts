/**
 * Whether PostgreSQL refused a write for its data (SQLSTATE class 22 data exception, 23 integrity
 * violation): retrying it cannot help. Anything else (a dropped connection, a timeout, a restarting
 * server) is retried.
 */
export function isDataError(err: unknown): boolean {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'string' && /^(22|23)[0-9A-Z]{3}$/.test(code);
}
