import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const TARIFF = `id name currency sessionFee energyPricePerKwh timePricePerHour idleFeePerMinute idleGraceMinutes minPrice maxPrice
  taxRatePercent energyStepWh energyRounding timeRounding priority validFrom validUntil idTagGroups
  elements { components { type price stepSize } restrictions { startTime endTime dayOfWeek maxKwh powerType } }`;

async function createTariff(input: Record<string, unknown>) {
  const res = await server.admin.request(
    `mutation($input: CreateTariffInput!) { createTariff(input: $input) { ${TARIFF} } }`,
    { input },
  );
  return res.expectNoErrors().createTariff;
}

async function assign(input: Record<string, unknown>) {
  return (
    await server.admin.request('mutation($input: AssignTariffInput!) { assignTariff(input: $input) { id } }', { input })
  ).expectNoErrors();
}

describe('tariff CRUD', () => {
  it('creates a tariff with OCPI-style elements and reads it back with exact decimals', async () => {
    const tariff = await createTariff({
      name: 'Public AC',
      currency: 'eur',
      sessionFee: '1.00',
      energyPricePerKwh: 0.39,
      idleFeePerMinute: '0.10',
      idleGraceMinutes: 30,
      minPrice: '2',
      taxRatePercent: '19.0',
      energyStepWh: 100,
      energyRounding: 'UP',
      elements: [
        { components: [{ type: 'ENERGY', price: '0.290000' }], restrictions: { startTime: '22:00', endTime: '06:00' } },
        {
          components: [{ type: 'ENERGY', price: '0.59', stepSize: 1000 }],
          restrictions: { powerType: 'DC', dayOfWeek: ['SATURDAY'] },
        },
      ],
    });
    expect(tariff).toMatchObject({
      name: 'Public AC',
      currency: 'EUR',
      sessionFee: '1.00',
      energyPricePerKwh: '0.39',
      timePricePerHour: '0',
      idleFeePerMinute: '0.1',
      idleGraceMinutes: 30,
      minPrice: '2.00',
      maxPrice: null,
      taxRatePercent: '19',
      energyStepWh: 100,
      energyRounding: 'UP',
      timeRounding: 'EXACT',
      elements: [
        {
          components: [{ type: 'ENERGY', price: '0.29', stepSize: null }],
          restrictions: { startTime: '22:00', endTime: '06:00', powerType: null },
        },
        {
          components: [{ type: 'ENERGY', price: '0.59', stepSize: 1000 }],
          restrictions: { powerType: 'DC', dayOfWeek: ['SATURDAY'] },
        },
      ],
    });
    const { node } = (
      await server.admin.request('query($id: ID!) { node(id: $id) { ... on Tariff { name } } }', { id: tariff.id })
    ).expectNoErrors();
    expect(node).toEqual({ name: 'Public AC' });
  });

  it('names every bad field at once', async () => {
    const res = await server.admin.request(
      'mutation($input: CreateTariffInput!) { createTariff(input: $input) { id } }',
      {
        input: {
          name: 'Bad',
          currency: 'EURO',
          sessionFee: '1.005',
          taxRatePercent: '120',
          minPrice: '5',
          maxPrice: '3',
          elements: [{ components: [], restrictions: { startTime: '25:00' } }],
        },
      },
    );
    const error = res.expectError('BAD_USER_INPUT');
    const fields = (error.extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'currency',
        'sessionFee',
        'taxRatePercent',
        'maxPrice',
        'elements[0].components',
        'elements[0].restrictions.startTime',
      ]),
    );
  });

  it('updates only the fields sent, clears a nullable one with null, and soft-deletes', async () => {
    const tariff = await createTariff({
      name: 'Update me',
      currency: 'EUR',
      energyPricePerKwh: '0.40',
      maxPrice: '30',
    });
    const { updateTariff } = (
      await server.admin.request(`mutation($input: UpdateTariffInput!) { updateTariff(input: $input) { ${TARIFF} } }`, {
        input: { id: tariff.id, timePricePerHour: '1.20', maxPrice: null },
      })
    ).expectNoErrors();
    expect(updateTariff).toMatchObject({ energyPricePerKwh: '0.4', timePricePerHour: '1.2', maxPrice: null });

    const list = async () =>
      (
        await server.admin.request('{ tariffs(filter: {search: "update"}) { totalCount edges { node { name } } } }')
      ).expectNoErrors().tariffs;
    expect(await list()).toMatchObject({ totalCount: 1, edges: [{ node: { name: 'Update me' } }] });
    expect(
      (
        await server.admin.request('mutation($id: ID!) { deleteTariff(input: { id: $id }) }', { id: tariff.id })
      ).expectNoErrors(),
    ).toEqual({ deleteTariff: tariff.id });
    expect(await list()).toMatchObject({ totalCount: 0 });
    (
      await server.admin.request('mutation($id: ID!) { deleteTariff(input: { id: $id }) }', { id: tariff.id })
    ).expectError('NOT_FOUND');
  });
});

describe('attaching tariffs', () => {
  it('shows the tariff on the charger, its connector and as the tenant default', async () => {
    const chargerId = await registerCharger(server.admin, 'CP-TARIFF-1');
    const onCharger = await createTariff({ name: 'Charger price', currency: 'EUR', energyPricePerKwh: '0.45' });
    const onConnector = await createTariff({ name: 'Connector price', currency: 'EUR', energyPricePerKwh: '0.50' });
    const fallback = await createTariff({ name: 'Default', currency: 'EUR', energyPricePerKwh: '0.35' });
    await assign({ tariffId: onCharger.id, chargerId });
    await assign({ tariffId: onConnector.id, chargerId, connectorId: 2 });
    await assign({ tariffId: fallback.id, tenantDefault: true });

    const query = `query($id: ID) { charger(id: $id) { tariff { name } connectors { connectorId tariff { name } } } tenant { defaultTariff { name } } }`;
    const seen = (await server.admin.request(query, { id: chargerId })).expectNoErrors();
    expect(seen).toEqual({
      charger: {
        tariff: { name: 'Charger price' },
        connectors: [{ connectorId: 2, tariff: { name: 'Connector price' } }],
      },
      tenant: { defaultTariff: { name: 'Default' } },
    });

    await assign({ tariffId: null, chargerId });
    const after = (await server.admin.request(query, { id: chargerId })).expectNoErrors();
    expect(after.charger.tariff).toBeNull();
  });

  it('shows the tariff set with createSite/updateSite as Site.tariff', async () => {
    const tariff = await createTariff({ name: 'Site price', currency: 'EUR' });
    const { createSite } = (
      await server.admin.request(
        'mutation($input: CreateSiteInput!) { createSite(input: $input) { id tariff { name } } }',
        {
          input: { name: 'Depot', tariffId: tariff.id },
        },
      )
    ).expectNoErrors();
    expect(createSite.tariff).toEqual({ name: 'Site price' });
    await assign({ tariffId: null, siteId: createSite.id });
    const { node } = (
      await server.admin.request('query($id: ID!) { node(id: $id) { ... on Site { tariff { name } } } }', {
        id: createSite.id,
      })
    ).expectNoErrors();
    expect(node.tariff).toBeNull();
  });

  it('shows the default set with updateTenant(input: {tariffId}) as Tenant.defaultTariff', async () => {
    const tariff = await createTariff({ name: 'Tenant-wide', currency: 'EUR' });
    (
      await server.admin.request('mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { id } }', {
        input: { tariffId: tariff.id },
      })
    ).expectNoErrors();
    const { tenant } = (await server.admin.request('{ tenant { defaultTariff { id name } } }')).expectNoErrors();
    expect(tenant.defaultTariff).toEqual({ id: tariff.id, name: 'Tenant-wide' });
  });

  it('refuses an ambiguous target and an unknown tariff', async () => {
    const chargerId = await registerCharger(server.admin, 'CP-TARIFF-2');
    const tariff = await createTariff({ name: 'X', currency: 'EUR' });
    (
      await server.admin.request('mutation($input: AssignTariffInput!) { assignTariff(input: $input) { id } }', {
        input: { tariffId: tariff.id, chargerId, tenantDefault: true },
      })
    ).expectError('BAD_USER_INPUT');
    (
      await server.admin.request('mutation($input: AssignTariffInput!) { assignTariff(input: $input) { id } }', {
        input: { tariffId: chargerId, chargerId },
      })
    ).expectError('NOT_FOUND');
  });

  it('offers a tariff to an id tag group', async () => {
    const tariff = await createTariff({ name: 'Members', currency: 'EUR' });
    await assign({ tariffId: tariff.id, idTagGroup: 'members' });
    const { tariff: seen } = (
      await server.admin.request('query($id: ID!) { tariff(id: $id) { idTagGroups } }', { id: tariff.id })
    ).expectNoErrors();
    expect(seen.idTagGroups).toEqual(['members']);
  });
});
