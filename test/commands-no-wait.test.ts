// Commands sent with `wait: false`: the mutation answers at once with the command PENDING, and the
// charger's answer arrives on commandUpdated and in command(id). Real OCPP chargers, real GraphQL
// over HTTP and graphql-ws, two real nodes for the hop between them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger } from './kit/charger.js';
import { redisAvailable, startCluster } from './kit/cluster.js';
import { startServer, type TestServer } from './kit/server.js';
import { answer, eventually, never, readyCharger, REMOTE_START } from './commands-kit.js';

const OUTCOME = 'id action status chargerStatus response errorCode chargerId requestedAt completedAt';
const RESET = `mutation($input: ResetInput!) { reset(input: $input) { status accepted command { id status } } }`;
const UNLOCK = `mutation($input: ConnectorInput!) { unlockConnector(input: $input) { status accepted command { id status } } }`;
const COMMAND = `query($id: ID!) { command(id: $id) { ${OUTCOME} } }`;
const UPDATED = `subscription($chargerId: ID, $id: ID) { commandUpdated(chargerId: $chargerId, id: $id) { ${OUTCOME} } }`;

let server: TestServer;
// A charger that never answers times out after 5 s (OCPP_COMMAND_TIMEOUT_MS), so the test is short; long
// enough for the first test's queries on a loaded machine while the charger holds its answer back.
beforeAll(async () => (server = await startServer({ OCPP_COMMAND_TIMEOUT_MS: '5000' })));
afterAll(() => server?.stop());

describe('a command sent with wait: false', () => {
  it('answers PENDING before the charger does; commandUpdated then brings ACCEPTED, and command(id) reads it', async () => {
    const { id, client } = await readyCharger(server, 'NW-ACCEPT', 1);
    // The charger answers only when the test lets it: the mutation must not be waiting for it.
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    answer(client, 'Reset', async () => (await released, { status: 'Accepted' }));
    const sub = await server.subscribe(UPDATED, { chargerId: id });
    try {
      const { reset } = (
        await server.admin.request(RESET, { input: { chargerId: id, type: 'SOFT', wait: false } })
      ).expectNoErrors();
      expect(reset).toMatchObject({ status: null, accepted: null, command: { status: 'PENDING' } });
      const commandId = reset.command.id;
      expect((await server.admin.request(COMMAND, { id: commandId })).expectNoErrors().command).toMatchObject({
        status: 'PENDING',
        action: 'Reset',
        chargerId: id,
        completedAt: null,
      });

      release();
      const { commandUpdated } = await sub.next(10_000);
      expect(commandUpdated).toMatchObject({
        id: commandId,
        action: 'Reset',
        status: 'ACCEPTED',
        chargerStatus: 'Accepted',
        response: { status: 'Accepted' },
        errorCode: null,
        chargerId: id,
      });
      expect(commandUpdated.completedAt).not.toBeNull();
      expect((await server.admin.request(COMMAND, { id: commandId })).expectNoErrors().command).toEqual(commandUpdated);
    } finally {
      await sub.close();
      await client.close({ force: true });
    }
  });

  it("is REJECTED when the charger refuses, with the charger's own word kept", async () => {
    const { id, client } = await readyCharger(server, 'NW-REJECT', 1);
    answer(client, 'UnlockConnector', () => ({ status: 'NotSupported' }));
    try {
      const { unlockConnector } = (
        await server.admin.request(UNLOCK, { input: { chargerId: id, connectorId: 1, wait: false } })
      ).expectNoErrors();
      const commandId = unlockConnector.command.id;
      const outcome = await eventually(
        async () => (await server.admin.request(COMMAND, { id: commandId })).expectNoErrors().command,
        (command) => command.status !== 'PENDING',
      );
      expect(outcome).toMatchObject({ status: 'REJECTED', chargerStatus: 'NotSupported' });
    } finally {
      await client.close({ force: true });
    }
  });

  it('is FAILED (CHARGER_OFFLINE) for a charger that is not connected', async () => {
    const id = await registerCharger(server.admin, 'NW-OFFLINE');
    const sub = await server.subscribe(UPDATED, { chargerId: id });
    try {
      const { reset } = (
        await server.admin.request(RESET, { input: { chargerId: id, type: 'SOFT', wait: false } })
      ).expectNoErrors();
      const { commandUpdated } = await sub.next(10_000);
      expect(commandUpdated).toMatchObject({
        id: reset.command.id,
        status: 'FAILED',
        errorCode: 'CHARGER_OFFLINE',
        response: null,
      });
      expect((await server.admin.request(COMMAND, { id: reset.command.id })).expectNoErrors().command.status).toBe(
        'FAILED',
      );
    } finally {
      await sub.close();
    }
  });

  it('is TIMED_OUT when the charger never answers', async () => {
    const { id, client } = await readyCharger(server, 'NW-SILENT', 1);
    answer(client, 'Reset', never);
    try {
      const { reset } = (
        await server.admin.request(RESET, { input: { chargerId: id, type: 'HARD', wait: false } })
      ).expectNoErrors();
      expect(reset.command.status).toBe('PENDING');
      const sub = await server.subscribe(UPDATED, { id: reset.command.id });
      try {
        // The outcome may already be there when the subscription starts: command(id) has it either way.
        const outcome = await Promise.race([
          sub.next(10_000).then((e) => e.commandUpdated),
          eventually(
            async () => (await server.admin.request(COMMAND, { id: reset.command.id })).expectNoErrors().command,
            (command) => command.status !== 'PENDING',
          ),
        ]);
        expect(outcome).toMatchObject({
          status: 'TIMED_OUT',
          errorCode: 'CHARGER_TIMEOUT',
          completedAt: expect.any(String),
        });
      } finally {
        await sub.close();
      }
    } finally {
      await client.close({ force: true });
    }
  });

  it('still answers bad input as an error at once, and waits by default', async () => {
    const { id, client } = await readyCharger(server, 'NW-DEFAULT', 1);
    answer(client, 'Reset', () => ({ status: 'Rejected' }));
    try {
      // Checked before anything is sent: an id tag longer than OCPP's 20 characters.
      const start = { chargerId: id, connectorId: 1, idTag: 'X'.repeat(21), wait: false };
      (await server.admin.request(REMOTE_START, { input: start })).expectError('BAD_USER_INPUT');
      const { reset } = (
        await server.admin.request(RESET, { input: { chargerId: id, type: 'SOFT' } })
      ).expectNoErrors();
      expect(reset).toMatchObject({ status: 'Rejected', accepted: false, command: { status: 'REJECTED' } });
    } finally {
      await client.close({ force: true });
    }
  });

  it("shows another tenant's commands to nobody: command(id) is null and commandUpdated stays silent", async () => {
    const { id, client } = await readyCharger(server, 'NW-TENANT', 1);
    answer(client, 'Reset', () => ({ status: 'Accepted' }));
    const other = await server.admin.request(
      `mutation { createTenant(input: { name: "Other", slug: "nw-other", adminEmail: "nw@other.example", adminPassword: "other-password-1" }) { id } }`,
    );
    other.expectNoErrors();
    const outsider = await server.anonymous.signIn('nw@other.example', 'other-password-1');
    const theirs = await server.subscribe(UPDATED, {}, outsider.token);
    const mine = await server.subscribe(UPDATED, { chargerId: id });
    try {
      const { reset } = (
        await server.admin.request(RESET, { input: { chargerId: id, type: 'SOFT', wait: false } })
      ).expectNoErrors();
      expect((await mine.next(10_000)).commandUpdated.id).toBe(reset.command.id);
      expect(theirs.pending()).toEqual([]);
      expect((await outsider.request(COMMAND, { id: reset.command.id })).expectNoErrors().command).toBeNull();
    } finally {
      await theirs.close();
      await mine.close();
      await client.close({ force: true });
    }
  });
});

const runnable = Boolean(process.env.TEST_DATABASE_URL) && (await redisAvailable());

describe.skipIf(!runnable)('commandUpdated across nodes', () => {
  let cluster: Awaited<ReturnType<typeof startCluster>>;
  beforeAll(async () => (cluster = await startCluster(2, { OCPP_COMMAND_TIMEOUT_MS: '2000' })));
  afterAll(() => cluster?.stop());

  it('a command sent on node B to a charger on node A reaches a subscriber on node A', async () => {
    const [a, b] = cluster.nodes as [TestServer, TestServer];
    const id = await registerCharger(a.admin, 'NW-CLUSTER');
    const client = await bootedCharger(a.ocppUrl, 'NW-CLUSTER');
    answer(client, 'Reset', () => ({ status: 'Accepted' }));
    const sub = await a.subscribe(UPDATED, { chargerId: id });
    try {
      const { reset } = (
        await b.admin.request(RESET, { input: { chargerId: id, type: 'SOFT', wait: false } })
      ).expectNoErrors();
      expect((await sub.next(10_000)).commandUpdated).toMatchObject({ id: reset.command.id, status: 'ACCEPTED' });
    } finally {
      await sub.close();
      await client.close({ force: true });
    }
  });
});
