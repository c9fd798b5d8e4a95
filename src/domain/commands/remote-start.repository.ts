import { eq, getTableColumns, gt, inArray, isNull, sql } from 'drizzle-orm';
import { builtOnceValues } from '../../db/built-once.js';
import type { Db } from '../../db/client.js';
import { inScope, ownedInScope, type RowScope } from '../../db/scoped.js';
import { chargers, connectors, idTags, sessions } from '../../db/schema/index.js';
import type { ChargerRow } from '../chargers/charger.repository.js';
import type { Scope } from '../scope.js';
import type { SessionRow } from '../sessions/session-query.repository.js';
import { commandLogRow, commandLogValues, type CommandRow } from './command-log.repository.js';

/** A session that holds a connector: PENDING (a remote start not answered yet) or ACTIVE. */
export interface BusySession {
  id: string;
  status: string;
  idTag: string | null;
  stationTransactionId: string | null;
}

/** What remoteStart checks before it writes anything, read in one statement. */
export interface RemoteStartFacts {
  charger: ChargerRow;
  /** The connectors the charger reported (1..n), ascending; empty when it reported none. */
  connectorIds: number[];
  /** The live id tag with this value in the Scope (a DRIVER's own only), or null. */
  tag: { userId: string | null } | null;
  /** The connector's PENDING and ACTIVE sessions in the tenant, whoever holds them. */
  busy: BusySession[];
}

/** postgres.js hands json back parsed, PGlite too; a string (another driver) is parsed here. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** The query's parameters, filled in at each run. */
const p = {
  tenantId: sql.placeholder('tenantId'),
  ownerId: sql.placeholder('ownerId'),
  chargerId: sql.placeholder('chargerId'),
  connectorId: sql.placeholder('connectorId'),
  idTag: sql.placeholder('idTag'),
};

/** How a Scope narrows the owned rows (the id tag): the query's text differs for each. */
type OwnerKind = 'all' | 'none' | 'one';
const ownerKindOf = (scope: Scope): OwnerKind =>
  scope.ownerId === undefined ? 'all' : scope.ownerId === null ? 'none' : 'one';

function factsQuery(db: Db, kind: OwnerKind) {
  // inScope/ownedInScope write the tenant (and owner) conditions as always, with placeholders for values.
  const scope = {
    tenantId: p.tenantId,
    ownerId: kind === 'all' ? undefined : kind === 'none' ? null : p.ownerId,
  } as unknown as RowScope;
  const connectorIds = db
    .select({ ids: sql`coalesce(json_agg(${connectors.connectorId} order by ${connectors.connectorId}), '[]')` })
    .from(connectors)
    .where(inScope(scope, connectors, eq(connectors.chargerId, chargers.id), gt(connectors.connectorId, 0)));
  const tag = db
    .select({ tag: sql`json_build_object('userId', ${idTags.userId})` })
    .from(idTags)
    .where(ownedInScope(scope, idTags, isNull(idTags.deletedAt), sql`lower(${idTags.value}) = lower(${p.idTag})`))
    .limit(1);
  const busy = db
    .select({
      busy: sql`coalesce(json_agg(json_build_object('id', ${sessions.id}, 'status', ${sessions.status}, 'idTag', ${sessions.idTag}, 'stationTransactionId', ${sessions.stationTransactionId})), '[]')`,
    })
    .from(sessions)
    .where(
      inScope(
        scope,
        sessions,
        eq(sessions.chargerId, chargers.id),
        eq(sessions.connectorId, p.connectorId),
        inArray(sessions.status, ['PENDING', 'ACTIVE']),
      ),
    );
  return db
    .select({
      charger: getTableColumns(chargers),
      connectorIds: sql`(${connectorIds})`,
      tag: sql`(${tag})`,
      busy: sql`(${busy})`,
    })
    .from(chargers)
    .where(inScope(scope, chargers, eq(chargers.id, p.chargerId), isNull(chargers.deletedAt)))
    .prepare(`remote_start_facts_${kind}`);
}

/** What a remote start's PENDING session is made of. */
export interface PendingSessionValues {
  chargerId: string;
  connectorId: number;
  idTag: string;
  userId: string | null;
  maxEnergyWh: number | null;
  maxDurationSeconds: number | null;
  maxCost: string | null;
}

const sessionValues = builtOnceValues(
  sessions,
  [
    'tenantId',
    'chargerId',
    'connectorId',
    'idTag',
    'userId',
    'maxEnergyWh',
    'maxDurationSeconds',
    'maxCost',
    'requestedAt',
  ],
  'session_',
);

function pendingSessionInsert(db: Db) {
  return db
    .with(commandLogRow(db))
    .insert(sessions)
    .values({
      ...sessionValues.set,
      status: 'PENDING',
      transactionId: null,
      // A 2.0.1 station echoes it in the TransactionEvent that starts this session (F01.FR.26).
      remoteStartId: sql`nextval('remote_start_id_seq')::int`,
    })
    .returning()
    .prepare('remote_start_pending_session');
}

/**
 * remoteStart's four pre-checks (the charger, its connectors, the id tag, the connector's busy
 * sessions) as subqueries of one SELECT: one statement instead of four, each of which cost the server
 * a socket write and a read. Its text is built once per kind of Scope (drizzle's `prepare`):
 * building a query this size cost more CPU than running it (README Performance, "Command path").
 */
export function createRemoteStartRepository(db: Db) {
  const queries = new Map<OwnerKind, ReturnType<typeof factsQuery>>();
  let insert: ReturnType<typeof pendingSessionInsert> | undefined;
  return {
    /** null when the charger is not in the Scope (or deleted): the other facts are not read then. */
    async facts(scope: Scope, chargerId: string, connectorId: number, idTag: string): Promise<RemoteStartFacts | null> {
      const kind = ownerKindOf(scope);
      let query = queries.get(kind);
      if (!query) queries.set(kind, (query = factsQuery(db, kind)));
      const [row] = await query.execute({
        tenantId: scope.tenantId,
        ownerId: scope.ownerId ?? null,
        chargerId,
        connectorId,
        idTag,
      });
      if (!row) return null;
      return {
        charger: row.charger,
        connectorIds: json<number[]>(row.connectorIds),
        tag: json<{ userId: string | null } | null>(row.tag),
        busy: json<BusySession[]>(row.busy),
      };
    },

    /**
     * The PENDING session of a remote start and the log row of its RemoteStartTransaction, in one
     * statement: both exist before the charger is asked (its StartTransaction may come back at once).
     */
    async insertPending(scope: Scope, command: CommandRow, values: PendingSessionValues): Promise<SessionRow> {
      insert ??= pendingSessionInsert(db);
      const [row] = await insert.execute({
        ...commandLogValues(command),
        ...sessionValues.fill({ ...values, tenantId: scope.tenantId, requestedAt: new Date() }),
      });
      return row!;
    },
  };
}

export type RemoteStartRepository = ReturnType<typeof createRemoteStartRepository>;
