// @vitest-environment happy-dom-server
// A client as frontends build one: the generated hooks rendered with React and Apollo Client 4,
// against a live server. A connector status change arriving on the `chargerStatus` subscription
// must update a connector list rendered from the `chargers` query through Apollo's normalised
// cache alone (Connector:{id}): no refetch, no hand-written cache update.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { ApolloProvider } from '@apollo/client/react';
import { getMainDefinition } from '@apollo/client/utilities';
import { cleanup, render, screen } from '@testing-library/react';
import { createClient } from 'graphql-ws';
import { createElement as h } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { useChargersQuery, useChargerStatusSubscription } from '../../client/generated/hooks.js';
import { bootedCharger, registerCharger, type TestCharger } from '../kit/charger.js';
import { startServer, type TestServer } from '../kit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.stop());
afterEach(cleanup);

/** What the page shows: one line per connector, from the query's data (the cache). */
function ConnectorList({ search }: { search: string }) {
  const { data } = useChargersQuery({ variables: { filter: { search } } });
  // No onData: the subscription's result lands in the cache, normalised by __typename + id.
  useChargerStatusSubscription();
  if (!data) return h('p', null, 'loading');
  const lines = data.chargers.edges.flatMap(({ node }) =>
    node.connectors.map((c) => h('li', { key: c.id }, `${node.ocppId}/${c.connectorId}: ${c.status}`)),
  );
  return h('ul', null, lines);
}

/** An Apollo Client like the dashboard's, counting the queries it sends over HTTP. */
function apolloClient() {
  const sent: string[] = [];
  const countingFetch: typeof fetch = async (input, init) => {
    sent.push(JSON.parse(String(init?.body)).operationName);
    return fetch(input, init);
  };
  const ws = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${server.admin.token}` },
    retryAttempts: 0,
  });
  const http = new HttpLink({
    uri: `${server.url}/graphql`,
    headers: { authorization: `Bearer ${server.admin.token}` },
    fetch: countingFetch,
  });
  const link = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    http,
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return { client, sent, close: () => (client.stop(), ws.dispose()) };
}

describe('the generated hooks with Apollo Client', () => {
  it('updates a connector list from the query when the subscription reports a status change, with no refetch', async () => {
    await registerCharger(server.admin, 'CACHE-1');
    const charger: TestCharger = await bootedCharger(server.ocppUrl, 'CACHE-1');
    const apollo = apolloClient();
    try {
      const status = (connectorId: number, value: string) =>
        charger.call('StatusNotification', { connectorId, status: value, errorCode: 'NoError' });
      await status(1, 'Available');
      await status(2, 'Available');

      render(h(ApolloProvider, { client: apollo.client, children: h(ConnectorList, { search: 'CACHE-1' }) }));
      expect(await screen.findByText('CACHE-1/1: AVAILABLE')).toBeTruthy();
      expect(screen.getByText('CACHE-1/2: AVAILABLE')).toBeTruthy();

      // The subscription starts with the render; a report sent before the server registered it
      // would be missed, so the charger repeats it until the page shows it (as a real one would).
      let shown: HTMLElement | null = null;
      for (let attempt = 0; attempt < 20 && !shown; attempt++) {
        await status(2, 'Charging');
        shown = await screen.findByText('CACHE-1/2: CHARGING', {}, { timeout: 500 }).catch(() => null);
      }
      expect(shown).toBeTruthy();
      expect(screen.getByText('CACHE-1/1: AVAILABLE')).toBeTruthy();
      // One query, one time: the status reached the list through the cache.
      expect(apollo.sent).toEqual(['Chargers']);
    } finally {
      apollo.close();
      await charger.close();
    }
  });
});
