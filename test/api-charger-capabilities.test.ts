import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answer, readyCharger } from './commands-kit.js';
import { registerCharger, type TestCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';
import { createTenant } from './kit/tenant.js';

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());
const open: TestCharger[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close({ force: true })));
});

const CONNECTOR = `mutation($input: UpdateConnectorInput!) {
  updateConnector(input: $input) { id connectorId evseId physicalReference maxVoltageV maxCurrentA phases format plugType }
}`;
const CHARGER = `query($id: ID!) { charger(id: $id) {
  capabilities capabilitiesSource customProperties
  connectors { connectorId evseId physicalReference maxVoltageV maxCurrentA phases format }
} }`;
const UPDATE = `mutation($input: UpdateChargerInput!) { updateCharger(input: $input) { id capabilities capabilitiesSource customProperties } }`;
const BATCH = `mutation($input: UpdateChargersInput!) {
  updateChargers(input: $input) { id site { name } maxPowerW capabilities customProperties }
}`;
const LIST = `query($filter: ChargerFilter) { chargers(filter: $filter, first: 50) { edges { node { ocppId } } } }`;

const ocppIds = async (filter: Record<string, unknown>) =>
  (await server.admin.request(LIST, { filter }))
    .expectNoErrors()
    .chargers.edges.map((e: any) => e.node.ocppId)
    .sort();

describe('connectors as EVSEs', () => {
  it('sets eMI3 EVSE id, reference, voltage, current, phases and format; finds the charger by EVSE id', async () => {
    const id = await registerCharger(server.admin, 'EVSE-1');
    const connector = (
      await server.admin.request(CONNECTOR, {
        input: {
          chargerId: id,
          connectorId: 1,
          evseId: 'de*abc*e123*1',
          physicalReference: 'A1',
          maxVoltageV: 400,
          maxCurrentA: 32,
          phases: 3,
          format: 'CABLE',
          plugType: 'TYPE_2',
        },
      })
    ).expectNoErrors().updateConnector;
    expect(connector).toMatchObject({
      connectorId: 1,
      evseId: 'DE*ABC*E123*1',
      physicalReference: 'A1',
      maxVoltageV: 400,
      maxCurrentA: 32,
      phases: 3,
      format: 'CABLE',
    });
    const { charger } = (await server.admin.request(CHARGER, { id })).expectNoErrors();
    expect(charger.connectors).toEqual([
      {
        connectorId: 1,
        evseId: 'DE*ABC*E123*1',
        physicalReference: 'A1',
        maxVoltageV: 400,
        maxCurrentA: 32,
        phases: 3,
        format: 'CABLE',
      },
    ]);
    // eMI3 separators are optional: the same id either way.
    expect(await ocppIds({ evseId: 'DEABCE1231' })).toEqual(['EVSE-1']);
  });

  it('refuses a malformed EVSE id or rating, and one already used (CONFLICT), also across separators', async () => {
    const a = await registerCharger(server.admin, 'EVSE-2');
    const b = await registerCharger(server.admin, 'EVSE-3');
    const bad = (
      await server.admin.request(CONNECTOR, {
        input: { chargerId: a, connectorId: 1, evseId: 'DE-ABC-123', phases: 4, maxCurrentA: 0 },
      })
    ).expectError('BAD_USER_INPUT');
    expect(bad.message).toContain('evseId: must be an eMI3 EVSE id such as DE*ABC*E123*1');
    expect(bad.message).toContain('phases: must be 1, 2 or 3');
    expect(bad.message).toContain('maxCurrentA: must be 1-1000 A');

    (
      await server.admin.request(CONNECTOR, { input: { chargerId: a, connectorId: 1, evseId: 'NL*EVB*E77' } })
    ).expectNoErrors();
    // Setting it again on the same connector is fine; on another it is taken.
    (
      await server.admin.request(CONNECTOR, { input: { chargerId: a, connectorId: 1, evseId: 'NL*EVB*E77' } })
    ).expectNoErrors();
    (
      await server.admin.request(CONNECTOR, { input: { chargerId: b, connectorId: 1, evseId: 'NLEVBE77' } })
    ).expectError('CONFLICT');
    // Another tenant may use the same id for its own connector.
    const other = await createTenant(server, 'evse-other');
    const theirs = await registerCharger(other.admin, 'EVSE-OTHER');
    (
      await other.admin.request(CONNECTOR, { input: { chargerId: theirs, connectorId: 1, evseId: 'NL*EVB*E77' } })
    ).expectNoErrors();
  });
});

describe('capabilities', () => {
  it('are derived from SupportedFeatureProfiles once read, and the operator can override and reset them', async () => {
    const { id, client } = await readyCharger(server, 'CAP-1', 1);
    open.push(client);
    let { charger } = (await server.admin.request(CHARGER, { id })).expectNoErrors();
    expect(charger).toMatchObject({ capabilities: [], capabilitiesSource: 'UNKNOWN' });

    answer(client, 'GetConfiguration', () => ({
      configurationKey: [{ key: 'SupportedFeatureProfiles', readonly: true, value: 'Core,Reservation,RemoteTrigger' }],
    }));
    (
      await server.admin.request('mutation($id: ID!) { refreshConfiguration(input: { chargerId: $id }) { status } }', {
        id,
      })
    ).expectNoErrors();
    ({ charger } = (await server.admin.request(CHARGER, { id })).expectNoErrors());
    expect(charger).toMatchObject({
      capabilities: ['REMOTE_START_STOP_CAPABLE', 'RESERVABLE', 'UNLOCK_CAPABLE'],
      capabilitiesSource: 'CHARGER',
    });

    const set = (
      await server.admin.request(UPDATE, { input: { id, capabilities: ['RFID_READER', 'REMOTE_START_STOP_CAPABLE'] } })
    ).expectNoErrors().updateCharger;
    expect(set).toMatchObject({
      capabilities: ['RFID_READER', 'REMOTE_START_STOP_CAPABLE'],
      capabilitiesSource: 'OPERATOR',
    });
    const reset = (await server.admin.request(UPDATE, { input: { id, capabilities: null } })).expectNoErrors()
      .updateCharger;
    expect(reset.capabilitiesSource).toBe('CHARGER');
  });
});

describe('custom properties and the batch update', () => {
  it('updates many chargers in one mutation and filters by custom properties', async () => {
    const ids = [
      await registerCharger(server.admin, 'FLEET-1'),
      await registerCharger(server.admin, 'FLEET-2'),
      await registerCharger(server.admin, 'FLEET-3'),
    ];
    const { createSite } = (
      await server.admin.request('mutation { createSite(input: { name: "Depot North" }) { id } }')
    ).expectNoErrors();
    const updated = (
      await server.admin.request(BATCH, {
        input: {
          ids: [ids[2], ids[0]],
          patch: {
            siteId: createSite.id,
            maxPowerW: 22000,
            capabilities: ['RFID_READER'],
            customProperties: { fleet: 'north', contract: 7 },
          },
        },
      })
    ).expectNoErrors().updateChargers;
    expect(updated.map((c: any) => c.id)).toEqual([ids[2], ids[0]]);
    expect(updated[0]).toMatchObject({
      site: { name: 'Depot North' },
      maxPowerW: 22000,
      capabilities: ['RFID_READER'],
      customProperties: { fleet: 'north', contract: 7 },
    });
    expect(await ocppIds({ customProperties: { fleet: 'north' } })).toEqual(['FLEET-1', 'FLEET-3']);
    expect(await ocppIds({ customProperties: { fleet: 'north', contract: 8 } })).toEqual([]);
  });

  it('changes nothing when one id is unknown or in another tenant, and says which', async () => {
    const mine = await registerCharger(server.admin, 'ATOMIC-1');
    const other = await createTenant(server, 'batch-other');
    const theirs = await registerCharger(other.admin, 'ATOMIC-THEIRS');
    const err = (
      await server.admin.request(BATCH, { input: { ids: [mine, theirs], patch: { maxPowerW: 11000 } } })
    ).expectError('NOT_FOUND');
    expect(err.message).toContain('Charger');
    const { charger } = (
      await server.admin.request('query($id: ID!) { charger(id: $id) { maxPowerW } }', { id: mine })
    ).expectNoErrors();
    expect(charger.maxPowerW).toBeNull();
    const { charger: still } = (
      await other.admin.request('query($id: ID!) { charger(id: $id) { maxPowerW } }', { id: theirs })
    ).expectNoErrors();
    expect(still.maxPowerW).toBeNull();

    (await server.admin.request(BATCH, { input: { ids: [], patch: { maxPowerW: 1 } } })).expectError('BAD_USER_INPUT');
    (await server.admin.request(BATCH, { input: { ids: [mine], patch: { customProperties: 'text' } } })).expectError(
      'BAD_USER_INPUT',
    );
  });
});
