import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscription<T> {
  /** Resolves with the next event, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<T>;
  /** Events received so far and not yet taken with next(). */
  pending(): T[];
  close(): Promise<void>;
}

/** Opens a graphql-ws connection and subscribes; every socket must be closed by the test. */
export async function subscribe<T = any>(
  wsUrl: string,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Subscription<T>> {
  const queue: T[] = [];
  const waiters: ((v: T) => void)[] = [];
  let failure: unknown = null;
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {}, // the 'closed' listener above reports it
  });
  await new Promise<void>((resolve, reject) => {
    const offConnected = client.on('connected', () => (offConnected(), resolve()));
    client.on('closed', (e) =>
      reject(
        Object.assign(new Error(`closed ${(e as { code: number }).code}`), { code: (e as { code: number }).code }),
      ),
    );
  });
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: ({ data, errors }) => {
        if (errors) failure = errors;
        const value = data as T;
        const waiter = waiters.shift();
        if (waiter) waiter(value);
        else queue.push(value);
      },
      error: (err) => (failure = err),
      complete: () => {},
    },
  );
  return {
    next(timeoutMs = 5000) {
      if (failure) return Promise.reject(new Error(`subscription failed: ${JSON.stringify(failure)}`));
      const queued = queue.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((v) => (clearTimeout(timer), resolve(v)));
      });
    },
    pending: () => queue.splice(0),
    async close() {
      dispose();
      await client.dispose();
    },
  };
}
