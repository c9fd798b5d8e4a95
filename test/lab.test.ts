import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './kit/server.js';

const poll = async <T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

const VC = `id ocppId connected autoCharge connectors { connectorId status powerW } charger { ocppId online vendor model }`;

describe('the lab: virtual chargers from the API', () => {
  let server: TestServer;
  beforeAll(async () => void (server = await startServer()));
  afterAll(() => server.stop());

  const charger = (ocppId: string) =>
    server.admin
      .request(`query($o: String!) { charger(ocppId: $o) { online vendor connectors { connectorId status } } }`, {
        o: ocppId,
      })
      .then((r) => r.expectNoErrors().charger);

  it('runs a virtual charger that connects over OCPP, boots, and is listed', async () => {
    const { createVirtualCharger: vc } = (
      await server.admin.request(
        `mutation($i: CreateVirtualChargerInput!) { createVirtualCharger(input: $i) { ${VC} } }`,
        {
          i: { ocppId: 'LAB-A', connectors: 2 },
        },
      )
    ).expectNoErrors();
    expect(vc).toMatchObject({
      ocppId: 'LAB-A',
      connected: true,
      autoCharge: false,
      charger: { ocppId: 'LAB-A', online: true, vendor: 'ChargeQL' },
    });
    expect(vc.connectors.map((c: { connectorId: number }) => c.connectorId)).toEqual([1, 2]);
    const { virtualChargers } = (
      await server.admin.request(`{ virtualChargers { ocppId connected } }`)
    ).expectNoErrors();
    expect(virtualChargers).toEqual([{ ocppId: 'LAB-A', connected: true }]);
  });

  it('is driven like a real charger: a driver plugs in and the server sees the connector charging', async () => {
    const { virtualChargers } = (await server.admin.request(`{ virtualChargers { id ocppId } }`)).expectNoErrors();
    const id = virtualChargers.find((v: { ocppId: string }) => v.ocppId === 'LAB-A').id;
    // The server authorizes for real: the driver's card must be known.
    (await server.admin.request(`mutation { createIdTag(input: { value: "DRIVER-1" }) { id } }`)).expectNoErrors();
    const { driveVirtualCharger } = (
      await server.admin.request(
        `mutation($i: DriveVirtualChargerInput!) { driveVirtualCharger(input: $i) { connectors { connectorId status } } }`,
        {
          i: { id, action: 'PLUG_IN', connectorId: 2, idTag: 'DRIVER-1' },
        },
      )
    ).expectNoErrors();
    expect(driveVirtualCharger.connectors[1]).toEqual({ connectorId: 2, status: 'CHARGING' });
    const seen = await poll(
      'CHARGING on the server',
      () => charger('LAB-A'),
      (c) => c.connectors.some((x: { status: string }) => x.status === 'CHARGING'),
    );
    expect(seen.connectors.find((x: { connectorId: number }) => x.connectorId === 2).status).toBe('CHARGING');
    (
      await server.admin.request(`mutation($i: DriveVirtualChargerInput!) { driveVirtualCharger(input: $i) { id } }`, {
        i: { id, action: 'PLUG_IN', connectorId: 2 },
      })
    ).expectError('CONFLICT');
  });

  it('runs a 2.0.1 station too: its session carries the station’s own transaction id', async () => {
    const { createVirtualCharger: vc } = (
      await server.admin.request(
        `mutation($i: CreateVirtualChargerInput!) { createVirtualCharger(input: $i) { id ocppVersion charger { ocppVersion } } }`,
        { i: { ocppId: 'LAB-201', ocppVersion: '2.0.1' } },
      )
    ).expectNoErrors();
    expect(vc).toMatchObject({ ocppVersion: '2.0.1', charger: { ocppVersion: '2.0.1' } });
    (await server.admin.request(`mutation { createIdTag(input: { value: "DRIVER-201" }) { id } }`)).expectNoErrors();
    const drive = `mutation($i: DriveVirtualChargerInput!) { driveVirtualCharger(input: $i) { connectors { status transactionId } } }`;
    (
      await server.admin.request(drive, { i: { id: vc.id, action: 'PLUG_IN', connectorId: 1, idTag: 'DRIVER-201' } })
    ).expectNoErrors();
    const session = async () =>
      (
        await server.admin.request(
          `{ charger(ocppId: "LAB-201") { connectors { status } activeSessions { transactionId } } }`,
        )
      ).expectNoErrors().charger;
    const seen = await poll(
      'an active 2.0.1 session',
      session,
      (c) => c.activeSessions.length === 1 && c.connectors[0]?.status === 'CHARGING',
    );
    // The station learns its transaction is on once the server's answer arrives, a moment after the server shows it.
    const mine = await poll(
      'the virtual station holding its transaction',
      async () =>
        (await server.admin.request(`{ virtualChargers { ocppId connectors { transactionId } } }`))
          .expectNoErrors()
          .virtualChargers.find((v: { ocppId: string }) => v.ocppId === 'LAB-201'),
      (v) => v.connectors[0].transactionId !== null,
    );
    expect(seen.activeSessions[0].transactionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(mine.connectors[0].transactionId).toBe(seen.activeSessions[0].transactionId);
    (
      await server.admin.request(`mutation($id: ID!) { stopVirtualCharger(input: { id: $id }) }`, { id: vc.id })
    ).expectNoErrors();
  });

  it('refuses bad input and a taken ocppId', async () => {
    const create = (i: object) =>
      server.admin.request(`mutation($i: CreateVirtualChargerInput!) { createVirtualCharger(input: $i) { id } }`, {
        i,
      });
    (await create({ ocppId: 'LAB-B', connectors: 0 })).expectError('BAD_USER_INPUT');
    (await create({ ocppId: 'LAB-B', ocppVersion: '2.1' })).expectError('BAD_USER_INPUT');
    (await create({ ocppId: 'LAB-A' })).expectError('CONFLICT');
  });

  it('stops a virtual charger: it leaves the list and the server sees it offline', async () => {
    const { virtualChargers } = (await server.admin.request(`{ virtualChargers { id ocppId } }`)).expectNoErrors();
    const { id } = virtualChargers.find((v: { ocppId: string }) => v.ocppId === 'LAB-A');
    expect(
      (
        await server.admin.request(`mutation($id: ID!) { stopVirtualCharger(input: { id: $id }) }`, { id })
      ).expectNoErrors(),
    ).toEqual({ stopVirtualCharger: id });
    await poll(
      'offline',
      () => charger('LAB-A'),
      (c) => c.online === false,
    );
    expect((await server.admin.request(`{ virtualChargers { id } }`)).expectNoErrors().virtualChargers).toEqual([]);
    (await server.admin.request(`mutation($id: ID!) { stopVirtualCharger(input: { id: $id }) }`, { id })).expectError(
      'NOT_FOUND',
    );
  });

  it('needs a signed-in user', async () => {
    (await server.anonymous.request(`mutation { createVirtualCharger(input: {ocppId: "LAB-X"}) { id } }`)).expectError(
      'UNAUTHENTICATED',
    );
  });
});
