import { hashPassword } from '../src/domain/passwords.js';
import { idTags, users } from '../src/db/schema/index.js';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import type { GqlClient } from './kit/gql.js';
import type { TestServer } from './kit/server.js';

/** A registered, booted charger that reported its connectors Available. */
export async function readyCharger(
  server: TestServer,
  ocppId: string,
  connectors = 2,
): Promise<{ id: string; client: TestCharger }> {
  const id = await registerCharger(server.admin, ocppId);
  const client = await bootedCharger(server.ocppUrl, ocppId);
  for (let c = 1; c <= connectors; c++)
    await client.call('StatusNotification', { connectorId: c, status: 'Available', errorCode: 'NoError' });
  return { id, client };
}

/** A handler that never answers: the server's command timeout decides. */
export const never = () => new Promise<never>(() => {});

export async function tenantIdOf(server: TestServer): Promise<string> {
  const [row] = await server.app.database.db.select().from(users);
  return row!.tenantId;
}

/** A DRIVER with their own id tag, signed in. Users and id tags have no mutations in this branch yet. */
export async function driverWithTag(server: TestServer, email: string, tag: string): Promise<GqlClient> {
  const db = server.app.database.db;
  const tenantId = await tenantIdOf(server);
  const [user] = await db
    .insert(users)
    .values({ tenantId, email, role: 'DRIVER', passwordHash: await hashPassword('driver-password') })
    .returning();
  await db.insert(idTags).values({ tenantId, value: tag, userId: user!.id });
  return server.anonymous.signIn(email, 'driver-password');
}

export { eventually } from './kit/wait.js';

export const SESSION_FIELDS = 'id status transactionId connectorId idTag stopReason';

export async function sessionById(admin: GqlClient, id: string) {
  const { node } = (
    await admin.request(`query($id: ID!) { node(id: $id) { ... on Session { ${SESSION_FIELDS} } } }`, { id })
  ).expectNoErrors();
  return node;
}

export const REMOTE_START = `mutation($input: RemoteStartInput!) { remoteStart(input: $input) { status accepted session { ${SESSION_FIELDS} } } }`;
export const REMOTE_STOP = 'mutation($input: RemoteStopInput!) { remoteStop(input: $input) { status accepted } }';
export const RESERVE_NOW =
  'mutation($input: ReserveNowInput!) { reserveNow(input: $input) { id reservationId status answer connectorId idTag expiresAt } }';

export const startTransaction = (
  client: TestCharger,
  connectorId: number,
  idTag: string,
  extra: Record<string, unknown> = {},
) =>
  client.call('StartTransaction', {
    connectorId,
    idTag,
    meterStart: 1000,
    timestamp: new Date().toISOString(),
    ...extra,
  }) as Promise<{ transactionId: number }>;

/** Registers how the test charger answers an action (ocpp-rpc's handler typing wants a Promise). */
export function answer(client: TestCharger, action: string, fn: (call: { params: any }) => unknown): void {
  client.handle(action, fn as never);
}
