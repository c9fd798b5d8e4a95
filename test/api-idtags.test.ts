import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser } from './kit/builders.js';
import { startServer, type TestServer } from './kit/server.js';

let server: TestServer;
let userId: string;
const g = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
const CREATE = `mutation($input: CreateIdTagInput!) { createIdTag(input: $input) { id value status expiresAt user { email } } }`;

beforeAll(async () => {
  server = await startServer();
  userId = g('User', (await aUser(server.app.database.db, { email: 'fleet@example.com', role: 'DRIVER' })).id);
});
afterAll(() => server?.stop());

describe('id tags', () => {
  it('creates a tag for a user, and the user lists it', async () => {
    const { createIdTag } = (
      await server.admin.request(CREATE, {
        input: { value: '04A2B3C4D5E6F7', userId, expiresAt: '2030-01-01T00:00:00Z' },
      })
    ).expectNoErrors();
    expect(createIdTag).toMatchObject({
      value: '04A2B3C4D5E6F7',
      status: 'ACCEPTED',
      expiresAt: '2030-01-01T00:00:00.000Z',
      user: { email: 'fleet@example.com' },
    });
    const driver = await server.anonymous.signIn('fleet@example.com', 'user-password-1');
    const { viewer } = (await driver.request(`{ viewer { idTags { value status } } }`)).expectNoErrors();
    expect(viewer.idTags).toEqual([{ value: '04A2B3C4D5E6F7', status: 'ACCEPTED' }]);
  });

  it('refuses a duplicate value, whatever its case, with CONFLICT', async () => {
    (await server.admin.request(CREATE, { input: { value: 'CaseTag' } })).expectNoErrors();
    (await server.admin.request(CREATE, { input: { value: 'casetag' } })).expectError('CONFLICT');
  });

  it('checks the value (CiString20) and the user', async () => {
    const err = (
      await server.admin.request(CREATE, { input: { value: 'x'.repeat(21), parentIdTag: 'has space' } })
    ).expectError('BAD_USER_INPUT');
    expect((err.extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual(['value', 'parentIdTag']);
    (
      await server.admin.request(CREATE, {
        input: { value: 'NOUSER', userId: g('User', '00000000-0000-4000-8000-000000000000') },
      })
    ).expectError('NOT_FOUND');
  });

  it('updates, filters and soft-deletes tags', async () => {
    const { createIdTag } = (await server.admin.request(CREATE, { input: { value: 'BLOCK-ME' } })).expectNoErrors();
    const { updateIdTag } = (
      await server.admin.request(
        `mutation($input: UpdateIdTagInput!) { updateIdTag(input: $input) { value status user { email } } }`,
        { input: { id: createIdTag.id, status: 'BLOCKED', userId } },
      )
    ).expectNoErrors();
    expect(updateIdTag).toEqual({ value: 'BLOCK-ME', status: 'BLOCKED', user: { email: 'fleet@example.com' } });

    const list = async (filter: unknown) =>
      (
        await server.admin.request(`query($f: IdTagFilter) { idTags(filter: $f) { edges { node { value } } } }`, {
          f: filter,
        })
      )
        .expectNoErrors()
        .idTags.edges.map((e: any) => e.node.value);
    expect(await list({ status: ['BLOCKED'] })).toEqual(['BLOCK-ME']);
    expect((await list({ userId })).sort()).toEqual(['04A2B3C4D5E6F7', 'BLOCK-ME']);
    expect(await list({ search: 'block' })).toEqual(['BLOCK-ME']);

    (
      await server.admin.request(`mutation($id: ID!) { deleteIdTag(input: { id: $id }) }`, { id: createIdTag.id })
    ).expectNoErrors();
    expect(await list({ search: 'block' })).toEqual([]);
    // Deleted tags free their value.
    (await server.admin.request(CREATE, { input: { value: 'block-me' } })).expectNoErrors();
  });

  it('shows a driver only their own tags', async () => {
    const driver = await server.anonymous.signIn('fleet@example.com', 'user-password-1');
    const { idTags } = (await driver.request(`{ idTags { edges { node { value } } } }`)).expectNoErrors();
    expect(idTags.edges.map((e: any) => e.node.value)).toEqual(['04A2B3C4D5E6F7']);
    (await driver.request(CREATE, { input: { value: 'MINE' } })).expectError('FORBIDDEN');
  });
});
