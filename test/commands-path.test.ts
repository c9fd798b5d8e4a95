import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './kit/server.js';
import { answer, readyCharger, REMOTE_START, sessionById, SESSION_FIELDS, startTransaction } from './commands-kit.js';

// The remoteStart path after issue 19's cuts: the PENDING session and the command's log row are
// written together before the charger is asked; the outcome is written without waiting for the
// WAL flush. What a user relies on must still hold.
let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const START_WITH_COMMAND = `mutation($input: RemoteStartInput!) {
  remoteStart(input: $input) { status session { ${SESSION_FIELDS} } command { id status chargerStatus } }
}`;
const COMMANDS = `query($f: CommandFilter) { commands(filter: $f, first: 10) { edges { node { id action status payload } } } }`;
const COMMAND = `query($id: ID!) { command(id: $id) { id status chargerStatus completedAt } }`;

describe('remoteStart writes before it asks', () => {
  it('the session and the command are both readable, PENDING, when the charger is asked', async () => {
    const { id, client } = await readyCharger(server, 'CP-PATH-1');
    try {
      let seenByCharger: { commands: unknown; sessions: unknown } | null = null;
      answer(client, 'RemoteStartTransaction', async () => {
        // What an operator reading the API sees while the charger holds the command.
        const commands = (await server.admin.request(COMMANDS, { f: { chargerId: id } })).expectNoErrors();
        const sessions = (
          await server.admin.request(
            `query($c: ID!) { charger(id: $c) { sessions(first: 5) { edges { node { status connectorId idTag } } } } }`,
            { c: id },
          )
        ).expectNoErrors();
        seenByCharger = {
          commands: commands.commands.edges.map((e: { node: unknown }) => e.node),
          sessions: sessions.charger.sessions.edges.map((e: { node: unknown }) => e.node),
        };
        return { status: 'Accepted' };
      });
      const { remoteStart } = (
        await server.admin.request(START_WITH_COMMAND, { input: { chargerId: id, connectorId: 1, idTag: 'PATH-A' } })
      ).expectNoErrors();
      expect(seenByCharger).toEqual({
        commands: [
          {
            id: remoteStart.command.id,
            action: 'RemoteStartTransaction',
            status: 'PENDING',
            payload: { connectorId: 1, idTag: 'PATH-A' },
          },
        ],
        sessions: [{ status: 'PENDING', connectorId: 1, idTag: 'PATH-A' }],
      });
    } finally {
      await client.close({ force: true });
    }
  });

  it("the command's outcome is readable as soon as the mutation answers", async () => {
    const { id, client } = await readyCharger(server, 'CP-PATH-2');
    try {
      answer(client, 'RemoteStartTransaction', () => ({ status: 'Accepted' }));
      for (const connectorId of [1, 2]) {
        const { remoteStart } = (
          await server.admin.request(START_WITH_COMMAND, { input: { chargerId: id, connectorId, idTag: 'PATH-B' } })
        ).expectNoErrors();
        expect(remoteStart.command).toMatchObject({ status: 'ACCEPTED', chargerStatus: 'Accepted' });
        // Read at once, not eventually: the mutation answered after the outcome was written.
        const { command } = (await server.admin.request(COMMAND, { id: remoteStart.command.id })).expectNoErrors();
        expect(command).toMatchObject({ status: 'ACCEPTED', chargerStatus: 'Accepted' });
        expect(command.completedAt).not.toBeNull();
      }
    } finally {
      await client.close({ force: true });
    }
  });

  it('a charger that starts the transaction before it answers gets the PENDING session, not a new one', async () => {
    const { id, client } = await readyCharger(server, 'CP-PATH-3');
    try {
      let transactionId: number | null = null;
      answer(client, 'RemoteStartTransaction', async ({ params }) => {
        transactionId = (await startTransaction(client, params.connectorId, params.idTag)).transactionId;
        return { status: 'Accepted' };
      });
      const { remoteStart } = (
        await server.admin.request(REMOTE_START, { input: { chargerId: id, connectorId: 2, idTag: 'PATH-C' } })
      ).expectNoErrors();
      expect(transactionId).not.toBeNull();
      expect(await sessionById(server.admin, remoteStart.session.id)).toMatchObject({
        status: 'ACTIVE',
        transactionId: String(transactionId),
      });
      const sessions = (
        await server.admin.request(
          `query($c: ID!) { charger(id: $c) { sessions(first: 5) { edges { node { id } } } } }`,
          {
            c: id,
          },
        )
      ).expectNoErrors();
      expect(sessions.charger.sessions.edges).toEqual([{ node: { id: remoteStart.session.id } }]);
    } finally {
      await client.close({ force: true });
    }
  });

  it('a refused start leaves the command REJECTED and the session FAILED, both readable at once', async () => {
    const { id, client } = await readyCharger(server, 'CP-PATH-4');
    try {
      answer(client, 'RemoteStartTransaction', () => ({ status: 'Rejected' }));
      const { remoteStart } = (
        await server.admin.request(START_WITH_COMMAND, { input: { chargerId: id, connectorId: 1, idTag: 'PATH-D' } })
      ).expectNoErrors();
      expect(remoteStart).toMatchObject({ status: 'Rejected', session: { status: 'FAILED' } });
      const { command } = (await server.admin.request(COMMAND, { id: remoteStart.command.id })).expectNoErrors();
      expect(command).toMatchObject({ status: 'REJECTED', chargerStatus: 'Rejected' });
    } finally {
      await client.close({ force: true });
    }
  });

  it('costs the mutation three statements: the checks, the write before asking, the outcome', async () => {
    const { id, client } = await readyCharger(server, 'CP-PATH-5');
    try {
      answer(client, 'RemoteStartTransaction', () => ({ status: 'Accepted' }));
      for (const connectorId of [1, 2])
        (
          await server.admin.request(
            `mutation PathCountedStart($input: RemoteStartInput!) { remoteStart(input: $input) { status } }`,
            { input: { chargerId: id, connectorId, idTag: 'PATH-E' } },
          )
        ).expectNoErrors();
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      const value = (suffix: string) =>
        Number(
          metrics
            .split('\n')
            .find((l) => l.startsWith(`chargeql_graphql_operation_statements_${suffix}{operation="PathCountedStart"}`))
            ?.split(' ')
            .pop(),
        );
      expect(value('count')).toBe(2);
      // Charger, connectors, id tag and busy sessions (one statement), the session with the command's
      // log row, the outcome. Nothing prices a session that has not started.
      expect(value('sum') / value('count')).toBe(3);
    } finally {
      await client.close({ force: true });
    }
  });
});
