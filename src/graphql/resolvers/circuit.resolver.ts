import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { AllocationRow } from '../../domain/loadmgmt/allocation.repository.js';
import type { AttachmentRow, CircuitRow } from '../../domain/loadmgmt/circuit.repository.js';
import { assertCan } from '../../domain/policy.js';
import { inScopeTenant } from '../../domain/scope.js';
import type { DomainEventMap } from '../../events/events.js';
import { filterEvents } from '../../events/filter.js';
import { requireScope, type Context } from '../context.js';
import { dbIdOf, optionalDbIdOf } from '../ids.js';
import { byKey, groupByKey } from '../loaders.js';
import { fromGlobalId } from '../node.js';
import { relationLoaders } from '../relation-loaders.js';
import { Charger } from '../types/charger.type.js';
import { Circuit, CircuitAllocation, CircuitCharger } from '../types/circuit.type.js';
import { Site } from '../types/site.type.js';
import {
  AttachChargerInput,
  CreateCircuitInput,
  DeleteCircuitInput,
  DetachChargerInput,
  UpdateCircuitInput,
} from './circuit-inputs.js';

const scope = (ctx: Context) => requireScope(ctx);

const loaders = {
  circuit: (ctx: Context) =>
    ctx.loaders.get<string, CircuitRow | null>('circuit', async (ids) =>
      byKey(ids, await ctx.services.circuits.byIds(scope(ctx), ids), (r) => r.id),
    ),
  children: (ctx: Context) =>
    ctx.loaders.get<string, CircuitRow[]>('circuitChildren', async (ids) =>
      groupByKey(ids, await ctx.services.circuits.childrenOf(scope(ctx), ids), (r) => r.parentId!),
    ),
  ofSite: (ctx: Context) =>
    ctx.loaders.get<string, CircuitRow[]>('circuitsOfSite', async (ids) =>
      groupByKey(ids, await ctx.services.circuits.ofSites(scope(ctx), ids), (r) => r.siteId),
    ),
  attachments: (ctx: Context) =>
    ctx.loaders.get<string, AttachmentRow[]>('circuitAttachments', async (ids) =>
      groupByKey(ids, await ctx.services.circuits.attachmentsOf(scope(ctx), ids), (r) => r.circuitId),
    ),
  allocations: (ctx: Context) =>
    ctx.loaders.get<string, AllocationRow[]>('circuitAllocations', async (ids) =>
      groupByKey(ids, await ctx.services.circuits.allocationsOf(scope(ctx), ids), (r) => r.circuitId),
    ),
};

async function chargerOf(ctx: Context, dbId: string): Promise<Charger> {
  const row = await relationLoaders.charger(ctx).load(dbId);
  if (!row) throw new Error(`charger ${dbId} vanished`);
  return Charger.from(row);
}

@Resolver(() => Circuit)
export class CircuitResolver {
  @Authorized('loadmgmt:read')
  @Query(() => Circuit, { nullable: true })
  async circuit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Circuit | null> {
    const decoded = fromGlobalId(id);
    if (decoded?.type !== 'Circuit') return null;
    const [row] = await ctx.services.circuits.byIds(scope(ctx), [decoded.id]);
    return row ? Circuit.from(row) : null;
  }

  @Authorized('loadmgmt:write')
  @Mutation(() => Circuit)
  async createCircuit(@Arg('input', () => CreateCircuitInput) input: CreateCircuitInput, @Ctx() ctx: Context) {
    const row = await ctx.services.circuits.create(scope(ctx), {
      ...input,
      siteId: dbIdOf('Site', input.siteId),
      parentId: optionalDbIdOf('Circuit', input.parentId),
    });
    return Circuit.from(row);
  }

  @Authorized('loadmgmt:write')
  @Mutation(() => Circuit)
  async updateCircuit(@Arg('input', () => UpdateCircuitInput) input: UpdateCircuitInput, @Ctx() ctx: Context) {
    const { id, ...rest } = input;
    const row = await ctx.services.circuits.update(scope(ctx), dbIdOf('Circuit', id), {
      ...rest,
      parentId: optionalDbIdOf('Circuit', input.parentId),
    });
    return Circuit.from(row);
  }

  @Authorized('loadmgmt:write')
  @Mutation(() => ID, {
    description: 'Detaches its chargers; refused (CONFLICT) while it has sub-circuits. Returns the id.',
  })
  async deleteCircuit(@Arg('input', () => DeleteCircuitInput) input: DeleteCircuitInput, @Ctx() ctx: Context) {
    await ctx.services.circuits.delete(scope(ctx), dbIdOf('Circuit', input.id));
    return input.id;
  }

  @Authorized('loadmgmt:write')
  @Mutation(() => Circuit, {
    description:
      'Puts a charger (or one connector) on a circuit; it gets its fallback limit as TxDefaultProfile at once.',
  })
  async attachCharger(@Arg('input', () => AttachChargerInput) input: AttachChargerInput, @Ctx() ctx: Context) {
    const row = await ctx.services.circuits.attach(scope(ctx), {
      ...input,
      circuitId: dbIdOf('Circuit', input.circuitId),
      chargerId: dbIdOf('Charger', input.chargerId),
    });
    return Circuit.from(row);
  }

  @Authorized('loadmgmt:write')
  @Mutation(() => Circuit)
  async detachCharger(@Arg('input', () => DetachChargerInput) input: DetachChargerInput, @Ctx() ctx: Context) {
    const row = await ctx.services.circuits.detach(scope(ctx), {
      ...input,
      circuitId: dbIdOf('Circuit', input.circuitId),
      chargerId: dbIdOf('Charger', input.chargerId),
    });
    return Circuit.from(row);
  }

  @Subscription(() => Circuit, {
    description:
      "The circuit each time its site's allocation changes: limits, the chargers' answers, measured current.",
    subscribe: ({ args, context }: { args: { circuitId: string }; context: Context }) => {
      const scope = requireScope(context);
      assertCan(scope, 'loadmgmt:read');
      const decoded = fromGlobalId(args.circuitId);
      const wanted = decoded?.type === 'Circuit' ? decoded.id : null;
      return filterEvents(
        context.services.events.subscribe('circuit.allocation'),
        (e) => inScopeTenant(scope, e) && wanted !== null && e.circuitIds.includes(wanted),
      );
    },
  })
  async circuitAllocation(
    @Root() _e: DomainEventMap['circuit.allocation'],
    @Arg('circuitId', () => ID) circuitId: string,
    @Ctx() ctx: Context,
  ): Promise<Circuit> {
    // Read at delivery time: the subscriber gets the allocation as it is now.
    const [row] = await ctx.services.circuits.byIds(scope(ctx), [dbIdOf('Circuit', circuitId)]);
    if (!row) throw new Error('circuit deleted');
    return Circuit.from(row);
  }

  @FieldResolver(() => Site, { nullable: true })
  async site(@Root() c: Circuit, @Ctx() ctx: Context): Promise<Site | null> {
    const row = await relationLoaders.site(ctx).load(c.siteDbId);
    return row ? Site.from(row) : null;
  }

  @FieldResolver(() => Circuit, { nullable: true })
  async parent(@Root() c: Circuit, @Ctx() ctx: Context): Promise<Circuit | null> {
    if (!c.parentDbId) return null;
    const row = await loaders.circuit(ctx).load(c.parentDbId);
    return row ? Circuit.from(row) : null;
  }

  @FieldResolver(() => [Circuit])
  async children(@Root() c: Circuit, @Ctx() ctx: Context): Promise<Circuit[]> {
    return (await loaders.children(ctx).load(c.dbId)).map(Circuit.from);
  }

  @FieldResolver(() => [Charger], { description: 'The chargers attached directly to this circuit.' })
  async chargers(@Root() c: Circuit, @Ctx() ctx: Context): Promise<Charger[]> {
    const ids = [...new Set((await loaders.attachments(ctx).load(c.dbId)).map((a) => a.chargerId))];
    return Promise.all(ids.map((id) => chargerOf(ctx, id)));
  }

  @FieldResolver(() => [CircuitCharger], { description: 'How each charger is attached: phases, rotation, priority.' })
  async attachments(@Root() c: Circuit, @Ctx() ctx: Context): Promise<CircuitCharger[]> {
    return (await loaders.attachments(ctx).load(c.dbId)).map(CircuitCharger.from);
  }

  @FieldResolver(() => [CircuitAllocation], {
    description: 'The live allocation of the connectors attached directly here, one entry per grid phase each loads.',
  })
  async allocations(@Root() c: Circuit, @Ctx() ctx: Context): Promise<CircuitAllocation[]> {
    return (await loaders.allocations(ctx).load(c.dbId)).flatMap(CircuitAllocation.from);
  }
}

@Resolver(() => CircuitAllocation)
export class CircuitAllocationResolver {
  @FieldResolver(() => Charger)
  charger(@Root() a: CircuitAllocation, @Ctx() ctx: Context): Promise<Charger> {
    return chargerOf(ctx, a.chargerDbId);
  }
}

@Resolver(() => CircuitCharger)
export class CircuitChargerResolver {
  @FieldResolver(() => Charger)
  charger(@Root() a: CircuitCharger, @Ctx() ctx: Context): Promise<Charger> {
    return chargerOf(ctx, a.chargerDbId);
  }
}

@Resolver(() => Site)
export class SiteCircuitsResolver {
  @FieldResolver(() => [Circuit], {
    description: "The site's circuits, roots (grid connections) first; see parent/children.",
  })
  async circuits(@Root() site: Site, @Ctx() ctx: Context): Promise<Circuit[]> {
    const rows = await loaders.ofSite(ctx).load(site.dbId);
    return [...rows.filter((r) => !r.parentId), ...rows.filter((r) => r.parentId)].map(Circuit.from);
  }
}
