import { createRPCError } from 'ocpp-rpc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCharger } from './kit/charger.js';
import type { GqlClient, GqlResult } from './kit/gql.js';
import { startServer, type TestServer } from './kit/server.js';
import { answer, never, readyCharger, REMOTE_START, RESERVE_NOW, startTransaction } from './commands-kit.js';

let server: TestServer;
// "Nothing" from the charger becomes CHARGER_TIMEOUT after 300 ms.
beforeAll(async () => (server = await startServer({ OCPP_COMMAND_TIMEOUT_MS: '300' })));
afterAll(() => server?.stop());

const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();
const result = (name: string) => `{ ${name}(input: $input) { status accepted } }`;

interface Case {
  name: string;
  action: string;
  /** The charger's Accepted-like answer, and a refusal when the action has one. */
  accepted: Record<string, unknown>;
  rejected?: Record<string, unknown>;
  doc: string;
  input(chargerId: string, prepared: string | null): Record<string, unknown>;
  /** The charger's answer as the API shows it. */
  status(data: any): string;
  /** Some commands act on something the charger created first (a session, a reservation). */
  prepare?(admin: GqlClient, client: TestCharger, chargerId: string): Promise<string>;
}

const plain = (
  name: string,
  action: string,
  accepted: object,
  rejected: object | undefined,
  input: (id: string) => object,
  argType: string,
): Case => ({
  name,
  action,
  accepted: accepted as never,
  rejected: rejected as never,
  doc: `mutation($input: ${argType}!) ${result(name)}`,
  input: (id) => ({ input: input(id) }),
  status: (data) => data[name].status,
});
const byChargerId = (
  name: string,
  action: string,
  accepted: object,
  rejected?: object,
  argType = 'ChargerCommandInput',
) => plain(name, action, accepted, rejected, (id) => ({ chargerId: id }), argType);

const CASES: Case[] = [
  plain(
    'reset',
    'Reset',
    { status: 'Accepted' },
    { status: 'Rejected' },
    (id) => ({ chargerId: id, type: 'HARD' }),
    'ResetInput',
  ),
  plain(
    'unlockConnector',
    'UnlockConnector',
    { status: 'Unlocked' },
    { status: 'UnlockFailed' },
    (id) => ({ chargerId: id, connectorId: 1 }),
    'ConnectorInput',
  ),
  plain(
    'changeAvailability',
    'ChangeAvailability',
    { status: 'Accepted' },
    { status: 'Rejected' },
    (id) => ({ chargerId: id, connectorId: 0, type: 'INOPERATIVE' }),
    'ChangeAvailabilityInput',
  ),
  plain(
    'changeConfiguration',
    'ChangeConfiguration',
    { status: 'Accepted' },
    { status: 'Rejected' },
    (id) => ({ chargerId: id, key: 'HeartbeatInterval', value: '60' }),
    'ChangeConfigurationInput',
  ),
  plain(
    'triggerMessage',
    'TriggerMessage',
    { status: 'Accepted' },
    { status: 'Rejected' },
    (id) => ({ chargerId: id, message: 'STATUS_NOTIFICATION', connectorId: 1 }),
    'TriggerMessageInput',
  ),
  plain(
    'setChargingProfile',
    'SetChargingProfile',
    { status: 'Accepted' },
    { status: 'Rejected' },
    (id) => ({
      chargerId: id,
      connectorId: 0,
      profile: {
        chargingProfileId: 1,
        stackLevel: 0,
        purpose: 'CHARGE_POINT_MAX_PROFILE',
        kind: 'ABSOLUTE',
        chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }] },
      },
    }),
    'SetChargingProfileInput',
  ),
  plain(
    'clearChargingProfile',
    'ClearChargingProfile',
    { status: 'Accepted' },
    { status: 'Unknown' },
    (id) => ({ chargerId: id, chargingProfileId: 1 }),
    'ClearChargingProfileInput',
  ),
  plain(
    'getCompositeSchedule',
    'GetCompositeSchedule',
    { status: 'Accepted', connectorId: 1 },
    { status: 'Rejected' },
    (id) => ({ chargerId: id, connectorId: 1, duration: 3600 }),
    'GetCompositeScheduleInput',
  ),
  plain(
    'sendLocalList',
    'SendLocalList',
    { status: 'Accepted' },
    { status: 'VersionMismatch' },
    (id) => ({ chargerId: id, updateType: 'FULL' }),
    'SendLocalListInput',
  ),
  plain(
    'updateFirmware',
    'UpdateFirmware',
    {},
    undefined,
    (id) => ({ chargerId: id, location: 'https://example.com/fw.bin' }),
    'UpdateFirmwareInput',
  ),
  plain(
    'getDiagnostics',
    'GetDiagnostics',
    { fileName: 'diag.zip' },
    undefined,
    (id) => ({ chargerId: id, location: 'ftp://example.com/upload' }),
    'GetDiagnosticsInput',
  ),
  {
    ...plain(
      'dataTransfer',
      'DataTransfer',
      { status: 'Accepted' },
      { status: 'Rejected' },
      (id) => ({ chargerId: id, vendorId: 'com.example', messageId: 'ping', data: '{}' }),
      'DataTransferInput',
    ),
    status: (data) => ({ ACCEPTED: 'Accepted', REJECTED: 'Rejected' })[data.dataTransfer.status as string] ?? '',
  },
  byChargerId('clearCache', 'ClearCache', { status: 'Accepted' }, { status: 'Rejected' }),
  byChargerId(
    'refreshConfiguration',
    'GetConfiguration',
    { configurationKey: [], unknownKey: [] },
    undefined,
    'RefreshConfigurationInput',
  ),
  byChargerId('getLocalListVersion', 'GetLocalListVersion', { listVersion: 3 }),
  {
    name: 'remoteStart',
    action: 'RemoteStartTransaction',
    accepted: { status: 'Accepted' },
    rejected: { status: 'Rejected' },
    doc: REMOTE_START,
    input: (id) => ({ input: { chargerId: id, connectorId: 1, idTag: 'MATRIX' } }),
    status: (data) => data.remoteStart.status,
  },
  {
    name: 'reserveNow',
    action: 'ReserveNow',
    accepted: { status: 'Accepted' },
    rejected: { status: 'Occupied' },
    doc: RESERVE_NOW,
    input: (id) => ({ input: { chargerId: id, connectorId: 1, idTag: 'MATRIX', expiresAt: inAnHour() } }),
    status: (data) => data.reserveNow.answer,
  },
  {
    name: 'remoteStop',
    action: 'RemoteStopTransaction',
    accepted: { status: 'Accepted' },
    rejected: { status: 'Rejected' },
    doc: `mutation($input: RemoteStopInput!) ${result('remoteStop')}`,
    input: (_, sessionId) => ({ input: { sessionId } }),
    status: (data) => data.remoteStop.status,
    async prepare(admin, client, chargerId) {
      answer(client, 'RemoteStartTransaction', () => ({ status: 'Accepted' }));
      const { remoteStart } = (
        await admin.request(REMOTE_START, { input: { chargerId, connectorId: 1, idTag: 'MATRIX' } })
      ).expectNoErrors();
      await startTransaction(client, 1, 'MATRIX');
      return remoteStart.session.id;
    },
  },
  {
    name: 'cancelReservation',
    action: 'CancelReservation',
    accepted: { status: 'Accepted' },
    rejected: { status: 'Rejected' },
    doc: 'mutation($input: CancelReservationInput!) { cancelReservation(input: $input) { status accepted } }',
    input: (_, id) => ({ input: { id } }),
    status: (data) => data.cancelReservation.status,
    async prepare(admin, client, chargerId) {
      answer(client, 'ReserveNow', () => ({ status: 'Accepted' }));
      const { reserveNow } = (
        await admin.request(RESERVE_NOW, {
          input: { chargerId, connectorId: 1, idTag: 'MATRIX', expiresAt: inAnHour() },
        })
      ).expectNoErrors();
      return reserveNow.id;
    },
  },
];

let serial = 0;
/** A fresh charger per scenario: a command left unanswered blocks the next one (ocpp-rpc callConcurrency 1). */
async function scenario(c: Case, reply: (() => unknown) | 'offline', check: (res: GqlResult) => void) {
  const { id, client } = await readyCharger(server, `CP-M-${c.name}-${++serial}`);
  try {
    const prepared = c.prepare ? await c.prepare(server.admin, client, id) : null;
    if (reply === 'offline') await client.close({ force: true });
    else answer(client, c.action, reply);
    if (reply === 'offline') {
      // The server notices the close asynchronously.
      const deadline = Date.now() + 5000;
      while (server.app.services.gateway.isConnected(`CP-M-${c.name}-${serial}`) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));
    }
    check(await server.admin.request(c.doc, c.input(id, prepared)));
  } finally {
    await client.close({ force: true });
  }
}

describe.each(CASES)('$name sends $action', (c) => {
  it("returns the charger's Accepted answer as data", async () => {
    await scenario(
      c,
      () => c.accepted,
      (res) => {
        const data = res.expectNoErrors();
        expect(c.status(data)).toBe(typeof c.accepted.status === 'string' ? c.accepted.status : 'Accepted');
        if (data[c.name].accepted !== undefined) expect(data[c.name].accepted).toBe(true);
      },
    );
  });

  it.runIf(c.rejected)("returns the charger's refusal as data, not an error", async () => {
    await scenario(
      c,
      () => c.rejected,
      (res) => {
        const data = res.expectNoErrors();
        expect(c.status(data)).toBe(c.rejected!.status);
        if (data[c.name].accepted !== undefined) expect(data[c.name].accepted).toBe(false);
      },
    );
  });

  it('turns a CALLERROR into CHARGER_ERROR with the OCPP code', async () => {
    await scenario(
      c,
      () => {
        throw createRPCError('NotSupported', 'not on this model');
      },
      (res) => {
        expect(res.expectError('CHARGER_ERROR').extensions?.ocppErrorCode).toBe('NotSupported');
      },
    );
  });

  it('gives CHARGER_TIMEOUT when the charger never answers', async () => {
    await scenario(c, never, (res) => void res.expectError('CHARGER_TIMEOUT'));
  });

  it('gives CHARGER_OFFLINE at once when the charger is not connected', async () => {
    await scenario(c, 'offline', (res) => void res.expectError('CHARGER_OFFLINE'));
  });
});
