import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Received {
  events: unknown[];
  errors: unknown[];
}

/**
 * Many subscriptions on ONE graphql-ws socket. Frames on a socket arrive in the order the
 * server sent them, so once a later event has arrived, any earlier (leaked) one has too.
 */
export async function openWsSession(wsUrl: string, token: string) {
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
  });
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', (e) => reject(new Error(`closed ${(e as { code: number }).code}`)));
  });
  const disposers: (() => void)[] = [];
  return {
    subscribe(query: string, variables: Record<string, unknown>, onEvent?: (data: unknown) => void): Received {
      const received: Received = { events: [], errors: [] };
      disposers.push(
        client.subscribe(
          { query, variables },
          {
            next: (result) => {
              if (result.errors) received.errors.push(result.errors);
              if (result.data) {
                received.events.push(result.data);
                onEvent?.(result.data);
              }
            },
            error: (err) => received.errors.push(err),
            complete: () => {},
          },
        ),
      );
      return received;
    },
    async close() {
      disposers.forEach((d) => d());
      await client.dispose();
    },
  };
}
