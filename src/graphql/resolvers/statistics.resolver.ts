import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { filterIdOf } from '../ids.js';
import { relationLoaders } from '../relation-loaders.js';
import { Charger } from '../types/charger.type.js';
import { Site } from '../types/site.type.js';
import { Money } from '../types/money.type.js';
import { StatisticsFilter, StatisticsGroup, StatisticsGroupBy } from '../types/statistics.type.js';
import { User } from '../types/user.type.js';

@Resolver(() => StatisticsGroup)
export class StatisticsResolver {
  @Authorized('stats:read')
  @Query(() => [StatisticsGroup], {
    description:
      'Sessions, energy, duration and revenue per group, over the sessions (ACTIVE or COMPLETED) that started in [from, to). Days, weeks and months begin in timeZone, UTC when omitted.',
  })
  async statistics(
    @Ctx() ctx: Context,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('groupBy', () => StatisticsGroupBy) groupBy: StatisticsGroupBy,
    @Arg('timeZone', () => String, {
      nullable: true,
      description:
        'Where days, weeks (from Monday) and months begin for groupBy DAY, WEEK and MONTH (IANA name); UTC when omitted.',
    })
    timeZone?: string,
    @Arg('filter', () => StatisticsFilter, { nullable: true }) filter?: StatisticsFilter,
  ): Promise<StatisticsGroup[]> {
    const rows = await ctx.services.statistics.sessions(requireScope(ctx), {
      from,
      to,
      groupBy,
      timeZone,
      filter: filter && {
        chargerIds: filter.chargerIds?.map((id) => filterIdOf('Charger', id)!),
        siteIds: filter.siteIds?.map((id) => filterIdOf('Site', id)!),
        userIds: filter.userIds?.map((id) => filterIdOf('User', id)!),
        idTags: filter.idTags,
      },
    });
    const isPeriod = [StatisticsGroupBy.DAY, StatisticsGroupBy.WEEK, StatisticsGroupBy.MONTH].includes(groupBy);
    return rows.map((row) =>
      Object.assign(new StatisticsGroup(), {
        ...row,
        groupBy,
        idTag: groupBy === StatisticsGroupBy.ID_TAG ? row.key : null,
        day: groupBy === StatisticsGroupBy.DAY ? row.key : null,
        period: isPeriod ? row.key : null,
        periodStart: isPeriod ? row.periodStart : null,
        revenue: row.revenue.map((r) => Money.ofMinor(r.totalMinor, r.currency)),
      }),
    );
  }

  @FieldResolver(() => Charger, { nullable: true, description: 'When grouped by CHARGER.' })
  async charger(@Root() group: StatisticsGroup, @Ctx() ctx: Context): Promise<Charger | null> {
    if (group.groupBy !== StatisticsGroupBy.CHARGER || !group.key) return null;
    const row = await relationLoaders.charger(ctx).load(group.key);
    return row ? Charger.from(row) : null;
  }

  @FieldResolver(() => Site, { nullable: true, description: 'When grouped by SITE.' })
  async site(@Root() group: StatisticsGroup, @Ctx() ctx: Context): Promise<Site | null> {
    if (group.groupBy !== StatisticsGroupBy.SITE || !group.key) return null;
    const row = await relationLoaders.siteWithDeleted(ctx).load(group.key);
    return row ? Site.from(row) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'When grouped by USER.' })
  async user(@Root() group: StatisticsGroup, @Ctx() ctx: Context): Promise<User | null> {
    if (group.groupBy !== StatisticsGroupBy.USER || !group.key) return null;
    const row = await relationLoaders.user(ctx).load(group.key);
    return row ? User.from(row) : null;
  }
}
