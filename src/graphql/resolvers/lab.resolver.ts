import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { NotFoundError } from '../../domain/errors.js';
import { requireScope, type Context } from '../context.js';
import { relationLoaders } from '../relation-loaders.js';
import { fromGlobalId } from '../node.js';
import { Charger } from '../types/charger.type.js';
import { CreateVirtualChargerInput, DriveVirtualChargerInput, VirtualCharger } from '../types/virtual-charger.type.js';

const chargerIdOf = (id: string): string => {
  const decoded = fromGlobalId(id);
  if (decoded?.type !== 'VirtualCharger' && decoded?.type !== 'Charger') throw new NotFoundError('VirtualCharger', id);
  return decoded.id;
};

@InputType()
class StopVirtualChargerInput {
  @Field(() => ID, { description: 'The VirtualCharger or its Charger.' }) id!: string;
}

@Resolver(() => VirtualCharger)
export class LabResolver {
  @Authorized('chargers:read')
  @Query(() => [VirtualCharger], { description: "The lab's virtual chargers running for this tenant." })
  virtualChargers(@Ctx() ctx: Context): VirtualCharger[] {
    return ctx.services.lab.list(requireScope(ctx)).map(VirtualCharger.from);
  }

  @Authorized('lab:manage')
  @Mutation(() => VirtualCharger, {
    description: 'Registers a charger and runs a virtual one for it inside the server, connected over real OCPP 1.6.',
  })
  async createVirtualCharger(
    @Arg('input', () => CreateVirtualChargerInput) input: CreateVirtualChargerInput,
    @Ctx() ctx: Context,
  ): Promise<VirtualCharger> {
    const siteId = input.siteId ? fromGlobalId(input.siteId) : null;
    if (input.siteId && siteId?.type !== 'Site') throw new NotFoundError('Site', input.siteId);
    return VirtualCharger.from(await ctx.services.lab.create(requireScope(ctx), { ...input, siteId: siteId?.id }));
  }

  @Authorized('lab:manage')
  @Mutation(() => ID, {
    description:
      'Stops a virtual charger (by its id or its Charger id); the charger stays registered, offline. Returns the id given.',
  })
  async stopVirtualCharger(
    @Arg('input', () => StopVirtualChargerInput) input: StopVirtualChargerInput,
    @Ctx() ctx: Context,
  ): Promise<string> {
    await ctx.services.lab.stop(requireScope(ctx), chargerIdOf(input.id));
    return input.id;
  }

  @Authorized('lab:manage')
  @Mutation(() => VirtualCharger, {
    description: 'Acts at a virtual charger as a driver would: plug in, unplug, or cut its connection.',
  })
  async driveVirtualCharger(
    @Arg('input', () => DriveVirtualChargerInput) input: DriveVirtualChargerInput,
    @Ctx() ctx: Context,
  ): Promise<VirtualCharger> {
    const entry = await ctx.services.lab.drive(requireScope(ctx), chargerIdOf(input.id), input.action, {
      connectorId: input.connectorId ?? 1,
      idTag: input.idTag ?? 'LAB-TAG',
      seconds: input.seconds ?? 30,
    });
    return VirtualCharger.from(entry);
  }

  @FieldResolver(() => Charger, { nullable: true, description: 'The registered charger, as the server sees it.' })
  async charger(@Root() vc: VirtualCharger, @Ctx() ctx: Context): Promise<Charger | null> {
    const row = await relationLoaders.liveCharger(ctx).load(vc.chargerDbId);
    return row ? Charger.from(row) : null;
  }
}
