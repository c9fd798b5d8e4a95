import { eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { inScope } from '../db/scoped.js';
import { chargers, sites, tariffs, users } from '../db/schema/index.js';
import type { Scope } from './scope.js';

/** Does this live row of the tenant exist? Inputs that point at other objects check here. */
export function createReferenceRepository(db: Db) {
  return {
    /** Users by id, deleted ones too: a session keeps showing who charged. */
    async siteExists(scope: Scope, id: string): Promise<boolean> {
      const [row] = await db
        .select({ id: sites.id })
        .from(sites)
        .where(inScope(scope, sites, eq(sites.id, id), isNull(sites.deletedAt)));
      return !!row;
    },
    async chargerExists(scope: Scope, id: string): Promise<boolean> {
      const [row] = await db
        .select({ id: chargers.id })
        .from(chargers)
        .where(inScope(scope, chargers, eq(chargers.id, id), isNull(chargers.deletedAt)));
      return !!row;
    },
    async tariffExists(scope: Scope, id: string): Promise<boolean> {
      const [row] = await db
        .select({ id: tariffs.id })
        .from(tariffs)
        .where(inScope(scope, tariffs, eq(tariffs.id, id), isNull(tariffs.deletedAt)));
      return !!row;
    },
    async userExists(scope: Scope, id: string): Promise<boolean> {
      const [row] = await db
        .select({ id: users.id })
        .from(users)
        .where(inScope(scope, users, eq(users.id, id), isNull(users.deletedAt)));
      return !!row;
    },
  };
}

export type ReferenceRepository = ReturnType<typeof createReferenceRepository>;
