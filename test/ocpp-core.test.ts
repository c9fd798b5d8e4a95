import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chargerEvents, connectorStatusHistory, meterValues, sessions } from '../src/db/schema/index.js';
import { bootedCharger, connectCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { anIdTag, chargerRow, iso, rowsOf } from './kit/ocpp.js';
import { startServer, type TestServer } from './kit/server.js';

// OCPP 1.6 Core behaviours, named after the OCTT test cases they follow (ocpp.md §4.1).
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  await anIdTag(server, 'GOOD-TAG');
  await anIdTag(server, 'FLEET-CARD', { parentIdTag: 'FLEET', expiresAt: new Date(Date.now() + 86_400_000) });
  await anIdTag(server, 'OLD-TAG', { expiresAt: new Date(Date.now() - 86_400_000) });
  await anIdTag(server, 'LOST-TAG', { status: 'BLOCKED' });
});
afterAll(() => server?.stop());

async function withCharger(ocppId: string, run: (cp: TestCharger) => Promise<void>): Promise<void> {
  await registerCharger(server.admin, ocppId);
  const cp = await bootedCharger(server.ocppUrl, ocppId);
  try {
    await run(cp);
  } finally {
    await cp.close({ force: true });
  }
}

const status = (cp: TestCharger, connectorId: number, s: string) =>
  cp.call('StatusNotification', { connectorId, status: s, errorCode: 'NoError', timestamp: iso(Date.now()) });

describe('TC_001 cold boot', () => {
  it('accepts the boot, keeps what the charger reported and creates its connectors', async () => {
    await registerCharger(server.admin, 'CORE-BOOT');
    const cp = await connectCharger(server.ocppUrl, 'CORE-BOOT');
    try {
      const boot = (await cp.call('BootNotification', {
        chargePointVendor: 'Alfen',
        chargePointModel: 'Eve',
        chargePointSerialNumber: 'ALF-1',
        chargeBoxSerialNumber: 'BOX-1',
        firmwareVersion: '4.2.0',
        iccid: '8931080019',
        imsi: '204080',
        meterType: 'MID',
        meterSerialNumber: 'M-9',
      })) as Record<string, unknown>;
      expect(boot).toMatchObject({ status: 'Accepted', interval: 300 });
      expect(Math.abs(new Date(boot.currentTime as string).getTime() - Date.now())).toBeLessThan(60_000);
      for (const id of [0, 1, 2]) await status(cp, id, 'Available');
      await cp.call('StatusNotification', {
        connectorId: 2,
        status: 'Faulted',
        errorCode: 'GroundFailure',
        info: 'RCD tripped',
        vendorErrorCode: 'E42',
      });
      expect(await cp.call('Heartbeat', {})).toHaveProperty('currentTime');
      await server.app.flush();

      const { charger } = (
        await server.admin
          .request(`{ charger(ocppId: "CORE-BOOT") { online status lastMessage vendor model serialNumber firmwareVersion ocppVersion registrationStatus
          connectors { connectorId status errorCode info vendorErrorCode } } }`)
      ).expectNoErrors();
      expect(charger).toEqual({
        online: true,
        status: 'AVAILABLE',
        lastMessage: 'Heartbeat',
        vendor: 'Alfen',
        model: 'Eve',
        serialNumber: 'ALF-1',
        firmwareVersion: '4.2.0',
        ocppVersion: '1.6',
        registrationStatus: 'ACCEPTED',
        connectors: [
          { connectorId: 1, status: 'AVAILABLE', errorCode: 'NO_ERROR', info: null, vendorErrorCode: null },
          {
            connectorId: 2,
            status: 'FAULTED',
            errorCode: 'GROUND_FAILURE',
            info: 'RCD tripped',
            vendorErrorCode: 'E42',
          },
        ],
      });
      expect(await chargerRow(server, 'CORE-BOOT')).toMatchObject({
        iccid: '8931080019',
        imsi: '204080',
        chargeBoxSerialNumber: 'BOX-1',
        meterSerialNumber: 'M-9',
      });
      const history = await rowsOf(server, connectorStatusHistory, 'CORE-BOOT', connectorStatusHistory.id);
      expect(history.filter((h) => h.connectorId === 2).map((h) => h.status)).toEqual(['AVAILABLE', 'FAULTED']);
    } finally {
      await cp.close({ force: true });
    }
  });
});

describe('regular charging sessions', () => {
  it('TC_003: plugged in first, then authorized, charged, stopped', async () => {
    await withCharger('CORE-PLUG', async (cp) => {
      await status(cp, 1, 'Preparing');
      expect(await cp.call('Authorize', { idTag: 'GOOD-TAG' })).toEqual({ idTagInfo: { status: 'Accepted' } });
      const start = (await cp.call('StartTransaction', {
        connectorId: 1,
        idTag: 'GOOD-TAG',
        meterStart: 1000,
        timestamp: iso(Date.now()),
      })) as any;
      expect(start).toEqual({ transactionId: expect.any(Number), idTagInfo: { status: 'Accepted' } });
      expect(start.transactionId).toBeGreaterThan(0);
      await status(cp, 1, 'Charging');
      await cp.call('MeterValues', {
        connectorId: 1,
        transactionId: start.transactionId,
        meterValue: [
          {
            timestamp: iso(Date.now()),
            sampledValue: [
              { value: '1.75', unit: 'kWh', context: 'Sample.Periodic' },
              { value: '7200', measurand: 'Power.Active.Import', unit: 'W' },
            ],
          },
        ],
      });
      await status(cp, 1, 'Finishing');
      expect(
        await cp.call('StopTransaction', {
          transactionId: start.transactionId,
          idTag: 'GOOD-TAG',
          meterStop: 2500,
          timestamp: iso(Date.now()),
          reason: 'EVDisconnected',
        }),
      ).toEqual({ idTagInfo: { status: 'Accepted' } });
      await status(cp, 1, 'Available');
      await server.app.flush();

      const [session] = await rowsOf(server, sessions, 'CORE-PLUG');
      expect(session).toMatchObject({
        transactionId: start.transactionId,
        connectorId: 1,
        idTag: 'GOOD-TAG',
        status: 'COMPLETED',
        meterStartWh: 1000,
        meterStopWh: 2500,
        stopReason: 'EVDisconnected',
        stopIdTag: 'GOOD-TAG',
      });
      const values = await rowsOf(server, meterValues, 'CORE-PLUG', meterValues.id);
      expect(values.map((v) => [v.measurand, v.value, v.raw, v.unit, v.sessionId])).toEqual([
        ['Energy.Active.Import.Register', 1750, '1.75', 'Wh', session.id],
        ['Power.Active.Import', 7200, '7200', 'W', session.id],
      ]);
    });
  });

  it('TC_004_1: authorized first, then plugged in, charged, stopped by the driver', async () => {
    await withCharger('CORE-AUTH', async (cp) => {
      expect(await cp.call('Authorize', { idTag: 'fleet-card' })).toMatchObject({
        idTagInfo: { status: 'Accepted', parentIdTag: 'FLEET', expiryDate: expect.any(String) },
      });
      await status(cp, 1, 'Preparing');
      const start = (await cp.call('StartTransaction', {
        connectorId: 1,
        idTag: 'fleet-card',
        meterStart: 0,
        timestamp: iso(Date.now()),
      })) as any;
      expect(start.idTagInfo).toMatchObject({ status: 'Accepted', parentIdTag: 'FLEET' });
      await status(cp, 1, 'Charging');
      // Stop without idTag and reason: a charger-initiated stop, reason Local (OCPP-J 1.6 errata §2.5).
      expect(
        await cp.call('StopTransaction', {
          transactionId: start.transactionId,
          meterStop: 500,
          timestamp: iso(Date.now()),
        }),
      ).toEqual({});
      const [session] = await rowsOf(server, sessions, 'CORE-AUTH');
      expect(session).toMatchObject({ status: 'COMPLETED', stopReason: 'Local', meterStopWh: 500 });
    });
  });
});

describe('TC_023 authorize invalid, expired, blocked', () => {
  it('answers Invalid for an unknown tag, Expired past its expiry, Blocked for a blocked one', async () => {
    await withCharger('CORE-TAGS', async (cp) => {
      expect(await cp.call('Authorize', { idTag: 'NOBODY' })).toEqual({ idTagInfo: { status: 'Invalid' } });
      expect(await cp.call('Authorize', { idTag: 'OLD-TAG' })).toMatchObject({
        idTagInfo: { status: 'Expired', expiryDate: expect.any(String) },
      });
      expect(await cp.call('Authorize', { idTag: 'LOST-TAG' })).toEqual({ idTagInfo: { status: 'Blocked' } });
      const events = await rowsOf(server, chargerEvents, 'CORE-TAGS', chargerEvents.id);
      expect(events.map((e) => [e.type, e.payload.idTag, e.payload.status])).toEqual([
        ['Authorize', 'NOBODY', 'Invalid'],
        ['Authorize', 'OLD-TAG', 'Expired'],
        ['Authorize', 'LOST-TAG', 'Blocked'],
      ]);
    });
  });

  it('re-verifies the tag in StartTransaction: a blocked tag still gets a transactionId, the session is kept and flagged', async () => {
    await withCharger('CORE-BLOCKED', async (cp) => {
      const start = (await cp.call('StartTransaction', {
        connectorId: 1,
        idTag: 'LOST-TAG',
        meterStart: 0,
        timestamp: iso(Date.now()),
      })) as any;
      expect(start).toEqual({ transactionId: expect.any(Number), idTagInfo: { status: 'Blocked' } });
      const [session] = await rowsOf(server, sessions, 'CORE-BLOCKED');
      expect(session).toMatchObject({ status: 'ACTIVE', flags: { idTagStatus: 'Blocked' } });
    });
  });
});

describe('TC_064 data transfer and other reports', () => {
  it('answers UnknownVendorId unless a handler is registered, and keeps every DataTransfer', async () => {
    const off = server.app.services.station.dataTransfer.register('com.example.parking', async (req) => ({
      status: 'Accepted',
      data: `bay for ${req.data}`,
    }));
    try {
      await withCharger('CORE-DT', async (cp) => {
        expect(await cp.call('DataTransfer', { vendorId: 'com.unknown', messageId: 'x', data: '1' })).toEqual({
          status: 'UnknownVendorId',
        });
        expect(
          await cp.call('DataTransfer', { vendorId: 'com.example.parking', messageId: 'bay', data: 'EV-1' }),
        ).toEqual({ status: 'Accepted', data: 'bay for EV-1' });
        const events = await rowsOf(server, chargerEvents, 'CORE-DT', chargerEvents.id);
        expect(events.map((e) => [e.type, e.payload.vendorId])).toEqual([
          ['DataTransfer', 'com.unknown'],
          ['DataTransfer', 'com.example.parking'],
        ]);
      });
    } finally {
      off();
    }
  });

  it('keeps firmware and diagnostics progress on the charger and security events', async () => {
    await withCharger('CORE-FW', async (cp) => {
      await cp.call('FirmwareStatusNotification', { status: 'Downloading' });
      await cp.call('FirmwareStatusNotification', { status: 'Installed' });
      await cp.call('DiagnosticsStatusNotification', { status: 'Uploaded' });
      await cp.call('SecurityEventNotification', {
        type: 'SettingSystemTime',
        timestamp: iso(Date.now()),
        techInfo: 'NTP',
      });
      expect(await chargerRow(server, 'CORE-FW')).toMatchObject({
        firmwareStatus: 'Installed',
        diagnosticsStatus: 'Uploaded',
      });
      const events = await rowsOf(server, chargerEvents, 'CORE-FW', chargerEvents.id);
      expect(events.map((e) => e.type)).toEqual([
        'FirmwareStatusNotification',
        'FirmwareStatusNotification',
        'DiagnosticsStatusNotification',
        'SecurityEventNotification',
      ]);
    });
  });
});

describe('an unknown connector', () => {
  it('is created on first sight, by a status or by a transaction on it', async () => {
    await withCharger('CORE-CONN', async (cp) => {
      await status(cp, 7, 'Available');
      const start = (await cp.call('StartTransaction', {
        connectorId: 5,
        idTag: 'GOOD-TAG',
        meterStart: 0,
        timestamp: iso(Date.now()),
      })) as any;
      expect(start.idTagInfo.status).toBe('Accepted');
      await status(cp, 5, 'Charging');
      const { charger } = (
        await server.admin.request('{ charger(ocppId: "CORE-CONN") { connectors { connectorId status } } }')
      ).expectNoErrors();
      expect(charger.connectors).toEqual([
        { connectorId: 5, status: 'CHARGING' },
        { connectorId: 7, status: 'AVAILABLE' },
      ]);
    });
  });
});
