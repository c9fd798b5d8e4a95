import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { relationLoaders } from '../relation-loaders.js';
import { Charger } from '../types/charger.type.js';
import { ChargerEvent, DeviceVariable, DeviceVariableFilter, Evse } from '../types/evse.type.js';

/** The EVSE level and the OCPP 2.0.1 device model of a charger. */
@Resolver(() => Charger)
export class EvseResolver {
  @FieldResolver(() => [Evse], { description: 'EVSEs and their connectors; a 1.6 connector is an EVSE of its own.' })
  async evses(@Root() charger: Charger, @Ctx() ctx: Context): Promise<Evse[]> {
    const [rows, inEvses] = await Promise.all([
      relationLoaders.connectors(ctx).load(charger.dbId),
      relationLoaders.evseConnectors(ctx).load(charger.dbId),
    ]);
    return Evse.fromRows(charger.dbId, rows, inEvses);
  }

  @Authorized('chargers:command')
  @FieldResolver(() => [DeviceVariable], {
    description: 'The device model as reported (NotifyReport) and read or set since (OCPP 2.0.1).',
  })
  async variables(
    @Root() charger: Charger,
    @Ctx() ctx: Context,
    @Arg('filter', () => DeviceVariableFilter, { nullable: true }) filter?: DeviceVariableFilter,
  ): Promise<DeviceVariable[]> {
    const scope = requireScope(ctx);
    return (await ctx.services.deviceModel.list(scope, charger.dbId, filter ?? {})).map(DeviceVariable.from);
  }

  @Authorized('chargers:command')
  @FieldResolver(() => [ChargerEvent], {
    description: 'What the charger reported as events, newest first (e.g. type: "SecurityEventNotification").',
  })
  async events(
    @Root() charger: Charger,
    @Ctx() ctx: Context,
    @Arg('type', () => String, { nullable: true }) type?: string,
    @Arg('first', () => Int, { nullable: true, description: 'At most 500; 50 when omitted.' }) first?: number,
  ): Promise<ChargerEvent[]> {
    const scope = requireScope(ctx);
    const limit = Math.min(Math.max(first ?? 50, 1), 500);
    return (await ctx.services.chargerEvents.latest(scope, charger.dbId, { type, first: limit })).map(
      ChargerEvent.from,
    );
  }
}
