import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chargerEvents, connectors, sessions } from '../src/db/schema/index.js';
import { bootedCharger, connectCharger, registerCharger } from './kit/charger.js';
import { anIdTag, newBootedCharger, callError, closed, iso, rowsOf, setCharger } from './kit/ocpp.js';
import { startServer, type TestServer } from './kit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  await anIdTag(server, 'ROB-TAG');
});
afterAll(() => server?.stop());

const charger = (ocppId: string) => newBootedCharger(server, ocppId);

describe('bad input from one charger', () => {
  it('closes only the socket that sends a 1 MiB frame', async () => {
    const [big, bystander] = [await charger('ROB-BIG'), await charger('ROB-NEAR-1')];
    try {
      const bigClosed = closed(big);
      big.sendRaw(JSON.stringify([2, 'big', 'DataTransfer', { vendorId: 'x', data: 'x'.repeat(1024 * 1024) }]));
      expect(await bigClosed).toBe(1009); // Message Too Big
      expect(await bystander.call('Heartbeat', {})).toHaveProperty('currentTime');
    } finally {
      await Promise.all([big.close({ force: true }), bystander.close({ force: true })]);
    }
  });

  it('disconnects a charger sending 1,000 malformed frames and serves the others meanwhile', async () => {
    const flooder = await charger('ROB-FLOOD');
    const others = [await charger('ROB-NEAR-2'), await charger('ROB-NEAR-3')];
    try {
      const flooderClosed = closed(flooder);
      const answers: Promise<unknown>[] = [];
      for (let i = 0; i < 1000; i++) {
        try {
          flooder.sendRaw(i % 2 ? 'not json at all' : '[2, 17, {"broken":');
        } catch {
          break; // the server already closed it
        }
        if (i % 100 === 0)
          answers.push(
            ...others.map((cp, n) =>
              cp.call('StatusNotification', { connectorId: n + 1, status: 'Available', errorCode: 'NoError' }),
            ),
          );
      }
      expect([1002, 1008]).toContain(await flooderClosed); // protocol error or policy violation
      expect((await Promise.all(answers)).every((a) => JSON.stringify(a) === '{}')).toBe(true);
      for (const cp of others) expect(await cp.call('Heartbeat', {})).toHaveProperty('currentTime');
    } finally {
      await Promise.all([flooder, ...others].map((cp) => cp.close({ force: true })));
    }
  });

  it('answers each bad CALL with the right CALLERROR', async () => {
    const cp = await charger('ROB-ERRORS');
    try {
      expect(await callError(cp.call('StatusNotification', { connectorId: 1, errorCode: 'NoError' }))).toMatch(
        /Occur+enceConstraintViolation/,
      );
      expect(
        await callError(cp.call('StatusNotification', { connectorId: '1', status: 'Available', errorCode: 'NoError' })),
      ).toBe('TypeConstraintViolation');
      expect(
        await callError(cp.call('StatusNotification', { connectorId: 1, status: 'Sleeping', errorCode: 'NoError' })),
      ).toBe('FormationViolation');
      expect(
        await callError(
          cp.call('StatusNotification', { connectorId: 1, status: 'Available', errorCode: 'NoError', colour: 'red' }),
        ),
      ).toBe('PropertyConstraintViolation');
      expect(await callError(cp.call('TeleportCar', {}))).toBe('NotImplemented');
      expect(await cp.call('Heartbeat', {})).toHaveProperty('currentTime');
    } finally {
      await cp.close({ force: true });
    }
  });

  it('disconnects a charger that keeps sending CALLs that fail validation', async () => {
    const cp = await charger('ROB-INVALID');
    const cpClosed = closed(cp);
    for (let i = 0; i < 25; i++) {
      const answer = await callError(cp.call('Heartbeat', { unexpected: i }));
      if (answer !== 'PropertyConstraintViolation') break;
    }
    expect(await cpClosed).toBe(1008);
  });
});

describe('harmless rule-breaking, tolerated and flagged', () => {
  it('reads +03 offsets properly and zone-less times as UTC, and flags both', async () => {
    const cp = await charger('ROB-TIME');
    try {
      await cp.call('StatusNotification', {
        connectorId: 1,
        status: 'Available',
        errorCode: 'NoError',
        timestamp: '2024-05-01T13:00:00+03',
      });
      await cp.call('StatusNotification', {
        connectorId: 2,
        status: 'Available',
        errorCode: 'NoError',
        timestamp: '2024-05-01T10:00:00',
      });
      const rows = await rowsOf(server, connectors, 'ROB-TIME', connectors.connectorId);
      expect(rows.map((r) => r.statusAt)).toEqual([new Date('2024-05-01T10:00:00Z'), new Date('2024-05-01T10:00:00Z')]);
      const quirks = (await rowsOf(server, chargerEvents, 'ROB-TIME', chargerEvents.id)).filter(
        (e) => e.type === 'ProtocolQuirk',
      );
      expect(quirks.map((q) => q.payload.quirk).sort()).toEqual(['timestamp.shortOffset', 'timestamp.zoneless']);
    } finally {
      await cp.close({ force: true });
    }
  });

  it('takes empty sampledValue arrays and a StartTransaction from the future', async () => {
    const cp = await charger('ROB-ODD');
    try {
      const future = iso(Date.now() + 3_600_000);
      const { transactionId } = (await cp.call('StartTransaction', {
        connectorId: 1,
        idTag: 'ROB-TAG',
        meterStart: 0,
        timestamp: future,
      })) as any;
      expect(transactionId).toBeGreaterThan(0);
      expect(
        await cp.call('MeterValues', {
          connectorId: 1,
          transactionId,
          meterValue: [{ timestamp: iso(Date.now()), sampledValue: [] }],
        }),
      ).toEqual({});
      const [session] = await rowsOf(server, sessions, 'ROB-ODD');
      expect(session).toMatchObject({ startedAt: new Date(future), flags: { futureTimestamp: future } });
      const quirks = (await rowsOf(server, chargerEvents, 'ROB-ODD', chargerEvents.id)).map((e) => e.payload.quirk);
      expect(quirks).toEqual(['startTransaction.futureTimestamp', 'meterValues.emptySampledValue']);
    } finally {
      await cp.close({ force: true });
    }
  });

  it('refuses over-long strings from a strict charger and takes them, flagged, from a lenient one', async () => {
    const report = {
      connectorId: 1,
      status: 'Faulted',
      errorCode: 'OtherError',
      info: 'a vendor message far longer than fifty characters allows',
    };
    const strict = await charger('ROB-STRICT');
    try {
      expect(await callError(strict.call('StatusNotification', report))).toBe('FormationViolation');
    } finally {
      await strict.close({ force: true });
    }
    await registerCharger(server.admin, 'ROB-LENIENT');
    await setCharger(server, 'ROB-LENIENT', { lenientValidation: true });
    const lenient = await bootedCharger(server.ocppUrl, 'ROB-LENIENT');
    try {
      expect(await lenient.call('StatusNotification', report)).toEqual({});
      // Lenient is about length only: other schema errors are still refused.
      expect(await callError(lenient.call('StatusNotification', { ...report, status: 'Sleeping' }))).toBe(
        'FormationViolation',
      );
      const [row] = await rowsOf(server, connectors, 'ROB-LENIENT');
      expect(row.info).toBe(report.info);
      const quirks = (await rowsOf(server, chargerEvents, 'ROB-LENIENT', chargerEvents.id)).map((e) => e.payload);
      expect(quirks).toEqual([expect.objectContaining({ quirk: 'schema.overlongString', paths: ['/info'] })]);
    } finally {
      await lenient.close({ force: true });
    }
  });
});

describe('before an Accepted boot', () => {
  it('answers SecurityError to every CALL but BootNotification (OCPP-J 1.6 errata §3.8)', async () => {
    await registerCharger(server.admin, 'ROB-NOBOOT');
    const cp = await connectCharger(server.ocppUrl, 'ROB-NOBOOT');
    try {
      expect(
        await callError(
          cp.call('StartTransaction', { connectorId: 1, idTag: 'ROB-TAG', meterStart: 0, timestamp: iso(Date.now()) }),
        ),
      ).toBe('SecurityError');
      expect(await callError(cp.call('TeleportCar', {}))).toBe('NotImplemented');
      expect(await rowsOf(server, sessions, 'ROB-NOBOOT')).toEqual([]);
    } finally {
      await cp.close({ force: true });
    }
  });
});
