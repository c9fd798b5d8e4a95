import type { GqlClient } from './gql.js';
import type { TestServer } from './server.js';

export const PASSWORD = 'tenant-password-1';

export interface TestTenant {
  id: string;
  slug: string;
  adminEmail: string;
  /** Signed in as the tenant's first TENANT_ADMIN. */
  admin: GqlClient;
}

/** Creates a tenant as the platform admin and signs in as its TENANT_ADMIN. */
export async function createTenant(server: TestServer, slug: string, name = `Tenant ${slug}`): Promise<TestTenant> {
  const adminEmail = `admin@${slug}.test`;
  const { createTenant } = (
    await server.admin.request('mutation($input: CreateTenantInput!) { createTenant(input: $input) { id slug } }', {
      input: { name, slug, adminEmail, adminPassword: PASSWORD },
    })
  ).expectNoErrors();
  return { id: createTenant.id, slug, adminEmail, admin: await server.anonymous.signIn(adminEmail, PASSWORD) };
}

/** Creates a user with a role in the admin's tenant and returns a client signed in as them. */
export async function createUser(
  server: TestServer,
  admin: GqlClient,
  role: string,
  email: string,
): Promise<GqlClient & { userId: string }> {
  const { createUser } = (
    await admin.request('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { email, name: `${role} user`, role, password: PASSWORD },
    })
  ).expectNoErrors();
  return Object.assign(await server.anonymous.signIn(email, PASSWORD), { userId: createUser.id as string });
}
