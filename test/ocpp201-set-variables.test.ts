import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCharger } from './kit/charger.js';
import { basicAuth, handshakeStatus } from './kit/ocpp.js';
import { bootedStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';

// OCPP 2.0.1 SetVariables (B05) and the Basic-auth password change (A01, TC_A_10) from a
// hand-written station: results tied to what was asked by address, never by position.
let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const SET_VARIABLES =
  'mutation($input: SetVariablesInput!) { setVariables(input: $input) { results { component evseId variable attributeType status value } } }';

describe('OCPP 2.0.1 SetVariables', () => {
  it('a station answering in another order: each result gets the value asked for its variable, and only those stored', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-SETVAR');
    const station = await bootedStation(`${server.ocppUrl}/V201-SETVAR`);
    try {
      station.handle('SetVariables', (p: any) => ({
        setVariableResult: [...p.setVariableData].reverse().map((d: any) => ({
          attributeStatus: d.variable.name === 'EVConnectionTimeOut' ? 'Rejected' : 'Accepted',
          ...(d.attributeType ? { attributeType: d.attributeType } : {}),
          component: d.component,
          variable: d.variable,
        })),
      }));
      const { setVariables } = (
        await server.admin.request(SET_VARIABLES, {
          input: {
            chargerId,
            variables: [
              { component: 'OCPPCommCtrlr', variable: 'HeartbeatInterval', value: '120' },
              { component: 'EVSE', evseId: 1, variable: 'Power', attributeType: 'MAX_SET', value: '22000' },
              { component: 'EVSE', evseId: 1, variable: 'Power', attributeType: 'MIN_SET', value: '1400' },
              { component: 'TxCtrlr', variable: 'EVConnectionTimeOut', value: '45' },
            ],
          },
        })
      ).expectNoErrors();
      const result = (component: string, evseId: number | null, variable: string, attributeType: string) => ({
        component,
        evseId,
        variable,
        attributeType,
      });
      // In the order asked, whatever the station's order.
      expect(setVariables.results).toEqual([
        { ...result('OCPPCommCtrlr', null, 'HeartbeatInterval', 'ACTUAL'), status: 'ACCEPTED', value: '120' },
        { ...result('EVSE', 1, 'Power', 'MAX_SET'), status: 'ACCEPTED', value: '22000' },
        { ...result('EVSE', 1, 'Power', 'MIN_SET'), status: 'ACCEPTED', value: '1400' },
        { ...result('TxCtrlr', null, 'EVConnectionTimeOut', 'ACTUAL'), status: 'REJECTED', value: '45' },
      ]);
      const { charger } = (
        await server.admin.request('{ charger(ocppId: "V201-SETVAR") { variables { variable attributeType value } } }')
      ).expectNoErrors();
      expect(charger.variables).toEqual([
        { variable: 'Power', attributeType: 'MAX_SET', value: '22000' },
        { variable: 'Power', attributeType: 'MIN_SET', value: '1400' },
        { variable: 'HeartbeatInterval', attributeType: 'ACTUAL', value: '120' },
      ]);
    } finally {
      await station.close();
    }
  });

  it('a BasicAuthPassword change the station rejects (TC_A_10): the old password still connects, the new one gets 401', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-A10', { password: 'old-password-a10' });
    const url = `${server.ocppUrl}/V201-A10`;
    const station = await bootedStation(url, { headers: basicAuth('V201-A10', 'old-password-a10') });
    try {
      station.handle('SetVariables', (p: any) => ({
        setVariableResult: p.setVariableData.map((d: any) => ({
          attributeStatus: 'Rejected',
          component: d.component,
          variable: d.variable,
        })),
      }));
      const { setVariables } = (
        await server.admin.request(SET_VARIABLES, {
          input: {
            chargerId,
            variables: [{ component: 'SecurityCtrlr', variable: 'BasicAuthPassword', value: 'new-password-a10-x' }],
          },
        })
      ).expectNoErrors();
      expect(setVariables.results).toEqual([
        expect.objectContaining({ variable: 'BasicAuthPassword', status: 'REJECTED', value: null }),
      ]);
    } finally {
      await station.close();
    }
    expect(await handshakeStatus(url, ['ocpp2.0.1'], basicAuth('V201-A10', 'new-password-a10-x'))).toBe(401);
    const again = await bootedStation(url, { headers: basicAuth('V201-A10', 'old-password-a10') });
    await again.close();
  });
});
