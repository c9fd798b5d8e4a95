import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Permission } from '../src/domain/policy.js';
import { ROLES, type Role } from '../src/domain/roles.js';
import { createSchema } from '../src/graphql/schema.js';
import { introspect, phantomOf } from './isolation/evidence.js';
import { buildCall, operationsOf, Skip, type Operation } from './isolation/schema-walk.js';
import { StringBook } from './isolation/strings.js';
import type { GqlClient, GqlResult } from './kit/gql.js';
import { startServer, type TestServer } from './kit/server.js';
import { createTenant, createUser } from './kit/tenant.js';
import { bootedCharger, registerCharger } from './kit/charger.js';
import { toGlobalId } from '../src/graphql/node.js';
import { randomUUID } from 'node:crypto';

/**
 * Walks role x operation: every Query and Mutation of the schema, called as each role, must be
 * refused with FORBIDDEN exactly when policy.ts says the role lacks the operation's permission
 * (`@Authorized(...)`, read from type-graphql's metadata). New operations and permissions are
 * covered without editing this file.
 */
// Reachable without a token (they are how you get one).
const PUBLIC = new Set(['login', 'refreshToken', 'logout', 'acceptInvite', 'requestPasswordReset', 'resetPassword']);
// Any signed-in caller; what they see is narrowed in the domain (their own tenant, themselves).
const ANY_SIGNED_IN = new Set(['viewer', 'node']);

let server: TestServer;
let schema: GraphQLSchema;
const as = {} as Record<Role, GqlClient>;
const permissions = new Map<string, Permission[]>();

beforeAll(async () => {
  // Every field to depth 4 (schema-walk): with self-nesting types (Site.parent/children) that
  // outgrows the 32 KB a real client may send, which is not what this test is about.
  server = await startServer({
    GRAPHQL_RATE_LIMIT_PER_SECOND: '100000',
    GRAPHQL_RATE_LIMIT_BURST: '100000',
    GRAPHQL_MAX_QUERY_BYTES: '1000000',
  });
  const tenant = await createTenant(server, 'roles');
  as.PLATFORM_ADMIN = server.admin;
  as.TENANT_ADMIN = tenant.admin;
  for (const role of ['OPERATOR', 'VIEWER', 'DRIVER'] as const)
    as[role] = await createUser(server, tenant.admin, role, `${role.toLowerCase()}@roles.test`);
  schema = await introspect(server.admin);
  await createSchema(); // fills type-graphql's metadata
  const meta = getMetadataStorage();
  for (const op of [...meta.queries, ...meta.mutations]) {
    const authorized = meta.authorizedFields.find((a) => a.target === op.target && a.fieldName === op.methodName);
    if (authorized) permissions.set(op.schemaName, authorized.roles as Permission[]);
  }
}, 120_000);
afterAll(() => server?.stop());

const refusal = (role: Role, p: Permission) => `Role ${role} may not ${p.replace(':', ' ')}`;

function callFor(op: Operation, strings: StringBook) {
  // Ids that exist nowhere: an allowed role gets past the policy and then finds nothing.
  return buildCall(schema, op, {
    optional: false,
    enumPick: ROLES.length - 1,
    string: (h) => strings.next(h),
    pickId: (guess) => phantomOf(toGlobalId(guess ?? 'Node', randomUUID())),
  });
}

describe('role x operation', () => {
  it('every query and mutation declares who may call it', () => {
    const undeclared = operationsOf(schema)
      .filter(
        (o) =>
          o.kind !== 'subscription' && !permissions.has(o.name) && !PUBLIC.has(o.name) && !ANY_SIGNED_IN.has(o.name),
      )
      .map((o) => o.name);
    expect(undeclared, 'add @Authorized(permission) to these resolvers').toEqual([]);
  });

  it('refuses FORBIDDEN exactly where policy.ts says the role lacks the permission', async () => {
    const strings = new StringBook('role');
    const mismatches: string[] = [];
    const table: string[] = [];
    for (const op of operationsOf(schema).filter((o) => o.kind !== 'subscription')) {
      const needed = permissions.get(op.name) ?? [];
      const row: string[] = [];
      for (const role of ROLES) {
        let result: GqlResult;
        try {
          const call = callFor(op, strings);
          result = await as[role].request(call.query, call.variables);
        } catch (err) {
          if (err instanceof Skip) {
            row.push(`${role}:skip`);
            continue;
          }
          throw err;
        }
        const denied = needed.find((p) => !can({ role }, p));
        const messages = result.errors?.map((e) => e.message) ?? [];
        const roleRefused = needed.some((p) => messages.includes(refusal(role, p)));
        if (
          denied &&
          !(result.errors?.[0]?.extensions?.code === 'FORBIDDEN' && messages.includes(refusal(role, denied)))
        ) {
          mismatches.push(
            `${op.name} as ${role}: expected FORBIDDEN (${denied}), got ${JSON.stringify(result.errors ?? result.data)}`,
          );
        }
        if (!denied && roleRefused)
          mismatches.push(`${op.name} as ${role}: refused by role though policy allows it: ${messages.join('; ')}`);
        row.push(`${role}:${denied ? 'no' : 'yes'}`);
      }
      table.push(`  ${op.name.padEnd(22)} ${(needed.join(',') || '-').padEnd(28)} ${row.join(' ')}`);
    }
    console.log(['role matrix (operation, permission, role:allowed):', ...table].join('\n'));
    expect(mismatches).toEqual([]);
  }, 300_000);

  it('answers UNAUTHENTICATED to every non-public operation without a token', async () => {
    const strings = new StringBook('anon');
    const open: string[] = [];
    for (const op of operationsOf(schema).filter((o) => o.kind !== 'subscription' && !PUBLIC.has(o.name))) {
      const call = callFor(op, strings);
      const result = await server.anonymous.request(call.query, call.variables);
      if (result.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED')
        open.push(`${op.name}: ${JSON.stringify(result.errors ?? result.data)}`);
    }
    expect(open).toEqual([]);
  });
});

describe('a DRIVER and sessions', () => {
  const has = (name: string) => !!schema.getMutationType()?.getFields()[name];

  it('cannot give themselves a role or manage other users', async () => {
    const { viewer } = (await as.DRIVER.request('{ viewer { id } }')).expectNoErrors();
    (
      await as.DRIVER.request('mutation($i: UpdateUserInput!) { updateUser(input: $i) { role } }', {
        i: { id: viewer.id, role: 'OPERATOR' },
      })
    ).expectError('BAD_USER_INPUT');
    const renamed = (
      await as.DRIVER.request('mutation($i: UpdateUserInput!) { updateUser(input: $i) { name } }', {
        i: { id: viewer.id, name: 'Dee' },
      })
    ).expectNoErrors();
    expect(renamed.updateUser.name).toBe('Dee');
    const { viewer: op } = (await as.OPERATOR.request('{ viewer { id } }')).expectNoErrors();
    (
      await as.DRIVER.request('mutation($i: UpdateUserInput!) { updateUser(input: $i) { name } }', {
        i: { id: op.id, name: 'x' },
      })
    ).expectError('NOT_FOUND');
  });

  // Needs remoteStop (issue 5), idTags and sessions (issue 4) and StartTransaction (issue 3): it skips itself until they are merged.
  it("cannot stop another driver's session; the owner can", async (ctx) => {
    if (!has('remoteStop') || !has('createIdTag') || !schema.getQueryType()?.getFields().sessions) return ctx.skip();
    const tag = async (value: string, driver: GqlClient) => {
      const { viewer } = (await driver.request('{ viewer { id } }')).expectNoErrors();
      (
        await as.TENANT_ADMIN.request('mutation($i: CreateIdTagInput!) { createIdTag(input: $i) { id } }', {
          i: { value, userId: viewer.id, status: 'ACCEPTED' },
        })
      ).expectNoErrors();
    };
    const other = await createUser(server, as.TENANT_ADMIN, 'DRIVER', 'other-driver@roles.test');
    await tag('DRIVERTAG1', as.DRIVER);
    await tag('DRIVERTAG2', other);
    const chargerId = await registerCharger(as.TENANT_ADMIN, 'ROLES-CP-1');
    const charger = await bootedCharger(server.ocppUrl, 'ROLES-CP-1');
    try {
      charger.handle('RemoteStopTransaction', (async () => ({ status: 'Accepted' })) as never);
      await charger.call('StartTransaction', {
        connectorId: 1,
        idTag: 'DRIVERTAG2',
        meterStart: 0,
        timestamp: new Date().toISOString(),
      });
      const SESSIONS = 'query($c: ID) { sessions(filter: { chargerId: $c }) { edges { node { id status } } } }';
      const [{ node: session }] = (await as.TENANT_ADMIN.request(SESSIONS, { c: chargerId })).expectNoErrors().sessions
        .edges;
      const STOP = 'mutation($i: RemoteStopInput!) { remoteStop(input: $i) { status } }';
      (await as.DRIVER.request(STOP, { i: { sessionId: session.id } })).expectError('NOT_FOUND');
      expect(
        (await as.TENANT_ADMIN.request(SESSIONS, { c: chargerId })).expectNoErrors().sessions.edges[0].node.status,
      ).toBe('ACTIVE');
      expect((await other.request(STOP, { i: { sessionId: session.id } })).expectNoErrors().remoteStop.status).toBe(
        'Accepted',
      );
    } finally {
      await charger.close({ force: true });
    }
  });
});
