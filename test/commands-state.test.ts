import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idTags } from '../src/db/schema/index.js';
import { startServer, type TestServer } from './kit/server.js';
import { answer, eventually, never, readyCharger, tenantIdOf } from './commands-kit.js';

let server: TestServer;
beforeAll(async () => (server = await startServer({ OCPP_COMMAND_TIMEOUT_MS: '300' })));
afterAll(() => server?.stop());

const configurationOf = async (id: string, includeUnknown = false) =>
  (
    await server.admin.request(
      'query($id: ID, $u: Boolean!) { charger(id: $id) { configuration(includeUnknown: $u) { key value readonly unknown } } }',
      { id, u: includeUnknown },
    )
  ).expectNoErrors().charger.configuration;
const CHANGE = 'mutation($input: ChangeConfigurationInput!) { changeConfiguration(input: $input) { status accepted } }';

describe('what the answers keep', () => {
  it('refreshConfiguration stores every key with its readonly flag and the unknown keys; a full refresh drops vanished keys', async () => {
    const { id, client } = await readyCharger(server, 'CP-CONF-1');
    try {
      let keys = [
        { key: 'HeartbeatInterval', readonly: false, value: '300' },
        { key: 'NumberOfConnectors', readonly: true, value: '2' },
      ];
      answer(client, 'GetConfiguration', ({ params }) =>
        params.key ? { configurationKey: [], unknownKey: params.key } : { configurationKey: keys },
      );
      const refresh =
        'mutation($id: ID!, $keys: [String!]) { refreshConfiguration(input: { chargerId: $id, keys: $keys }) { status } }';
      (await server.admin.request(refresh, { id })).expectNoErrors();
      (await server.admin.request(refresh, { id, keys: ['NoSuchKey'] })).expectNoErrors();
      expect(await configurationOf(id, true)).toEqual([
        { key: 'HeartbeatInterval', value: '300', readonly: false, unknown: false },
        { key: 'NoSuchKey', value: null, readonly: false, unknown: true },
        { key: 'NumberOfConnectors', value: '2', readonly: true, unknown: false },
      ]);
      expect((await configurationOf(id)).map((k: { key: string }) => k.key)).toEqual([
        'HeartbeatInterval',
        'NumberOfConnectors',
      ]);
      keys = [keys[1]!];
      (await server.admin.request(refresh, { id })).expectNoErrors();
      expect((await configurationOf(id, true)).map((k: { key: string }) => k.key)).toEqual(['NumberOfConnectors']);
    } finally {
      await client.close({ force: true });
    }
  });

  it('changeConfiguration updates the stored key when the charger takes it, and refuses a known read-only key before sending', async () => {
    const { id, client } = await readyCharger(server, 'CP-CONF-2');
    try {
      answer(client, 'GetConfiguration', () => ({
        configurationKey: [
          { key: 'MeterValueSampleInterval', readonly: false, value: '60' },
          { key: 'ChargeProfileMaxStackLevel', readonly: true, value: '8' },
        ],
      }));
      (
        await server.admin.request(
          'mutation($id: ID!) { refreshConfiguration(input: { chargerId: $id }) { status } }',
          { id },
        )
      ).expectNoErrors();
      const answers = ['Rejected', 'RebootRequired'];
      answer(client, 'ChangeConfiguration', () => ({ status: answers.shift() }));
      const input = { chargerId: id, key: 'MeterValueSampleInterval', value: '15' };
      expect((await server.admin.request(CHANGE, { input })).expectNoErrors().changeConfiguration).toEqual({
        status: 'Rejected',
        accepted: false,
      });
      expect((await configurationOf(id))[1]).toMatchObject({ key: 'MeterValueSampleInterval', value: '60' });
      expect((await server.admin.request(CHANGE, { input })).expectNoErrors().changeConfiguration).toEqual({
        status: 'RebootRequired',
        accepted: true,
      });
      expect((await configurationOf(id))[1]).toMatchObject({ key: 'MeterValueSampleInterval', value: '15' });
      (
        await server.admin.request(CHANGE, { input: { chargerId: id, key: 'ChargeProfileMaxStackLevel', value: '9' } })
      ).expectError('BAD_USER_INPUT');
      expect(answers).toEqual([]);
    } finally {
      await client.close({ force: true });
    }
  });

  it('changeAvailability answered Scheduled is shown on the connector until its status report arrives', async () => {
    const { id, client } = await readyCharger(server, 'CP-AVAIL');
    try {
      answer(client, 'ChangeAvailability', () => ({ status: 'Scheduled' }));
      const { changeAvailability } = (
        await server.admin.request(
          'mutation($input: ChangeAvailabilityInput!) { changeAvailability(input: $input) { status accepted } }',
          {
            input: { chargerId: id, connectorId: 1, type: 'INOPERATIVE' },
          },
        )
      ).expectNoErrors();
      expect(changeAvailability).toEqual({ status: 'Scheduled', accepted: true });
      const connector1 = async () =>
        (
          await server.admin.request(
            'query($id: ID) { charger(id: $id) { connectors { connectorId status scheduledAvailability } } }',
            { id },
          )
        )
          .expectNoErrors()
          .charger.connectors.find((c: { connectorId: number }) => c.connectorId === 1);
      expect(await connector1()).toEqual({ connectorId: 1, status: 'AVAILABLE', scheduledAvailability: 'INOPERATIVE' });
      await client.call('StatusNotification', { connectorId: 1, status: 'Charging', errorCode: 'NoError' });
      expect((await connector1()).scheduledAvailability).toBe('INOPERATIVE');
      await client.call('StatusNotification', { connectorId: 1, status: 'Unavailable', errorCode: 'NoError' });
      // The status event is followed up asynchronously; with a pool that may take a moment.
      expect(await eventually(connector1, (c) => c.scheduledAvailability === null)).toEqual({
        connectorId: 1,
        status: 'UNAVAILABLE',
        scheduledAvailability: null,
      });
    } finally {
      await client.close({ force: true });
    }
  });

  it('keeps accepted charging profiles per charger, replaced by id and removed by clearChargingProfile', async () => {
    const { id, client } = await readyCharger(server, 'CP-PROFILES');
    try {
      const sent: any[] = [];
      answer(client, 'SetChargingProfile', ({ params }) => (sent.push(params), { status: 'Accepted' }));
      answer(client, 'ClearChargingProfile', () => ({ status: 'Accepted' }));
      const set = 'mutation($input: SetChargingProfileInput!) { setChargingProfile(input: $input) { status } }';
      const profile = (limit: number) => ({
        chargingProfileId: 7,
        stackLevel: 1,
        purpose: 'TX_DEFAULT_PROFILE',
        kind: 'RECURRING',
        recurrencyKind: 'DAILY',
        chargingSchedule: {
          chargingRateUnit: 'W',
          startSchedule: '2025-01-01T00:00:00.000Z',
          chargingSchedulePeriod: [{ startPeriod: 0, limit }],
        },
      });
      (
        await server.admin.request(set, { input: { chargerId: id, connectorId: 1, profile: profile(11000) } })
      ).expectNoErrors();
      expect(sent[0]).toEqual({
        connectorId: 1,
        csChargingProfiles: {
          chargingProfileId: 7,
          stackLevel: 1,
          chargingProfilePurpose: 'TxDefaultProfile',
          chargingProfileKind: 'Recurring',
          recurrencyKind: 'Daily',
          chargingSchedule: {
            chargingRateUnit: 'W',
            startSchedule: '2025-01-01T00:00:00.000Z',
            chargingSchedulePeriod: [{ startPeriod: 0, limit: 11000 }],
          },
        },
      });
      (
        await server.admin.request(set, { input: { chargerId: id, connectorId: 1, profile: profile(7400) } })
      ).expectNoErrors();
      const profiles = async () =>
        (
          await server.admin.request(
            `query($id: ID) { charger(id: $id) { chargingProfiles { chargingProfileId connectorId purpose recurrencyKind transactionId
               chargingSchedule { chargingRateUnit startSchedule duration chargingSchedulePeriod { startPeriod limit numberPhases } } } } }`,
            { id },
          )
        ).expectNoErrors().charger.chargingProfiles;
      const stored = await profiles();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ chargingProfileId: 7, connectorId: 1, purpose: 'TX_DEFAULT_PROFILE' });
      // The schedule as sent, typed: what a client reads without knowing OCPP's JSON.
      expect(stored[0]).toMatchObject({
        recurrencyKind: 'DAILY',
        transactionId: null,
        chargingSchedule: {
          chargingRateUnit: 'W',
          startSchedule: '2025-01-01T00:00:00.000Z',
          duration: null,
          chargingSchedulePeriod: [{ startPeriod: 0, limit: 7400, numberPhases: null }],
        },
      });
      (
        await server.admin.request(
          'mutation($input: ClearChargingProfileInput!) { clearChargingProfile(input: $input) { status } }',
          { input: { chargerId: id, chargingProfileId: 7 } },
        )
      ).expectNoErrors();
      expect(await profiles()).toEqual([]);
    } finally {
      await client.close({ force: true });
    }
  });

  it("sendLocalList sends the tenant's id tags and moves the list version on when accepted", async () => {
    const { id, client } = await readyCharger(server, 'CP-LOCAL');
    try {
      const tenantId = await tenantIdOf(server);
      await server.app.database.db.insert(idTags).values([
        { tenantId, value: 'CARD-1' },
        { tenantId, value: 'CARD-2', status: 'BLOCKED', expiresAt: new Date('2030-01-01T00:00:00Z') },
      ]);
      const lists: any[] = [];
      answer(client, 'SendLocalList', ({ params }) => (lists.push(params), { status: 'Accepted' }));
      const send = 'mutation($input: SendLocalListInput!) { sendLocalList(input: $input) { status } }';
      (await server.admin.request(send, { input: { chargerId: id, updateType: 'FULL' } })).expectNoErrors();
      (
        await server.admin.request(send, {
          input: { chargerId: id, updateType: 'DIFFERENTIAL', idTags: ['card-1', 'GONE'] },
        })
      ).expectNoErrors();
      expect(lists).toEqual([
        {
          listVersion: 1,
          updateType: 'Full',
          localAuthorizationList: [
            { idTag: 'CARD-1', idTagInfo: { status: 'Accepted' } },
            { idTag: 'CARD-2', idTagInfo: { status: 'Blocked', expiryDate: '2030-01-01T00:00:00.000Z' } },
          ],
        },
        {
          listVersion: 2,
          updateType: 'Differential',
          localAuthorizationList: [{ idTag: 'CARD-1', idTagInfo: { status: 'Accepted' } }, { idTag: 'GONE' }],
        },
      ]);
      answer(client, 'GetLocalListVersion', () => ({ listVersion: 5 }));
      const version = async () =>
        (
          await server.admin.request('query($id: ID) { charger(id: $id) { localListVersion } }', { id })
        ).expectNoErrors().charger.localListVersion;
      expect(await version()).toBe(2);
      const got = (
        await server.admin.request(
          'mutation($id: ID!) { getLocalListVersion(input: { chargerId: $id }) { status listVersion } }',
          {
            id,
          },
        )
      ).expectNoErrors();
      expect(got.getLocalListVersion).toEqual({ status: 'Accepted', listVersion: 5 });
      expect(await version()).toBe(5);
    } finally {
      await client.close({ force: true });
    }
  });
});

describe('the command log', () => {
  it('records who sent what to which charger, and the answer or the failure', async () => {
    const { id, client } = await readyCharger(server, 'CP-LOG');
    const other = await readyCharger(server, 'CP-LOG-OTHER');
    try {
      answer(client, 'Reset', ({ params }) => (params.type === 'Soft' ? { status: 'Accepted' } : never()));
      answer(other.client, 'Reset', () => ({ status: 'Accepted' }));
      const reset = 'mutation($input: ResetInput!) { reset(input: $input) { status } }';
      (await server.admin.request(reset, { input: { chargerId: id, type: 'SOFT' } })).expectNoErrors();
      (await server.admin.request(reset, { input: { chargerId: id, type: 'HARD' } })).expectError('CHARGER_TIMEOUT');
      (await server.admin.request(reset, { input: { chargerId: other.id, type: 'SOFT' } })).expectNoErrors();
      const { viewer } = (await server.admin.request('{ viewer { id } }')).expectNoErrors();
      const userId = Buffer.from(viewer.id, 'base64url').toString().split(':')[1];

      const { commands } = (
        await server.admin.request(
          `query($id: ID) { commands(first: 10, filter: { chargerId: $id, action: "Reset" }) {
             totalCount edges { node { action payload status response errorCode requestedBy requestedAt completedAt charger { ocppId } } } } }`,
          { id },
        )
      ).expectNoErrors();
      expect(commands.totalCount).toBe(2);
      expect(commands.edges.map((e: any) => e.node)).toMatchObject([
        {
          action: 'Reset',
          payload: { type: 'Hard' },
          status: 'TIMED_OUT',
          response: null,
          errorCode: 'CHARGER_TIMEOUT',
          requestedBy: `user:${userId}`,
          charger: { ocppId: 'CP-LOG' },
        },
        {
          action: 'Reset',
          payload: { type: 'Soft' },
          status: 'ACCEPTED',
          response: { status: 'Accepted' },
          errorCode: null,
          requestedBy: `user:${userId}`,
        },
      ]);
      const page = (
        await server.admin.request(
          '{ commands(first: 1, filter: { action: "Reset" }) { edges { cursor } pageInfo { hasNextPage } } }',
        )
      ).expectNoErrors();
      expect(page.commands.pageInfo.hasNextPage).toBe(true);
    } finally {
      await client.close({ force: true });
      await other.client.close({ force: true });
    }
  });
});
