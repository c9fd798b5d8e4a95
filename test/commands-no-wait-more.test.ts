// `wait: false` on the command mutations that answer their own types (a Reservation, DataTransfer's
// answer, the OCPP 2.0.1 device model and transaction queries): each answers before the charger does,
// with the command PENDING, and the outcome follows on commandUpdated. A real 1.6 charger and a
// hand-written 2.0.1 station over WebSocket, real GraphQL over HTTP and graphql-ws.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCharger } from './kit/charger.js';
import { anIdTag } from './kit/ocpp.js';
import { bootedStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';
import type { Subscription } from './kit/subscribe.js';
import { answer, eventually, readyCharger } from './commands-kit.js';

const OUTCOME = 'id action status chargerStatus payload response errorCode';
const UPDATED = `subscription($chargerId: ID) { commandUpdated(chargerId: $chargerId) { ${OUTCOME} } }`;
const PENDING_COMMAND = { status: 'PENDING', chargerStatus: null, response: null };

let server: TestServer;
beforeAll(async () => (server = await startServer({ OCPP_COMMAND_TIMEOUT_MS: '5000' })));
afterAll(() => server?.stop());

const gql = (query: string, input: Record<string, unknown>) =>
  server.admin.request(query, { input: { ...input, wait: false } });

/** A gate the test opens: the charger holds its answers until then, so nothing can have waited for them. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, after: <T>(value: T) => opened.then(() => value) };
}

/** Reads commandUpdated until every command named has its outcome; returns them by command id. */
async function outcomes(sub: Subscription<any>, ids: string[]) {
  const seen = new Map<string, any>();
  while (ids.some((id) => !seen.has(id))) {
    const { commandUpdated } = await sub.next(10_000);
    seen.set(commandUpdated.id, commandUpdated);
  }
  return seen;
}

describe('wait: false on a 1.6 charger', () => {
  it('reserveNow answers the reservation PENDING; it becomes ACTIVE once the charger accepts', async () => {
    const { id, client } = await readyCharger(server, 'NWM-RESERVE', 1);
    await anIdTag(server, 'NWM-TAG');
    const charger = gate();
    answer(client, 'ReserveNow', () => charger.after({ status: 'Accepted' }));
    answer(client, 'DataTransfer', () => charger.after({ status: 'Accepted', data: 'pong' }));
    const sub = await server.subscribe(UPDATED, { chargerId: id });
    try {
      const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
      const { reserveNow } = (
        await gql(
          'mutation($input: ReserveNowInput!) { reserveNow(input: $input) { id status answer connectorId idTag } }',
          { chargerId: id, connectorId: 1, idTag: 'NWM-TAG', expiresAt },
        )
      ).expectNoErrors();
      expect(reserveNow).toMatchObject({ status: 'PENDING', answer: null, connectorId: 1, idTag: 'NWM-TAG' });

      const { dataTransfer } = (
        await gql(
          'mutation($input: DataTransferInput!) { dataTransfer(input: $input) { status accepted data command { id status } } }',
          { chargerId: id, vendorId: 'com.example', data: 'ping' },
        )
      ).expectNoErrors();
      expect(dataTransfer).toMatchObject({ status: null, accepted: null, data: null, command: { status: 'PENDING' } });

      charger.open();
      const done = await outcomes(sub, [dataTransfer.command.id]);
      expect(done.get(dataTransfer.command.id)).toMatchObject({
        action: 'DataTransfer',
        status: 'ACCEPTED',
        response: { status: 'Accepted', data: 'pong' },
      });
      const reservation = await eventually(
        async () =>
          (
            await server.admin.request('query($id: ID!) { node(id: $id) { ... on Reservation { status answer } } }', {
              id: reserveNow.id,
            })
          ).expectNoErrors().node,
        (r) => r.status !== 'PENDING',
      );
      expect(reservation).toEqual({ status: 'ACTIVE', answer: 'Accepted' });
    } finally {
      await sub.close();
      await client.close({ force: true });
    }
  });

  it('a reservation the charger never got is FAILED, not left PENDING', async () => {
    const id = await registerCharger(server.admin, 'NWM-OFFLINE');
    await anIdTag(server, 'NWM-TAG-2');
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const { reserveNow } = (
      await gql('mutation($input: ReserveNowInput!) { reserveNow(input: $input) { id status } }', {
        chargerId: id,
        connectorId: 1,
        idTag: 'NWM-TAG-2',
        expiresAt,
      })
    ).expectNoErrors();
    expect(reserveNow.status).toBe('PENDING');
    const reservation = await eventually(
      async () =>
        (
          await server.admin.request('query($id: ID!) { node(id: $id) { ... on Reservation { status } } }', {
            id: reserveNow.id,
          })
        ).expectNoErrors().node,
      (r) => r.status !== 'PENDING',
    );
    expect(reservation.status).toBe('FAILED');
  });
});

describe('wait: false on a 2.0.1 station', () => {
  it('getVariables, setVariables, requestBaseReport, getTransactionStatus and requestChargingProfiles answer PENDING', async () => {
    const chargerId = await registerCharger(server.admin, 'NWM-201');
    const station = await bootedStation(`${server.ocppUrl}/NWM-201`);
    const charger = gate();
    const heartbeat = { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } };
    const password = { component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' } };
    station.handle('GetVariables', () =>
      charger.after({ getVariableResult: [{ ...heartbeat, attributeStatus: 'Accepted', attributeValue: '60' }] }),
    );
    station.handle('SetVariables', () =>
      charger.after({ setVariableResult: [{ ...password, attributeStatus: 'Accepted' }] }),
    );
    station.handle('GetBaseReport', () => charger.after({ status: 'Accepted' }));
    station.handle('GetTransactionStatus', () => charger.after({ messagesInQueue: false }));
    station.handle('GetChargingProfiles', () => charger.after({ status: 'NoProfiles' }));
    const sub = await server.subscribe(UPDATED, { chargerId });
    try {
      const variable = { component: 'OCPPCommCtrlr', variable: 'HeartbeatInterval' };
      const { getVariables } = (
        await gql(
          'mutation($input: GetVariablesInput!) { getVariables(input: $input) { results { value } command { id status chargerStatus response } } }',
          { chargerId, variables: [variable] },
        )
      ).expectNoErrors();
      expect(getVariables).toMatchObject({ results: null, command: PENDING_COMMAND });

      const secret = 'a-new-station-password-1';
      const { setVariables } = (
        await gql(
          'mutation($input: SetVariablesInput!) { setVariables(input: $input) { results { status } command { id status payload } } }',
          { chargerId, variables: [{ component: 'SecurityCtrlr', variable: 'BasicAuthPassword', value: secret }] },
        )
      ).expectNoErrors();
      expect(setVariables).toMatchObject({ results: null, command: { status: 'PENDING' } });
      // The command log is readable through the API: the password the station is sent is not in it.
      expect(JSON.stringify(setVariables.command.payload)).not.toContain(secret);

      const { requestBaseReport } = (
        await gql(
          'mutation($input: RequestBaseReportInput!) { requestBaseReport(input: $input) { status accepted requestId command { id status } } }',
          { chargerId, reportBase: 'FULL_INVENTORY' },
        )
      ).expectNoErrors();
      expect(requestBaseReport).toMatchObject({ status: null, accepted: null, command: { status: 'PENDING' } });
      expect(requestBaseReport.requestId).toEqual(expect.any(Number));

      const { getTransactionStatus } = (
        await gql(
          'mutation($input: GetTransactionStatusInput!) { getTransactionStatus(input: $input) { ongoing messagesInQueue command { id status } } }',
          { chargerId },
        )
      ).expectNoErrors();
      expect(getTransactionStatus).toMatchObject({
        ongoing: null,
        messagesInQueue: null,
        command: { status: 'PENDING' },
      });

      const { requestChargingProfiles } = (
        await gql(
          'mutation($input: RequestChargingProfilesInput!) { requestChargingProfiles(input: $input) { status accepted requestId command { id status } } }',
          { chargerId },
        )
      ).expectNoErrors();
      expect(requestChargingProfiles).toMatchObject({ status: null, accepted: null, command: { status: 'PENDING' } });
      expect(requestChargingProfiles.requestId).toEqual(expect.any(Number));

      // Nothing was answered yet: every mutation above came back before the station spoke.
      charger.open();
      const commands = [getVariables, setVariables, requestBaseReport, getTransactionStatus, requestChargingProfiles];
      const done = await outcomes(
        sub,
        commands.map((c) => c.command.id),
      );
      expect(done.get(getVariables.command.id)).toMatchObject({
        action: 'GetVariables',
        status: 'ACCEPTED',
        response: { getVariableResult: [{ attributeValue: '60' }] },
      });
      expect(JSON.stringify(done.get(setVariables.command.id).payload)).not.toContain(secret);
      expect(done.get(requestBaseReport.command.id)).toMatchObject({ status: 'ACCEPTED', chargerStatus: 'Accepted' });
      expect(done.get(getTransactionStatus.command.id)).toMatchObject({
        status: 'ACCEPTED',
        response: { messagesInQueue: false },
      });
      expect(done.get(requestChargingProfiles.command.id)).toMatchObject({
        status: 'REJECTED',
        chargerStatus: 'NoProfiles',
      });
      // The station was asked for the requestIds the mutations answered.
      const asked = (action: string) => station.received.find((r) => r.action === action)!.payload.requestId;
      expect(asked('GetBaseReport')).toBe(requestBaseReport.requestId);
      expect(asked('GetChargingProfiles')).toBe(requestChargingProfiles.requestId);
      // The station did get the password; the message log (readable through the API) does not show it.
      expect(station.received.find((r) => r.action === 'SetVariables')!.payload.setVariableData[0].attributeValue).toBe(
        secret,
      );
      await server.app.flush();
      const { ocppMessages } = (
        await server.admin.request(
          'query($filter: OcppMessageFilter) { ocppMessages(first: 50, filter: $filter) { edges { node { payload } } } }',
          { filter: { chargerId, action: 'SetVariables' } },
        )
      ).expectNoErrors();
      expect(ocppMessages.edges.length).toBeGreaterThan(0);
      expect(JSON.stringify(ocppMessages.edges)).not.toContain(secret);
    } finally {
      await sub.close();
      await station.close();
    }
  });
});
