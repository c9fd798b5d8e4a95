import { eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inScope } from '../../db/scoped.js';
import { chargers, connectors, sessions, sites } from '../../db/schema/index.js';
import { MINOR_DIGITS } from '../pricing/currency.js';
import type { Scope } from '../scope.js';

export interface SessionFilter {
  chargerId?: string | null;
  siteId?: string | null;
  userId?: string | null;
  idTag?: string | null;
  status?: string[] | null;
  startedAfter?: Date | null;
  startedBefore?: Date | null;
  stoppedAfter?: Date | null;
  stoppedBefore?: Date | null;
  /** The tariff locked onto the session at its start. */
  tariffId?: string | null;
  /** Energy charged, inclusive bounds. */
  minEnergyWh?: number | null;
  maxEnergyWh?: number | null;
  /** Session.cost total (gross) in major units of its currency, inclusive bounds; sessions without a cost never match. */
  minCost?: string | null;
  maxCost?: string | null;
  /** As the charger (or we) said it; case-insensitive. */
  stopReason?: string[] | null;
  /** The plug type of the session's connector. */
  plugType?: string[] | null;
  /** The city of the charger's site address; case-insensitive. */
  city?: string | null;
}

/** Energy of a session in SQL, as `sessionEnergySql` computes it in code (never negative). */
export const sessionEnergySql = sql<number>`greatest(0, coalesce(${sessions.meterStopWh}, ${sessions.lastMeterWh}) - ${sessions.meterStartWh})`;

/** Session.cost's gross total in major units of its own currency (minor units / 10^digits). */
const sessionCostSql = sql`((${sessions.cost}->>'totalMinor')::numeric / power(10, ${minorDigitsSql(sql`${sessions.cost}->>'currency'`)}))`;

function minorDigitsSql(currency: SQL): SQL {
  const cases = Object.entries(MINOR_DIGITS).map(([code, digits]) => sql`when ${code} then ${sql.raw(String(digits))}`);
  return sql`(case ${currency} ${sql.join(cases, sql` `)} else 2 end)`;
}

/**
 * The WHERE conditions of a session filter (the caller adds the Scope with `ownedInScope`).
 * Conditions on other tables (site, connector) are sub-selects in the same Scope.
 */
export function sessionConditions(db: Db, scope: Scope, f: SessionFilter): (SQL | undefined)[] {
  const c: (SQL | undefined)[] = [];
  if (f.chargerId) c.push(eq(sessions.chargerId, f.chargerId));
  if (f.siteId) c.push(chargersWhere(db, scope, eq(chargers.siteId, f.siteId)));
  if (f.city) {
    const inCity = db
      .select({ id: sites.id })
      .from(sites)
      .where(inScope(scope, sites, sql`lower(${sites.city}) = ${f.city.trim().toLowerCase()}`));
    c.push(chargersWhere(db, scope, inArray(chargers.siteId, inCity)));
  }
  if (f.userId) c.push(eq(sessions.userId, f.userId));
  // idTag is CiString20: case-insensitive (OCPP 1.6 §3.9).
  if (f.idTag) c.push(sql`lower(${sessions.idTag}) = ${f.idTag.toLowerCase()}`);
  if (f.status?.length) c.push(inArray(sessions.status, f.status));
  if (f.startedAfter) c.push(gte(sessions.startedAt, f.startedAfter));
  if (f.startedBefore) c.push(lt(sessions.startedAt, f.startedBefore));
  if (f.stoppedAfter) c.push(gte(sessions.stoppedAt, f.stoppedAfter));
  if (f.stoppedBefore) c.push(lt(sessions.stoppedAt, f.stoppedBefore));
  if (f.tariffId) c.push(eq(sessions.tariffId, f.tariffId));
  if (f.minEnergyWh != null) c.push(sql`${sessionEnergySql} >= ${f.minEnergyWh}`);
  if (f.maxEnergyWh != null) c.push(sql`${sessionEnergySql} <= ${f.maxEnergyWh}`);
  if (f.minCost != null) c.push(sql`${sessionCostSql} >= ${f.minCost}::numeric`);
  if (f.maxCost != null) c.push(sql`${sessionCostSql} <= ${f.maxCost}::numeric`);
  if (f.stopReason?.length)
    c.push(
      inArray(
        sql`lower(${sessions.stopReason})`,
        f.stopReason.map((r) => r.toLowerCase()),
      ),
    );
  if (f.plugType?.length) {
    const plugged = db
      .select({ id: connectors.id })
      .from(connectors)
      .where(
        inScope(
          scope,
          connectors,
          eq(connectors.chargerId, sessions.chargerId),
          eq(connectors.connectorId, sessions.connectorId),
          inArray(connectors.plugType, f.plugType),
        ),
      );
    c.push(sql`exists (${plugged})`);
  }
  return c;
}

/** Sessions on the scope's chargers that match a condition on the charger. */
function chargersWhere(db: Db, scope: Scope, condition: SQL): SQL {
  return inArray(
    sessions.chargerId,
    db
      .select({ id: chargers.id })
      .from(chargers)
      .where(inScope(scope, chargers, condition)),
  );
}
