import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SiteRow } from '../../domain/sites/site.repository.js';
import { requireScope, type Context } from '../context.js';
import { groupByKey } from '../loaders.js';
import { relationLoaders } from '../relation-loaders.js';
import { Site } from '../types/site.type.js';

/** Sites inside sites (a garage in a campus, a sub-operator's sites). */
@Resolver(() => Site)
export class SiteHierarchyResolver {
  @FieldResolver(() => Site, { nullable: true, description: 'The site this one sits in; null for a top-level site.' })
  async parent(@Root() site: Site, @Ctx() ctx: Context): Promise<Site | null> {
    if (!site.parentDbId) return null;
    const row = await relationLoaders.site(ctx).load(site.parentDbId);
    return row ? Site.from(row) : null;
  }

  @FieldResolver(() => [Site], { description: 'Sites directly inside this one, by name.' })
  async children(@Root() site: Site, @Ctx() ctx: Context): Promise<Site[]> {
    const loader = ctx.loaders.get<string, SiteRow[]>('site.children', async (ids) =>
      groupByKey(ids, await ctx.services.sites.childrenOf(requireScope(ctx), ids), (r) => r.parentId!),
    );
    return (await loader.load(site.dbId)).map(Site.from);
  }
}
