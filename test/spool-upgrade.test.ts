import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { meterValues } from '../src/db/schema/index.js';
import { startServer } from './kit/server.js';

// A node upgraded while its spool still held rows writes them when it starts again. Before meter
// readings were spooled whole, the spool held an entry per meter value ('meter_value').
describe('a spool written by an earlier version', () => {
  it('writes the meter values it kept an entry per value, in order', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chargeql-upgrade-'));
    const [tenantId, chargerId] = [randomUUID(), randomUUID()];
    const value = (measurand: string, raw: string, unit: string | null, phase: string | null) => ({
      tenant_id: tenantId,
      charger_id: chargerId,
      session_id: null,
      connector_id: 1,
      transaction_id: null,
      timestamp: '2026-01-02T03:04:05.000Z',
      measurand,
      value: Number(raw) * (unit === 'Wh' ? 1000 : 1),
      raw,
      unit,
      raw_unit: unit === 'Wh' ? 'kWh' : null,
      phase,
      context: 'Sample.Periodic',
      location: null,
      format: null,
    });
    const spooled = [
      value('Energy.Active.Import.Register', '12.345', 'Wh', null),
      value('Current.Import', '16', 'A', 'L1'),
      value('SoC', '57', 'Percent', null),
    ];
    mkdirSync(join(dataDir, 'spool'));
    writeFileSync(
      join(dataDir, 'spool', '0000000000000001.log'),
      spooled.map((row, i) => `${i + 1}\tmeter_value\t${JSON.stringify(row)}\n`).join(''),
    );
    const server = await startServer({ DATA_DIR: dataDir });
    try {
      await server.app.flush();
      const rows = await server.app.database.db
        .select()
        .from(meterValues)
        .where(eq(meterValues.chargerId, chargerId))
        .orderBy(asc(meterValues.id));
      expect(rows.map((r) => [r.measurand, r.value, r.raw, r.unit, r.rawUnit, r.phase, r.context])).toEqual([
        ['Energy.Active.Import.Register', 12345, '12.345', 'Wh', 'kWh', null, 'Sample.Periodic'],
        ['Current.Import', 16, '16', 'A', null, 'L1', 'Sample.Periodic'],
        ['SoC', 57, '57', 'Percent', null, null, 'Sample.Periodic'],
      ]);
      expect(
        rows.every((r) => r.tenantId === tenantId && r.timestamp.toISOString() === '2026-01-02T03:04:05.000Z'),
      ).toBe(true);
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
