import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '../src/domain/webhooks/event-types.js';
import { answer, readyCharger, RESERVE_NOW } from './commands-kit.js';
import type { TestCharger } from './kit/charger.js';
import { selectionOf, shapeProblems } from './kit/graphql-shape.js';
import { startReceiver, verified, type Received, type Receiver } from './kit/receiver.js';
import { startServer, type TestServer } from './kit/server.js';
import { checkReadmeExamples } from './webhooks-readme-examples.js';

// Every event type, driven through the real doors (an OCPP charger, GraphQL), received by a real
// HTTP server, verified with `standardwebhooks`, and its `data` checked against the GraphQL type
// it mirrors. One server, one receiver and one endpoint (subscribed to every type) for the file.
let server: TestServer;
let receiver: Receiver;
let secret: string;
let chargerId: string;
let charger: TestCharger;
const OCPP_ID = 'WH-PAYLOAD-1';
const METER_START = 1_000_000;

beforeAll(async () => {
  server = await startServer({
    WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    WEBHOOK_POLL_INTERVAL_MS: '100',
    WEBHOOK_SESSION_UPDATE_INTERVAL_SECONDS: '0',
    WEBHOOK_METER_BATCH_SECONDS: '1',
    OCPP_SWEEP_INTERVAL_MS: '200',
  });
  receiver = await startReceiver();
  const { createWebhookEndpoint } = (
    await server.admin.request(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
      { input: { url: receiver.url(), eventTypes: [...WEBHOOK_EVENT_TYPES] } },
    )
  ).expectNoErrors();
  secret = createWebhookEndpoint.secret;
  const { createTariff } = (
    await server.admin.request('mutation($input: CreateTariffInput!) { createTariff(input: $input) { id } }', {
      input: { name: 'AC', currency: 'EUR', sessionFee: '0.50', energyPricePerKwh: '0.39', taxRatePercent: '19' },
    })
  ).expectNoErrors();
  ({ id: chargerId, client: charger } = await readyCharger(server, OCPP_ID, 1));
  (
    await server.admin.request('mutation($input: AssignTariffInput!) { assignTariff(input: $input) { id } }', {
      input: { tariffId: createTariff.id, chargerId },
    })
  ).expectNoErrors();
  (
    await server.admin.request('mutation($input: CreateIdTagInput!) { createIdTag(input: $input) { id } }', {
      input: { value: 'RFID-1' },
    })
  ).expectNoErrors();
  answer(charger, 'ReserveNow', () => ({ status: 'Accepted' }));
  answer(charger, 'CancelReservation', () => ({ status: 'Accepted' }));
}, 60_000);

afterAll(async () => {
  await charger?.close({ force: true }).catch(() => {});
  await server?.stop();
  await receiver?.close();
});

// The first delivery the tests looked at, per type: README's examples.
const examples: Record<string, unknown> = {};

/** The first delivery of `type` that `match` accepts, verified as a `standardwebhooks` receiver would. */
async function delivery(type: string, match: (data: any) => boolean = () => true): Promise<any> {
  const [r] = await receiver.waitFor(1, (r: Received) => r.json?.type === type && match(r.json.data), 30_000);
  const body = verified(secret, r!);
  expect(body).toEqual({ type, timestamp: expect.stringMatching(/Z$/), data: expect.anything() });
  examples[type] ??= body;
  return body;
}

/** Reads the same object through GraphQL with exactly the fields the webhook carries. */
async function viaGraphQL(typeName: string, data: { id: string }): Promise<unknown> {
  const { node } = (
    await server.admin.request(
      `query($id: ID!) { node(id: $id) { ... on ${typeName} { ${selectionOf(typeName, data)} } } }`,
      {
        id: data.id,
      },
    )
  ).expectNoErrors();
  return node;
}

const ofThisCharger = (d: any) => d.charger?.id === chargerId;

describe('webhook payloads', () => {
  it('charger.connected / booted / connector.status_changed carry the Charger and the status event', async () => {
    for (const type of ['charger.connected', 'charger.booted']) {
      const { data } = await delivery(type, ofThisCharger);
      expect(shapeProblems('Charger', data.charger)).toEqual([]);
      expect(data.charger).toMatchObject({ id: chargerId, ocppId: OCPP_ID, online: true });
      expect(Object.keys(data)).toEqual(['charger']);
    }
    // Read after the boot was stored (connected may come before it: the first connection precedes the boot).
    expect((await delivery('charger.booted')).data.charger).toMatchObject({ vendor: 'ChargeQL', model: 'TestBox' });
    const { data } = await delivery('connector.status_changed', (d) => ofThisCharger(d) && d.connectorId === 1);
    expect(shapeProblems('ChargerStatusEvent', data)).toEqual([]);
    expect(data).toMatchObject({ connectorId: 1, status: 'AVAILABLE', errorCode: 'NO_ERROR', online: true });
  });

  it('charger.registration_changed after updateCharger', async () => {
    (
      await server.admin.request('mutation($input: UpdateChargerInput!) { updateCharger(input: $input) { id } }', {
        input: { id: chargerId, registrationStatus: 'PENDING' },
      })
    ).expectNoErrors();
    const { data } = await delivery('charger.registration_changed', ofThisCharger);
    expect(shapeProblems('Charger', data.charger)).toEqual([]);
    expect(data.charger.registrationStatus).toBe('PENDING');
    (
      await server.admin.request('mutation($input: UpdateChargerInput!) { updateCharger(input: $input) { id } }', {
        input: { id: chargerId, registrationStatus: 'ACCEPTED' },
      })
    ).expectNoErrors();
    await delivery('charger.registration_changed', (d) => d.charger.registrationStatus === 'ACCEPTED');
  });

  it('reservation.created, command.completed, reservation.used, and the session from start to its final cost and CDR', async () => {
    const expiresAt = new Date(Date.now() + 3600_000).toISOString();
    const { reserveNow } = (
      await server.admin.request(RESERVE_NOW, { input: { chargerId, connectorId: 1, idTag: 'RFID-1', expiresAt } })
    ).expectNoErrors();
    // Written in the reservation's own transaction: in the delivery log as soon as the mutation returns.
    const { webhookDeliveries } = (
      await server.admin.request(
        `query { webhookDeliveries(first: 10, filter: { eventType: "reservation.created" }) { edges { node { payload } } } }`,
      )
    ).expectNoErrors();
    expect(webhookDeliveries.edges.map((e: any) => e.node.payload.data.id)).toEqual([reserveNow.id]);
    const created = await delivery('reservation.created', (d) => d.id === reserveNow.id);
    expect(shapeProblems('Reservation', created.data)).toEqual([]);
    expect(created.data).toMatchObject({
      status: 'ACTIVE',
      answer: 'Accepted',
      idTag: 'RFID-1',
      charger: { id: chargerId },
    });

    const command = await delivery('command.completed', (d) => d.action === 'ReserveNow');
    expect(shapeProblems('Command', command.data)).toEqual([]);
    expect(command.data).toEqual(await viaGraphQL('Command', command.data));
    expect(command.data).toMatchObject({
      status: 'ACCEPTED',
      chargerStatus: 'Accepted',
      response: { status: 'Accepted' },
    });

    const { transactionId } = (await charger.call('StartTransaction', {
      connectorId: 1,
      idTag: 'RFID-1',
      meterStart: METER_START,
      timestamp: new Date(Date.now() - 60_000).toISOString(),
      reservationId: reserveNow.reservationId,
    })) as { transactionId: number };
    const used = await delivery('reservation.used', (d) => d.id === reserveNow.id);
    expect(used.data).toEqual(await viaGraphQL('Reservation', used.data));
    expect(used.data.status).toBe('USED');

    const started = await delivery('session.started', (d) => d.transactionId === String(transactionId));
    expect(shapeProblems('Session', started.data)).toEqual([]);
    expect(started.data).toMatchObject({
      status: 'ACTIVE',
      idTag: 'RFID-1',
      connectorId: 1,
      charger: { id: chargerId },
    });
    const sessionId = started.data.id;
    const ofSession = (d: any) => d.id === sessionId;

    // Three readings within the batch window: one meter_values.received carrying all three.
    for (const kWh of [1, 2, 3])
      await charger.call('MeterValues', {
        connectorId: 1,
        transactionId,
        meterValue: [
          {
            timestamp: new Date().toISOString(),
            sampledValue: [
              { value: String(METER_START + kWh * 1000), measurand: 'Energy.Active.Import.Register', unit: 'Wh' },
              { value: '7400', measurand: 'Power.Active.Import', unit: 'W' },
            ],
          },
        ],
      });
    const meters = await delivery('meter_values.received', (d) =>
      d.readings.some((r: any) => r.session?.id === sessionId),
    );
    expect(shapeProblems('Charger', meters.data.charger)).toEqual([]);
    for (const reading of meters.data.readings) expect(shapeProblems('MeterValuesEvent', reading)).toEqual([]);
    expect(meters.data.readings).toHaveLength(3);
    expect(meters.data.readings[2].values).toEqual([
      expect.objectContaining({ measurand: 'ENERGY_ACTIVE_IMPORT_REGISTER', value: METER_START + 3000, unit: 'Wh' }),
      expect.objectContaining({ measurand: 'POWER_ACTIVE_IMPORT', value: 7400, unit: 'W' }),
    ]);

    const updated = await delivery('session.updated', (d) => ofSession(d) && d.energyWh === 3000);
    expect(shapeProblems('Session', updated.data)).toEqual([]);

    await charger.call('StopTransaction', {
      transactionId,
      meterStop: METER_START + 4000,
      timestamp: new Date().toISOString(),
      reason: 'EVDisconnected',
    });
    const ended = await delivery('session.ended', ofSession);
    expect(shapeProblems('Session', ended.data)).toEqual([]);
    // The final session, cost and charge detail record: exactly what GraphQL shows afterwards.
    expect(ended.data).toEqual(await viaGraphQL('Session', ended.data));
    expect(ended.data).toMatchObject({
      status: 'COMPLETED',
      energyWh: 4000,
      stopReason: 'EV_DISCONNECTED',
      cost: { final: true, net: { amount: '2.06' }, total: { amount: '2.45', currency: 'EUR' } }, // 0.50 + 4 x 0.39, +19 %
      chargeDetailRecord: { cost: { final: true, total: { amount: '2.45' } } },
    });

    // Per endpoint and resource, in order: started, then updates, then ended.
    const sessionTypes = receiver.received
      .filter((r) => r.json?.type?.startsWith('session.') && ofSession(r.json.data))
      .map((r) => r.json.type);
    expect(sessionTypes[0]).toBe('session.started');
    expect(sessionTypes.at(-1)).toBe('session.ended');
    expect(sessionTypes.filter((t) => t === 'session.ended')).toHaveLength(1);
    expect(sessionTypes.slice(1, -1).every((t) => t === 'session.updated')).toBe(true);
  });

  it('reservation.cancelled and reservation.expired', async () => {
    const reserve = async (seconds: number) =>
      (
        await server.admin.request(RESERVE_NOW, {
          input: {
            chargerId,
            connectorId: 1,
            idTag: 'RFID-1',
            expiresAt: new Date(Date.now() + seconds * 1000).toISOString(),
          },
        })
      ).expectNoErrors().reserveNow;
    const toCancel = await reserve(3600);
    (
      await server.admin.request('mutation($id: ID!) { cancelReservation(input: { id: $id }) { status } }', {
        id: toCancel.id,
      })
    ).expectNoErrors();
    const cancelled = await delivery('reservation.cancelled', (d) => d.id === toCancel.id);
    expect(cancelled.data).toEqual(await viaGraphQL('Reservation', cancelled.data));
    expect(cancelled.data.status).toBe('CANCELLED');

    const toExpire = await reserve(1);
    const expired = await delivery('reservation.expired', (d) => d.id === toExpire.id);
    expect(expired.data).toEqual(await viaGraphQL('Reservation', expired.data));
    expect(expired.data.status).toBe('EXPIRED');
    // Each reservation's own events in order.
    expect(
      receiver.received
        .filter((r) => r.json?.type?.startsWith('reservation.') && r.json.data.id === toExpire.id)
        .map((r) => r.json.type),
    ).toEqual(['reservation.created', 'reservation.expired']);
  });

  it('charger.security_event and firmware.status_changed carry the event as GraphQL lists it', async () => {
    const timestamp = new Date().toISOString();
    await charger.call('SecurityEventNotification', { type: 'InvalidFirmwareSignature', timestamp, techInfo: 'sig' });
    const security = await delivery('charger.security_event', ofThisCharger);
    expect(shapeProblems('Charger', security.data.charger)).toEqual([]);
    expect(shapeProblems('SecurityEvent', security.data.event)).toEqual([]);
    expect(security.data.event).toMatchObject({ type: 'InvalidFirmwareSignature', timestamp, techInfo: 'sig' });

    await charger.call('FirmwareStatusNotification', { status: 'Downloading' });
    const firmware = await delivery('firmware.status_changed', ofThisCharger);
    expect(shapeProblems('Charger', firmware.data.charger)).toEqual([]);
    expect(shapeProblems('FirmwareStatusEvent', firmware.data.event)).toEqual([]);
    expect(firmware.data.event).toMatchObject({
      kind: 'FIRMWARE',
      firmwareStatus: 'DOWNLOADING',
      diagnosticsStatus: null,
    });
  });

  it('charger.disconnected last; each charger-level event in the order it happened', async () => {
    await charger.close();
    const { data } = await delivery('charger.disconnected', ofThisCharger);
    expect(shapeProblems('Charger', data.charger)).toEqual([]);
    expect(data.charger.online).toBe(false);
    const chargerTypes = receiver.received
      .filter((r) => ['charger.', 'firmware.'].some((p) => r.json?.type?.startsWith(p)) && ofThisCharger(r.json.data))
      .map((r) => r.json.type);
    expect(chargerTypes[0]).toBe('charger.connected');
    expect(chargerTypes.at(-1)).toBe('charger.disconnected');
    expect(chargerTypes.indexOf('charger.booted')).toBeLessThan(chargerTypes.indexOf('charger.security_event'));
    expect(chargerTypes.indexOf('charger.security_event')).toBeLessThan(
      chargerTypes.indexOf('firmware.status_changed'),
    );
  });

  it('every event type was delivered, and README shows a true example of each', async () => {
    const types = [...WEBHOOK_EVENT_TYPES];
    expect(types.filter((t) => !examples[t])).toEqual([]);
    checkReadmeExamples(Object.fromEntries(types.map((t) => [t, examples[t]])));
  });
});
