import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../src/db/schema/index.js';
import { registerCharger } from './kit/charger.js';
import { basicAuth, handshakeStatus, rowsOf } from './kit/ocpp.js';
import { bootedStation, CallError, type RawStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';

// Bad frames from a 2.0.1 station get the OCPP 2.0.1-J §4.3 error codes, one at a time, and the
// server keeps serving it and every other station.
let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

async function station(ocppId: string): Promise<RawStation> {
  await registerCharger(server.admin, ocppId);
  return bootedStation(`${server.ocppUrl}/${ocppId}`);
}

const closed = (s: RawStation) => new Promise<number>((resolve) => s.ws.once('close', (code) => resolve(code)));

async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof CallError) return err.errorCode;
    throw err;
  }
  throw new Error('expected a CALLERROR');
}

const status = (over: Record<string, unknown> = {}) => ({
  timestamp: new Date().toISOString(),
  connectorStatus: 'Available',
  evseId: 1,
  connectorId: 1,
  ...over,
});

describe('OCPP 2.0.1 robustness', () => {
  it('answers each bad CALL with the 2.0.1 error code and goes on serving the station', async () => {
    const s = await station('V201-ROB-ERR');
    try {
      const { connectorStatus: _, ...missing } = status();
      expect(await errorOf(s.call('StatusNotification', missing))).toBe('OccurrenceConstraintViolation');
      expect(await errorOf(s.call('StatusNotification', status({ evseId: '1' })))).toBe('TypeConstraintViolation');
      expect(await errorOf(s.call('StatusNotification', status({ connectorStatus: 'Sleeping' })))).toBe(
        'FormatViolation',
      );
      expect(await errorOf(s.call('StatusNotification', status({ colour: 'red' })))).toBe(
        'PropertyConstraintViolation',
      );
      // 2^31 does not fit OCPP's 32-bit integer (2.0.1 Part 2 §2.1).
      expect(await errorOf(s.call('StatusNotification', status({ evseId: 2 ** 31 })))).toBe('FormatViolation');
      expect(await errorOf(s.call('TeleportCar', {}))).toBe('NotImplemented');
      // A 1.6 action on a 2.0.1 connection is unknown there.
      expect(await errorOf(s.call('StartTransaction', { connectorId: 1 }))).toBe('NotImplemented');

      expect(await s.sendRaw('not json at all')).toEqual([4, '-1', 'RpcFrameworkError', expect.any(String), {}]);
      expect(await s.sendRaw('{"an":"object"}')).toEqual([4, '-1', 'RpcFrameworkError', expect.any(String), {}]);
      expect(await s.sendRaw(JSON.stringify([2, 17, 'Heartbeat', {}]))).toEqual([
        4,
        '-1',
        'RpcFrameworkError',
        expect.any(String),
        {},
      ]);
      // OCPP 2.0.1-J §4.4: a message type it does not know (e.g. a 2.1 SEND) is MessageTypeNotSupported.
      // ocpp-rpc checks the type before it reads the message id, so the answer carries "-1".
      expect(await s.sendRaw(JSON.stringify([6, 'x-1', 'NotifyPeriodicEventStream', {}]))).toEqual([
        4,
        '-1',
        'MessageTypeNotSupported',
        expect.any(String),
        {},
      ]);
      expect(await s.call('Heartbeat', {})).toHaveProperty('currentTime');
      expect(await s.call('StatusNotification', status())).toEqual({});
    } finally {
      await s.close();
    }
  });

  it('refuses Basic auth whose user name is not the station id, even with the right password (401)', async () => {
    await registerCharger(server.admin, 'V201-ROB-AUTH', { password: 'station-password-1' });
    const url = `${server.ocppUrl}/V201-ROB-AUTH`;
    expect(await handshakeStatus(url, ['ocpp2.0.1'], basicAuth('SOMEONE-ELSE', 'station-password-1'))).toBe(401);
    expect(await handshakeStatus(url, ['ocpp2.0.1'], basicAuth('V201-ROB-AUTH', 'station-password-1'))).toBe(101);
  });

  it('takes a retried CALL (same message id, sent again) and a stray CALLRESULT without harm', async () => {
    const s = await station('V201-ROB-DUP');
    try {
      const event = {
        eventType: 'Started',
        timestamp: new Date().toISOString(),
        triggerReason: 'Authorized',
        seqNo: 0,
        transactionInfo: { transactionId: 'TX-DUP' },
        evse: { id: 1, connectorId: 1 },
      };
      // A station that lost the answer sends the same frame again: one session, both answered.
      expect(await s.call('TransactionEvent', event, 'same-id')).toEqual({});
      expect(await s.call('TransactionEvent', event, 'same-id')).toEqual({});
      expect(await rowsOf(server, sessions, 'V201-ROB-DUP')).toHaveLength(1);
      // An answer to a CALL the server never made is ignored (no reply, nothing closes).
      s.ws.send(JSON.stringify([3, 'never-asked', {}]));
      s.ws.send(JSON.stringify([4, 'never-asked-either', 'GenericError', '', {}]));
      expect(await s.call('Heartbeat', {})).toHaveProperty('currentTime');
    } finally {
      await s.close();
    }
  });

  it('closes only the socket of a station sending an oversized frame or a flood of garbage', async () => {
    const [big, flooder, bystander] = [
      await station('V201-ROB-BIG'),
      await station('V201-ROB-FLOOD'),
      await station('V201-ROB-NEAR'),
    ];
    try {
      const bigClosed = closed(big);
      big.ws.send(JSON.stringify([2, 'big', 'DataTransfer', { vendorId: 'x', data: 'x'.repeat(1024 * 1024) }]));
      expect(await bigClosed).toBe(1009);

      const flooderClosed = closed(flooder);
      for (let i = 0; i < 1000 && flooder.ws.readyState === flooder.ws.OPEN; i++)
        flooder.ws.send(i % 2 ? 'garbage' : '[2, "x", {"broken":');
      expect([1002, 1008]).toContain(await flooderClosed);

      expect(await bystander.call('Heartbeat', {})).toHaveProperty('currentTime');
      expect(await bystander.call('StatusNotification', status())).toEqual({});
    } finally {
      await Promise.all([big.close(), flooder.close(), bystander.close()]);
    }
  });
});
