import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';
import type { Subscription } from './kit/subscribe.js';

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const COST = `cost {
  currency final asOf energyWh chargingSeconds idleSeconds taxRatePercent
  net { amount minorUnits currency } tax { amount minorUnits } total { amount minorUnits } gross { amount }
  breakdown { type quantity unit unitPrice { amount } amount { amount minorUnits } }
}`;
const SESSION_UPDATED = `subscription($chargerId: ID) { sessionUpdated(chargerId: $chargerId) { id status ${COST} } }`;

const START = Date.parse('2025-03-04T08:00:00Z');
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();
const METER_START = 1_000_000;

async function createTariff(input: Record<string, unknown>): Promise<string> {
  const res = await server.admin.request(
    'mutation($input: CreateTariffInput!) { createTariff(input: $input) { id } }',
    { input },
  );
  return res.expectNoErrors().createTariff.id;
}

async function assign(input: Record<string, unknown>): Promise<void> {
  (
    await server.admin.request('mutation($input: AssignTariffInput!) { assignTariff(input: $input) { id } }', { input })
  ).expectNoErrors();
}

async function anIdTag(value: string, groupName: string | null = null): Promise<void> {
  const res = await server.admin.request(
    'mutation($input: CreateIdTagInput!) { createIdTag(input: $input) { groupName } }',
    { input: { value, groupName } },
  );
  expect(res.expectNoErrors().createIdTag.groupName).toBe(groupName);
}

function energy(charger: TestCharger, transactionId: number, minutes: number, wh: number) {
  return charger.call('MeterValues', {
    connectorId: 1,
    transactionId,
    meterValue: [
      {
        timestamp: at(minutes),
        sampledValue: [{ value: String(METER_START + wh), measurand: 'Energy.Active.Import.Register', unit: 'Wh' }],
      },
    ],
  });
}

/** Reads sessionUpdated events until one carries a cost that passes `done` (which also sees the session). */
async function costWhen(sub: Subscription<any>, done: (cost: any, session: any) => boolean): Promise<any> {
  for (;;) {
    const { sessionUpdated } = await sub.next(10_000);
    if (sessionUpdated?.cost && done(sessionUpdated.cost, sessionUpdated)) return sessionUpdated;
  }
}

const lines = (cost: any) =>
  cost.breakdown.map((l: any) => `${l.type} ${l.quantity} ${l.unit} x ${l.unitPrice.amount} = ${l.amount.amount}`);

async function startSession(ocppId: string, idTag: string): Promise<{ charger: TestCharger; transactionId: number }> {
  const charger = await bootedCharger(server.ocppUrl, ocppId);
  const { transactionId } = (await charger.call('StartTransaction', {
    connectorId: 1,
    idTag,
    meterStart: METER_START,
    timestamp: at(0),
  })) as {
    transactionId: number;
  };
  return { charger, transactionId };
}

describe('a session priced live and at the end', () => {
  it('charges 12.345 kWh over 1 h 10 min with 20 min idle: fee, energy, time, idle after grace, 19 % tax', async () => {
    const chargerId = await registerCharger(server.admin, 'CP-PRICE-1');
    const tariffId = await createTariff({
      name: 'Public AC',
      currency: 'EUR',
      sessionFee: '1.00',
      energyPricePerKwh: '0.39',
      timePricePerHour: '1.20',
      idleFeePerMinute: '0.10',
      idleGraceMinutes: 10,
      taxRatePercent: '19',
    });
    await assign({ tariffId, chargerId });
    await anIdTag('TAG-PRICE-1');
    const sub = await server.subscribe(SESSION_UPDATED, { chargerId });
    const { charger, transactionId } = await startSession('CP-PRICE-1', 'TAG-PRICE-1');
    try {
      // 12.345 kWh evenly over 70 minutes, then 20 minutes full and plugged in.
      for (const m of [10, 20, 30, 40, 50, 60, 70])
        await energy(charger, transactionId, m, Math.round((12345 * m) / 70));
      const live = await costWhen(sub, (c) => c.asOf === at(70));
      expect(live.status).toBe('ACTIVE');
      expect(live.cost).toMatchObject({ final: false, energyWh: 12345, chargingSeconds: 4200, idleSeconds: 0 });
      expect(lines(live.cost)).toEqual([
        'SESSION_FEE 1 SESSION x 1.00 = 1.00',
        'ENERGY 12.345 KWH x 0.39 = 4.81', // 4.81455
        'TIME 1.166667 HOUR x 1.20 = 1.40',
      ]);
      expect(live.cost).toMatchObject({
        net: { amount: '7.21' },
        tax: { amount: '1.37' },
        total: { amount: '8.58', minorUnits: 858 },
      });

      for (const m of [80, 90]) await energy(charger, transactionId, m, 12345);
      const idle = await costWhen(sub, (c) => c.asOf === at(90));
      expect(lines(idle.cost).at(-1)).toBe('IDLE 10 MINUTE x 0.10 = 1.00');

      await charger.call('StopTransaction', {
        transactionId,
        meterStop: METER_START + 12345,
        timestamp: at(90),
        reason: 'EVDisconnected',
      });
      const final = await costWhen(sub, (c) => c.final);
      expect(final.status).toBe('COMPLETED');
      expect(lines(final.cost)).toEqual([
        'SESSION_FEE 1 SESSION x 1.00 = 1.00',
        'ENERGY 12.345 KWH x 0.39 = 4.81',
        'TIME 1.166667 HOUR x 1.20 = 1.40',
        'IDLE 10 MINUTE x 0.10 = 1.00', // 20 idle minutes, the first 10 free
      ]);
      expect(final.cost).toMatchObject({
        currency: 'EUR',
        taxRatePercent: '19',
        net: { amount: '8.21', minorUnits: 821, currency: 'EUR' },
        tax: { amount: '1.56', minorUnits: 156 }, // 1.5599
        total: { amount: '9.77', minorUnits: 977 },
        gross: { amount: '9.77' },
        chargingSeconds: 4200,
        idleSeconds: 1200,
      });

      const { node } = (
        await server.admin.request(
          `query($id: ID!) { node(id: $id) { ... on Session { ${COST} chargeDetailRecord { cost { total { amount } } tariffSnapshot { level powerType timeZone name tariffId energyPricePerKwh lockedAt } } } } }`,
          {
            id: final.id,
          },
        )
      ).expectNoErrors();
      expect(node.cost).toEqual(final.cost);
      expect(node.chargeDetailRecord.cost.total.amount).toBe('9.77');
      expect(node.chargeDetailRecord.tariffSnapshot).toEqual({
        level: 'CHARGER',
        powerType: 'AC',
        timeZone: 'UTC',
        name: 'Public AC',
        tariffId,
        energyPricePerKwh: expect.stringMatching(/^0\.390*$/),
        lockedAt: expect.any(String),
      });
    } finally {
      await sub.close();
      await charger.close();
    }
  });
});

describe("the site's local clock", () => {
  it('splits energy at 22:00 Berlin time for a charger on a Berlin site priced by the site tariff', async () => {
    const tariffId = await createTariff({
      name: 'Day and night',
      currency: 'EUR',
      energyPricePerKwh: '0.40',
      elements: [
        { components: [{ type: 'ENERGY', price: '0.30' }], restrictions: { startTime: '22:00', endTime: '06:00' } },
      ],
    });
    const { createSite } = (
      await server.admin.request('mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }', {
        input: { name: 'Berlin', timezone: 'Europe/Berlin', tariffId },
      })
    ).expectNoErrors();
    const chargerId = await registerCharger(server.admin, 'CP-PRICE-TZ', { siteId: createSite.id });
    await anIdTag('TAG-PRICE-TZ');
    const sub = await server.subscribe(SESSION_UPDATED, { chargerId });
    const charger = await bootedCharger(server.ocppUrl, 'CP-PRICE-TZ');
    try {
      // 21:30 to 22:30 in Berlin (UTC+1 in January), 10 kWh at a steady rate.
      const winter = (m: number) => new Date(Date.parse('2025-01-15T20:30:00Z') + m * 60_000).toISOString();
      const { transactionId } = (await charger.call('StartTransaction', {
        connectorId: 1,
        idTag: 'TAG-PRICE-TZ',
        meterStart: METER_START,
        timestamp: winter(0),
      })) as {
        transactionId: number;
      };
      await charger.call('StopTransaction', { transactionId, meterStop: METER_START + 10000, timestamp: winter(60) });
      const final = await costWhen(sub, (c) => c.final);
      expect(lines(final.cost)).toEqual(['ENERGY 5 KWH x 0.40 = 2.00', 'ENERGY 5 KWH x 0.30 = 1.50']);
    } finally {
      await sub.close();
      await charger.close();
    }
  });
});

describe('which tariff a session gets', () => {
  it('locks the tariff at start: a price change mid-session does not reprice it', async () => {
    const chargerId = await registerCharger(server.admin, 'CP-PRICE-2');
    const tariffId = await createTariff({ name: 'Locked', currency: 'EUR', energyPricePerKwh: '0.40' });
    await assign({ tariffId, chargerId });
    await anIdTag('TAG-PRICE-2');
    const sub = await server.subscribe(SESSION_UPDATED, { chargerId });
    const { charger, transactionId } = await startSession('CP-PRICE-2', 'TAG-PRICE-2');
    try {
      await energy(charger, transactionId, 30, 5000);
      await costWhen(sub, (c) => c.asOf === at(30));
      (
        await server.admin.request('mutation($input: UpdateTariffInput!) { updateTariff(input: $input) { id } }', {
          input: { id: tariffId, energyPricePerKwh: '0.99' },
        })
      ).expectNoErrors();
      await charger.call('StopTransaction', { transactionId, meterStop: METER_START + 10000, timestamp: at(60) });
      const final = await costWhen(sub, (c) => c.final);
      expect(lines(final.cost)).toEqual(['ENERGY 10 KWH x 0.40 = 4.00']);
    } finally {
      await sub.close();
      await charger.close();
    }
  });

  it('gives a member the group tariff that outranks the charger tariff, and others the charger tariff', async () => {
    const chargerId = await registerCharger(server.admin, 'CP-PRICE-3');
    await assign({
      tariffId: await createTariff({ name: 'Charger', currency: 'EUR', energyPricePerKwh: '0.50' }),
      chargerId,
    });
    const members = await createTariff({ name: 'Members', currency: 'EUR', energyPricePerKwh: '0.25', priority: 10 });
    await assign({ tariffId: members, idTagGroup: 'staff' });
    await anIdTag('TAG-STAFF', 'staff');
    await anIdTag('TAG-GUEST');
    const sub = await server.subscribe(SESSION_UPDATED, { chargerId });
    const charger = await bootedCharger(server.ocppUrl, 'CP-PRICE-3');
    try {
      const prices: string[] = [];
      const priced = new Set<string>();
      for (const [i, idTag] of ['TAG-STAFF', 'TAG-GUEST'].entries()) {
        const startAt = at(100 * i);
        const { transactionId } = (await charger.call('StartTransaction', {
          connectorId: 1,
          idTag,
          meterStart: METER_START,
          timestamp: startAt,
        })) as {
          transactionId: number;
        };
        await charger.call('StopTransaction', {
          transactionId,
          meterStop: METER_START + 2000,
          timestamp: at(100 * i + 30),
        });
        const final = await costWhen(sub, (c, session) => c.final && !priced.has(session.id));
        priced.add(final.id);
        prices.push(lines(final.cost)[0]);
      }
      expect(prices).toEqual(['ENERGY 2 KWH x 0.25 = 0.50', 'ENERGY 2 KWH x 0.50 = 1.00']);
    } finally {
      await sub.close();
      await charger.close();
    }
  });

  it('leaves cost null when no tariff applied at start, even if one is attached mid-session', async () => {
    const chargerId = await registerCharger(server.admin, 'CP-PRICE-4');
    await anIdTag('TAG-PRICE-4');
    const sub = await server.subscribe(SESSION_UPDATED, { chargerId });
    const { charger, transactionId } = await startSession('CP-PRICE-4', 'TAG-PRICE-4');
    try {
      const { sessionUpdated: started } = await sub.next();
      await server.app.services.sessionPricing.idle(); // the start has been looked at: no tariff
      await assign({
        tariffId: await createTariff({ name: 'Too late', currency: 'EUR', energyPricePerKwh: '0.40' }),
        chargerId,
      });
      await charger.call('StopTransaction', { transactionId, meterStop: METER_START + 1000, timestamp: at(30) });
      await server.app.services.sessionPricing.idle(); // every pricing run for the stop has finished
      const { node } = (
        await server.admin.request(`query($id: ID!) { node(id: $id) { ... on Session { status ${COST} } } }`, {
          id: started.id,
        })
      ).expectNoErrors();
      expect(node).toEqual({ status: 'COMPLETED', cost: null });
    } finally {
      await sub.close();
      await charger.close();
    }
  });
});
