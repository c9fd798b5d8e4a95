import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenants } from '../src/db/schema/index.js';
import { registerCharger } from './kit/charger.js';
import { basicAuth, handshakeStatus, setCharger } from './kit/ocpp.js';
import { bootedStation, bootRequest201, CallError, RawStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';

// OCPP 2.0.1 blocks A (Basic auth, security events), B (provisioning) and G (availability),
// driven by a hand-written station over a real socket.
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server?.stop());

const chargerQuery = (ocppId: string, fields: string) =>
  server.admin.request(`{ charger(ocppId: "${ocppId}") { ${fields} } }`).then((r) => r.expectNoErrors().charger);

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (err) {
    return err instanceof CallError ? err.errorCode : String(err);
  }
}

describe('OCPP 2.0.1 handshake and provisioning (B)', () => {
  it('one URL for both versions: 2.0.1 preferred when offered, 1.6 otherwise, and a charger may switch', async () => {
    await registerCharger(server.admin, 'V201-SWITCH');
    const url = `${server.ocppUrl}/V201-SWITCH`;
    const both = await RawStation.connect(url, { protocols: ['ocpp1.6', 'ocpp2.0.1'] });
    expect(both.protocol).toBe('ocpp2.0.1');
    await both.call('BootNotification', bootRequest201());
    await both.close();
    await expect
      .poll(() => chargerQuery('V201-SWITCH', 'ocppVersion'), { timeout: 10_000 })
      .toEqual({ ocppVersion: '2.0.1' });

    const old = await RawStation.connect(url, { protocols: ['ocpp1.6'] });
    expect(old.protocol).toBe('ocpp1.6');
    // Boot acceptance belongs to the charger: the 1.6 firmware is served without booting again.
    expect(await old.call('Heartbeat', {})).toEqual({ currentTime: expect.any(String) });
    await old.close();
    // Written with the batched signs of life (like `online`): visible within a moment.
    await expect
      .poll(() => chargerQuery('V201-SWITCH', 'ocppVersion'), { timeout: 10_000 })
      .toEqual({ ocppVersion: '1.6' });
    expect(await handshakeStatus(url, ['ocpp2.1'])).toBe(400);
  });

  it('BootNotification Accepted with an interval, then Heartbeat; before acceptance CALLs get SecurityError', async () => {
    await registerCharger(server.admin, 'V201-BOOT');
    const station = await RawStation.connect(`${server.ocppUrl}/V201-BOOT`);
    try {
      expect(await rejection(station.call('Heartbeat', {}))).toBe('SecurityError');
      const boot = await station.call('BootNotification', bootRequest201());
      expect(boot).toEqual({ status: 'Accepted', currentTime: expect.any(String), interval: expect.any(Number) });
      expect(boot.interval).toBeGreaterThan(0);
      expect(await station.call('Heartbeat', {})).toEqual({ currentTime: expect.any(String) });
      expect(
        await chargerQuery(
          'V201-BOOT',
          'vendor model serialNumber firmwareVersion ocppVersion registrationStatus online',
        ),
      ).toEqual({
        vendor: 'RawWorks',
        model: 'Raw-2',
        serialNumber: 'RW-1',
        firmwareVersion: '2.0.1-r1',
        ocppVersion: '2.0.1',
        registrationStatus: 'ACCEPTED',
        online: true,
      });
      const { events } = await chargerQuery('V201-BOOT', 'events(type: "BootReason") { type payload }');
      expect(events).toEqual([{ type: 'BootReason', payload: { reason: 'PowerUp' } }]);
    } finally {
      await station.close();
    }
  });

  it('Pending for a newcomer an operator has not approved (same registration as 1.6), Rejected for a rejected one', async () => {
    await server.app.database.db.update(tenants).set({ acceptUnknownChargers: true }).where(eq(tenants.slug, 'demo'));
    const newcomer = await RawStation.connect(`${server.ocppUrl}/demo/V201-NEWCOMER`);
    try {
      const boot = await newcomer.call('BootNotification', bootRequest201());
      expect(boot.status).toBe('Pending');
      expect(await rejection(newcomer.call('StatusNotification', statusOf(1, 'Available')))).toBe('SecurityError');
      expect(await chargerQuery('V201-NEWCOMER', 'registrationStatus ocppVersion')).toEqual({
        registrationStatus: 'PENDING',
        ocppVersion: '2.0.1',
      });
      await setCharger(server, 'V201-NEWCOMER', { registrationStatus: 'ACCEPTED' });
      expect((await newcomer.call('BootNotification', bootRequest201())).status).toBe('Accepted');
    } finally {
      await newcomer.close();
      await server.app.database.db
        .update(tenants)
        .set({ acceptUnknownChargers: false })
        .where(eq(tenants.slug, 'demo'));
    }

    await registerCharger(server.admin, 'V201-REJECTED');
    await setCharger(server, 'V201-REJECTED', { registrationStatus: 'REJECTED' });
    const rejected = await RawStation.connect(`${server.ocppUrl}/V201-REJECTED`);
    try {
      expect((await rejected.call('BootNotification', bootRequest201())).status).toBe('Rejected');
    } finally {
      await rejected.close();
    }
  });

  it('Basic auth per station (security profile 1): wrong password 401, right one connects', async () => {
    await registerCharger(server.admin, 'V201-AUTH', { password: 'station-secret-1' });
    const url = `${server.ocppUrl}/V201-AUTH`;
    expect(await handshakeStatus(url, ['ocpp2.0.1'], basicAuth('V201-AUTH', 'wrong-password'))).toBe(401);
    expect(await handshakeStatus(url, ['ocpp2.0.1'])).toBe(401);
    const station = await bootedStation(url, { headers: basicAuth('V201-AUTH', 'station-secret-1') });
    await station.close();
  });
});

function statusOf(evseId: number, connectorStatus: string, connectorId = 1) {
  return { timestamp: new Date().toISOString(), connectorStatus, evseId, connectorId };
}

describe('OCPP 2.0.1 availability (G), security events (A) and the device model report (B07)', () => {
  it('StatusNotification per EVSE and connector shows as Charger.evses', async () => {
    await registerCharger(server.admin, 'V201-EVSES');
    const station = await bootedStation(`${server.ocppUrl}/V201-EVSES`);
    try {
      await station.call('StatusNotification', statusOf(1, 'Available'));
      await station.call('StatusNotification', statusOf(2, 'Occupied'));
      await station.call('StatusNotification', statusOf(3, 'Faulted'));
      const { evses } = await chargerQuery('V201-EVSES', 'evses { id evseId connectors { id connectorId status } }');
      expect(evses.map((e: any) => [e.evseId, e.connectors.map((c: any) => [c.connectorId, c.status])])).toEqual([
        [1, [[1, 'AVAILABLE']]],
        [2, [[1, 'PREPARING']]],
        [3, [[1, 'FAULTED']]],
      ]);
      expect(new Set(evses.map((e: any) => e.id)).size).toBe(3);
    } finally {
      await station.close();
    }
  });

  it('a 1.6 charger shows each connector as an EVSE of its own', async () => {
    await registerCharger(server.admin, 'V16-EVSES');
    const station = await RawStation.connect(`${server.ocppUrl}/V16-EVSES`, { protocols: ['ocpp1.6'] });
    try {
      await station.call('BootNotification', { chargePointVendor: 'Old', chargePointModel: 'One' });
      for (const connectorId of [0, 1, 2])
        await station.call('StatusNotification', { connectorId, errorCode: 'NoError', status: 'Available' });
      const { evses } = await chargerQuery('V16-EVSES', 'evses { evseId connectors { connectorId status } }');
      expect(evses).toEqual([
        { evseId: 1, connectors: [{ connectorId: 1, status: 'AVAILABLE' }] },
        { evseId: 2, connectors: [{ connectorId: 1, status: 'AVAILABLE' }] },
      ]);
    } finally {
      await station.close();
    }
  });

  it('SecurityEventNotification is stored and visible on the charger', async () => {
    await registerCharger(server.admin, 'V201-SEC');
    const station = await bootedStation(`${server.ocppUrl}/V201-SEC`);
    try {
      const timestamp = '2026-12-05T08:00:00.000Z';
      await station.call('SecurityEventNotification', { type: 'FirmwareUpdated', timestamp, techInfo: 'v2' });
      const { events } = await chargerQuery(
        'V201-SEC',
        'events(type: "SecurityEventNotification") { type payload timestamp }',
      );
      expect(events).toEqual([
        {
          type: 'SecurityEventNotification',
          payload: { type: 'FirmwareUpdated', timestamp, techInfo: 'v2' },
          timestamp,
        },
      ]);
    } finally {
      await station.close();
    }
  });

  it('FirmwareStatusNotification (L01), LogStatusNotification (N01) and NotifyEvent show on the charger', async () => {
    await registerCharger(server.admin, 'V201-PROGRESS');
    const station = await bootedStation(`${server.ocppUrl}/V201-PROGRESS`);
    try {
      await station.call('FirmwareStatusNotification', { status: 'Downloading', requestId: 5 });
      await station.call('FirmwareStatusNotification', { status: 'Installed', requestId: 5 });
      await station.call('LogStatusNotification', { status: 'Uploaded', requestId: 6 });
      const lockFailure = {
        generatedAt: '2026-12-05T08:00:00.000Z',
        seqNo: 0,
        tbc: false,
        eventData: [
          {
            eventId: 1,
            timestamp: '2026-12-05T08:00:00.000Z',
            trigger: 'Delta',
            actualValue: 'true',
            eventNotificationType: 'HardWiredNotification',
            component: { name: 'ConnectorPlugRetentionLock', evse: { id: 1, connectorId: 1 } },
            variable: { name: 'Problem' },
          },
        ],
      };
      await station.call('NotifyEvent', lockFailure);
      const charger = await chargerQuery(
        'V201-PROGRESS',
        `firmwareStatus diagnosticsStatus
         firmwareStatusHistory(first: 5) { edges { node { kind firmwareStatus diagnosticsStatus } } }
         events(type: "NotifyEvent") { type payload }`,
      );
      expect(charger).toEqual({
        firmwareStatus: 'INSTALLED',
        diagnosticsStatus: 'UPLOADED',
        firmwareStatusHistory: {
          edges: [
            { node: { kind: 'DIAGNOSTICS', firmwareStatus: null, diagnosticsStatus: 'UPLOADED' } },
            { node: { kind: 'FIRMWARE', firmwareStatus: 'INSTALLED', diagnosticsStatus: null } },
            { node: { kind: 'FIRMWARE', firmwareStatus: 'DOWNLOADING', diagnosticsStatus: null } },
          ],
        },
        events: [{ type: 'NotifyEvent', payload: lockFailure }],
      });
    } finally {
      await station.close();
    }
  });

  it('a NotifyReport in several parts (seqNo, tbc) becomes the device model; secrets are not kept', async () => {
    await registerCharger(server.admin, 'V201-REPORT');
    const station = await bootedStation(`${server.ocppUrl}/V201-REPORT`);
    const entry = (
      component: any,
      variable: string,
      value: string,
      mutability = 'ReadWrite',
      dataType = 'integer',
    ) => ({
      component,
      variable: { name: variable },
      variableAttribute: [{ type: 'Actual', value, mutability }],
      variableCharacteristics: {
        dataType,
        supportsMonitoring: false,
        ...(dataType === 'integer' ? { unit: 's' } : {}),
      },
    });
    try {
      const part = (seqNo: number, tbc: boolean, reportData: unknown[]) =>
        station.call('NotifyReport', { requestId: 7, generatedAt: new Date().toISOString(), seqNo, tbc, reportData });
      await part(0, true, [entry({ name: 'OCPPCommCtrlr' }, 'HeartbeatInterval', '300')]);
      await part(1, true, [
        entry({ name: 'EVSE', evse: { id: 1 } }, 'AvailabilityState', 'Available', 'ReadOnly', 'OptionList'),
      ]);
      await part(2, false, [
        entry({ name: 'SecurityCtrlr' }, 'BasicAuthPassword', 'do-not-keep-me', 'WriteOnly', 'string'),
      ]);
      const { variables, events } = await chargerQuery(
        'V201-REPORT',
        `variables { component instance evseId connectorId variable attributeType value mutability dataType unit }
         events(type: "ReportCompleted") { payload }`,
      );
      expect(variables).toEqual([
        {
          component: 'EVSE',
          instance: null,
          evseId: 1,
          connectorId: null,
          variable: 'AvailabilityState',
          attributeType: 'ACTUAL',
          value: 'Available',
          mutability: 'READ_ONLY',
          dataType: 'OPTION_LIST',
          unit: null,
        },
        {
          component: 'OCPPCommCtrlr',
          instance: null,
          evseId: null,
          connectorId: null,
          variable: 'HeartbeatInterval',
          attributeType: 'ACTUAL',
          value: '300',
          mutability: 'READ_WRITE',
          dataType: 'INTEGER',
          unit: 's',
        },
        expect.objectContaining({ component: 'SecurityCtrlr', variable: 'BasicAuthPassword', value: null }),
      ]);
      expect(events).toEqual([{ payload: expect.objectContaining({ requestId: 7, lastSeqNo: 2 }) }]);
      const filtered = await chargerQuery(
        'V201-REPORT',
        'variables(filter: { component: "ocppcommctrlr" }) { variable }',
      );
      expect(filtered.variables).toEqual([{ variable: 'HeartbeatInterval' }]);
    } finally {
      await station.close();
    }
  });
});
