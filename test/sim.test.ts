import type { AddressInfo } from 'node:net';
import { RPCServer } from 'ocpp-rpc';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VirtualCharger } from '../src/sim/charger.js';
import { startFleet, type Fleet } from '../src/sim/fleet.js';
import { startServer, type TestServer } from './kit/server.js';
import { until } from './kit/wait.js';

describe('virtual chargers against ChargeQL', () => {
  let server: TestServer;
  let fleet: Fleet | undefined;
  beforeAll(async () => void (server = await startServer()));
  afterAll(async () => {
    await fleet?.stop();
    await server.stop();
  });

  it('register through GraphQL, boot, and show up online with vendor, model and connectors', async () => {
    fleet = await startFleet({
      count: 3,
      prefix: 'LAB',
      endpoint: server.ocppUrl,
      register: { graphqlUrl: `${server.url}/graphql`, token: server.admin.token! },
      connectors: 2,
      auto: false,
    });
    await until(() => fleet!.stats.booted === 3, { what: '3 booted' });
    for (const ocppId of ['LAB-0001', 'LAB-0002', 'LAB-0003']) {
      const { charger } = (
        await server.admin.request(
          `query($o: String!) { charger(ocppId: $o) { ocppId online vendor model connectors { connectorId status } } }`,
          { o: ocppId },
        )
      ).expectNoErrors();
      expect(charger).toMatchObject({ ocppId, online: true, vendor: 'ChargeQL', model: 'VirtualCharger' });
    }
    const connectors = async () =>
      (
        await server.admin.request(`{ charger(ocppId: "LAB-0001") { status connectors { connectorId status } } }`)
      ).expectNoErrors().charger;
    let seen = await connectors();
    for (let i = 0; i < 100 && (seen.connectors.length < 2 || seen.status !== 'AVAILABLE'); i++)
      seen = await connectors();
    expect(seen.status).toBe('AVAILABLE');
    expect(seen.connectors).toEqual([
      { connectorId: 1, status: 'AVAILABLE' },
      { connectorId: 2, status: 'AVAILABLE' },
    ]);
  });

  it('reuses chargers that exist already on a second run', async () => {
    const again = await startFleet({
      count: 1,
      prefix: 'LAB',
      endpoint: server.ocppUrl,
      register: { graphqlUrl: `${server.url}/graphql`, token: server.admin.token! },
      auto: false,
    });
    try {
      await until(() => again.stats.booted === 1, { what: 'booted' });
    } finally {
      await again.stop();
    }
  });
});

/** A bare ocpp-rpc central system that records what chargers send and lets the test send commands. */
async function bareCentralSystem() {
  const received: { identity: string; action: string; params: any }[] = [];
  const server = new RPCServer({ protocols: ['ocpp1.6'], strictMode: true } as never);
  const clients = new Map<string, any>();
  let txId = 100;
  server.on('client', (client: any) => {
    clients.set(client.identity, client);
    const record = (action: string, answer: (params: any) => object) =>
      client.handle(action, ({ params }: { params: any }) => {
        received.push({ identity: client.identity, action, params });
        return answer(params);
      });
    const now = () => new Date().toISOString();
    record('BootNotification', () => ({ status: 'Accepted', currentTime: now(), interval: 300 }));
    record('Heartbeat', () => ({ currentTime: now() }));
    record('StatusNotification', () => ({}));
    record('Authorize', () => ({ idTagInfo: { status: 'Accepted' } }));
    record('StartTransaction', () => ({ transactionId: ++txId, idTagInfo: { status: 'Accepted' } }));
    record('StopTransaction', () => ({}));
    record('MeterValues', () => ({}));
    record('FirmwareStatusNotification', () => ({}));
  });
  const http = await server.listen(0, '127.0.0.1');
  const port = (http.address() as AddressInfo).port;
  return {
    endpoint: `ws://127.0.0.1:${port}/ocpp`,
    received,
    of: (action: string) => received.filter((r) => r.action === action),
    command: (identity: string, action: string, params: object) => clients.get(identity).call(action, params),
    close: () => server.close({ force: true } as never),
  };
}

describe('a virtual charger answering a central system', () => {
  let cs: Awaited<ReturnType<typeof bareCentralSystem>>;
  const chargers: VirtualCharger[] = [];
  const charger = async (ocppId: string, extra: Partial<ConstructorParameters<typeof VirtualCharger>[0]> = {}) => {
    const cp = new VirtualCharger({
      endpoint: cs.endpoint,
      ocppId,
      connectors: 2,
      meterIntervalSeconds: 0,
      auto: false,
      ...extra,
    });
    chargers.push(cp);
    await cp.start();
    await until(
      () =>
        cs.received.filter((r) => r.identity === ocppId && r.action === 'StatusNotification').length >=
        cp.connectors.length + 1,
      { what: 'boot and statuses' },
    );
    return cp;
  };
  beforeAll(async () => void (cs = await bareCentralSystem()));
  afterEach(async () => void (await Promise.all(chargers.splice(0).map((c) => c.stop()))));
  afterAll(() => cs.close());

  it('starts on RemoteStartTransaction and stops on RemoteStopTransaction with the final register', async () => {
    const cp = await charger('CMD-1');
    expect(await cs.command('CMD-1', 'RemoteStartTransaction', { connectorId: 2, idTag: 'DRIVER-1' })).toEqual({
      status: 'Accepted',
    });
    await until(() => cs.of('StartTransaction').some((r) => r.identity === 'CMD-1'), { what: 'StartTransaction' });
    const start = cs.of('StartTransaction').find((r) => r.identity === 'CMD-1')!;
    expect(start.params).toMatchObject({ connectorId: 2, idTag: 'DRIVER-1' });
    // Remote starts skip Authorize while AuthorizeRemoteTxRequests is false.
    expect(cs.of('Authorize').filter((r) => r.identity === 'CMD-1')).toEqual([]);
    await until(
      () => cs.of('StatusNotification').some((r) => r.identity === 'CMD-1' && r.params.status === 'Charging'),
      { what: 'Charging' },
    );
    expect(await cs.command('CMD-1', 'RemoteStartTransaction', { connectorId: 2, idTag: 'DRIVER-2' })).toEqual({
      status: 'Rejected',
    });

    await until(() => cp.snapshot().connectors[1]!.transactionId !== null, { what: 'transactionId' });
    const transactionId = cp.snapshot().connectors[1]!.transactionId;
    expect(await cs.command('CMD-1', 'RemoteStopTransaction', { transactionId })).toEqual({ status: 'Accepted' });
    await until(() => cs.of('StopTransaction').some((r) => r.identity === 'CMD-1'), { what: 'StopTransaction' });
    const stop = cs.of('StopTransaction').find((r) => r.identity === 'CMD-1')!;
    expect(stop.params).toMatchObject({ transactionId, reason: 'Remote' });
    expect(stop.params.meterStop).toBeGreaterThanOrEqual(start.params.meterStart);
    expect(await cs.command('CMD-1', 'RemoteStopTransaction', { transactionId })).toEqual({ status: 'Rejected' });
  });

  it('answers configuration, reservation, unlock, profile and trigger commands as a charger does', async () => {
    await charger('CMD-2');
    expect(await cs.command('CMD-2', 'ChangeConfiguration', { key: 'MeterValueSampleInterval', value: '30' })).toEqual({
      status: 'Accepted',
    });
    expect(await cs.command('CMD-2', 'ChangeConfiguration', { key: 'NumberOfConnectors', value: '9' })).toEqual({
      status: 'Rejected',
    });
    const config = await cs.command('CMD-2', 'GetConfiguration', { key: ['MeterValueSampleInterval', 'Bogus'] });
    expect(config).toEqual({
      configurationKey: [{ key: 'MeterValueSampleInterval', value: '30', readonly: false }],
      unknownKey: ['Bogus'],
    });

    const expiryDate = new Date(Date.now() + 60_000).toISOString();
    expect(
      await cs.command('CMD-2', 'ReserveNow', { connectorId: 1, expiryDate, idTag: 'VIP', reservationId: 7 }),
    ).toEqual({ status: 'Accepted' });
    await until(
      () => cs.of('StatusNotification').some((r) => r.identity === 'CMD-2' && r.params.status === 'Reserved'),
      { what: 'Reserved' },
    );
    expect(await cs.command('CMD-2', 'RemoteStartTransaction', { connectorId: 1, idTag: 'SOMEONE' })).toEqual({
      status: 'Rejected',
    });
    expect(await cs.command('CMD-2', 'CancelReservation', { reservationId: 7 })).toEqual({ status: 'Accepted' });
    expect(await cs.command('CMD-2', 'UnlockConnector', { connectorId: 1 })).toEqual({ status: 'Unlocked' });
    expect(await cs.command('CMD-2', 'UnlockConnector', { connectorId: 5 })).toEqual({ status: 'NotSupported' });

    const profile = {
      chargingProfileId: 1,
      stackLevel: 0,
      chargingProfilePurpose: 'TxDefaultProfile',
      chargingProfileKind: 'Absolute',
      chargingSchedule: {
        startSchedule: new Date().toISOString(),
        chargingRateUnit: 'A',
        chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }],
      },
    };
    // A strict charger: an Absolute profile without a start, or a TxProfile without a transaction, is refused.
    const { startSchedule: _s, ...noStart } = profile.chargingSchedule;
    expect(
      await cs.command('CMD-2', 'SetChargingProfile', {
        connectorId: 1,
        csChargingProfiles: { ...profile, chargingSchedule: noStart },
      }),
    ).toEqual({ status: 'Rejected' });
    expect(
      await cs.command('CMD-2', 'SetChargingProfile', {
        connectorId: 1,
        csChargingProfiles: { ...profile, chargingProfilePurpose: 'TxProfile' },
      }),
    ).toEqual({ status: 'Rejected' });
    expect(await cs.command('CMD-2', 'SetChargingProfile', { connectorId: 1, csChargingProfiles: profile })).toEqual({
      status: 'Accepted',
    });
    const schedule = await cs.command('CMD-2', 'GetCompositeSchedule', {
      connectorId: 1,
      duration: 3600,
      chargingRateUnit: 'A',
    });
    expect(schedule.chargingSchedule.chargingSchedulePeriod[0].limit).toBe(16);
    expect(await cs.command('CMD-2', 'ClearChargingProfile', {})).toEqual({ status: 'Accepted' });

    expect(await cs.command('CMD-2', 'TriggerMessage', { requestedMessage: 'MeterValues', connectorId: 1 })).toEqual({
      status: 'Accepted',
    });
    await until(() => cs.of('MeterValues').some((r) => r.identity === 'CMD-2'), { what: 'triggered MeterValues' });
    expect(cs.of('MeterValues').find((r) => r.identity === 'CMD-2')!.params.meterValue[0].sampledValue[0].context).toBe(
      'Trigger',
    );
    expect(await cs.command('CMD-2', 'ChangeAvailability', { connectorId: 2, type: 'Inoperative' })).toEqual({
      status: 'Accepted',
    });
    await until(
      () =>
        cs
          .of('StatusNotification')
          .some((r) => r.identity === 'CMD-2' && r.params.connectorId === 2 && r.params.status === 'Unavailable'),
      { what: 'Unavailable' },
    );
  });

  it('boots again after Reset', async () => {
    await charger('CMD-3');
    expect(await cs.command('CMD-3', 'Reset', { type: 'Soft' })).toEqual({ status: 'Accepted' });
    await until(() => cs.of('BootNotification').filter((r) => r.identity === 'CMD-3').length === 2, {
      what: 'second boot',
      timeoutMs: 15_000,
    });
  });

  it('queues transaction messages while offline and replays them in order, without booting again', async () => {
    const cp = await charger('OFF-1', { connectors: 1 });
    expect(await cp.plugIn(1, 'DRIVER-9')).toBe(true);
    await until(() => cp.snapshot().connectors[0]!.transactionId !== null, { what: 'started' });
    const transactionId = cp.snapshot().connectors[0]!.transactionId;
    // Offline long enough that the three sends below are queued even on a loaded machine.
    await cp.disconnect(4);
    expect(cp.online).toBe(false);
    const queued = [cp.sendMeterValues(1), cp.sendMeterValues(1), cp.unplug(1)];
    await until(() => cp.snapshot().queued === 3, { what: '3 queued' });
    await Promise.all(queued);
    const mine = () =>
      cs.received.filter((r) => r.identity === 'OFF-1' && ['MeterValues', 'StopTransaction'].includes(r.action));
    await until(() => mine().some((r) => r.action === 'StopTransaction'), { what: 'replay' });
    expect(mine().map((r) => [r.action, r.params.transactionId])).toEqual([
      ['MeterValues', transactionId],
      ['MeterValues', transactionId],
      ['StopTransaction', transactionId],
    ]);
    expect(cs.of('BootNotification').filter((r) => r.identity === 'OFF-1')).toHaveLength(1);
  });

  it('comes back after a longer offline window that began while it was already offline', async () => {
    const cp = await charger('BACK-1', { connectors: 1 });
    await cp.disconnect(0);
    expect(cp.online).toBe(false);
    // The reconnect scheduled by the first drop fires inside the second window: it waits out the rest. (A timer set
    // for exactly a window's end fires up to 1 ms before Date.now() gets there, which stranded one charger in ten.)
    await cp.disconnect(3);
    await until(() => cp.online, { what: 'back online', timeoutMs: 20_000 });
  });

  it('sends transaction messages twice when told to duplicate', async () => {
    const cp = await charger('DUP-1', { connectors: 1, faults: { duplicateRate: 1 } });
    await cp.plugIn(1, 'DRIVER-D');
    await until(() => cs.of('StartTransaction').filter((r) => r.identity === 'DUP-1').length === 2, {
      what: 'two starts',
    });
    const [a, b] = cs.of('StartTransaction').filter((r) => r.identity === 'DUP-1');
    expect(b!.params).toEqual(a!.params);
  });
});
