import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger } from './kit/charger.js';
import { redisAvailable, startCluster } from './kit/cluster.js';
import type { TestServer } from './kit/server.js';
import { until } from './kit/wait.js';

// Nodes share a database, so this needs PostgreSQL (PGlite lives inside one process).
const runnable = Boolean(process.env.TEST_DATABASE_URL) && (await redisAvailable());

describe.skipIf(!runnable)('two nodes sharing PostgreSQL and Redis', () => {
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    cluster = await startCluster(2, { OCPP_COMMAND_TIMEOUT_MS: '1000' });
    [a, b] = cluster.nodes as [TestServer, TestServer];
  });
  afterAll(() => cluster?.stop());

  it("delivers a charger's status on node A to a subscriber on node B", async () => {
    const id = await registerCharger(b.admin, 'CL-STATUS-1');
    const sub = await b.subscribe(
      'subscription($id: ID) { chargerStatus(chargerId: $id) { charger { id } connectorId status timestamp } }',
      { id },
    );
    const charger = await bootedCharger(a.ocppUrl, 'CL-STATUS-1');
    try {
      expect((await sub.next()).chargerStatus).toMatchObject({ charger: { id }, connectorId: 0, status: 'AVAILABLE' });
      await charger.call('StatusNotification', {
        connectorId: 2,
        status: 'Preparing',
        errorCode: 'NoError',
        timestamp: '2026-01-02T03:04:05.000Z',
      });
      // Dates survive the hop between nodes (serialised and revived).
      expect((await sub.next()).chargerStatus).toEqual({
        charger: { id },
        connectorId: 2,
        status: 'PREPARING',
        timestamp: '2026-01-02T03:04:05.000Z',
      });
    } finally {
      await charger.close({ force: true });
      await sub.close();
    }
  });

  it("reaches a subscriber on node B who arrives after node A's frames went unheard", async () => {
    // A's charger talks while nobody anywhere follows its frames: A stops sending them over Redis.
    const id = await registerCharger(a.admin, 'CL-LATE-1');
    const charger = await bootedCharger(a.ocppUrl, 'CL-LATE-1');
    const sub = await b.subscribe('subscription($id: ID) { ocppMessages(chargerId: $id) { action direction } }', {
      id,
    });
    try {
      // B's interest reaches A a Redis round trip after B started serving: send until a frame arrives.
      let seen: { action: string; direction: string } | null = null;
      for (let i = 0; i < 40 && !seen; i++) {
        await charger.call('Heartbeat', {});
        seen = await sub
          .next(250)
          .then((e) => e.ocppMessages as { action: string; direction: string })
          .catch(() => null);
      }
      expect(seen).toEqual({ action: 'Heartbeat', direction: 'IN' });
    } finally {
      await charger.close({ force: true });
      await sub.close();
    }
  });

  it('routes a command from node B to the charger held by node A, and back', async () => {
    await registerCharger(a.admin, 'CL-CMD-1');
    const charger = await bootedCharger(a.ocppUrl, 'CL-CMD-1');
    charger.handle('GetConfiguration', async () => ({
      configurationKey: [{ key: 'HeartbeatInterval', readonly: false, value: '300' }],
    }));
    charger.handle('Reset', () => new Promise(() => {})); // never answers
    charger.handle('UnlockConnector', async () => {
      throw Object.assign(new Error('nope'), { rpcErrorCode: 'NotSupported' });
    });
    try {
      await until(async () => (await b.app.gateway.isConnected('CL-CMD-1')) === false); // held by A, not B
      expect(await b.app.gateway.call('CL-CMD-1', 'GetConfiguration', {})).toEqual({
        configurationKey: [{ key: 'HeartbeatInterval', readonly: false, value: '300' }],
      });
      await expect(b.app.gateway.call('CL-CMD-1', 'Reset', { type: 'Soft' }, { timeoutMs: 300 })).rejects.toMatchObject(
        { code: 'CHARGER_TIMEOUT' },
      );
      await expect(b.app.gateway.call('CL-CMD-1', 'UnlockConnector', { connectorId: 1 })).rejects.toMatchObject({
        code: 'CHARGER_ERROR',
        details: { ocppErrorCode: 'NotSupported' },
      });
    } finally {
      await charger.close({ force: true });
    }
    await until(async () => {
      try {
        await b.app.gateway.call('CL-CMD-1', 'GetConfiguration', {});
        return false;
      } catch (err) {
        return (err as { code?: string }).code === 'CHARGER_OFFLINE';
      }
    });
  });

  it('answers CHARGER_OFFLINE at once for a charger no node holds', async () => {
    await registerCharger(a.admin, 'CL-NOWHERE');
    await expect(b.app.gateway.call('CL-NOWHERE', 'Reset', { type: 'Soft' })).rejects.toMatchObject({
      code: 'CHARGER_OFFLINE',
    });
  });
});
