import { RPCClient } from 'ocpp-rpc';
import type { GqlClient } from './gql.js';

export type TestCharger = InstanceType<typeof RPCClient> & {
  /** Sends a raw frame (for malformed-input tests). */
  sendRaw(frame: string): void;
};

export interface ConnectOptions {
  password?: string;
  protocols?: string[];
  /** Path between /ocpp and the identity, e.g. a tenant slug. */
  slug?: string;
  strictMode?: boolean;
}

/** A real OCPP 1.6 client over WebSocket. Close it in afterEach or finally. */
export async function connectCharger(
  ocppUrl: string,
  identity: string,
  opts: ConnectOptions = {},
): Promise<TestCharger> {
  const client = new RPCClient({
    endpoint: opts.slug ? `${ocppUrl}/${opts.slug}` : ocppUrl,
    identity,
    password: opts.password,
    protocols: opts.protocols ?? ['ocpp1.6'],
    strictMode: opts.strictMode ?? false,
    reconnect: false,
    callTimeoutMs: 10_000,
  } as never) as TestCharger;
  await client.connect();
  return client;
}

/** Registers a charger through GraphQL and returns its global id. */
export async function registerCharger(
  admin: GqlClient,
  ocppId: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const { createCharger } = (
    await admin.request(`mutation($input: CreateChargerInput!) { createCharger(input: $input) { id } }`, {
      input: { ocppId, ...extra },
    })
  ).expectNoErrors();
  return createCharger.id;
}

export const bootPayload = (overrides: Record<string, unknown> = {}) => ({
  chargePointVendor: 'ChargeQL',
  chargePointModel: 'TestBox',
  chargePointSerialNumber: 'SN-1',
  firmwareVersion: '1.0.0',
  ...overrides,
});

/** Connects and boots; returns the client once BootNotification was Accepted. */
export async function bootedCharger(
  ocppUrl: string,
  identity: string,
  opts: ConnectOptions = {},
): Promise<TestCharger> {
  const client = await connectCharger(ocppUrl, identity, opts);
  const answer = (await client.call('BootNotification', bootPayload())) as { status: string };
  if (answer.status !== 'Accepted') throw new Error(`Boot not accepted: ${answer.status}`);
  return client;
}

/** A MeterValues reading of active power on connector 1, as a charger samples it. */
export function sendPower(charger: TestCharger, watts: number) {
  return charger.call('MeterValues', {
    connectorId: 1,
    meterValue: [
      {
        timestamp: new Date().toISOString(),
        sampledValue: [{ value: String(watts), measurand: 'Power.Active.Import', unit: 'W' }],
      },
    ],
  });
}
