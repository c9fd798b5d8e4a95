import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';
import {
  answer,
  driverWithTag,
  eventually,
  readyCharger,
  REMOTE_START,
  REMOTE_STOP,
  sessionById,
  startTransaction,
} from './commands-kit.js';

let server: TestServer;
// Short remote-start timeout and sweep, so the FAILED path is seen within a test.
beforeAll(
  async () => (server = await startServer({ OCPP_REMOTE_START_TIMEOUT_SECONDS: '1', OCPP_SWEEP_INTERVAL_MS: '100' })),
);
afterAll(() => server?.stop());

describe('remoteStart returns a session the charger then starts', () => {
  it('PENDING at once, ACTIVE with the transactionId on StartTransaction, COMPLETED after remoteStop', async () => {
    const { id, client } = await readyCharger(server, 'CP-REMOTE-1');
    try {
      const asked: unknown[] = [];
      answer(client, 'RemoteStartTransaction', ({ params }) => (asked.push(params), { status: 'Accepted' }));
      const { remoteStart } = (
        await server.admin.request(REMOTE_START, { input: { chargerId: id, connectorId: 1, idTag: 'TAG-A' } })
      ).expectNoErrors();
      expect(asked).toEqual([{ connectorId: 1, idTag: 'TAG-A' }]);
      expect(remoteStart).toMatchObject({
        status: 'Accepted',
        accepted: true,
        session: { status: 'PENDING', transactionId: null, connectorId: 1, idTag: 'TAG-A' },
      });

      // The charger sends the idTag in another case: still the same session (idTag is case-insensitive).
      const { transactionId } = await startTransaction(client, 1, 'tag-a');
      expect(await sessionById(server.admin, remoteStart.session.id)).toMatchObject({
        status: 'ACTIVE',
        transactionId: String(transactionId),
      });

      const stopAsked: unknown[] = [];
      answer(client, 'RemoteStopTransaction', ({ params }) => (stopAsked.push(params), { status: 'Accepted' }));
      const { remoteStop } = (
        await server.admin.request(REMOTE_STOP, { input: { sessionId: remoteStart.session.id } })
      ).expectNoErrors();
      expect(remoteStop).toEqual({ status: 'Accepted', accepted: true });
      expect(stopAsked).toEqual([{ transactionId }]);
      await client.call('StopTransaction', {
        transactionId,
        meterStop: 5000,
        timestamp: new Date().toISOString(),
        reason: 'Remote',
      });
      expect(await sessionById(server.admin, remoteStart.session.id)).toMatchObject({
        status: 'COMPLETED',
        stopReason: 'REMOTE',
      });
    } finally {
      await client.close({ force: true });
    }
  });

  it('publishes session.updated (what sessionUpdated follows): PENDING, then ACTIVE', async () => {
    const { id, client } = await readyCharger(server, 'CP-REMOTE-EVT');
    const seen: { sessionId: string; status: string }[] = [];
    const off = server.app.services.events.on('session.updated', (e) =>
      seen.push({ sessionId: e.sessionId, status: e.status }),
    );
    try {
      answer(client, 'RemoteStartTransaction', () => ({ status: 'Accepted' }));
      const { remoteStart } = (
        await server.admin.request(REMOTE_START, { input: { chargerId: id, connectorId: 2, idTag: 'TAG-EVT' } })
      ).expectNoErrors();
      await startTransaction(client, 2, 'TAG-EVT');
      const dbId = Buffer.from(remoteStart.session.id, 'base64url').toString().split(':')[1];
      expect(seen.filter((e) => e.sessionId === dbId).map((e) => e.status)).toEqual(['PENDING', 'ACTIVE']);
    } finally {
      off();
      await client.close({ force: true });
    }
  });

  it('FAILED when no StartTransaction comes within the default timeout', async () => {
    const { id, client } = await readyCharger(server, 'CP-REMOTE-FAIL');
    try {
      answer(client, 'RemoteStartTransaction', () => ({ status: 'Accepted' }));
      const { remoteStart } = (
        await server.admin.request(REMOTE_START, { input: { chargerId: id, connectorId: 1, idTag: 'TAG-B' } })
      ).expectNoErrors();
      expect(remoteStart.session.status).toBe('PENDING');
      const failed = await eventually(
        () => sessionById(server.admin, remoteStart.session.id),
        (s) => s.status !== 'PENDING',
      );
      expect(failed).toMatchObject({ status: 'FAILED', stopReason: 'NO_START_TRANSACTION', transactionId: null });
      // A late StartTransaction does not revive it: it starts a session of its own.
      await startTransaction(client, 1, 'TAG-B');
      expect((await sessionById(server.admin, remoteStart.session.id)).status).toBe('FAILED');
    } finally {
      await client.close({ force: true });
    }
  });

  it("waits for the charger's own ConnectionTimeOut when it is known", async () => {
    const { id, client } = await readyCharger(server, 'CP-REMOTE-CTO');
    try {
      answer(client, 'GetConfiguration', () => ({
        configurationKey: [{ key: 'ConnectionTimeOut', readonly: false, value: '3600' }],
      }));
      (
        await server.admin.request(
          'mutation($id: ID!) { refreshConfiguration(input: { chargerId: $id }) { status } }',
          { id },
        )
      ).expectNoErrors();
      answer(client, 'RemoteStartTransaction', () => ({ status: 'Accepted' }));
      const { remoteStart } = (
        await server.admin.request(REMOTE_START, { input: { chargerId: id, connectorId: 1, idTag: 'TAG-C' } })
      ).expectNoErrors();
      // Past the 1 s default: a sweep that used it would have failed the session.
      await new Promise((r) => setTimeout(r, 1500));
      await server.app.services.commands.failStalePendingSessions();
      expect((await sessionById(server.admin, remoteStart.session.id)).status).toBe('PENDING');
    } finally {
      await client.close({ force: true });
    }
  });

  it('FAILED at once when the charger answers Rejected', async () => {
    const { id, client } = await readyCharger(server, 'CP-REMOTE-REJ');
    try {
      answer(client, 'RemoteStartTransaction', () => ({ status: 'Rejected' }));
      const { remoteStart } = (
        await server.admin.request(REMOTE_START, { input: { chargerId: id, connectorId: 1, idTag: 'TAG-D' } })
      ).expectNoErrors();
      expect(remoteStart).toMatchObject({
        status: 'Rejected',
        accepted: false,
        session: { status: 'FAILED', stopReason: 'REMOTE_START_REJECTED' },
      });
    } finally {
      await client.close({ force: true });
    }
  });

  it('refuses a connector that is busy or that the charger does not have', async () => {
    const { id, client } = await readyCharger(server, 'CP-REMOTE-BUSY');
    try {
      answer(client, 'RemoteStartTransaction', () => ({ status: 'Accepted' }));
      (
        await server.admin.request(REMOTE_START, { input: { chargerId: id, connectorId: 1, idTag: 'TAG-E' } })
      ).expectNoErrors();
      (
        await server.admin.request(REMOTE_START, { input: { chargerId: id, connectorId: 1, idTag: 'TAG-F' } })
      ).expectError('CONFLICT');
      (
        await server.admin.request(REMOTE_START, { input: { chargerId: id, connectorId: 7, idTag: 'TAG-F' } })
      ).expectError('NOT_FOUND');
      (
        await server.admin.request(REMOTE_START, { input: { chargerId: id, connectorId: 0, idTag: 'TAG-F' } })
      ).expectError('BAD_USER_INPUT');
    } finally {
      await client.close({ force: true });
    }
  });
});

describe('remoteStop with force', () => {
  it('ends the session as COMPLETED with stop reason Forced when the charger is gone', async () => {
    const { id, client } = await readyCharger(server, 'CP-FORCE-1');
    answer(client, 'RemoteStartTransaction', () => ({ status: 'Accepted' }));
    const { remoteStart } = (
      await server.admin.request(REMOTE_START, { input: { chargerId: id, connectorId: 1, idTag: 'TAG-G' } })
    ).expectNoErrors();
    await startTransaction(client, 1, 'TAG-G');
    await client.close({ force: true });
    await eventually(
      () => server.admin.request('query($id: ID) { charger(id: $id) { online } }', { id }),
      (r) => r.data?.charger.online === false,
    );

    (await server.admin.request(REMOTE_STOP, { input: { sessionId: remoteStart.session.id } })).expectError(
      'CHARGER_OFFLINE',
    );
    expect((await sessionById(server.admin, remoteStart.session.id)).status).toBe('ACTIVE');
    const { remoteStop } = (
      await server.admin.request(REMOTE_STOP, { input: { sessionId: remoteStart.session.id, force: true } })
    ).expectNoErrors();
    expect(remoteStop).toEqual({ status: 'Offline', accepted: false });
    expect(await sessionById(server.admin, remoteStart.session.id)).toMatchObject({
      status: 'COMPLETED',
      stopReason: 'FORCED',
    });
    (
      await server.admin.request(REMOTE_STOP, { input: { sessionId: remoteStart.session.id, force: true } })
    ).expectError('CONFLICT');
  });

  it('ends it too when the charger refuses, keeping its answer', async () => {
    const { id, client } = await readyCharger(server, 'CP-FORCE-2');
    try {
      answer(client, 'RemoteStartTransaction', () => ({ status: 'Accepted' }));
      answer(client, 'RemoteStopTransaction', () => ({ status: 'Rejected' }));
      const { remoteStart } = (
        await server.admin.request(REMOTE_START, { input: { chargerId: id, connectorId: 1, idTag: 'TAG-H' } })
      ).expectNoErrors();
      await startTransaction(client, 1, 'TAG-H');
      const plain = (
        await server.admin.request(REMOTE_STOP, { input: { sessionId: remoteStart.session.id } })
      ).expectNoErrors();
      expect(plain.remoteStop).toEqual({ status: 'Rejected', accepted: false });
      expect((await sessionById(server.admin, remoteStart.session.id)).status).toBe('ACTIVE');
      const forced = (
        await server.admin.request(REMOTE_STOP, { input: { sessionId: remoteStart.session.id, force: true } })
      ).expectNoErrors();
      expect(forced.remoteStop).toEqual({ status: 'Rejected', accepted: false });
      expect(await sessionById(server.admin, remoteStart.session.id)).toMatchObject({
        status: 'COMPLETED',
        stopReason: 'FORCED',
      });
    } finally {
      await client.close({ force: true });
    }
  });
});

describe('who may send remote commands', () => {
  it('lets a DRIVER start and stop with their own id tag only, and nothing else', async () => {
    const { id, client } = await readyCharger(server, 'CP-DRIVER');
    try {
      const driver = await driverWithTag(server, 'driver@example.com', 'DRIVER-TAG');
      answer(client, 'RemoteStartTransaction', () => ({ status: 'Accepted' }));
      answer(client, 'RemoteStopTransaction', () => ({ status: 'Accepted' }));
      answer(client, 'Reset', () => ({ status: 'Accepted' }));
      (
        await driver.request(REMOTE_START, { input: { chargerId: id, connectorId: 1, idTag: 'SOMEONE-ELSE' } })
      ).expectError('FORBIDDEN');
      const own = (
        await driver.request(REMOTE_START, { input: { chargerId: id, connectorId: 1, idTag: 'driver-tag' } })
      ).expectNoErrors();
      expect(own.remoteStart.session.status).toBe('PENDING');
      await startTransaction(client, 1, 'DRIVER-TAG');
      (await driver.request(REMOTE_STOP, { input: { sessionId: own.remoteStart.session.id } })).expectNoErrors();

      const other = (
        await server.admin.request(REMOTE_START, { input: { chargerId: id, connectorId: 2, idTag: 'OTHER' } })
      ).expectNoErrors();
      (await driver.request(REMOTE_STOP, { input: { sessionId: other.remoteStart.session.id } })).expectError(
        'NOT_FOUND',
      ); // another driver's session is not theirs to see
      (
        await driver.request('mutation($input: ResetInput!) { reset(input: $input) { status } }', {
          input: { chargerId: id, type: 'SOFT' },
        })
      ).expectError('FORBIDDEN');
    } finally {
      await client.close({ force: true });
    }
  });

  it('answers NOT_FOUND for a charger of another tenant or none at all', async () => {
    const unknown = Buffer.from('Charger:00000000-0000-4000-8000-000000000000').toString('base64url');
    (
      await server.admin.request(REMOTE_START, { input: { chargerId: unknown, connectorId: 1, idTag: 'X' } })
    ).expectError('NOT_FOUND');
    const offline = await registerCharger(server.admin, 'CP-NEVER-ONLINE');
    (
      await server.admin.request(REMOTE_START, { input: { chargerId: offline, connectorId: 1, idTag: 'X' } })
    ).expectError('CHARGER_OFFLINE');
    const { node } = (
      await server.admin.request(`query($id: ID!) { node(id: $id) { ... on Charger { id } } }`, { id: offline })
    ).expectNoErrors();
    expect(node).toEqual({ id: offline });
  });
});
