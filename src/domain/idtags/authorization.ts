import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { idTags } from '../../db/schema/index.js';

/** OCPP 1.6 AuthorizationStatus, minus ConcurrentTx (we allow a tag on several chargers at once). */
export type AuthorizationStatus = 'Accepted' | 'Blocked' | 'Expired' | 'Invalid';

export interface IdTagVerdict {
  status: AuthorizationStatus;
  expiryDate: Date | null;
  parentIdTag: string | null;
  idTagId: string | null;
  userId: string | null;
}

type IdTagRow = typeof idTags.$inferSelect;

/** The rule, apart from the lookup: unknown -> Invalid, BLOCKED -> Blocked, past expiry -> Expired. */
export function verdictFor(row: IdTagRow | undefined, now: Date): IdTagVerdict {
  if (!row) return { status: 'Invalid', expiryDate: null, parentIdTag: null, idTagId: null, userId: null };
  const expired = row.status === 'EXPIRED' || (row.expiresAt !== null && row.expiresAt <= now);
  const status = row.status === 'BLOCKED' ? 'Blocked' : expired ? 'Expired' : 'Accepted';
  return { status, expiryDate: row.expiresAt, parentIdTag: row.parentIdTag, idTagId: row.id, userId: row.userId };
}

/** Verifies id tags for Authorize, StartTransaction and StopTransaction, in the charger's tenant. */
export function createAuthorization(deps: { db: Db }) {
  return {
    async verify(tenantId: string, idTag: string, now = new Date()): Promise<IdTagVerdict> {
      // idTag is CiString20: compared case-insensitively (OCPP 1.6 §3.9), as the unique index is built.
      const [row] = await deps.db
        .select()
        .from(idTags)
        .where(
          and(eq(idTags.tenantId, tenantId), sql`lower(${idTags.value}) = lower(${idTag})`, isNull(idTags.deletedAt)),
        )
        .limit(1);
      return verdictFor(row, now);
    },
  };
}

export type Authorization = ReturnType<typeof createAuthorization>;
