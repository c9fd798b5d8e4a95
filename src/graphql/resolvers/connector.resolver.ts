import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { dbIdOf } from '../ids.js';
import { relationLoaders } from '../relation-loaders.js';
import { Connector } from '../types/charger.type.js';
import { Session } from '../types/session.type.js';
import { UpdateConnectorInput } from './charger-inputs.js';

@Resolver(() => Connector)
export class ConnectorResolver {
  @Authorized('chargers:write')
  @Mutation(() => Connector, {
    description: 'Sets plug type and rating; creates the connector if the charger has not reported it yet.',
  })
  async updateConnector(
    @Arg('input', () => UpdateConnectorInput) input: UpdateConnectorInput,
    @Ctx() ctx: Context,
  ): Promise<Connector> {
    const { chargerId, connectorId, ...values } = input;
    return Connector.from(
      await ctx.services.chargers.updateConnector(requireScope(ctx), dbIdOf('Charger', chargerId), connectorId, values),
    );
  }

  @FieldResolver(() => Session, { nullable: true, description: 'The session charging on this connector now.' })
  async activeSession(@Root() connector: Connector, @Ctx() ctx: Context): Promise<Session | null> {
    // One batch per request for all chargers' active sessions (a driver's own only); this connector picks its own.
    const active = await relationLoaders.activeSessions(ctx).load(connector.chargerDbId);
    const row = active.find((s) => s.connectorId === connector.connectorId);
    return row ? Session.from(row) : null;
  }
}
