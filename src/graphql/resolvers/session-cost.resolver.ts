import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Cost as CostData } from '../../domain/pricing/cost.model.js';
import { requireScope, type Context } from '../context.js';
import { byKey } from '../loaders.js';
import { ChargeDetailRecord } from '../types/charge-detail-record.type.js';
import { Cost } from '../types/money.type.js';
import { Session } from '../types/session.type.js';

@Resolver(() => Session)
export class SessionCostResolver {
  @FieldResolver(() => Cost, {
    nullable: true,
    description:
      'Live while charging (recomputed on every meter value), final once stopped; null when no tariff applies.',
  })
  cost(@Root() session: Session): Cost | null {
    const data = session.row?.cost as CostData | null | undefined;
    return data ? Cost.from(data) : null;
  }

  @Authorized('sessions:read')
  @FieldResolver(() => ChargeDetailRecord, {
    nullable: true,
    description: 'Written once when the session ends, if a tariff applied.',
  })
  chargeDetailRecord(@Root() session: Session, @Ctx() ctx: Context): Promise<ChargeDetailRecord | null> {
    const scope = requireScope(ctx);
    const loader = ctx.loaders.get<string, ChargeDetailRecord | null>('chargeDetailRecordBySession', async (ids) => {
      const rows = await ctx.services.chargeDetailRecords.bySessions(scope, ids);
      return byKey(ids, rows, (r) => r.sessionId).map((r) => (r ? ChargeDetailRecord.from(r) : null));
    });
    return loader.load(session.dbId);
  }
}
