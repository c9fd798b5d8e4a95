import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCharger } from './kit/charger.js';
import { anIdTag, handshakeStatus, basicAuth } from './kit/ocpp.js';
import { bootedStation, RawStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';

// OCPP 2.0.1 block F (remote control), B05/B06/B07 commands and NOT_SUPPORTED_BY_PROTOCOL, from a
// hand-written station: the existing GraphQL commands, mapped.
let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const gql = (query: string, input: Record<string, unknown>) => server.admin.request(query, { input });

describe('OCPP 2.0.1 commands', () => {
  it('remoteStart sends RequestStartTransaction; the PENDING session becomes ACTIVE; remoteStop and reset map too', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-CMD');
    await anIdTag(server, 'RFID-F1');
    const station = await bootedStation(`${server.ocppUrl}/V201-CMD`);
    try {
      station.handle('RequestStartTransaction', () => ({ status: 'Accepted' }));
      station.handle('RequestStopTransaction', () => ({ status: 'Accepted' }));
      station.handle('Reset', () => ({ status: 'Scheduled' }));
      const { remoteStart } = (
        await gql(
          'mutation($input: RemoteStartInput!) { remoteStart(input: $input) { status session { id status } } }',
          { chargerId, connectorId: 1, idTag: 'RFID-F1' },
        )
      ).expectNoErrors();
      expect(remoteStart).toMatchObject({ status: 'Accepted', session: { status: 'PENDING' } });
      const asked = station.received.find((r) => r.action === 'RequestStartTransaction')!.payload;
      expect(asked).toEqual({
        idToken: { idToken: 'RFID-F1', type: 'Central' },
        evseId: 1,
        remoteStartId: expect.any(Number),
      });

      await station.call('TransactionEvent', {
        eventType: 'Started',
        timestamp: new Date().toISOString(),
        triggerReason: 'RemoteStart',
        seqNo: 0,
        transactionInfo: { transactionId: 'TX-F-1', remoteStartId: asked.remoteStartId },
        evse: { id: 1, connectorId: 1 },
      });
      const { node } = (
        await server.admin.request('query($id: ID!) { node(id: $id) { ... on Session { status transactionId } } }', {
          id: remoteStart.session.id,
        })
      ).expectNoErrors();
      expect(node).toEqual({ status: 'ACTIVE', transactionId: 'TX-F-1' });

      const { remoteStop } = (
        await gql('mutation($input: RemoteStopInput!) { remoteStop(input: $input) { status } }', {
          sessionId: remoteStart.session.id,
        })
      ).expectNoErrors();
      expect(remoteStop.status).toBe('Accepted');
      expect(station.received.find((r) => r.action === 'RequestStopTransaction')!.payload).toEqual({
        transactionId: 'TX-F-1',
      });

      const { reset } = (
        await gql('mutation($input: ResetInput!) { reset(input: $input) { status accepted } }', {
          chargerId,
          type: 'SOFT',
        })
      ).expectNoErrors();
      expect(reset).toEqual({ status: 'Scheduled', accepted: true });
      expect(station.received.find((r) => r.action === 'Reset')!.payload).toEqual({ type: 'OnIdle' });

      // ChangeConfiguration has no 2.0.1 equivalent (SetVariables does that): refused, nothing sent.
      const before = station.received.length;
      (
        await gql('mutation($input: ChangeConfigurationInput!) { changeConfiguration(input: $input) { status } }', {
          chargerId,
          key: 'HeartbeatInterval',
          value: '60',
        })
      ).expectError('NOT_SUPPORTED_BY_PROTOCOL');
      expect(station.received.length).toBe(before);
    } finally {
      await station.close();
    }
  });

  it('getVariables, setVariables (a new BasicAuthPassword is the one to present next) and requestBaseReport', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-DM', { password: 'first-password-1' });
    const url = `${server.ocppUrl}/V201-DM`;
    const station = await bootedStation(url, { headers: basicAuth('V201-DM', 'first-password-1') });
    try {
      station.handle('GetVariables', (p: any) => ({
        getVariableResult: p.getVariableData.map((d: any) => ({
          attributeStatus: d.variable.name === 'Nope' ? 'UnknownVariable' : 'Accepted',
          ...(d.attributeType ? { attributeType: d.attributeType } : {}),
          component: d.component,
          variable: d.variable,
          ...(d.variable.name === 'Nope' ? {} : { attributeValue: '300' }),
        })),
      }));
      station.handle('SetVariables', (p: any) => ({
        setVariableResult: p.setVariableData.map((d: any) => ({
          attributeStatus: 'Accepted',
          component: d.component,
          variable: d.variable,
        })),
      }));
      station.handle('GetBaseReport', () => ({ status: 'Accepted' }));

      const { getVariables } = (
        await gql(
          'mutation($input: GetVariablesInput!) { getVariables(input: $input) { results { component variable attributeType status value } } }',
          {
            chargerId,
            variables: [
              { component: 'OCPPCommCtrlr', variable: 'HeartbeatInterval' },
              { component: 'OCPPCommCtrlr', variable: 'Nope', attributeType: 'MAX_SET' },
            ],
          },
        )
      ).expectNoErrors();
      expect(getVariables.results).toEqual([
        {
          component: 'OCPPCommCtrlr',
          variable: 'HeartbeatInterval',
          attributeType: 'ACTUAL',
          status: 'ACCEPTED',
          value: '300',
        },
        {
          component: 'OCPPCommCtrlr',
          variable: 'Nope',
          attributeType: 'MAX_SET',
          status: 'UNKNOWN_VARIABLE',
          value: null,
        },
      ]);
      // The enum goes on the wire in OCPP's own casing.
      const asked = station.received.find((r) => r.action === 'GetVariables')!.payload.getVariableData;
      expect(asked[1].attributeType).toBe('MaxSet');
      const { charger } = (
        await server.admin.request('{ charger(ocppId: "V201-DM") { variables { variable value } } }')
      ).expectNoErrors();
      expect(charger.variables).toEqual([{ variable: 'HeartbeatInterval', value: '300' }]);

      const { setVariables } = (
        await gql(
          'mutation($input: SetVariablesInput!) { setVariables(input: $input) { results { variable status value } } }',
          {
            chargerId,
            variables: [{ component: 'SecurityCtrlr', variable: 'BasicAuthPassword', value: 'second-password-22' }],
          },
        )
      ).expectNoErrors();
      expect(setVariables.results).toEqual([{ variable: 'BasicAuthPassword', status: 'ACCEPTED', value: null }]);
      expect(await handshakeStatus(url, ['ocpp2.0.1'], basicAuth('V201-DM', 'first-password-1'))).toBe(401);

      const { requestBaseReport } = (
        await gql(
          'mutation($input: RequestBaseReportInput!) { requestBaseReport(input: $input) { status accepted requestId } }',
          {
            chargerId,
            reportBase: 'FULL_INVENTORY',
          },
        )
      ).expectNoErrors();
      expect(requestBaseReport).toEqual({ status: 'Accepted', accepted: true, requestId: expect.any(Number) });
      expect(station.received.find((r) => r.action === 'GetBaseReport')!.payload).toEqual({
        requestId: requestBaseReport.requestId,
        reportBase: 'FullInventory',
      });
    } finally {
      await station.close();
    }
    const again = await bootedStation(url, { headers: basicAuth('V201-DM', 'second-password-22') });
    await again.close();
  });

  it('a refusal is the command’s status as the station said it: Rejected (TC_C_38), NotImplemented (TC_F_27)', async () => {
    const chargerId = await registerCharger(server.admin, 'V201-NO');
    const station = await bootedStation(`${server.ocppUrl}/V201-NO`);
    try {
      station.handle('ClearCache', () => ({ status: 'Rejected', statusInfo: { reasonCode: 'Busy' } }));
      station.handle('TriggerMessage', () => ({ status: 'NotImplemented' }));
      const RESULT = 'status accepted statusInfo { reasonCode } command { status chargerStatus }';
      const { clearCache } = (
        await gql(`mutation($input: ChargerCommandInput!) { clearCache(input: $input) { ${RESULT} } }`, { chargerId })
      ).expectNoErrors();
      expect(clearCache).toEqual({
        status: 'Rejected',
        accepted: false,
        statusInfo: { reasonCode: 'Busy' },
        command: { status: 'REJECTED', chargerStatus: 'Rejected' },
      });
      const { triggerMessage } = (
        await gql(`mutation($input: TriggerMessageInput!) { triggerMessage(input: $input) { ${RESULT} } }`, {
          chargerId,
          message: 'FIRMWARE_STATUS_NOTIFICATION',
        })
      ).expectNoErrors();
      expect(triggerMessage).toEqual({
        status: 'NotImplemented',
        accepted: false,
        statusInfo: null,
        command: { status: 'REJECTED', chargerStatus: 'NotImplemented' },
      });
    } finally {
      await station.close();
    }
  });

  it('a 2.0.1-only command to a 1.6 charger is NOT_SUPPORTED_BY_PROTOCOL before anything is sent', async () => {
    const chargerId = await registerCharger(server.admin, 'V16-DM');
    const old = await RawStation.connect(`${server.ocppUrl}/V16-DM`, { protocols: ['ocpp1.6'] });
    try {
      await old.call('BootNotification', { chargePointVendor: 'Old', chargePointModel: 'One' });
      (
        await gql('mutation($input: GetVariablesInput!) { getVariables(input: $input) { results { status } } }', {
          chargerId,
          variables: [{ component: 'OCPPCommCtrlr', variable: 'HeartbeatInterval' }],
        })
      ).expectError('NOT_SUPPORTED_BY_PROTOCOL');
      expect(old.received).toEqual([]);
    } finally {
      await old.close();
    }
  });
});
