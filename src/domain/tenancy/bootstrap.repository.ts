import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants, users } from '../../db/schema/index.js';
import { hashPassword } from '../passwords.js';

export interface BootstrapResult {
  created: boolean;
  adminEmail?: string;
  /** Set only when the password was generated: print it once. */
  generatedPassword?: string;
}

/**
 * First start: with no user at all, create tenant `demo` and a PLATFORM_ADMIN in it.
 * Runs under an advisory lock so two nodes starting together create one admin.
 */
export async function bootstrapFirstStart(
  db: Db,
  admin: { email: string; password?: string },
): Promise<BootstrapResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(4201601)`);
    const [{ count }] = (await tx.select({ count: sql<number>`count(*)::int` }).from(users)) as [{ count: number }];
    if (count > 0) return { created: false };
    const generatedPassword = admin.password ? undefined : randomBytes(12).toString('base64url');
    const [tenant] = await tx.insert(tenants).values({ name: 'Demo', slug: 'demo' }).onConflictDoNothing().returning();
    const tenantId =
      tenant?.id ??
      (
        await tx
          .select()
          .from(tenants)
          .where(sql`${tenants.slug} = 'demo'`)
      )[0]!.id;
    await tx.insert(users).values({
      tenantId,
      email: admin.email,
      name: 'Administrator',
      role: 'PLATFORM_ADMIN',
      passwordHash: await hashPassword(admin.password ?? generatedPassword!),
    });
    return { created: true, adminEmail: admin.email, generatedPassword };
  });
}
