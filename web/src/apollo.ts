// One Apollo Client for the dashboard: HTTP for queries and mutations, graphql-ws for subscriptions,
// the bearer token on both (tokens.ts keeps it fresh).
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { from, mergeMap, of, throwError } from 'rxjs';
import { getSession, onSessionChange } from './session';
import { createTokenKeeper } from './tokens';

export interface Connection {
  client: ApolloClient;
  ws: Client;
  /** Subscribe to the socket's state (for the "reconnecting" banner). */
  onSocketState(listener: (connected: boolean) => void): () => void;
  /** Called each time the socket is back after a loss (queries are being refetched then). */
  onReconnect(listener: () => void): () => void;
}

// The refresh itself carries no token (the pair's refresh token is its credential) and is never retried.
const isTokenRefresh = (operation: { operationName?: string }) => operation.operationName === 'RefreshToken';

export function createConnection(): Connection {
  const socketListeners = new Set<(connected: boolean) => void>();
  const reconnectListeners = new Set<() => void>();
  let client: ApolloClient;
  const tokens = createTokenKeeper(() => client);

  // The server reads a socket's token once, when it connects (and closes the socket when that token
  // expires): after a refresh the socket is restarted at once, and its subscriptions resume on the new one.
  let live: { socket: WebSocket; bearer: string | undefined } | null = null;
  let offered: string | undefined;
  let restarting = false;
  const restartIfStale = () => {
    const session = getSession();
    if (!live || !session || live.bearer === `Bearer ${session.token}`) return;
    restarting = true;
    live.socket.close(4205, 'Token refreshed');
  };
  onSessionChange(restartIfStale);

  const ws = createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: async () => ({ authorization: (offered = await tokens.bearer()) }),
    lazy: true,
    // A server restart closes the socket: keep trying (every error is worth a retry here),
    // at most 3 s apart, for as long as the page is open. A restart of our own reconnects at once.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => {
      const wait = restarting ? 0 : Math.min(500 * 2 ** retries, 3000);
      restarting = false;
      return new Promise((r) => setTimeout(r, wait));
    },
    on: {
      connected: (socket, _payload, wasRetry) => {
        live = { socket: socket as WebSocket, bearer: offered };
        socketListeners.forEach((l) => l(true));
        // Events sent while we were away are lost: read the current state again.
        if (wasRetry) {
          reconnectListeners.forEach((l) => l());
          void client.refetchQueries({ include: 'active' });
        }
        restartIfStale(); // refreshed while this socket was being set up
      },
      closed: () => {
        live = null;
        if (!restarting) socketListeners.forEach((l) => l(false));
      },
    },
  });

  const auth = new SetContextLink(async (prev, operation) => ({
    headers: { ...prev.headers, authorization: isTokenRefresh(operation) ? undefined : await tokens.bearer() },
  }));
  // A token the server refused (expired by its clock, or the user's session ended): refresh once and
  // retry; the refresh signs out only if it is refused too.
  const retryWithFreshToken = new ErrorLink(({ error, result, operation, forward }) => {
    const refused =
      CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (!refused || isTokenRefresh(operation)) return;
    const sent = (operation.getContext().headers as Record<string, string | undefined> | undefined)?.authorization;
    return from(tokens.replaceRefused(sent)).pipe(
      mergeMap((fresh) => (fresh ? forward(operation) : result ? of(result) : throwError(() => error))),
    );
  });
  // The error link comes first, so a retry passes through `auth` again and picks up the new token.
  const http = ApolloLink.from([retryWithFreshToken, auth, new HttpLink({ uri: '/graphql' })]);
  const link = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    http,
  );

  client = new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        // Lists the server sends whole: replace, never merge item by item.
        Charger: { fields: { connectors: { merge: false }, configuration: { merge: false } } },
        Session: { fields: { latestMeterValues: { merge: false } } },
        // A command's outcome may arrive on commandUpdated before the mutation's own PENDING reply:
        // an outcome is final, so a later PENDING never replaces it.
        Command: {
          fields: {
            status: {
              merge: (existing?: string, incoming?: string) =>
                existing && existing !== 'PENDING' && incoming === 'PENDING' ? existing : incoming,
            },
          },
        },
      },
    }),
  });

  return {
    client,
    ws,
    onSocketState: (l) => (socketListeners.add(l), () => void socketListeners.delete(l)),
    onReconnect: (l) => (reconnectListeners.add(l), () => void reconnectListeners.delete(l)),
  };
}
