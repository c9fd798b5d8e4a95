import { isDataError } from './spool/transient.js';

/**
 * Whether PostgreSQL answers, known without asking it each time: a failure of the connection (not of
 * the data) marks it down at once, and a probe every `probeEveryMs` marks it up again. While it is
 * down the OCPP edge answers what it can from the spool, GraphQL answers SERVICE_UNAVAILABLE and
 * /readyz 503, all at once instead of waiting for a connection that is not coming.
 */
export function createDbHealth(opts: {
  ping: () => Promise<void>;
  probeEveryMs?: number;
  probeTimeoutMs?: number;
  onChange?: (up: boolean, err?: unknown) => void;
}) {
  const probeEveryMs = opts.probeEveryMs ?? 250;
  const probeTimeoutMs = opts.probeTimeoutMs ?? 1000;
  let up = true;
  let downSince = 0;
  let probing: NodeJS.Timeout | null = null;
  let stopped = false;
  const upListeners = new Set<() => void>();

  function set(next: boolean, err?: unknown): void {
    if (next === up) return;
    up = next;
    downSince = next ? 0 : Date.now();
    opts.onChange?.(next, err);
    if (!next) probe();
    else upListeners.forEach((listener) => listener());
  }

  function probe(): void {
    if (probing || stopped) return;
    probing = setTimeout(async () => {
      probing = null;
      if (up || stopped) return;
      const ok = await withTimeout(opts.ping(), probeTimeoutMs).then(
        () => true,
        () => false,
      );
      if (ok) set(true);
      else probe();
    }, probeEveryMs);
    probing.unref();
  }

  return {
    up: () => up,
    /** Since when it is down (ms since epoch), 0 when up. */
    downSince: () => downSince,
    /** Reports a failed statement: a connection failure marks the database down. Returns whether it did. */
    failed(err: unknown): boolean {
      if (!isConnectionError(err)) return false;
      set(false, err);
      return true;
    },
    /** A statement went through. */
    ok(): void {
      set(true);
    },
    /** Pings now (bounded); /readyz uses it while the database is thought up. */
    async check(): Promise<boolean> {
      if (!up) return false;
      try {
        await withTimeout(opts.ping(), probeTimeoutMs);
        return true;
      } catch (err) {
        set(false, err);
        return false;
      }
    },
    /** Calls `listener` each time the database comes back; returns the unsubscribe. */
    onUp(listener: () => void): () => void {
      upListeners.add(listener);
      return () => void upListeners.delete(listener);
    },
    stop(): void {
      stopped = true;
      if (probing) clearTimeout(probing);
    },
  };
}

export type DbHealth = ReturnType<typeof createDbHealth>;

/**
 * The socket's errno codes that mean the way to PostgreSQL failed. Not any `E...`: Node's own
 * `ERR_*` (ERR_INVALID_ARG_TYPE: a bug) or a disk's ENOSPC would mark a healthy database down.
 */
const SOCKET_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENETRESET',
  'ENOTCONN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EADDRNOTAVAIL',
]);

/**
 * A failure of the way to PostgreSQL rather than of the statement: refused or dropped connections,
 * timeouts, a server shutting down (SQLSTATE 08xxx, 57P0x), postgres.js's CONNECT_TIMEOUT and
 * CONNECTION_* codes.
 */
export function isConnectionError(err: unknown): boolean {
  if (isDataError(err)) return false;
  const e = err as { code?: unknown; cause?: unknown; message?: unknown } | null;
  if (!e) return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (/^(08|57P0|53)/.test(code) || /^(CONNECT_TIMEOUT$|CONNECTION_)/.test(code) || code === 'TIMEOUT') return true;
  if (SOCKET_ERRORS.has(code)) return true;
  if (e.cause && e.cause !== err) return isConnectionError(e.cause);
  return false;
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: 'TIMEOUT' })), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
