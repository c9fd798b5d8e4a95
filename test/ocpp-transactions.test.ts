import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chargerEvents, meterValues, reservations, sessions, tenants } from '../src/db/schema/index.js';
import type { DomainEventMap } from '../src/events/events.js';
import { bootedCharger, registerCharger } from './kit/charger.js';
import { anIdTag, newBootedCharger, chargerRow, iso, rowsOf } from './kit/ocpp.js';
import { startServer, type TestServer } from './kit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  await anIdTag(server, 'TX-TAG');
});
afterAll(() => server?.stop());

const charger = (ocppId: string) => newBootedCharger(server, ocppId);

function collect<T extends keyof DomainEventMap>(topic: T): { events: DomainEventMap[T][]; stop: () => void } {
  const events: DomainEventMap[T][] = [];
  const stop = server.app.services.events.on(topic, (e) => events.push(e));
  return { events, stop };
}

describe('StartTransaction is idempotent', () => {
  it('gives a retried StartTransaction the same transactionId and creates one session', async () => {
    const cp = await charger('TX-DUP');
    try {
      const start = { connectorId: 1, idTag: 'TX-TAG', meterStart: 100, timestamp: '2024-05-01T10:00:00.000Z' };
      const first = (await cp.call('StartTransaction', start)) as any;
      const again = (await cp.call('StartTransaction', start)) as any;
      expect(again).toEqual(first);
      const other = (await cp.call('StartTransaction', { ...start, timestamp: '2024-05-01T11:00:00.000Z' })) as any;
      expect(other.transactionId).not.toBe(first.transactionId);
      const rows = await rowsOf(server, sessions, 'TX-DUP');
      expect(rows.map((r) => r.transactionId).sort()).toEqual([first.transactionId, other.transactionId].sort());
    } finally {
      await cp.close({ force: true });
    }
  });

  it('adopts the PENDING session a remote start left for the same connector and tag', async () => {
    const cp = await charger('TX-REMOTE');
    try {
      const row = await chargerRow(server, 'TX-REMOTE');
      const [pending] = await server.app.database.db
        .insert(sessions)
        .values({
          tenantId: row!.tenantId,
          chargerId: row!.id,
          connectorId: 2,
          idTag: 'TX-TAG',
          status: 'PENDING',
          requestedAt: new Date(),
        })
        .returning();
      const updates = collect('session.updated');
      const start = (await cp.call('StartTransaction', {
        connectorId: 2,
        idTag: 'tx-tag',
        meterStart: 0,
        timestamp: iso(Date.now()),
      })) as any;
      updates.stop();
      const rows = await rowsOf(server, sessions, 'TX-REMOTE');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: pending!.id, status: 'ACTIVE', transactionId: start.transactionId });
      expect(updates.events).toEqual([
        expect.objectContaining({
          sessionId: pending!.id,
          status: 'ACTIVE',
          transactionId: start.transactionId,
          connectorId: 2,
        }),
      ]);
    } finally {
      await cp.close({ force: true });
    }
  });

  it('consumes the reservation it names', async () => {
    const cp = await charger('TX-RESERVED');
    try {
      const row = await chargerRow(server, 'TX-RESERVED');
      await server.app.database.db.insert(reservations).values({
        tenantId: row!.tenantId,
        reservationId: 4242,
        chargerId: row!.id,
        connectorId: 1,
        idTag: 'TX-TAG',
        expiresAt: new Date(Date.now() + 3_600_000),
        status: 'ACTIVE',
      });
      await cp.call('StartTransaction', {
        connectorId: 1,
        idTag: 'TX-TAG',
        meterStart: 0,
        timestamp: iso(Date.now()),
        reservationId: 4242,
      });
      const [session] = await rowsOf(server, sessions, 'TX-RESERVED');
      const [reservation] = await rowsOf(server, reservations, 'TX-RESERVED');
      expect(reservation).toMatchObject({ status: 'USED', sessionId: session.id });
      expect(session.reservationId).toBe(4242);
    } finally {
      await cp.close({ force: true });
    }
  });
});

describe('StopTransaction is always answered', () => {
  it('accepts and records a stop for an unknown, 0 or -1 transactionId, with its meter data', async () => {
    const cp = await charger('TX-ORPHAN');
    try {
      for (const transactionId of [987654, 0, -1]) {
        const answer = await cp.call('StopTransaction', {
          transactionId,
          idTag: 'TX-TAG',
          meterStop: 3000,
          timestamp: iso(Date.now()),
          transactionData: [
            { timestamp: iso(Date.now()), sampledValue: [{ value: '3000', context: 'Transaction.End' }] },
          ],
        });
        expect(answer).toEqual({ idTagInfo: { status: 'Accepted' } });
      }
      // The charger's other events (its connection history) are not what this test is about.
      const events = (await rowsOf(server, chargerEvents, 'TX-ORPHAN', chargerEvents.id)).filter(
        (e) => e.type === 'UnknownTransactionStop',
      );
      expect(events.map((e) => [e.type, e.payload.transactionId, e.payload.meterStopWh])).toEqual([
        ['UnknownTransactionStop', 987654, 3000],
        ['UnknownTransactionStop', 0, 3000],
        ['UnknownTransactionStop', -1, 3000],
      ]);
      await server.app.flush();
      const values = await rowsOf(server, meterValues, 'TX-ORPHAN');
      expect(values.map((v) => [v.transactionId, v.sessionId, v.value])).toEqual([
        [987654, null, 3000],
        [0, null, 3000],
        [-1, null, 3000],
      ]);
      expect(await rowsOf(server, sessions, 'TX-ORPHAN')).toEqual([]);
    } finally {
      await cp.close({ force: true });
    }
  });

  it('answers a retried stop the same and changes nothing', async () => {
    const cp = await charger('TX-STOP-TWICE');
    try {
      const { transactionId } = (await cp.call('StartTransaction', {
        connectorId: 1,
        idTag: 'TX-TAG',
        meterStart: 0,
        timestamp: iso(Date.now() - 60_000),
      })) as any;
      const stop = { transactionId, meterStop: 900, timestamp: iso(Date.now()), reason: 'Remote' };
      await cp.call('StopTransaction', stop);
      expect(await cp.call('StopTransaction', { ...stop, meterStop: 999 })).toEqual({});
      const [session] = await rowsOf(server, sessions, 'TX-STOP-TWICE');
      expect(session).toMatchObject({ status: 'COMPLETED', meterStopWh: 900, stopReason: 'Remote' });
    } finally {
      await cp.close({ force: true });
    }
  });
});

describe('offline and power failure', () => {
  it('TC_039: takes offline transactions replayed in order with their old timestamps', async () => {
    const cp = await charger('TX-OFFLINE');
    try {
      const t0 = Date.now() - 3 * 3_600_000;
      const { transactionId } = (await cp.call('StartTransaction', {
        connectorId: 1,
        idTag: 'TX-TAG',
        meterStart: 10_000,
        timestamp: iso(t0),
      })) as any;
      await cp.call('MeterValues', {
        connectorId: 1,
        transactionId,
        meterValue: [{ timestamp: iso(t0 + 900_000), sampledValue: [{ value: '12000' }] }],
      });
      await cp.call('MeterValues', {
        connectorId: 1,
        transactionId,
        meterValue: [{ timestamp: iso(t0 + 1_800_000), sampledValue: [{ value: '14000' }] }],
      });
      await cp.call('StopTransaction', {
        transactionId,
        meterStop: 15_000,
        timestamp: iso(t0 + 3_600_000),
        reason: 'Local',
      });
      const [session] = await rowsOf(server, sessions, 'TX-OFFLINE');
      expect(session).toMatchObject({
        startedAt: new Date(t0),
        stoppedAt: new Date(t0 + 3_600_000),
        meterStartWh: 10_000,
        meterStopWh: 15_000,
        status: 'COMPLETED',
      });
      const values = await rowsOf(server, meterValues, 'TX-OFFLINE', meterValues.timestamp);
      expect(values.map((v) => [v.timestamp, v.value])).toEqual([
        [new Date(t0 + 900_000), 12000],
        [new Date(t0 + 1_800_000), 14000],
      ]);
    } finally {
      await cp.close({ force: true });
    }
  });

  it('TC_032_1: after a power failure the charger boots and stops its open transactions', async () => {
    await registerCharger(server.admin, 'TX-POWER');
    const before = await bootedCharger(server.ocppUrl, 'TX-POWER');
    const tA = (await before.call('StartTransaction', {
      connectorId: 1,
      idTag: 'TX-TAG',
      meterStart: 0,
      timestamp: iso(Date.now() - 600_000),
    })) as any;
    const tB = (await before.call('StartTransaction', {
      connectorId: 2,
      idTag: 'TX-TAG',
      meterStart: 50,
      timestamp: iso(Date.now() - 600_000),
    })) as any;
    await before.close({ force: true }); // the power goes
    const after = await bootedCharger(server.ocppUrl, 'TX-POWER');
    try {
      const down = iso(Date.now() - 60_000);
      for (const [tx, meterStop] of [
        [tA.transactionId, 400],
        [tB.transactionId, 450],
      ]) {
        expect(
          await after.call('StopTransaction', { transactionId: tx, meterStop, timestamp: down, reason: 'PowerLoss' }),
        ).toEqual({});
      }
      for (const c of [1, 2])
        await after.call('StatusNotification', { connectorId: c, status: 'Available', errorCode: 'NoError' });
      const rows = await rowsOf(server, sessions, 'TX-POWER');
      expect(rows.map((r) => [r.status, r.stopReason, r.stoppedAt])).toEqual([
        ['COMPLETED', 'PowerLoss', new Date(down)],
        ['COMPLETED', 'PowerLoss', new Date(down)],
      ]);
    } finally {
      await after.close({ force: true });
    }
  });
});

describe('MeterValues', () => {
  it('keeps every value, updates live energy and tells listeners at once', async () => {
    const cp = await charger('TX-METER');
    try {
      const { transactionId } = (await cp.call('StartTransaction', {
        connectorId: 1,
        idTag: 'TX-TAG',
        meterStart: 2000,
        timestamp: iso(Date.now() - 60_000),
      })) as any;
      const [session] = await rowsOf(server, sessions, 'TX-METER');
      const meter = collect('meter.values');
      const updates = collect('session.updated');
      const at = iso(Date.now());
      await cp.call('MeterValues', {
        connectorId: 1,
        transactionId,
        meterValue: [
          {
            timestamp: at,
            sampledValue: [
              {
                value: '2.5',
                unit: 'kWh',
                measurand: 'Energy.Active.Import.Register',
                context: 'Sample.Periodic',
                location: 'Outlet',
              },
              { value: '16.2', measurand: 'Current.Import', unit: 'A', phase: 'L1' },
              { value: 'garbage', measurand: 'Voltage', unit: 'V', phase: 'L1-N' },
            ],
          },
        ],
      });
      // Connector 0, no transaction: the main meter (OCPP 1.6 §4.7).
      await cp.call('MeterValues', {
        connectorId: 0,
        meterValue: [{ timestamp: at, sampledValue: [{ value: '123456', context: 'Sample.Clock' }] }],
      });
      meter.stop();
      updates.stop();

      expect(meter.events.map((e) => [e.connectorId, e.sessionId, e.values.length])).toEqual([
        [1, session.id, 3],
        [0, null, 1],
      ]);
      expect(updates.events).toEqual([
        expect.objectContaining({ sessionId: session.id, status: 'ACTIVE', meterStartWh: 2000, meterWh: 2500 }),
      ]);
      const [live] = await rowsOf(server, sessions, 'TX-METER');
      expect(live).toMatchObject({ lastMeterWh: 2500, lastMeterAt: new Date(at) });

      await server.app.flush();
      const rows = await rowsOf(server, meterValues, 'TX-METER', meterValues.id);
      expect(
        rows.map((r) => ({
          m: r.measurand,
          v: r.value,
          raw: r.raw,
          unit: r.unit,
          rawUnit: r.rawUnit,
          phase: r.phase,
          ctx: r.context,
          loc: r.location,
          s: r.sessionId,
          c: r.connectorId,
        })),
      ).toEqual([
        {
          m: 'Energy.Active.Import.Register',
          v: 2500,
          raw: '2.5',
          unit: 'Wh',
          rawUnit: 'kWh',
          phase: null,
          ctx: 'Sample.Periodic',
          loc: 'Outlet',
          s: session.id,
          c: 1,
        },
        {
          m: 'Current.Import',
          v: 16.2,
          raw: '16.2',
          unit: 'A',
          rawUnit: 'A',
          phase: 'L1',
          ctx: null,
          loc: null,
          s: session.id,
          c: 1,
        },
        {
          m: 'Voltage',
          v: null,
          raw: 'garbage',
          unit: 'V',
          rawUnit: 'V',
          phase: 'L1-N',
          ctx: null,
          loc: null,
          s: session.id,
          c: 1,
        },
        {
          m: 'Energy.Active.Import.Register',
          v: 123456,
          raw: '123456',
          unit: 'Wh',
          rawUnit: null,
          phase: null,
          ctx: 'Sample.Clock',
          loc: null,
          s: null,
          c: 0,
        },
      ]);
    } finally {
      await cp.close({ force: true });
    }
  });

  it('never moves live energy backwards for readings replayed late', async () => {
    const cp = await charger('TX-LATE');
    try {
      const { transactionId } = (await cp.call('StartTransaction', {
        connectorId: 1,
        idTag: 'TX-TAG',
        meterStart: 0,
        timestamp: iso(Date.now() - 600_000),
      })) as any;
      await cp.call('MeterValues', {
        connectorId: 1,
        transactionId,
        meterValue: [{ timestamp: iso(Date.now()), sampledValue: [{ value: '800' }] }],
      });
      await cp.call('MeterValues', {
        connectorId: 1,
        transactionId,
        meterValue: [{ timestamp: iso(Date.now() - 300_000), sampledValue: [{ value: '300' }] }],
      });
      const [session] = await rowsOf(server, sessions, 'TX-LATE');
      expect(session.lastMeterWh).toBe(800);
    } finally {
      await cp.close({ force: true });
    }
  });
});

it("treats another tenant's id tag as unknown", async () => {
  const [other] = await server.app.database.db.insert(tenants).values({ name: 'Other', slug: 'other-tx' }).returning();
  await anIdTag(server, 'THEIR-TAG', { tenantId: other!.id });
  const cp = await charger('TX-TENANT');
  try {
    expect(await cp.call('Authorize', { idTag: 'THEIR-TAG' })).toEqual({ idTagInfo: { status: 'Invalid' } });
  } finally {
    await cp.close({ force: true });
  }
});
