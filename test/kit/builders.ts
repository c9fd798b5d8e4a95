import { eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { chargeDetailRecords, meterValues, sessions, tenants, users } from '../../src/db/schema/index.js';
import { hashPassword } from '../../src/domain/passwords.js';
import { TARIFF_DEFAULTS } from '../../src/domain/tariffs/tariff.fields.js';
import { fromGlobalId } from '../../src/graphql/node.js';

// Test-data builders: rows other features write (sessions come from OCPP), seeded straight into the app's database.

export type SessionRow = typeof sessions.$inferSelect;

/** The raw uuid behind a global id. */
export const dbId = (globalId: string) => fromGlobalId(globalId)!.id;

export async function tenantIdOf(db: Db, slug = 'demo'): Promise<string> {
  const [row] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug));
  return row!.id;
}

let transactionId = 1_000_000;

/** A completed session by default: 10 kWh over one hour on connector 1. */
export async function aSession(
  db: Db,
  overrides: Partial<typeof sessions.$inferInsert> & { chargerId: string },
): Promise<SessionRow> {
  const tenantId = overrides.tenantId ?? (await tenantIdOf(db));
  const startedAt = overrides.startedAt ?? new Date('2025-03-04T08:00:00Z');
  const [row] = await db
    .insert(sessions)
    .values({
      tenantId,
      connectorId: 1,
      transactionId: transactionId++,
      idTag: 'TAG-1',
      status: 'COMPLETED',
      startedAt,
      stoppedAt: new Date(startedAt.getTime() + 3600_000),
      meterStartWh: 1000,
      meterStopWh: 11_000,
      ...overrides,
    })
    .returning();
  return row!;
}

/** Meter values of a session, one per `everySeconds`, for each measurand given with its first value and step. */
export async function someMeterValues(
  db: Db,
  session: SessionRow,
  opts: {
    count: number;
    everySeconds?: number;
    from?: Date;
    measurands?: Record<string, { start: number; step: number; unit: string }>;
  },
): Promise<void> {
  const measurands = opts.measurands ?? {
    'Energy.Active.Import.Register': { start: session.meterStartWh ?? 0, step: 100, unit: 'Wh' },
  };
  const from = opts.from ?? session.startedAt ?? new Date();
  const rows = [];
  for (let i = 0; i < opts.count; i++) {
    const timestamp = new Date(from.getTime() + i * (opts.everySeconds ?? 60) * 1000);
    for (const [measurand, m] of Object.entries(measurands)) {
      const value = m.start + i * m.step;
      rows.push({
        tenantId: session.tenantId,
        chargerId: session.chargerId,
        sessionId: session.id,
        connectorId: session.connectorId,
        transactionId: session.transactionId,
        timestamp,
        measurand,
        value,
        raw: String(value),
        unit: m.unit,
        context: 'Sample.Periodic',
      });
    }
  }
  if (rows.length) await db.insert(meterValues).values(rows);
}

/** A user signed in with `password`; users CRUD belongs elsewhere, so it is seeded. */
export async function aUser(
  db: Db,
  overrides: Partial<typeof users.$inferInsert> & { email: string; password?: string },
) {
  const { password = 'user-password-1', ...rest } = overrides;
  const [row] = await db
    .insert(users)
    .values({
      tenantId: rest.tenantId ?? (await tenantIdOf(db)),
      role: 'OPERATOR',
      name: 'Test User',
      ...rest,
      passwordHash: await hashPassword(password),
    })
    .returning();
  return row!;
}

/**
 * Completed sessions with the charge detail records pricing writes at their stop (same shape), in
 * bulk: session i starts `from` + i x `everyMinutes`, charges `energyWh` in 30 minutes for `totalMinor` EUR.
 */
export async function sessionsWithRecords(
  db: Db,
  opts: {
    chargerId: string;
    count: number;
    from: Date;
    everyMinutes?: number;
    idTag?: (i: number) => string;
    userId?: string | null;
    tariffId?: string | null;
    energyWh?: number;
    totalMinor?: number;
  },
): Promise<SessionRow[]> {
  const tenantId = await tenantIdOf(db);
  const { energyWh = 10_000, totalMinor = 400, everyMinutes = 60 } = opts;
  const made: SessionRow[] = [];
  for (let start = 0; start < opts.count; start += 500) {
    const batch = Array.from({ length: Math.min(500, opts.count - start) }, (_, k) => {
      const i = start + k;
      const startedAt = new Date(opts.from.getTime() + i * everyMinutes * 60_000);
      return {
        tenantId,
        chargerId: opts.chargerId,
        connectorId: 1,
        transactionId: transactionId++,
        idTag: opts.idTag?.(i) ?? 'TAG-1',
        userId: opts.userId ?? null,
        status: 'COMPLETED',
        startedAt,
        stoppedAt: new Date(startedAt.getTime() + 30 * 60_000),
        meterStartWh: 0,
        meterStopWh: energyWh,
        stopReason: 'EVDisconnected',
        tariffId: opts.tariffId ?? null,
      };
    });
    const rows = await db.insert(sessions).values(batch).returning();
    await db.insert(chargeDetailRecords).values(
      rows.map((s) => ({
        tenantId,
        sessionId: s.id,
        tariffId: s.tariffId,
        currency: 'EUR',
        totalMinor,
        stoppedAt: s.stoppedAt,
        data: {
          session: {
            transactionId: s.transactionId,
            chargerId: s.chargerId,
            connectorId: s.connectorId,
            idTag: s.idTag,
            startedAt: s.startedAt,
            stoppedAt: s.stoppedAt,
            meterStartWh: s.meterStartWh,
            meterStopWh: s.meterStopWh,
            stopReason: s.stopReason,
          },
          // A whole TariffSnapshot (pricing.repository.ts), as pricing locks it.
          tariff: {
            tariff: { id: s.tariffId, name: 'Seeded', currency: 'EUR', ...TARIFF_DEFAULTS },
            level: 'TENANT_DEFAULT',
            powerType: 'AC',
            timeZone: 'UTC',
            lockedAt: s.startedAt,
          },
          cost: {
            tariffId: s.tariffId,
            currency: 'EUR',
            netMinor: totalMinor,
            taxMinor: 0,
            totalMinor,
            taxRatePercent: '0',
            breakdown: [
              {
                type: 'ENERGY',
                quantity: String(energyWh / 1000),
                unit: 'KWH',
                unitPrice: '0.40',
                amountMinor: totalMinor,
                element: null,
              },
            ],
            energyWh,
            chargingSeconds: 1800,
            idleSeconds: 0,
            final: true,
            asOf: s.stoppedAt!.toISOString(),
          },
        },
      })),
    );
    made.push(...rows);
  }
  return made;
}
