import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPayload, connectCharger, registerCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';
import { eventually } from './commands-kit.js';

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const FACTS = `query($id: ID!) { node(id: $id) { ... on Charger {
  online chargeBoxSerialNumber iccid imsi meterType meterSerialNumber lastBootAt
  connectionEvents(first: 10) { totalCount edges { node { id online timestamp } } }
  firmwareStatusHistory { edges { node { id kind firmwareStatus diagnosticsStatus timestamp } } }
  securityEvents { edges { node { id type techInfo timestamp } } }
} } }`;

const facts = async (id: string) => (await server.admin.request(FACTS, { id })).expectNoErrors().node;

describe('charger facts', () => {
  it('shows what BootNotification told, the online/offline history, firmware progress and security events', async () => {
    const id = await registerCharger(server.admin, 'FACTS-1');
    const before = Date.now();
    const first = await connectCharger(server.ocppUrl, 'FACTS-1');
    await first.call(
      'BootNotification',
      bootPayload({
        chargeBoxSerialNumber: 'CB-77',
        iccid: '8949000000000000001',
        imsi: '262010000000001',
        meterType: 'MID Eastron',
        meterSerialNumber: 'M-42',
      }),
    );
    await first.close();
    await eventually(
      () => facts(id),
      (c) => c.online === false,
    );
    const second = await connectCharger(server.ocppUrl, 'FACTS-1');
    try {
      await second.call('FirmwareStatusNotification', { status: 'Downloading' });
      await second.call('FirmwareStatusNotification', { status: 'Installed' });
      await second.call('DiagnosticsStatusNotification', { status: 'Uploaded' });
      const at = new Date(Date.now() - 60_000).toISOString();
      await second.call('SecurityEventNotification', { type: 'SettingSystemTime', timestamp: at, techInfo: 'NTP' });
      await server.app.flush();

      const charger = await facts(id);
      expect(charger).toMatchObject({
        online: true,
        chargeBoxSerialNumber: 'CB-77',
        iccid: '8949000000000000001',
        imsi: '262010000000001',
        meterType: 'MID Eastron',
        meterSerialNumber: 'M-42',
      });
      expect(Date.parse(charger.lastBootAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(charger.connectionEvents.totalCount).toBe(3);
      expect(charger.connectionEvents.edges.map((e: any) => e.node.online)).toEqual([true, false, true]);
      expect(
        charger.firmwareStatusHistory.edges.map((e: any) => [
          e.node.kind,
          e.node.firmwareStatus,
          e.node.diagnosticsStatus,
        ]),
      ).toEqual([
        ['DIAGNOSTICS', null, 'UPLOADED'],
        ['FIRMWARE', 'INSTALLED', null],
        ['FIRMWARE', 'DOWNLOADING', null],
      ]);
      expect(charger.securityEvents.edges.map((e: any) => e.node)).toEqual([
        { id: expect.any(String), type: 'SettingSystemTime', techInfo: 'NTP', timestamp: at },
      ]);
    } finally {
      await second.close({ force: true });
    }
  });

  it('pages the connection history with stable cursors', async () => {
    const id = await registerCharger(server.admin, 'FACTS-2');
    for (let i = 0; i < 3; i++) {
      const cp = await connectCharger(server.ocppUrl, 'FACTS-2');
      await cp.close();
      await eventually(
        () => facts(id),
        (c) => c.online === false && c.connectionEvents.totalCount === 2 * (i + 1),
      );
    }
    const PAGE = `query($id: ID!, $after: String) { node(id: $id) { ... on Charger {
      connectionEvents(first: 4, after: $after) { edges { node { id online } } pageInfo { hasNextPage endCursor } } } } }`;
    const one = (await server.admin.request(PAGE, { id })).expectNoErrors().node.connectionEvents;
    expect(one.edges.map((e: any) => e.node.online)).toEqual([false, true, false, true]);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = (await server.admin.request(PAGE, { id, after: one.pageInfo.endCursor })).expectNoErrors().node
      .connectionEvents;
    expect(two.edges.map((e: any) => e.node.online)).toEqual([false, true]);
    expect(two.pageInfo.hasNextPage).toBe(false);
  });
});
