import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, connectCharger, registerCharger } from './kit/charger.js';
import { handshakeStatus } from './kit/ocpp.js';
import { startServer, type TestServer } from './kit/server.js';
import { answer, readyCharger } from './commands-kit.js';

let server: TestServer;
// Three free connections a minute, then a wait of 1 s (the cap) between connections.
beforeAll(
  async () =>
    (server = await startServer({ OCPP_RECONNECTS_FREE_PER_MINUTE: '3', OCPP_RECONNECT_MAX_DELAY_SECONDS: '1' })),
);
afterAll(() => server?.stop());

const DATA_TRANSFER = `mutation($input: DataTransferInput!) { dataTransfer(input: $input) { status accepted data } }`;
const UNLOCK = 'mutation($input: ConnectorInput!) { unlockConnector(input: $input) { status accepted } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('dataTransfer', () => {
  it('sends vendorId, messageId and data to the charger and returns its status and data', async () => {
    const { id, client } = await readyCharger(server, 'GAP-DT-1');
    try {
      const received: unknown[] = [];
      answer(client, 'DataTransfer', ({ params }) => {
        received.push(params);
        return params.vendorId === 'com.example.parking'
          ? { status: 'Accepted', data: `bay-of:${params.data}` }
          : { status: 'UnknownVendorId' };
      });
      const input = { chargerId: id, vendorId: 'com.example.parking', messageId: 'bay', data: 'EV-1' };
      expect((await server.admin.request(DATA_TRANSFER, { input })).expectNoErrors().dataTransfer).toEqual({
        status: 'ACCEPTED',
        accepted: true,
        data: 'bay-of:EV-1',
      });
      const unknown = { chargerId: id, vendorId: 'com.other' };
      expect((await server.admin.request(DATA_TRANSFER, { input: unknown })).expectNoErrors().dataTransfer).toEqual({
        status: 'UNKNOWN_VENDOR_ID',
        accepted: false,
        data: null,
      });
      expect(received).toEqual([
        { vendorId: 'com.example.parking', messageId: 'bay', data: 'EV-1' },
        { vendorId: 'com.other' },
      ]);
    } finally {
      await client.close({ force: true });
    }
  });

  it('refuses a vendorId the charger could not accept with BAD_USER_INPUT', async () => {
    const { id, client } = await readyCharger(server, 'GAP-DT-2');
    try {
      const input = { chargerId: id, vendorId: 'x'.repeat(256) };
      (await server.admin.request(DATA_TRANSFER, { input })).expectError('BAD_USER_INPUT');
    } finally {
      await client.close({ force: true });
    }
  });
});

describe('unlockConnector', () => {
  it("forwards a connector the charger never reported and shows the charger's answer", async () => {
    const { id, client } = await readyCharger(server, 'GAP-UL-1', 2);
    try {
      const asked: number[] = [];
      answer(client, 'UnlockConnector', ({ params }) => {
        asked.push(params.connectorId);
        return { status: params.connectorId === 7 ? 'NotSupported' : 'UnlockFailed' };
      });
      const seven = await server.admin.request(UNLOCK, { input: { chargerId: id, connectorId: 7 } });
      expect(seven.expectNoErrors().unlockConnector).toEqual({ status: 'NotSupported', accepted: false });
      const three = await server.admin.request(UNLOCK, { input: { chargerId: id, connectorId: 3 } });
      expect(three.expectNoErrors().unlockConnector).toEqual({ status: 'UnlockFailed', accepted: false });
      expect(asked).toEqual([7, 3]);
      // Connector 0 is the whole charger, never a lock: refused before anything is sent.
      (await server.admin.request(UNLOCK, { input: { chargerId: id, connectorId: 0 } })).expectError('BAD_USER_INPUT');
    } finally {
      await client.close({ force: true });
    }
  });
});

describe('reconnect storms', () => {
  it('slows a charger that keeps reconnecting down, and lets it in after the short wait', async () => {
    await registerCharger(server.admin, 'GAP-FLAKY');
    const url = `${server.ocppUrl}/GAP-FLAKY`;
    for (let i = 0; i < 3; i++) expect(await handshakeStatus(url, ['ocpp1.6'])).toBe(101);
    // The fourth within the minute must wait 1 s: meanwhile 429, never a long lockout.
    expect(await handshakeStatus(url, ['ocpp1.6'])).toBe(429);
    await sleep(1100);
    expect(await handshakeStatus(url, ['ocpp1.6'])).toBe(101);
    // The wait would double, but the cap (1 s) holds however often it reconnects.
    expect(await handshakeStatus(url, ['ocpp1.6'])).toBe(429);
    await sleep(1100);
    const charger = await bootedCharger(server.ocppUrl, 'GAP-FLAKY');
    await charger.close({ force: true });
    // Other chargers are not affected.
    await registerCharger(server.admin, 'GAP-STEADY');
    const steady = await connectCharger(server.ocppUrl, 'GAP-STEADY');
    await steady.close({ force: true });
  });
});

describe('the bundled GraphQL IDE', () => {
  it('answers the favicon browsers ask for, at the root and where the page links it', async () => {
    for (const path of ['/favicon.ico', '/graphiql/assets/favicon.ico']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/icon/);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });

  it('links nothing that answers 404', async () => {
    const html = await (await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    const links = [...html.matchAll(/(?:href|src)="([^"#:]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) {
      const url = new URL(link, `${server.url}/graphiql/assets/`);
      expect((await fetch(url)).status, url.pathname).toBe(200);
    }
  });
});
