import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { capabilitiesFromProfiles } from '../../domain/chargers/charger-facts.js';
import { requireScope, type Context } from '../context.js';
import { dbIdOf, optionalDbIdOf } from '../ids.js';
import { relationLoaders } from '../relation-loaders.js';
import { CapabilitySource, ChargerCapability, UpdateChargersInput } from '../types/charger-facts.type.js';
import { Charger } from '../types/charger.type.js';

/**
 * What a charger can do, and changes to many chargers at once. Capabilities: the operator's list
 * when set (it knows about the RFID reader and the payment terminal); otherwise what an OCPP 1.6
 * charger announced in SupportedFeatureProfiles, as last read with GetConfiguration.
 */
@Resolver(() => Charger)
export class ChargerFactsResolver {
  @FieldResolver(() => [ChargerCapability], {
    description:
      'What it can do: as set by the operator, else derived from the SupportedFeatureProfiles key the charger reported (Core: remote start/stop and unlock; Reservation; SmartCharging). Empty when neither is known.',
  })
  async capabilities(@Root() charger: Charger, @Ctx() ctx: Context): Promise<ChargerCapability[]> {
    return (await effective(charger, ctx)).capabilities;
  }

  @FieldResolver(() => CapabilitySource, { description: 'Where `capabilities` comes from.' })
  async capabilitiesSource(@Root() charger: Charger, @Ctx() ctx: Context): Promise<CapabilitySource> {
    return (await effective(charger, ctx)).source;
  }

  @Authorized('chargers:write')
  @Mutation(() => [Charger], {
    description:
      'One patch on many chargers of your tenant (at most 500), all or nothing: an unknown id changes none and answers NOT_FOUND naming it. Returned in the order of ids.',
  })
  async updateChargers(
    @Arg('input', () => UpdateChargersInput) input: UpdateChargersInput,
    @Ctx() ctx: Context,
  ): Promise<Charger[]> {
    const { patch } = input;
    const rows = await ctx.services.chargers.updateMany(
      requireScope(ctx),
      input.ids.map((id) => dbIdOf('Charger', id)),
      { ...patch, siteId: optionalDbIdOf('Site', patch.siteId), tariffId: optionalDbIdOf('Tariff', patch.tariffId) },
    );
    return rows.map((row) => Charger.from(row));
  }
}

async function effective(
  charger: Charger,
  ctx: Context,
): Promise<{ capabilities: ChargerCapability[]; source: CapabilitySource }> {
  if (charger.capabilitiesSet) return { capabilities: charger.capabilitiesSet, source: CapabilitySource.OPERATOR };
  const keys = await relationLoaders.configuration(ctx, { includeUnknown: false }).load(charger.dbId);
  const reported = capabilitiesFromProfiles(keys.find((k) => k.key === 'SupportedFeatureProfiles')?.value);
  return reported
    ? { capabilities: reported as ChargerCapability[], source: CapabilitySource.CHARGER }
    : { capabilities: [], source: CapabilitySource.UNKNOWN };
}
