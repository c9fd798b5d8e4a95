import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chargerConfiguration, reservations } from '../src/db/schema/index.js';
import { aSession, dbId, tenantIdOf } from './kit/builders.js';
import { bootedCharger, registerCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';

let server: TestServer;
let chargerId: string;
beforeAll(async () => {
  server = await startServer();
  chargerId = await registerCharger(server.admin, 'DETAIL-1');
});
afterAll(() => server?.stop());

describe('a charger in detail', () => {
  it('shows configuration keys as last read from the charger, without the ones it did not know', async () => {
    const db = server.app.database.db;
    const tenantId = await tenantIdOf(db);
    await db.insert(chargerConfiguration).values([
      { tenantId, chargerId: dbId(chargerId), key: 'HeartbeatInterval', value: '300', readonly: false },
      { tenantId, chargerId: dbId(chargerId), key: 'NumberOfConnectors', value: '2', readonly: true },
      { tenantId, chargerId: dbId(chargerId), key: 'VendorMagic', value: null, unknown: true },
    ]);
    const { charger } = (
      await server.admin.request(`query($id: ID!) { charger(id: $id) { configuration { key value readonly } } }`, {
        id: chargerId,
      })
    ).expectNoErrors();
    expect(charger.configuration).toEqual([
      { key: 'HeartbeatInterval', value: '300', readonly: false },
      { key: 'NumberOfConnectors', value: '2', readonly: true },
    ]);
  });

  it('keeps the status history the charger reported, newest first', async () => {
    const cp = await bootedCharger(server.ocppUrl, 'DETAIL-1');
    try {
      await cp.call('StatusNotification', {
        connectorId: 1,
        status: 'Preparing',
        errorCode: 'NoError',
        timestamp: '2025-03-04T08:00:00Z',
      });
      await cp.call('StatusNotification', {
        connectorId: 1,
        status: 'Charging',
        errorCode: 'NoError',
        timestamp: '2025-03-04T08:01:00Z',
      });
      await cp.call('StatusNotification', {
        connectorId: 2,
        status: 'Faulted',
        errorCode: 'GroundFailure',
        vendorErrorCode: 'E42',
        timestamp: '2025-03-04T08:02:00Z',
      });
    } finally {
      await cp.close();
    }
    const query = `query($id: ID!, $c: Int) { charger(id: $id) { statusHistory(first: 10, connectorId: $c) { totalCount edges { node { connectorId status errorCode vendorErrorCode timestamp } } } } }`;
    const all = (await server.admin.request(query, { id: chargerId })).expectNoErrors().charger.statusHistory;
    expect(all.edges.map((e: any) => e.node.status)).toEqual(['FAULTED', 'CHARGING', 'PREPARING']);
    expect(all.edges[0].node).toMatchObject({
      errorCode: 'GROUND_FAILURE',
      vendorErrorCode: 'E42',
      timestamp: '2025-03-04T08:02:00.000Z',
    });
    const one = (await server.admin.request(query, { id: chargerId, c: 1 })).expectNoErrors().charger.statusHistory;
    expect(one.totalCount).toBe(2);
  });

  it('shows active sessions per connector, its sessions and its totals', async () => {
    const db = server.app.database.db;
    const charger = dbId(chargerId);
    const done = await aSession(db, { chargerId: charger, meterStartWh: 0, meterStopWh: 4000 });
    const live = await aSession(db, {
      chargerId: charger,
      status: 'ACTIVE',
      stoppedAt: null,
      meterStartWh: 100,
      meterStopWh: null,
      lastMeterWh: 600,
    });
    const { charger: data } = (
      await server.admin.request(
        `query($id: ID!) { charger(id: $id) {
          connectors { connectorId activeSession { id } }
          activeSessions { id connectorId }
          sessions(filter: { status: [COMPLETED] }) { totalCount edges { node { id } } }
          totals { sessionCount energyWh } } }`,
        { id: chargerId },
      )
    ).expectNoErrors();
    const liveId = Buffer.from(`Session:${live.id}`).toString('base64url');
    expect(data.connectors).toEqual([
      { connectorId: 1, activeSession: { id: liveId } },
      { connectorId: 2, activeSession: null },
    ]);
    expect(data.activeSessions).toEqual([{ id: liveId, connectorId: 1 }]);
    expect(data.sessions).toEqual({
      totalCount: 1,
      edges: [{ node: { id: Buffer.from(`Session:${done.id}`).toString('base64url') } }],
    });
    expect(data.totals).toEqual({ sessionCount: 2, energyWh: 4500 });
  });

  it('lists reservations with their charger', async () => {
    const db = server.app.database.db;
    const tenantId = await tenantIdOf(db);
    await db.insert(reservations).values([
      {
        tenantId,
        reservationId: 901,
        chargerId: dbId(chargerId),
        connectorId: 1,
        idTag: 'RES-TAG',
        expiresAt: new Date('2025-03-04T12:00:00Z'),
        status: 'ACTIVE',
      },
      {
        tenantId,
        reservationId: 902,
        chargerId: dbId(chargerId),
        connectorId: 2,
        idTag: 'RES-TAG',
        expiresAt: new Date('2025-03-04T10:00:00Z'),
        status: 'EXPIRED',
      },
    ]);
    const { reservations: page } = (
      await server.admin.request(
        `query($c: ID) { reservations(filter: { chargerId: $c, status: [ACTIVE] }) { totalCount edges { node { reservationId connectorId idTag status charger { ocppId } } } } }`,
        { c: chargerId },
      )
    ).expectNoErrors();
    expect(page).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            reservationId: 901,
            connectorId: 1,
            idTag: 'RES-TAG',
            status: 'ACTIVE',
            charger: { ocppId: 'DETAIL-1' },
          },
        },
      ],
    });
  });
});
