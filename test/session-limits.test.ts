import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answer, eventually, readyCharger, REMOTE_START, startTransaction } from './commands-kit.js';
import type { TestCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';

// Limits set at remote start, enforced by the server against a real OCPP 1.6 charger: it sends
// MeterValues (and time passes); the server sends RemoteStopTransaction once a limit is reached,
// and the session's stop reason says which.
let server: TestServer;
const chargers: TestCharger[] = [];
beforeAll(async () => {
  server = await startServer({ OCPP_SWEEP_INTERVAL_MS: '200' });
  (await server.admin.request(`mutation { createIdTag(input: { value: "LIMIT-TAG" }) { id } }`)).expectNoErrors();
});
afterEach(async () => {
  await Promise.all(chargers.splice(0).map((c) => c.close({ force: true })));
});
afterAll(() => server?.stop());

const SESSION = `query($id: ID!) { session(id: $id) {
  status stopReason limitReached limits { maxEnergyWh maxDurationSeconds maxCost } cost { total { amount } } } }`;

/**
 * A charger that accepts a remote start and starts at once, and that, asked to stop, stops with
 * reason Remote at its register. Returns what the server asked it.
 */
async function limitedSession(ocppId: string, limits: Record<string, unknown>, tariffId?: string) {
  const { id, client } = await readyCharger(server, ocppId, 1);
  chargers.push(client);
  if (tariffId)
    (
      await server.admin.request(`mutation($i: AssignTariffInput!) { assignTariff(input: $i) { id } }`, {
        i: { tariffId, chargerId: id },
      })
    ).expectNoErrors();
  const stops: { transactionId: number }[] = [];
  let transactionId = 0;
  let registerWh = 1000;
  answer(client, 'RemoteStartTransaction', async ({ params }) => {
    // The charger acts after answering; a test may close it before that call settles (not a failure).
    setTimeout(() => {
      startTransaction(client, params.connectorId, params.idTag)
        .then((started) => (transactionId = started.transactionId))
        .catch(() => {});
    }, 10);
    return { status: 'Accepted' };
  });
  answer(client, 'RemoteStopTransaction', async ({ params }) => {
    stops.push(params);
    setTimeout(
      () =>
        client
          .call('StopTransaction', {
            transactionId: params.transactionId,
            meterStop: registerWh,
            timestamp: new Date().toISOString(),
            reason: 'Remote',
          })
          .catch(() => {}), // "Client going away" when the test closes the charger first
      10,
    );
    return { status: 'Accepted' };
  });
  const { remoteStart } = (
    await server.admin.request(REMOTE_START, {
      input: { chargerId: id, connectorId: 1, idTag: 'LIMIT-TAG', limits },
    })
  ).expectNoErrors();
  const sessionId = remoteStart.session.id;
  await eventually(
    async () => (await server.admin.request(SESSION, { id: sessionId })).expectNoErrors().session,
    (s) => s.status === 'ACTIVE',
  );
  const meter = (wh: number) => {
    registerWh = wh;
    return client.call('MeterValues', {
      connectorId: 1,
      transactionId,
      meterValue: [
        {
          timestamp: new Date().toISOString(),
          sampledValue: [{ value: String(wh), measurand: 'Energy.Active.Import.Register', unit: 'Wh' }],
        },
      ],
    });
  };
  const session = async () => (await server.admin.request(SESSION, { id: sessionId })).expectNoErrors().session;
  return { id, client, stops, meter, session, transactionId: () => transactionId };
}

describe('limits set at remote start', () => {
  it('stops the session when its energy reaches maxEnergyWh', async () => {
    const s = await limitedSession('LIM-ENERGY', { maxEnergyWh: 5000 });
    expect((await s.session()).limits).toEqual({ maxEnergyWh: 5000, maxDurationSeconds: null, maxCost: null });
    await s.meter(1000 + 3000);
    await s.meter(1000 + 4999);
    await new Promise((r) => setTimeout(r, 500));
    expect(s.stops).toEqual([]); // 4,999 Wh charged: not yet
    await s.meter(1000 + 5200);
    await eventually(s.session, (x) => x.status === 'COMPLETED', 20_000);
    expect(s.stops).toEqual([{ transactionId: s.transactionId() }]);
    expect(await s.session()).toMatchObject({ stopReason: 'ENERGY_LIMIT_REACHED', limitReached: 'ENERGY' });
    const { sessions } = (
      await server.admin.request(`{ sessions(filter: { stopReason: [ENERGY_LIMIT_REACHED] }) { totalCount } }`)
    ).expectNoErrors();
    expect(sessions.totalCount).toBe(1);
  });

  it('stops the session when it has run maxDurationSeconds', async () => {
    const s = await limitedSession('LIM-TIME', { maxDurationSeconds: 2 });
    await s.meter(1500);
    await eventually(s.session, (x) => x.status === 'COMPLETED', 20_000);
    expect(s.stops).toHaveLength(1);
    expect(await s.session()).toMatchObject({ stopReason: 'DURATION_LIMIT_REACHED', limitReached: 'DURATION' });
  });

  it('stops the session when its live cost reaches maxCost', async () => {
    const { createTariff } = (
      await server.admin.request(
        `mutation { createTariff(input: { name: "Limit", currency: "EUR", energyPricePerKwh: "1.00" }) { id } }`,
      )
    ).expectNoErrors();
    const s = await limitedSession('LIM-COST', { maxCost: '2.50' }, createTariff.id);
    await s.meter(1000 + 2000); // 2.00 EUR
    await eventually(s.session, (x) => x.cost?.total.amount === '2.00', 20_000);
    expect(s.stops).toEqual([]);
    await s.meter(1000 + 3000); // 3.00 EUR
    await eventually(s.session, (x) => x.status === 'COMPLETED', 20_000);
    expect(s.stops).toHaveLength(1);
    expect(await s.session()).toMatchObject({ stopReason: 'COST_LIMIT_REACHED', limitReached: 'COST' });
  });

  it('refuses limits that are not above zero', async () => {
    const { id, client } = await readyCharger(server, 'LIM-BAD', 1);
    chargers.push(client);
    const res = await server.admin.request(REMOTE_START, {
      input: { chargerId: id, connectorId: 1, idTag: 'LIMIT-TAG', limits: { maxEnergyWh: 0, maxCost: '-1' } },
    });
    const error = res.expectError('BAD_USER_INPUT');
    expect(error.message).toContain('limits.maxEnergyWh');
    expect(error.message).toContain('limits.maxCost');
  });
});
