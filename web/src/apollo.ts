// One Apollo Client for the dashboard: HTTP for queries and mutations, graphql-ws for subscriptions,
// the bearer token on both, the token pair refreshed before it expires.
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { RefreshTokenDocument } from '../../client/generated/graphql';
import { getSession, setSession } from './session';

export interface Connection {
  client: ApolloClient;
  ws: Client;
  /** Subscribe to the socket's state (for the "reconnecting" banner). */
  onSocketState(listener: (connected: boolean) => void): () => void;
  /** Called each time the socket is back after a loss (queries are being refetched then). */
  onReconnect(listener: () => void): () => void;
}

export function createConnection(): Connection {
  const bearer = () => {
    const token = getSession()?.token;
    return token ? `Bearer ${token}` : undefined;
  };
  const socketListeners = new Set<(connected: boolean) => void>();
  const reconnectListeners = new Set<() => void>();
  let client: ApolloClient;

  const ws = createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: () => ({ authorization: bearer() }),
    lazy: true,
    // A server restart closes the socket: keep trying (every error is worth a retry here),
    // at most 3 s apart, for as long as the page is open.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((r) => setTimeout(r, Math.min(500 * 2 ** retries, 3000))),
    on: {
      connected: (_socket, _payload, wasRetry) => {
        socketListeners.forEach((l) => l(true));
        // Events sent while we were away are lost: read the current state again.
        if (!wasRetry) return;
        reconnectListeners.forEach((l) => l());
        void client.refetchQueries({ include: 'active' });
      },
      closed: () => socketListeners.forEach((l) => l(false)),
    },
  });

  const auth = new SetContextLink((prev) => ({ headers: { ...prev.headers, authorization: bearer() } }));
  const signOutWhenRefused = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))
      setSession(null);
  });
  const http = ApolloLink.from([auth, signOutWhenRefused, new HttpLink({ uri: '/graphql' })]);
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

/**
 * Keeps the access token fresh: trades the refresh token (spent by the call) for a new pair a minute
 * before expiry, and at once when the page opens on an expired one. A refused refresh signs out.
 */
export function keepTokenFresh(client: ApolloClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = () => {
    clearTimeout(timer);
    const session = getSession();
    if (!session || stopped) return;
    const due = new Date(session.expiresAt).getTime() - Date.now() - 60_000;
    timer = setTimeout(refresh, Math.max(0, Math.min(due, 2 ** 31 - 1)));
  };
  const refresh = async () => {
    const session = getSession();
    if (!session || stopped) return;
    try {
      const { data } = await client.mutate({
        mutation: RefreshTokenDocument,
        variables: { refreshToken: session.refreshToken },
      });
      // Signed out (or in as someone else) meanwhile: keep what is there now.
      if (data && getSession()?.refreshToken === session.refreshToken) setSession({ ...session, ...data.refreshToken });
    } catch (err) {
      if (CombinedGraphQLErrors.is(err)) setSession(null);
      else timer = setTimeout(refresh, 5000); // server unreachable: try again soon
      return;
    }
    schedule();
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
