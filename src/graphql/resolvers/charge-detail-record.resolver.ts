import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { Connection, toConnection } from '../connection.js';
import { filterIdOf } from '../ids.js';
import { relationLoaders } from '../relation-loaders.js';
import { ChargeDetailRecord, ChargeDetailRecordFilter } from '../types/charge-detail-record.type.js';
import { Charger } from '../types/charger.type.js';
import { Session } from '../types/session.type.js';

const ChargeDetailRecordConnection = Connection(ChargeDetailRecord);

@Resolver(() => ChargeDetailRecord)
export class ChargeDetailRecordResolver {
  @Authorized('sessions:read')
  @Query(() => ChargeDetailRecordConnection, {
    description:
      "Newest first (by the session's stop). A DRIVER sees the records of their own sessions only. For large ranges use GET /export/cdrs.csv or /export/cdrs.jsonl.",
  })
  async chargeDetailRecords(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size; at most 500.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => ChargeDetailRecordFilter, { nullable: true }) filter?: ChargeDetailRecordFilter,
  ) {
    const page = await ctx.services.chargeDetailRecords.list(requireScope(ctx), toRecordFilter(filter), {
      first,
      after,
    });
    return toConnection(ChargeDetailRecordConnection, page, ChargeDetailRecord.from, !!after);
  }

  @FieldResolver(() => Session, { nullable: true, description: 'The session as it is now.' })
  async session(@Root() record: ChargeDetailRecord, @Ctx() ctx: Context): Promise<Session | null> {
    const row = await relationLoaders.session(ctx).load(record.sessionDbId);
    return row ? Session.from(row) : null;
  }

  @FieldResolver(() => Charger, { nullable: true, description: 'Also when the charger was deleted since.' })
  async charger(@Root() record: ChargeDetailRecord, @Ctx() ctx: Context): Promise<Charger | null> {
    const row = await relationLoaders.charger(ctx).load(record.chargerDbId);
    return row ? Charger.from(row) : null;
  }
}

export function toRecordFilter(f: ChargeDetailRecordFilter | null | undefined) {
  if (!f) return {};
  return {
    ...f,
    chargerId: filterIdOf('Charger', f.chargerId),
    siteId: filterIdOf('Site', f.siteId),
    userId: filterIdOf('User', f.userId),
    tariffId: filterIdOf('Tariff', f.tariffId),
  };
}
